/**
 * Slack redelivers an event it believes was not acknowledged in time (`X-Slack-Retry-Num`), with the
 * same `event_id`. Remembering the ids seen lately lets a retried event be dropped instead of answered
 * twice, while an event whose first delivery never arrived is still answered.
 */
/** Whether an event id is new; kept in this process (`SeenIds`) or shared by replicas (the store). */
export interface SeenEvents {
  /** Records `id`; true the first time it is seen (within the TTL), false for a repeat. */
  firstSighting(id: string): Promise<boolean>;
}

/** How long an event id is remembered: Slack retries three times within about five minutes. */
export const SEEN_EVENT_TTL_MS = 10 * 60_000;

export interface SeenIdsOptions {
  /** How long an id is remembered; default `SEEN_EVENT_TTL_MS`. */
  ttlMs?: number;
  /** Most ids remembered at once; the oldest are forgotten first. Default 10,000. */
  max?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export class SeenIds implements SeenEvents {
  /** id → when it expires. A Map iterates in insertion order, which is expiry order (the TTL is fixed). */
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor({ ttlMs = SEEN_EVENT_TTL_MS, max = 10_000, now = Date.now }: SeenIdsOptions = {}) {
    this.ttlMs = ttlMs;
    this.max = max;
    this.now = now;
  }

  get size(): number {
    return this.expiries.size;
  }

  async firstSighting(id: string): Promise<boolean> {
    return this.record(id);
  }

  private record(id: string): boolean {
    const now = this.now();
    for (const [seen, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(seen);
    }
    if (this.expiries.has(id)) return false;
    if (this.expiries.size >= this.max) {
      const oldest = this.expiries.keys().next();
      if (!oldest.done) this.expiries.delete(oldest.value);
    }
    this.expiries.set(id, now + this.ttlMs);
    return true;
  }
}
