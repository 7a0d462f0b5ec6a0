/**
 * `npm start`: reads the settings, opens the core and starts the adapters whose tokens are set —
 * Discord, Slack, both, or the console chat when neither is.
 */
import "dotenv/config";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type AnswerPool, startRefresh } from "../src/index.ts";
import type { RunningAdapter } from "./adapter.ts";
import { startAnswering } from "./answerer.ts";
import { startConsole } from "./console/console-chat.ts";
import { openCore } from "./core.ts";
import { startDiscord } from "./discord/index.ts";
import { type ShardedDiscord, startDiscordShards } from "./discord/sharding.ts";
import { startFeedback } from "./feedback/start.ts";
import { StoredFeedbackLog } from "./feedback/stored-feedback.ts";
import { guardProcess, onShutdown } from "./lifecycle.ts";
import { createLogger, logFile } from "./logger.ts";
import { RateLimiter } from "./rate-limit.ts";
import { loadSettings, type Settings, SettingsError } from "./settings.ts";
import { startSlack } from "./slack/index.ts";
import { StoredInstallations } from "./slack/stored-installations.ts";
import { openSharedState } from "./store/shared-state.ts";

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
  guardProcess(logger);

  const bot = openCore(settings, logger);
  let pool: AnswerPool | undefined;
  let shards: ShardedDiscord | undefined;
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
      shards?.corpusUpdated();
    },
  });

  if (!settings.discord && !settings.slack) {
    // One person at one terminal: there is no replica to share with, so no store to open.
    const limiter = new RateLimiter(settings.rateLimit);
    const chat = startConsole({ bot, input: process.stdin, output: process.stdout, logger, limiter });
    onShutdown([chat], logger);
    await chat.done;
    refresher.stop();
    return;
  }
  const adapters: RunningAdapter[] = [];
  const { discord, slack } = settings;
  // Sharded, Discord's questions are answered in the shard processes; this one keeps the corpus current.
  if (discord?.shards !== undefined) {
    shards = await startDiscordShards({ ...discord, shards: discord.shards }, logger);
    adapters.push(shards);
  }
  const discordHere = discord?.shards === undefined ? discord : undefined;
  let closeStore = async (): Promise<void> => {};
  if (discordHere || slack) {
    const ask = await startAnswering({ ...settings.answers, dataDir: settings.corpus.dataDir }, bot, logger);
    pool = ask.pool;
    // One limiter for every adapter, so a person's allowance is the same wherever they ask; with a
    // store, the same on every replica too.
    const { close, store, ...state } = await openSharedState(
      { ...settings.store, dataDir: settings.corpus.dataDir },
      settings.rateLimit,
      logger,
    );
    closeStore = close;
    const feedback = startFeedback(settings.feedback, logger, store && new StoredFeedbackLog(store));
    adapters.push({ name: "feedback", stop: async () => feedback.stop() });
    const context = {
      bot,
      ask: ask.ask,
      logger,
      ...state,
      feedback: feedback.log,
      ...(store ? { slackInstallations: new StoredInstallations(store) } : {}),
    };
    if (discordHere) adapters.push(await startDiscord(discordHere, context));
    if (slack) adapters.push(await startSlack(slack, context));
  }
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
