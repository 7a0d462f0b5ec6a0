import type { Store } from "./store.ts";

/**
 * The schema, as numbered steps applied once each and recorded in `schema_migrations`. A step is never
 * edited once released; a change is a new step. Times are milliseconds since the epoch, in `double
 * precision` (exact for such integers) so both drivers return plain numbers rather than bigint strings.
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "shared adapter state",
    statements: [
      `CREATE TABLE seen_events (
         id text PRIMARY KEY,
         expires_at_ms double precision NOT NULL)`,
      "CREATE INDEX seen_events_expiry ON seen_events (expires_at_ms)",
      `CREATE TABLE rate_buckets (
         key text PRIMARY KEY,
         tokens double precision NOT NULL,
         updated_at_ms double precision NOT NULL,
         warned_at_ms double precision,
         last_verdict text NOT NULL,
         expires_at_ms double precision NOT NULL)`,
      "CREATE INDEX rate_buckets_expiry ON rate_buckets (expires_at_ms)",
      `CREATE TABLE paged_answers (
         id text PRIMARY KEY,
         value jsonb NOT NULL,
         expires_at_ms double precision NOT NULL)`,
      "CREATE INDEX paged_answers_expiry ON paged_answers (expires_at_ms)",
    ],
  },
  {
    version: 2,
    name: "feedback and Slack installations",
    statements: [
      `CREATE TABLE feedback_asks (
         id text PRIMARY KEY,
         at_ms double precision NOT NULL,
         platform text NOT NULL,
         workspace text NOT NULL,
         user_hash text NOT NULL,
         question text NOT NULL,
         found boolean NOT NULL,
         first_citation text)`,
      "CREATE INDEX feedback_asks_at ON feedback_asks (at_ms)",
      `CREATE TABLE feedback_votes (
         ask_id text NOT NULL REFERENCES feedback_asks (id) ON DELETE CASCADE,
         user_hash text NOT NULL,
         up boolean NOT NULL,
         at_ms double precision NOT NULL,
         PRIMARY KEY (ask_id, user_hash))`,
      "CREATE INDEX feedback_votes_at ON feedback_votes (at_ms)",
      `CREATE TABLE feedback_salt (
         id integer PRIMARY KEY,
         salt text NOT NULL)`,
      `CREATE TABLE slack_installations (
         key text PRIMARY KEY,
         installation jsonb NOT NULL,
         updated_at_ms double precision NOT NULL)`,
    ],
  },
];

/** Any fixed number; replicas starting together queue on it so only one of them migrates. */
const MIGRATION_LOCK = 1_414_001;

/** Applies the steps not yet recorded, in one transaction; resolves with the versions applied. */
export async function migrate(
  store: Store,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return store.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const rows = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(step.version)) continue;
      for (const statement of step.statements) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        step.version,
        step.name,
      ]);
      applied.push(step.version);
    }
    return applied;
  });
}
