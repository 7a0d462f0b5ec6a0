import { describe, expect, it } from "vitest";
import { enforceLimit, RateLimiter, slowDownMessage } from "../../adapters/rate-limit.ts";
import { verdictKinds } from "./rate-verdicts.ts";

/** A limiter on a clock the test moves by hand. */
function limiterAt(options: { perMinute: number; burst: number; maxUsers?: number }) {
  const clock = { now: 0 };
  const limiter = new RateLimiter({ ...options, now: () => clock.now });
  return { limiter, clock };
}

describe("RateLimiter", () => {
  it("allows a burst, then warns once and drops the rest", async () => {
    const { limiter } = limiterAt({ perMinute: 6, burst: 3 });
    expect(await verdictKinds(limiter, "slack:U1", 6)).toEqual([
      "allow",
      "allow",
      "allow",
      "warn",
      "drop",
      "drop",
    ]);
  });

  it("gives a token back every 60/perMinute seconds, and says how long until the next one", async () => {
    const { limiter, clock } = limiterAt({ perMinute: 6, burst: 1 });
    expect((await limiter.take("u")).kind).toBe("allow");
    expect(await limiter.take("u")).toEqual({ kind: "warn", retryAfterMs: 10_000 });
    clock.now = 9_999;
    expect((await limiter.take("u")).kind).toBe("drop");
    clock.now = 10_000;
    expect((await limiter.take("u")).kind).toBe("allow");
  });

  it("never holds more than the burst, however long the user was away", async () => {
    const { limiter, clock } = limiterAt({ perMinute: 60, burst: 2 });
    await limiter.take("u");
    clock.now = 60 * 60_000;
    expect(await verdictKinds(limiter, "u", 3)).toEqual(["allow", "allow", "warn"]);
  });

  it("warns at most once per minute while the user keeps going over", async () => {
    const { limiter, clock } = limiterAt({ perMinute: 1, burst: 1 });
    expect((await limiter.take("u")).kind).toBe("allow");
    expect((await limiter.take("u")).kind).toBe("warn");
    clock.now = 30_000;
    expect((await limiter.take("u")).kind).toBe("drop");
    // A token is back at 60 s: this one is answered, and the next over-limit one warns again.
    clock.now = 60_000;
    expect(await verdictKinds(limiter, "u", 3)).toEqual(["allow", "warn", "drop"]);
  });

  it("counts each user apart", async () => {
    const { limiter } = limiterAt({ perMinute: 1, burst: 1 });
    expect(await verdictKinds(limiter, "slack:U1", 2)).toEqual(["allow", "warn"]);
    expect((await limiter.take("discord:U1")).kind).toBe("allow");
  });

  it("does not take tokens away when the clock steps back", async () => {
    const { limiter, clock } = limiterAt({ perMinute: 60, burst: 2 });
    clock.now = 10_000;
    await limiter.take("u");
    clock.now = 0;
    expect((await limiter.take("u")).kind).toBe("allow");
  });

  it("remembers at most maxUsers, forgetting the least recently seen", async () => {
    const { limiter } = limiterAt({ perMinute: 1, burst: 1, maxUsers: 2 });
    await limiter.take("a");
    await limiter.take("b");
    await limiter.take("a");
    await limiter.take("c");
    expect(limiter.size).toBe(2);
    // "a" was seen after "b", so it is kept, still empty and already warned; "b" starts afresh.
    expect((await limiter.take("a")).kind).toBe("drop");
    expect((await limiter.take("b")).kind).toBe("allow");
  });

  it("treats a burst below one as one, so questions are never all refused", async () => {
    const { limiter } = limiterAt({ perMinute: 10, burst: 0.5 });
    expect((await limiter.take("u")).kind).toBe("allow");
  });
});

describe("enforceLimit", () => {
  it("sends the slow-down reply on the first refusal only, and lets allowed questions through silently", async () => {
    const { limiter } = limiterAt({ perMinute: 2, burst: 1 });
    const sent: string[] = [];
    const warn = async (text: string) => sent.push(text);
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await enforceLimit(limiter, "u", warn));
    expect(results).toEqual([undefined, "warned", "dropped", "dropped"]);
    expect(sent).toEqual([slowDownMessage(30_000)]);
  });

  it("allows everything when there is no limiter", async () => {
    expect(await enforceLimit(undefined, "u", async () => {})).toBeUndefined();
  });
});

describe("slowDownMessage", () => {
  it("asks to slow down and says when to try again, in whole seconds of at least one", () => {
    expect(slowDownMessage(30_000)).toMatch(/slow down.*30 s/);
    expect(slowDownMessage(1_001)).toContain("in 2 s");
    expect(slowDownMessage(10)).toContain("in 1 s");
  });
});
