import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../../adapters/discord/limits.ts";
import { moreButtonId } from "../../../adapters/discord/paging.ts";
import { RateLimiter } from "../../../adapters/rate-limit.ts";
import { deleteExpired } from "../../../adapters/store/cleanup.ts";
import type { Store } from "../../../adapters/store/store.ts";
import { StoredPagedAnswers } from "../../../adapters/store/stored-paging.ts";
import { StoredRateLimiter } from "../../../adapters/store/stored-rate-limits.ts";
import { StoredSeenEvents } from "../../../adapters/store/stored-seen-events.ts";
import { PATHLIB_ANSWER as answer } from "../../fixtures/answer.ts";
import { verdictKinds } from "../rate-verdicts.ts";
import { handClock, migratedPGlite, PGLITE_START_MS } from "./pglite.ts";

let store: Store;
beforeAll(async () => {
  store = await migratedPGlite();
}, PGLITE_START_MS);
afterAll(() => store.close());

/** Each test writes under its own keys, so the tests can share one database. */
let unique = 0;
const fresh = (name: string) => `${name}-${++unique}`;

describe("seen Slack events in the store", () => {
  it("answers an event_id once, whichever replica sees the retry", async () => {
    const clock = handClock();
    const replicaA = new StoredSeenEvents(store, { now: clock.now });
    const replicaB = new StoredSeenEvents(store, { now: clock.now });
    const id = fresh("Ev");
    expect(await replicaA.firstSighting(id)).toBe(true);
    expect(await replicaB.firstSighting(id)).toBe(false);
    expect(await replicaA.firstSighting(id)).toBe(false);
  });

  it("lets exactly one of two replicas claim an event that reaches both at once", async () => {
    const id = fresh("Ev");
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => new StoredSeenEvents(store).firstSighting(id)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("forgets an id once its TTL is over, not a millisecond sooner", async () => {
    const clock = handClock();
    const seen = new StoredSeenEvents(store, { ttlMs: 1000, now: clock.now });
    const id = fresh("Ev");
    await seen.firstSighting(id);
    clock.ms += 999;
    expect(await seen.firstSighting(id)).toBe(false);
    clock.ms += 1;
    expect(await seen.firstSighting(id)).toBe(true);
  });
});

describe("rate limits in the store", () => {
  const options = { perMinute: 6, burst: 3 };

  it("spends one allowance per user across replicas: a burst, one warning, then silence", async () => {
    const clock = handClock();
    const replicaA = new StoredRateLimiter(store, { ...options, now: clock.now });
    const replicaB = new StoredRateLimiter(store, { ...options, now: clock.now });
    const user = fresh("slack:U");
    expect(await verdictKinds(replicaA, user, 2)).toEqual(["allow", "allow"]);
    expect(await verdictKinds(replicaB, user, 2)).toEqual(["allow", "warn"]);
    expect(await verdictKinds(replicaA, user, 1)).toEqual(["drop"]);
  });

  it("behaves like the in-memory limiter, token for token, including when a token comes back", async () => {
    const clock = handClock(0);
    const memory = new RateLimiter({ perMinute: 6, burst: 1, now: clock.now });
    const stored = new StoredRateLimiter(store, { perMinute: 6, burst: 1, now: clock.now });
    const user = fresh("u");
    for (const at of [0, 0, 9_999, 10_000, 10_001, 30_000, 75_000, 75_001]) {
      clock.ms = at;
      expect(await stored.take(user), `at ${at} ms`).toEqual(await memory.take(user));
    }
  });

  it("never hands out more than the burst to concurrent questions", async () => {
    const user = fresh("u");
    const limiter = new StoredRateLimiter(store, options);
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => limiter.take(user)));
    expect(verdicts.filter((v) => v.kind === "allow")).toHaveLength(3);
    expect(verdicts.filter((v) => v.kind === "warn")).toHaveLength(1);
  });

  it("does not take tokens away when a replica's clock is behind", async () => {
    const clock = handClock(10_000);
    const ahead = new StoredRateLimiter(store, { perMinute: 60, burst: 2, now: clock.now });
    const behind = new StoredRateLimiter(store, { perMinute: 60, burst: 2, now: () => 0 });
    const user = fresh("u");
    await ahead.take(user);
    expect((await behind.take(user)).kind).toBe("allow");
  });
});

describe("paged answers in the store", () => {
  it("pages an answer kept by one replica from another, under an id that fits a custom_id", async () => {
    const kept = { askerId: "42", answer, ephemeral: true };
    const id = await new StoredPagedAnswers(store).put(kept);
    expect(await new StoredPagedAnswers(store).get(id)).toEqual(kept);
    expect(moreButtonId(id, 999).length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it("forgets an answer once its time is up, and knows nothing of ids it did not hand out", async () => {
    const clock = handClock();
    const paging = new StoredPagedAnswers(store, { ttlMs: 500, now: clock.now });
    const id = await paging.put({ askerId: "1", answer, ephemeral: false });
    clock.ms += 499;
    expect(await paging.get(id)).toBeDefined();
    clock.ms += 1;
    expect(await paging.get(id)).toBeUndefined();
    expect(await paging.get("nope")).toBeUndefined();
  });
});

describe("cleanup", () => {
  it("deletes each kind of row once its time is up, and no sooner", async () => {
    for (const table of ["seen_events", "rate_buckets", "paged_answers"])
      await store.query(`DELETE FROM ${table}`);
    const clock = handClock();
    const seen = new StoredSeenEvents(store, { ttlMs: 1000, now: clock.now });
    const paging = new StoredPagedAnswers(store, { ttlMs: 1000, now: clock.now });
    const limiter = new StoredRateLimiter(store, { perMinute: 60, burst: 1, now: clock.now });
    await seen.firstSighting(fresh("Ev"));
    await paging.put({ askerId: "1", answer, ephemeral: false });
    await limiter.take(fresh("u"));
    clock.ms += 500;
    await seen.firstSighting(fresh("Ev"));

    expect(await deleteExpired(store, clock.ms + 500)).toEqual({
      seen_events: 1,
      rate_buckets: 0,
      paged_answers: 1,
    });
    // A bucket of one token at one a minute is full again, and says nothing, after a minute.
    expect(await deleteExpired(store, clock.ms + 60_000)).toEqual({
      seen_events: 1,
      rate_buckets: 1,
      paged_answers: 0,
    });
  });
});
