import type { Logger } from "pino";
import type { Asker, PyVer } from "../src/index.ts";
import type { FeedbackLog } from "./feedback/feedback-log.ts";
import type { RateLimiter } from "./rate-limit.ts";

/** What every adapter is given: the core to ask, where to log, and the rate limit they all share. */
export interface AdapterContext {
  /** The core in this thread: about, status, versions, autocomplete (all quick). */
  bot: PyVer;
  /** How questions are answered: in worker threads (`npm start`); by default in this thread. */
  ask?: Asker;
  logger: Logger;
  /** One limiter for every adapter (`main.ts` builds it from RATE_LIMIT_*); absent means no limit. */
  limiter?: RateLimiter;
  /** Where answers and 👍 / 👎 votes are kept; none with `FEEDBACK=off`. */
  feedback?: FeedbackLog;
}

/** A started adapter; `stop` stops taking new work, finishes what is in flight and closes connections. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
