/**
 * One Discord shard's process, started by the sharding manager (`sharding.ts`) with its shard id and
 * the shard count in SHARDS and SHARD_COUNT, which discord.js's client reads itself. It answers its own
 * guilds' questions as the single-process bot does: its own core, answer workers and rate limiter.
 * The manager's process keeps the corpus current and says when to reload.
 */
import "dotenv/config";
import { startAnswering } from "../answerer.ts";
import { openCore } from "../core.ts";
import { startFeedback } from "../feedback/start.ts";
import { guardProcess, onShutdown } from "../lifecycle.ts";
import { createLogger } from "../logger.ts";
import { RateLimiter } from "../rate-limit.ts";
import { loadSettings, SettingsError } from "../settings.ts";
import { startDiscord } from "./index.ts";
import { isCorpusUpdated } from "./sharding.ts";

async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  if (!settings.discord) throw new SettingsError("a Discord shard needs DISCORD_TOKEN");
  const logger = createLogger(settings.logLevel).child({ shard: Number(process.env.SHARDS) });
  guardProcess(logger);
  // The manager gone (crashed, killed) means nobody restarts or stops this shard: stop as on SIGTERM.
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  const bot = openCore(settings, logger);
  const { ask, pool } = await startAnswering(
    { ...settings.answers, dataDir: settings.corpus.dataDir },
    bot,
    logger,
  );
  process.on("message", (message) => {
    if (!isCorpusUpdated(message) || !bot.reload()) return;
    logger.info({ about: bot.about(), chunks: bot.status().chunks }, "corpus reloaded");
    pool?.reload().catch((error: unknown) => logger.error({ err: error }, "answer workers could not reload"));
  });
  const limiter = new RateLimiter(settings.rateLimit);
  const feedback = startFeedback(settings.feedback, logger);
  const discord = await startDiscord(settings.discord, { bot, ask, logger, limiter, feedback: feedback.log });
  onShutdown([discord, { name: "feedback", stop: async () => feedback.stop() }], logger, async () =>
    pool?.close(),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`pyver shard: ${error instanceof SettingsError ? error.message : String(error)}\n`);
  // Exit outright: the IPC channel and the answer workers would otherwise keep a failed shard alive.
  process.exit(1);
});
