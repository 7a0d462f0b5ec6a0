import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "../../../adapters/store/migrations.ts";
import { embeddedStoreDir, openStore } from "../../../adapters/store/open-store.ts";
import { openPGlite } from "../../../adapters/store/pglite-store.ts";
import type { Store } from "../../../adapters/store/store.ts";

describe("migrations", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPGlite();
    // Compiling PostgreSQL's WASM takes seconds on a busy machine.
  }, 60_000);
  afterAll(() => store.close());

  it("applies every step once and records it, so a second start changes nothing", async () => {
    expect(await migrate(store)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(store)).toEqual([]);
    const recorded = await store.query<{ version: number }>("SELECT version FROM schema_migrations");
    expect(recorded.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const tables = await store.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.map((t) => t.tablename)).toEqual([
      "feedback_asks",
      "feedback_salt",
      "feedback_votes",
      "paged_answers",
      "rate_buckets",
      "schema_migrations",
      "seen_events",
      "slack_installations",
    ]);
  });

  it("leaves nothing behind of a step that fails half way", async () => {
    const broken = { version: 999, name: "broken", statements: ["CREATE TABLE half (x int)", "NOT SQL"] };
    await expect(migrate(store, [...MIGRATIONS, broken])).rejects.toThrow();
    expect(await store.query("SELECT 1 FROM pg_tables WHERE tablename = 'half'")).toEqual([]);
    expect(await store.query("SELECT 1 FROM schema_migrations WHERE version = 999")).toEqual([]);
  });
});

describe("the embedded store", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pyver-store-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps its rows under the data directory across restarts", async () => {
    const first = await openStore({ dataDir });
    await first.query("INSERT INTO seen_events (id, expires_at_ms) VALUES ('Ev1', 1)");
    await first.close();
    const again = await openStore({ dataDir });
    expect(await again.query("SELECT id FROM seen_events")).toEqual([{ id: "Ev1" }]);
    expect(embeddedStoreDir(dataDir)).toBe(join(dataDir, "store"));
    await again.close();
  }, 60_000);
});
