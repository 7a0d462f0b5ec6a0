import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { errorFields } from "../shared/turn.ts";
import { type FeedbackLog, MemoryFeedbackLog } from "./feedback-log.ts";

/** How often what is past the retention period is forgotten. */
const FORGET_EVERY_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export interface RunningFeedback {
  log: FeedbackLog | undefined;
  stop(): void;
}

/**
 * The feedback log `npm start` uses, forgetting what is older than `retentionDays` every hour; none
 * when feedback is off. Without a store it lives in memory (and a restart forgets it).
 */
export function startFeedback(
  settings: { enabled: boolean; retentionDays: number },
  logger: Logger,
  log: FeedbackLog = new MemoryFeedbackLog(randomBytes(16).toString("hex")),
): RunningFeedback {
  if (!settings.enabled) return { log: undefined, stop: () => {} };
  const forget = (): void => {
    log
      .forget(new Date(Date.now() - settings.retentionDays * DAY_MS))
      .catch((error: unknown) =>
        logger.warn({ err: errorFields(error) }, "old feedback could not be forgotten"),
      );
  };
  forget();
  const timer = setInterval(forget, FORGET_EVERY_MS);
  timer.unref();
  return { log, stop: () => clearInterval(timer) };
}
