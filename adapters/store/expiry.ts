import type { Queryable } from "./store.ts";

/** How long a kind of row lives, and the clock it is measured on (a hand-moved one in tests). */
export interface ExpiryOptions {
  ttlMs?: number;
  now?: () => number;
}

export class Expiry {
  readonly ttlMs: number;
  readonly now: () => number;

  constructor({ ttlMs, now = Date.now }: ExpiryOptions, defaultTtlMs: number) {
    this.ttlMs = ttlMs ?? defaultTtlMs;
    this.now = now;
  }

  /** When a row written now expires. */
  fromNow(): number {
    return this.now() + this.ttlMs;
  }
}

/** The rows of one table of expiring state, written and read on one clock. */
export abstract class ExpiringRows {
  protected readonly expiry: Expiry;

  constructor(
    protected readonly db: Queryable,
    options: ExpiryOptions,
    defaultTtlMs: number,
  ) {
    this.expiry = new Expiry(options, defaultTtlMs);
  }
}
