import {
  MINUTE_MS,
  msUntilNextToken,
  type RateLimitOptions,
  type RateLimits,
  type RateVerdict,
} from "../rate-limit.ts";
import type { Queryable } from "./store.ts";

/**
 * The token bucket refilled to now (parameters: $2 burst, $3 now, $4 tokens per ms). A clock that
 * steps back, or one replica's clock behind another's, must not take tokens away.
 */
const REFILLED = "least($2::float8, b.tokens + greatest(0, $3::float8 - b.updated_at_ms) * $4::float8)";
/** Whether the user was warned within the window ($5), so this refusal stays silent. */
const WARNED_LATELY = "(b.warned_at_ms IS NOT NULL AND $3::float8 - b.warned_at_ms < $5::float8)";

/**
 * One statement takes a token: insert a full bucket minus one, or refill and take from the existing
 * row, which the upsert locks, so replicas taking from one user's bucket at once queue rather than
 * both spending the last token. `last_verdict` is what this take decided, since RETURNING sees only
 * the new row and the new token count alone cannot tell "took the last token" from "had none".
 */
const TAKE = `
INSERT INTO rate_buckets AS b (key, tokens, updated_at_ms, warned_at_ms, last_verdict, expires_at_ms)
VALUES ($1, $2::float8 - 1, $3::float8, NULL, 'allow', $3::float8 + $6::float8)
ON CONFLICT (key) DO UPDATE SET
  tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
  last_verdict = CASE WHEN ${REFILLED} >= 1 THEN 'allow' WHEN ${WARNED_LATELY} THEN 'drop' ELSE 'warn' END,
  warned_at_ms = CASE WHEN ${REFILLED} < 1 AND NOT ${WARNED_LATELY} THEN $3::float8 ELSE b.warned_at_ms END,
  updated_at_ms = $3::float8,
  expires_at_ms = $3::float8 + $6::float8
RETURNING tokens, last_verdict`;

/**
 * The same per-user token bucket as `RateLimiter`, kept in the database so every replica spends from
 * one allowance. Why not `rate-limiter-flexible`'s PostgreSQL backend: it counts points in fixed
 * windows rather than refilling a bucket with a burst, has no "warned already in this window" state
 * (we would need a second table for that), and creates its own table outside our migrations. One
 * upsert does all of it in a single round trip.
 */
export class StoredRateLimiter implements RateLimits {
  private readonly perMs: number;
  private readonly burst: number;
  private readonly warnWindowMs: number;
  /** After this long untouched a bucket is full again and unwarned: the row says nothing and can go. */
  private readonly keepMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Queryable,
    { perMinute, burst, warnWindowMs = MINUTE_MS, now = Date.now }: RateLimitOptions,
  ) {
    this.perMs = perMinute / MINUTE_MS;
    // A bucket smaller than one token would refuse every question.
    this.burst = Math.max(1, burst);
    this.warnWindowMs = warnWindowMs;
    this.keepMs = Math.max(Math.ceil(this.burst / this.perMs), warnWindowMs);
    this.now = now;
  }

  async take(user: string): Promise<RateVerdict> {
    const rows = await this.db.query<{ tokens: number; last_verdict: RateVerdict["kind"] }>(TAKE, [
      user,
      this.burst,
      this.now(),
      this.perMs,
      this.warnWindowMs,
      this.keepMs,
    ]);
    const row = rows[0];
    if (!row) throw new Error("rate_buckets upsert returned no row");
    if (row.last_verdict === "allow") return { kind: "allow" };
    return { kind: row.last_verdict, retryAfterMs: msUntilNextToken(row.tokens, this.perMs) };
  }
}
