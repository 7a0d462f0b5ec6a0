import { builtinVersions } from "../knowledge-base.ts";
import type { PyVer } from "../pyver.ts";
import { readUpdateState } from "./data-dir.ts";
import { type UpdateResult, updateCorpus } from "./update-corpus.ts";

export interface RefreshOptions {
  bot: PyVer;
  dataDir: string;
  /** Hours between refreshes; 0 turns refreshing off. */
  everyHours: number;
  docsBaseUrl: string;
  releasesUrl: string;
  timeoutMs?: number;
  /** One line per refresh that could not fetch everything; the last good data stays in use. */
  warn: (message: string, failed: string[]) => void;
  /** After a refresh that changed what the bot answers from. */
  updated?: (result: UpdateResult) => void;
  now?: () => Date;
}

/** Data this old is refreshed as soon as the bot starts. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface Refresher {
  /** Runs one refresh now (the timer's job); resolves when the new index, if any, is in use. */
  refreshNow(): Promise<UpdateResult>;
  /** Stops the timer and aborts downloads in flight. */
  stop(): void;
}

/**
 * Keeps a running bot's notes current: at start when the data is older than a day, then every
 * `everyHours`, in the background. A refresh downloads into the data directory, then swaps the
 * rebuilt index in between questions; a failed one keeps the last good data and index.
 */
export function startRefresh(options: RefreshOptions): Refresher {
  const now = options.now ?? (() => new Date());
  let running: Promise<UpdateResult> | undefined;
  const stopped = new AbortController();

  const refreshNow = (): Promise<UpdateResult> => {
    running ??= (async () => {
      try {
        const result = await updateCorpus({
          dataDir: options.dataDir,
          builtinVersions: builtinVersions(),
          docsBaseUrl: options.docsBaseUrl,
          releasesUrl: options.releasesUrl,
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
          now,
          signal: stopped.signal,
        });
        const failed = result.outcomes
          .filter((o) => o.status === "failed")
          .map((o) => `${o.what}: ${o.reason}`);
        if (failed.length > 0 && !stopped.signal.aborted)
          options.warn("corpus refresh kept the last good data for what it could not fetch", failed);
        // The dates and the "updated" day change even when no page did; reload re-reads them, and
        // rebuilds the index only when a page changed.
        if (options.bot.reload()) options.updated?.(result);
        return result;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timers: NodeJS.Timeout[] = [];
  if (options.everyHours > 0) {
    // Age is that of the last update that fetched anything: a failed attempt is retried at the next start.
    const updated = readUpdateState(options.dataDir).updatedAt;
    const age = updated ? now().getTime() - Date.parse(updated) : Number.POSITIVE_INFINITY;
    if (!(age < STALE_AFTER_MS)) void refreshNow().catch(() => undefined);
    const every = setInterval(() => void refreshNow().catch(() => undefined), options.everyHours * 3_600_000);
    every.unref();
    timers.push(every);
  }
  return {
    refreshNow,
    stop: () => {
      for (const t of timers) clearInterval(t);
      stopped.abort();
    },
  };
}
