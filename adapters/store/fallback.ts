import type { Logger } from "pino";
import type { PagedAnswers } from "../discord/paging.ts";
import type { RateLimits } from "../rate-limit.ts";
import { errorFields } from "../shared/turn.ts";
import type { SeenEvents } from "../slack/dedupe.ts";

export interface GuardOptions {
  /**
   * Longest wait for one store call. Slack's dedupe runs before the ack and Discord's limit before the
   * reply is deferred, both within a three-second window, so a slow store must give up well inside it.
   */
  timeoutMs?: number;
  /** After a failure, how long calls go straight to memory before the store is tried again. */
  retryAfterMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

class StoreTimeout extends Error {
  constructor(ms: number) {
    super(`store call took longer than ${ms} ms`);
    this.name = "StoreTimeout";
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout(ms)), ms);
  });
  // The abandoned call may still fail later; that is already accounted for.
  work.catch(() => {});
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Decides, call by call, whether shared state comes from the store or from this process's memory.
 * Answers never wait on a broken store: a failed or slow call is served from memory, the outage is
 * logged once (not once per request), the store is tried again after a pause, and its return logged.
 */
export class StoreGuard {
  private readonly timeoutMs: number;
  private readonly retryAfterMs: number;
  private readonly now: () => number;
  private down = false;
  private retryAt = 0;

  constructor(
    private readonly logger: Logger,
    { timeoutMs = 1000, retryAfterMs = 30_000, now = Date.now }: GuardOptions = {},
  ) {
    this.timeoutMs = timeoutMs;
    this.retryAfterMs = retryAfterMs;
    this.now = now;
  }

  /** Whether calls currently go to memory. */
  get degraded(): boolean {
    return this.down;
  }

  /** `shared()`, or `local()` when the store is down, fails, or takes longer than `timeoutMs`. */
  async attempt<T>(
    shared: () => Promise<T>,
    local: () => Promise<T>,
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    if (this.down && this.now() < this.retryAt) return local();
    let result: T;
    try {
      result = await within(shared(), timeoutMs);
    } catch (error) {
      this.failed(error);
      return local();
    }
    if (this.down) {
      this.down = false;
      this.logger.info("store reachable again; shared state is shared by replicas again");
    }
    return result;
  }

  /** One operation of a concern, guarded: the store's version, or this process's when it fails. */
  wrap<A extends unknown[], R>(
    shared: (...args: A) => Promise<R>,
    local: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R> {
    return (...args) =>
      this.attempt(
        () => shared(...args),
        () => local(...args),
      );
  }

  private failed(error: unknown): void {
    this.retryAt = this.now() + this.retryAfterMs;
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      { err: errorFields(error), retryAfterMs: this.retryAfterMs },
      "store unavailable; shared state is kept in this process only until it is back",
    );
  }
}

export function guardedSeenEvents(guard: StoreGuard, shared: SeenEvents, local: SeenEvents): SeenEvents {
  return { firstSighting: guard.wrap(shared.firstSighting.bind(shared), local.firstSighting.bind(local)) };
}

export function guardedRateLimits(guard: StoreGuard, shared: RateLimits, local: RateLimits): RateLimits {
  return { take: guard.wrap(shared.take.bind(shared), local.take.bind(local)) };
}

/** Answers kept in memory during an outage are still found once the store is back. */
export function guardedPaging(guard: StoreGuard, shared: PagedAnswers, local: PagedAnswers): PagedAnswers {
  const get = guard.wrap(shared.get.bind(shared), local.get.bind(local));
  return {
    put: guard.wrap(shared.put.bind(shared), local.put.bind(local)),
    get: async (id) => (await get(id)) ?? local.get(id),
  };
}
