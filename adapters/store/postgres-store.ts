import pg from "pg";
import type { Queryable, Row, Store } from "./store.ts";

/** Connections per replica: the queries are single short statements, so a few are plenty. */
const POOL_SIZE = 5;
/** A server that does not answer must not hold a request: the caller falls back instead. */
const CONNECT_TIMEOUT_MS = 2000;

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query<R>(sql, [...params])).rows,
  };
}

/** The host and database of a connection URL, without user or password, for the log. */
function describe(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `PostgreSQL at ${hostname}${port ? `:${port}` : ""}${pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

/** A PostgreSQL server reached through `DATABASE_URL`; the same SQL as the embedded PGlite. */
export function openPostgres(url: string): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Idle connections must not keep the process alive: a start that fails after the store opened
    // should still exit with its error, and the adapters keep a running bot alive anyway.
    allowExitOnIdle: true,
  });
  // An idle connection the server drops emits 'error' on the pool; the next query reconnects, and
  // without a listener Node would treat the event as an uncaught exception.
  pool.on("error", () => {});
  return {
    description: describe(url),
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(queryable(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
