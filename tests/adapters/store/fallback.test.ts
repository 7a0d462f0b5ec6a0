import { describe, expect, it } from "vitest";
import { PagingStore } from "../../../adapters/discord/paging.ts";
import { RateLimiter } from "../../../adapters/rate-limit.ts";
import { SeenIds } from "../../../adapters/slack/dedupe.ts";
import {
  guardedPaging,
  guardedRateLimits,
  guardedSeenEvents,
  StoreGuard,
} from "../../../adapters/store/fallback.ts";
import { openSharedState, storedState } from "../../../adapters/store/shared-state.ts";
import { PATHLIB_ANSWER as answer } from "../../fixtures/answer.ts";
import { bufferLogger } from "../log-lines.ts";
import { brokenStore } from "./broken-store.ts";
import { handClock } from "./pglite.ts";

const warnings = (lines: Record<string, unknown>[]) => lines.filter((l) => l.level === 40);

describe("shared state when the store fails", () => {
  it("keeps answering from memory and warns once, not once per request", async () => {
    const { lines, logger } = bufferLogger();
    const state = storedState(brokenStore(), { perMinute: 6, burst: 2 }, logger);
    expect(await state.seenEvents.firstSighting("Ev1")).toBe(true);
    expect(await state.seenEvents.firstSighting("Ev1")).toBe(false);
    expect((await state.limiter.take("slack:U1")).kind).toBe("allow");
    expect((await state.limiter.take("slack:U1")).kind).toBe("allow");
    expect((await state.limiter.take("slack:U1")).kind).toBe("warn");
    const id = await state.paging.put({ askerId: "1", answer, ephemeral: false });
    expect((await state.paging.get(id))?.answer).toEqual(answer);
    await state.close();

    expect(warnings(lines)).toHaveLength(1);
    expect(warnings(lines)[0]?.msg).toMatch(/store unavailable/);
  });

  it("gives up on a store that does not answer within the timeout", async () => {
    const { lines, logger } = bufferLogger();
    const guard = new StoreGuard(logger, { timeoutMs: 20 });
    const hanging = guardedSeenEvents(
      guard,
      { firstSighting: () => new Promise<never>(() => {}) },
      new SeenIds(),
    );
    const started = Date.now();
    expect(await hanging.firstSighting("Ev1")).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(warnings(lines)[0]?.err).toMatchObject({ message: expect.stringMatching(/longer than 20 ms/) });
    // While the store is down, calls skip it altogether, for every concern sharing the guard.
    let storeCalls = 0;
    const seen = guardedSeenEvents(
      guard,
      { firstSighting: async () => Boolean(++storeCalls) },
      new SeenIds(),
    );
    expect(await seen.firstSighting("Ev2")).toBe(true);
    expect(storeCalls).toBe(0);
    expect(guard.degraded).toBe(true);
  });

  it("tries the store again after a pause, and says when it is back", async () => {
    const { lines, logger } = bufferLogger();
    const clock = handClock();
    const guard = new StoreGuard(logger, { retryAfterMs: 30_000, now: clock.now });
    let storeUp = false;
    const shared = new RateLimiter({ perMinute: 1, burst: 1 });
    const flaky = {
      take: (user: string) => (storeUp ? shared.take(user) : Promise.reject(new Error("down"))),
    };
    const limiter = guardedRateLimits(guard, flaky, new RateLimiter({ perMinute: 60, burst: 60 }));
    await limiter.take("u");
    storeUp = true;
    clock.ms += 29_999;
    await limiter.take("u");
    expect(guard.degraded).toBe(true);
    clock.ms += 1;
    expect((await limiter.take("u")).kind).toBe("allow");
    expect((await limiter.take("u")).kind).toBe("warn");
    expect(guard.degraded).toBe(false);
    expect(lines.map((l) => l.msg)).toEqual([
      expect.stringMatching(/store unavailable/),
      expect.stringMatching(/store reachable again/),
    ]);
  });

  it("still pages an answer kept in memory during an outage once the store is back", async () => {
    const { logger } = bufferLogger();
    const clock = handClock();
    const guard = new StoreGuard(logger, { retryAfterMs: 1000, now: clock.now });
    let storeUp = false;
    const shared = new PagingStore();
    const flaky = {
      put: (value: Parameters<PagingStore["put"]>[0]) =>
        storeUp ? shared.put(value) : Promise.reject(new Error("down")),
      get: (id: string) => (storeUp ? shared.get(id) : Promise.reject(new Error("down"))),
    };
    const paging = guardedPaging(guard, flaky, new PagingStore());
    const id = await paging.put({ askerId: "1", answer, ephemeral: true });
    storeUp = true;
    clock.ms += 1000;
    expect((await paging.get(id))?.askerId).toBe("1");
  });
});

describe("opening shared state", () => {
  it("starts with state in memory, and one warning, when the database server cannot be reached", async () => {
    const { lines, logger } = bufferLogger();
    const state = await openSharedState(
      { databaseUrl: "postgres://pyver@127.0.0.1:1/pyver", dataDir: "/nonexistent" },
      { perMinute: 6, burst: 1 },
      logger,
    );
    expect(await state.seenEvents.firstSighting("Ev1")).toBe(true);
    expect((await state.limiter.take("u")).kind).toBe("allow");
    await state.close();
    expect(warnings(lines)).toHaveLength(1);
    expect(warnings(lines)[0]?.msg).toMatch(/store could not be opened/);
    expect(JSON.stringify(lines)).not.toContain("pyver@");
  });
});
