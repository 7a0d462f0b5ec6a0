import { describe, expect, it } from "vitest";
import { SeenIds } from "../../../adapters/slack/dedupe.ts";

function clock(start = 0) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("SeenIds", () => {
  it("sees an event_id for the first time once; a retry with the same id is a repeat", async () => {
    const seen = new SeenIds();
    expect(await seen.firstSighting("Ev1")).toBe(true);
    expect(await seen.firstSighting("Ev1")).toBe(false);
    expect(await seen.firstSighting("Ev2")).toBe(true);
  });

  it("remembers an id until its TTL is over, not a millisecond longer", async () => {
    const time = clock();
    const seen = new SeenIds({ ttlMs: 1000, now: time.now });
    await seen.firstSighting("Ev1");
    time.advance(999);
    expect(await seen.firstSighting("Ev1")).toBe(false);
    time.advance(1);
    expect(await seen.firstSighting("Ev1")).toBe(true);
  });

  it("forgets expired ids, so memory follows traffic rather than uptime", async () => {
    const time = clock();
    const seen = new SeenIds({ ttlMs: 1000, now: time.now });
    for (let i = 0; i < 100; i++) await seen.firstSighting(`Ev${i}`);
    time.advance(1000);
    await seen.firstSighting("later");
    expect(seen.size).toBe(1);
  });

  it("holds exactly `max` ids, and forgets the oldest when one more arrives", async () => {
    const seen = new SeenIds({ max: 3 });
    for (const id of ["a", "b", "c"]) await seen.firstSighting(id);
    expect(seen.size).toBe(3);
    expect(await seen.firstSighting("d")).toBe(true);
    expect(seen.size).toBe(3);
    expect(await seen.firstSighting("a")).toBe(true);
    expect(await seen.firstSighting("d")).toBe(false);
  });

  it("accepts an empty id like any other", async () => {
    const seen = new SeenIds();
    expect(await seen.firstSighting("")).toBe(true);
    expect(await seen.firstSighting("")).toBe(false);
  });
});
