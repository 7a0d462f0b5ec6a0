import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../../adapters/store/open-store.ts";
import type { Store } from "../../../adapters/store/store.ts";
import { StoredPagedAnswers } from "../../../adapters/store/stored-paging.ts";
import { StoredRateLimiter } from "../../../adapters/store/stored-rate-limits.ts";
import { StoredSeenEvents } from "../../../adapters/store/stored-seen-events.ts";
import { PATHLIB_ANSWER } from "../../fixtures/answer.ts";
import { verdictKinds } from "../rate-verdicts.ts";
import { PGLITE_START_MS } from "./pglite.ts";

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/**
 * The `DATABASE_URL` path, through the `pg` driver over PostgreSQL's wire protocol, against PGlite
 * served on a local socket: the same SQL as the embedded store, through the other driver.
 */
describe("a store behind DATABASE_URL", () => {
  let db: PGlite;
  let server: PGLiteSocketServer;
  let store: Store;

  beforeAll(async () => {
    db = await PGlite.create();
    const port = await freePort();
    server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 10 });
    await server.start();
    store = await openStore({
      databaseUrl: `postgres://postgres:secret@127.0.0.1:${port}/postgres`,
      dataDir: "",
    });
  }, PGLITE_START_MS);

  afterAll(async () => {
    await store?.close();
    await server?.stop();
    await db?.close();
  });

  it("is described without its password", () => {
    expect(store.description).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/postgres$/);
  });

  it("has run the migrations and keeps each kind of shared state", async () => {
    const seen = new StoredSeenEvents(store);
    expect([await seen.firstSighting("EvPg"), await seen.firstSighting("EvPg")]).toEqual([true, false]);
    const limiter = new StoredRateLimiter(store, { perMinute: 1, burst: 1 });
    expect(await verdictKinds(limiter, "pg:U1", 3)).toEqual(["allow", "warn", "drop"]);
    const paging = new StoredPagedAnswers(store);
    const kept = { askerId: "1", answer: PATHLIB_ANSWER, ephemeral: false };
    expect(await paging.get(await paging.put(kept))).toEqual(kept);
  });

  it("rolls a failed transaction back", async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.query("INSERT INTO seen_events (id, expires_at_ms) VALUES ('EvRolledBack', 1)");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await store.query("SELECT 1 FROM seen_events WHERE id = 'EvRolledBack'")).toEqual([]);
  });
});
