import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { Queryable, Row, Store } from "./store.ts";

function queryable(db: Pick<PGlite, "query">): Queryable {
  return {
    query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await db.query<R>(sql, [...params])).rows,
  };
}

/**
 * PostgreSQL compiled to WebAssembly, in this process: files under `dataDir`, or in memory when none
 * is given (tests). Opening it compiles the WASM module, which takes a moment, so it is done once.
 */
export async function openPGlite(dataDir?: string): Promise<Store> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  return pgliteStore(db, dataDir ? `PGlite in ${dataDir}` : "PGlite in memory");
}

/** A Store over a PGlite someone else opened and will close (tests that share one instance). */
export function pgliteStore(db: PGlite, description = "PGlite"): Store {
  return {
    description,
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
