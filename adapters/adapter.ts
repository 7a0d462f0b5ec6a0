import type { InstallationStore } from "@slack/bolt";
import type { Logger } from "pino";
import type { Asker, PyVer } from "../src/index.ts";
import type { PagedAnswers } from "./discord/paging.ts";
import type { FeedbackLog } from "./feedback/feedback-log.ts";
import type { RateLimits } from "./rate-limit.ts";
import type { SeenEvents } from "./slack/dedupe.ts";

/**
 * What every adapter is given: the core to ask, where to log, and the state replicas share (the rate
 * limit, Slack's seen events, Discord's paged answers). State left out is kept in each adapter's memory.
 */
export interface AdapterContext {
  /** The core in this thread: about, status, versions, autocomplete (all quick). */
  bot: PyVer;
  /** How questions are answered: in worker threads (`npm start`); by default in this thread. */
  ask?: Asker;
  logger: Logger;
  /** One limiter for every adapter (`main.ts` builds it from RATE_LIMIT_*); absent means no limit. */
  limiter?: RateLimits;
  /** Slack event ids already handled; by default remembered by the Slack adapter alone. */
  seenEvents?: SeenEvents;
  /** Answers waiting for Discord "More results" clicks; by default kept by the Discord adapter alone. */
  paging?: PagedAnswers;
  /** Where answers and 👍 / 👎 votes are kept; none with `FEEDBACK=off`. */
  feedback?: FeedbackLog;
  /** Slack OAuth mode: where workspaces' installations are kept; in the Slack adapter's memory by default. */
  slackInstallations?: InstallationStore;
}

/** A started adapter; `stop` stops taking new work, finishes what is in flight and closes connections. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
