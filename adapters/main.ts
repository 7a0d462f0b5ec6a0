/**
 * `npm start`: reads the settings, opens the core and starts the adapters whose tokens are set —
 * Discord, Slack, both, or the console chat when neither is.
 */
import "dotenv/config";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "pino";
import { type AnswerPool, PyVer, startRefresh } from "../src/index.ts";
import type { RunningAdapter } from "./adapter.ts";
import { startAnswering } from "./answerer.ts";
import { startConsole } from "./console/console-chat.ts";
import { startDiscord } from "./discord/index.ts";
import { createLogger, logFile } from "./logger.ts";
import { RateLimiter } from "./rate-limit.ts";
import { loadSettings, type Settings, SettingsError } from "./settings.ts";
import { startSlack } from "./slack/index.ts";
import { openSharedState } from "./store/shared-state.ts";

/** How long in-flight replies may take to finish after SIGTERM or SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

function onShutdown(adapters: RunningAdapter[], logger: Logger, afterwards = async () => {}): void {
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

function logDestination(settings: Settings): NodeJS.WritableStream {
  const file = logFile({
    consoleChat: !settings.discord && !settings.slack,
    terminal: Boolean(process.stdout.isTTY),
    levelAsked: Boolean(process.env.LOG_LEVEL),
    dataDir: settings.corpus.dataDir,
  });
  if (!file) return process.stderr;
  mkdirSync(dirname(file), { recursive: true });
  process.stderr.write(`(logs go to ${file}; set LOG_LEVEL to see them here)\n`);
  return createWriteStream(file, { flags: "a" });
}

async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  const logger = createLogger(settings.logLevel, logDestination(settings));
  // A stray rejection is a bug worth a log line, not worth dropping every conversation in flight.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  // An uncaught exception leaves the process in an unknown state: say so loudly, then exit non-zero.
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; exiting");
    process.exit(1);
  });

  const bot = PyVer.open({ dataDir: settings.corpus.dataDir });
  bot.warmUp();
  let pool: AnswerPool | undefined;
  const refresher = startRefresh({
    bot,
    dataDir: settings.corpus.dataDir,
    everyHours: settings.corpus.refreshHours,
    docsBaseUrl: settings.corpus.docsBaseUrl,
    releasesUrl: settings.corpus.releasesUrl,
    warn: (message, failed) => logger.warn({ failed }, message),
    updated: () => {
      logger.info({ about: bot.about(), chunks: bot.status().chunks }, "corpus refreshed");
      pool
        ?.reload()
        .catch((error: unknown) => logger.error({ err: error }, "answer workers could not reload"));
    },
  });
  const status = bot.status();
  for (const w of status.warnings) logger.warn({ file: w.path }, `corpus file skipped: ${w.reason}`);
  logger.info({ chunks: status.chunks, index: status.index, about: bot.about() }, "index ready");

  if (!settings.discord && !settings.slack) {
    // One person at one terminal: there is no replica to share with, so no store to open.
    const limiter = new RateLimiter(settings.rateLimit);
    const chat = startConsole({ bot, input: process.stdin, output: process.stdout, logger, limiter });
    onShutdown([chat], logger);
    await chat.done;
    refresher.stop();
    return;
  }
  const ask = await startAnswering({ ...settings.answers, dataDir: settings.corpus.dataDir }, bot, logger);
  pool = ask.pool;
  // One limiter for every adapter, so a person's allowance is the same wherever they ask; with a
  // store, the same on every replica too.
  const shared = await openSharedState(
    { ...settings.store, dataDir: settings.corpus.dataDir },
    settings.rateLimit,
    logger,
  );
  const adapters: RunningAdapter[] = [];
  const { close: closeStore, ...state } = shared;
  const context = { bot, ask: ask.ask, logger, ...state };
  if (settings.discord) adapters.push(await startDiscord(settings.discord, context));
  if (settings.slack) adapters.push(await startSlack(settings.slack, context));
  adapters.push({ name: "corpus refresh", stop: async () => refresher.stop() });
  onShutdown(adapters, logger, async () => {
    await pool?.close();
    await closeStore();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`pyver: ${error instanceof SettingsError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
