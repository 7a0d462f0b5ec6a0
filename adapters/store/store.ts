/**
 * The one place shared state lives when PyVer runs as several replicas. Everything above this file
 * speaks PostgreSQL through these two methods, so the embedded database (PGlite) and a real server
 * run the same SQL, and later features (installations, feedback) need no new seam.
 */

/** A row as the database returns it; callers name the columns they select. */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one statement with `$1…` parameters and resolves with its rows (none for most writes). */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Store extends Queryable {
  /** Which database this is, for the start-up log line; never holds credentials. */
  readonly description: string;
  /**
   * Runs `work` on one connection inside a transaction: committed when it resolves, rolled back when
   * it rejects. Migrations need this, since a pool would otherwise spread their statements over
   * connections.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
