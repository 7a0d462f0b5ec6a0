import { join } from "node:path";
import { migrate } from "./migrations.ts";
import { openPGlite } from "./pglite-store.ts";
import { openPostgres } from "./postgres-store.ts";
import type { Store } from "./store.ts";

export interface StoreSettings {
  /** `DATABASE_URL`: a PostgreSQL server; without it, the embedded PGlite. */
  databaseUrl?: string;
  /** `PYVER_DATA_DIR`: the embedded database lives in its `store` folder. */
  dataDir: string;
}

/** Where the embedded database keeps its files. */
export function embeddedStoreDir(dataDir: string): string {
  return join(dataDir, "store");
}

/** Opens the configured database and brings its schema up to date; rejects if either fails. */
export async function openStore({ databaseUrl, dataDir }: StoreSettings): Promise<Store> {
  const store = databaseUrl ? openPostgres(databaseUrl) : await openPGlite(embeddedStoreDir(dataDir));
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
