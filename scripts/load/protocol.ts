/** What the load script and the processes it starts say to each other over IPC, and the secrets they share. */

/** Test credentials: the load run checks real signatures, but talks only to 127.0.0.1. */
export const SIGNING_SECRET = "load-test-signing-secret";
export const BOT_TOKEN = "xoxb-load-test-token";

/** The two Slack apps measured: PyVer's adapter, and a bare Bolt app as the yardstick. */
export type AppKind = "pyver" | "bare";

export interface Memory {
  rssBytes: number;
  heapUsedBytes: number;
}

/** From a Slack app process. */
export type ServerMessage =
  | { type: "ready"; port: number }
  | ({ type: "memory"; errorsLogged: number; peakRssBytes: number; workerHeapBytes: number[] } & Memory)
  | { type: "stopped" };

/** To a Slack app process. */
export type ServerCommand = { type: "measure" } | { type: "stop" };

/** From the in-process core run. */
export interface CoreReport {
  type: "core";
  questions: number;
  seconds: number;
  before: Memory;
  after: Memory;
}

/** From the worker-pool throughput run. */
export interface PoolReport {
  type: "pool";
  workers: number;
  questions: number;
  /** Answered by the core (not "too long" or "busy"). */
  answered: number;
  seconds: number;
  /** Used heap of each worker once it had opened the core. */
  heapBytes: number[];
}
