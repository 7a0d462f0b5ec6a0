import { migrate } from "../../../adapters/store/migrations.ts";
import { openPGlite } from "../../../adapters/store/pglite-store.ts";
import type { Store } from "../../../adapters/store/store.ts";

/** Compiling PostgreSQL's WASM takes seconds on a busy machine, so hooks that open one wait longer. */
export const PGLITE_START_MS = 60_000;

/** An in-memory PGlite with the schema applied. */
export async function migratedPGlite(): Promise<Store> {
  const store = await openPGlite();
  await migrate(store);
  return store;
}

/** A clock the test moves by hand. */
export function handClock(start = 1_000_000) {
  const clock = { ms: start, now: () => clock.ms };
  return clock;
}
