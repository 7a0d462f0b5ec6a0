import type { Logger } from "pino";
import type { PyVer } from "../src/pyver.ts";

/** What every adapter is given: the core to ask, and where to log. */
export interface AdapterContext {
  bot: PyVer;
  logger: Logger;
}

/** A started adapter; `stop` stops taking new work, finishes what is in flight and closes connections. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
