import type { StoreGuard } from "./fallback.ts";
import type { Queryable } from "./store.ts";

/** Every table of expiring shared state; each has an `expires_at_ms` column and an index on it. */
export const EXPIRING_TABLES = ["seen_events", "rate_buckets", "paged_answers"] as const;

/** Deletes the rows whose time is up; resolves with how many went, per table. */
export async function deleteExpired(db: Queryable, now: number): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const table of EXPIRING_TABLES) {
    const rows = await db.query(`DELETE FROM ${table} WHERE expires_at_ms <= $1 RETURNING 1`, [now]);
    deleted[table] = rows.length;
  }
  return deleted;
}

const CLEANUP_TIMEOUT_MS = 60_000;

export interface Cleanup {
  stop(): void;
}

/**
 * Runs `deleteExpired` every `everyMs`. Reads already ignore expired rows, so this only keeps the
 * tables small; with several replicas each runs it, and the deletes are harmless to repeat.
 */
export function startCleanup(
  db: Queryable,
  guard: StoreGuard,
  { everyMs = 5 * 60_000, now = Date.now }: { everyMs?: number; now?: () => number } = {},
): Cleanup {
  const timer = setInterval(() => {
    // No one waits on a cleanup, so it may take its time; only a failure counts against the store.
    void guard.attempt(
      () => deleteExpired(db, now()),
      async () => ({}),
      CLEANUP_TIMEOUT_MS,
    );
  }, everyMs);
  // Cleaning is never a reason to keep the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
