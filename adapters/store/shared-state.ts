import type { Logger } from "pino";
import type { AdapterContext } from "../adapter.ts";
import { PagingStore } from "../discord/paging.ts";
import { RateLimiter, type RateLimitOptions } from "../rate-limit.ts";
import { errorFields } from "../shared/turn.ts";
import { SeenIds } from "../slack/dedupe.ts";
import { startCleanup } from "./cleanup.ts";
import {
  type GuardOptions,
  guardedPaging,
  guardedRateLimits,
  guardedSeenEvents,
  StoreGuard,
} from "./fallback.ts";
import { openStore, type StoreSettings } from "./open-store.ts";
import type { Store } from "./store.ts";
import { StoredPagedAnswers } from "./stored-paging.ts";
import { StoredRateLimiter } from "./stored-rate-limits.ts";
import { StoredSeenEvents } from "./stored-seen-events.ts";

/** The state adapters share across replicas, ready to spread into an `AdapterContext`. */
export type SharedState = Required<Pick<AdapterContext, "limiter" | "seenEvents" | "paging">> & {
  /** Stops the cleanup and closes the store; call once the adapters have stopped. */
  close(): Promise<void>;
  /** The store itself, for what keeps its own tables (feedback, Slack installations); none in memory. */
  store?: Store;
};

/** Each concern in this process's memory: what a single replica or a failed store gets. */
export function localState(rateLimit: RateLimitOptions): SharedState {
  return {
    limiter: new RateLimiter(rateLimit),
    seenEvents: new SeenIds(),
    paging: new PagingStore(),
    close: async () => {},
  };
}

/** Each concern in `store`, falling back to memory call by call while the store is failing. */
export function storedState(
  store: Store,
  rateLimit: RateLimitOptions,
  logger: Logger,
  guardOptions: GuardOptions & { cleanupEveryMs?: number } = {},
): SharedState {
  const guard = new StoreGuard(logger, guardOptions);
  const local = localState(rateLimit);
  const cleanup = startCleanup(store, guard, { everyMs: guardOptions.cleanupEveryMs });
  return {
    limiter: guardedRateLimits(guard, new StoredRateLimiter(store, rateLimit), local.limiter),
    seenEvents: guardedSeenEvents(guard, new StoredSeenEvents(store), local.seenEvents),
    paging: guardedPaging(guard, new StoredPagedAnswers(store), local.paging),
    store,
    close: async () => {
      cleanup.stop();
      await store.close();
    },
  };
}

/**
 * Opens the store and shares state through it. A store that cannot be opened (a server down, a bad
 * URL) does not stop the start: PyVer answers with state kept in memory, and says so once.
 */
export async function openSharedState(
  settings: StoreSettings,
  rateLimit: RateLimitOptions,
  logger: Logger,
): Promise<SharedState> {
  let store: Store;
  try {
    store = await openStore(settings);
  } catch (error) {
    logger.warn(
      { err: errorFields(error) },
      "store could not be opened; rate limits, Slack retries and paging are kept in this process only",
    );
    return localState(rateLimit);
  }
  logger.info({ store: store.description }, "shared state store ready");
  return storedState(store, rateLimit, logger);
}
