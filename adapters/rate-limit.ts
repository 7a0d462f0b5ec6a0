/**
 * A per-user token bucket, shared by every adapter so a person gets the same allowance on Discord,
 * Slack and the console. Each question takes a token; tokens come back at `perMinute` per minute up
 * to `burst`. Over the limit, the user is told to slow down once per window and then ignored until
 * a token is back, so a flood never turns into a flood of "slow down" replies.
 */

export interface RateLimitOptions {
  /** Questions a user may ask per minute, sustained (RATE_LIMIT_PER_MINUTE, default 20). */
  perMinute: number;
  /** Questions a user may ask at once before the rate applies (RATE_LIMIT_BURST, default 5). */
  burst: number;
  /** Shortest time between two "slow down" replies to one user. Default one minute. */
  warnWindowMs?: number;
  /** Most users tracked at once; the least recently seen are forgotten first. Default 10,000. */
  maxUsers?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * `allow`: answer. `warn`: over the limit, reply with `slowDownMessage`. `drop`: over the limit and
 * already warned in this window, send nothing (but still acknowledge what the platform needs acked).
 */
export type RateVerdict =
  | { kind: "allow" }
  | { kind: "warn"; retryAfterMs: number }
  | { kind: "drop"; retryAfterMs: number };

/** A per-user allowance, kept in this process (`RateLimiter`) or shared by replicas (the store). */
export interface RateLimits {
  /** Takes a token for `user` ("slack:U123") if there is one, and says what to do with the question. */
  take(user: string): Promise<RateVerdict>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  warnedAt?: number;
}

export const MINUTE_MS = 60_000;

/** How long until a bucket holding `tokens` (fewer than one) has a whole token again. */
export function msUntilNextToken(tokens: number, perMs: number): number {
  return Math.ceil((1 - tokens) / perMs);
}

export class RateLimiter implements RateLimits {
  /** user → bucket. A Map iterates in insertion order; re-inserting on use keeps it least-recent first. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly burst: number;
  private readonly warnWindowMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;

  constructor({
    perMinute,
    burst,
    warnWindowMs = MINUTE_MS,
    maxUsers = 10_000,
    now = Date.now,
  }: RateLimitOptions) {
    this.perMs = perMinute / MINUTE_MS;
    // A bucket smaller than one token would refuse every question.
    this.burst = Math.max(1, burst);
    this.warnWindowMs = warnWindowMs;
    this.maxUsers = maxUsers;
    this.now = now;
  }

  /** Users currently tracked. */
  get size(): number {
    return this.buckets.size;
  }

  async take(user: string): Promise<RateVerdict> {
    return this.takeNow(user);
  }

  private takeNow(user: string): RateVerdict {
    const now = this.now();
    const bucket = this.refilled(user, now);
    this.buckets.delete(user);
    this.buckets.set(user, bucket);
    this.forgetOldest();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { kind: "allow" };
    }
    const retryAfterMs = msUntilNextToken(bucket.tokens, this.perMs);
    if (bucket.warnedAt !== undefined && now - bucket.warnedAt < this.warnWindowMs) {
      return { kind: "drop", retryAfterMs };
    }
    bucket.warnedAt = now;
    return { kind: "warn", retryAfterMs };
  }

  private refilled(user: string, now: number): Bucket {
    const bucket = this.buckets.get(user);
    if (!bucket) return { tokens: this.burst, updatedAt: now };
    // A clock that steps back (tests, NTP) must not take tokens away.
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.burst, bucket.tokens + elapsed * this.perMs);
    bucket.updatedAt = now;
    return bucket;
  }

  /** Memory stays bounded however many users write: a forgotten user simply starts with a full bucket. */
  private forgetOldest(): void {
    while (this.buckets.size > this.maxUsers) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) return;
      this.buckets.delete(oldest.value);
    }
  }
}

/** The friendly reply to a user over the limit, with when to try again. */
export function slowDownMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up — please slow down and try again in ${seconds} s.`;
}

/**
 * Applies the limit to one question from `user`: resolves undefined when it may be answered; otherwise
 * sends the "slow down" reply through `warn` (once per window) and resolves with what happened, for the
 * request log. Every adapter goes through here, so the limit behaves the same everywhere.
 */
export async function enforceLimit(
  limiter: RateLimits | undefined,
  user: string,
  warn: (text: string) => Promise<unknown>,
): Promise<"warned" | "dropped" | undefined> {
  const verdict = (await limiter?.take(user)) ?? { kind: "allow" };
  if (verdict.kind === "allow") return undefined;
  if (verdict.kind === "drop") return "dropped";
  await warn(slowDownMessage(verdict.retryAfterMs));
  return "warned";
}
