import type { Logger } from "pino";
import type { RunningAdapter } from "./adapter.ts";

/** How long in-flight replies may take to finish after SIGTERM or SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * What a process does with a stray error: a stray rejection is a bug worth a log line, not worth
 * dropping every conversation in flight; an uncaught exception leaves the process in an unknown state,
 * so it is said loudly and the process exits non-zero.
 */
export function guardProcess(logger: Logger): void {
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; exiting");
    process.exit(1);
  });
}

/** On SIGTERM or SIGINT: stop the adapters, then `afterwards`, then exit 0, within the grace period. */
export function onShutdown(adapters: RunningAdapter[], logger: Logger, afterwards = async () => {}): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.warn("shutdown grace period over; exiting");
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    // The adapters finish their answers first; what they answer with (the worker pool) stops last.
    Promise.allSettled(adapters.map((a) => a.stop()))
      .then(afterwards)
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
