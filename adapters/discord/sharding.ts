import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { type Shard, ShardingManager } from "discord.js";
import type { Logger } from "pino";
import type { RunningAdapter } from "../adapter.ts";
import type { DiscordSettings, ShardCount } from "../settings.ts";
import { fetchGatewayBot, planShards, shardExecArgv } from "./shard-plan.ts";

/** The script each shard process runs. */
export const SHARD_ENTRY = fileURLToPath(new URL("./shard.ts", import.meta.url));
/** A shard opens the core and its answer workers before it connects, which takes seconds, not 30. */
const SHARD_READY_TIMEOUT_MS = 120_000;

/** Sent to every shard when the corpus on disk has changed, so each reloads its index. */
export const CORPUS_UPDATED = { pyver: "corpus-updated" } as const;

export function isCorpusUpdated(message: unknown): boolean {
  return (message as { pyver?: unknown } | null)?.pyver === CORPUS_UPDATED.pyver;
}

export interface ShardedDiscord extends RunningAdapter {
  /** Tells every shard the corpus changed. */
  corpusUpdated(): void;
}

/**
 * Runs the Discord adapter as one process per shard (`shard.ts`), under discord.js's ShardingManager,
 * which restarts a shard whose process dies. Resolves once every shard is connected.
 */
export async function startDiscordShards(
  settings: DiscordSettings & { shards: ShardCount },
  parentLogger: Logger,
): Promise<ShardedDiscord> {
  const logger = parentLogger.child({ adapter: "discord" });
  const plan = planShards(settings.shards, await fetchGatewayBot(settings));
  const manager = new ShardingManager(SHARD_ENTRY, {
    totalShards: plan.totalShards,
    token: settings.token,
    execArgv: shardExecArgv(process.execArgv),
    respawn: true,
  });
  let stopping = false;
  manager.on("shardCreate", (shard) => logShard(shard, logger, () => stopping));
  logger.info({ shards: plan.totalShards, asked: settings.shards }, "starting Discord shards");

  const stopShards = async (): Promise<void> => {
    stopping = true;
    manager.respawn = false;
    await Promise.allSettled([...manager.shards.values()].map(stopShard));
  };
  try {
    await manager.spawn({
      amount: plan.totalShards,
      delay: plan.spawnDelayMs,
      timeout: SHARD_READY_TIMEOUT_MS,
    });
  } catch (error) {
    await stopShards();
    throw error;
  }
  logger.info({ shards: plan.totalShards }, "all Discord shards ready");

  let stopped: Promise<void> | undefined;
  return {
    name: "discord shards",
    corpusUpdated: () => {
      manager
        .broadcast(CORPUS_UPDATED)
        .catch((error: unknown) => logger.error({ err: error }, "could not tell the shards to reload"));
    },
    stop: () => (stopped ??= stopShards().then(() => logger.info("Discord shards stopped"))),
  };
}

/** Asks a shard's process to stop (SIGTERM: it finishes its replies) and waits until it has exited. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  shard.kill();
  await exited;
}

function logShard(shard: Shard, logger: Logger, stopping: () => boolean): void {
  const log = logger.child({ shard: shard.id });
  shard.on("spawn", (child) =>
    log.info({ pid: "pid" in child ? child.pid : undefined }, "shard process started"),
  );
  shard.on("ready", () => log.info("shard ready"));
  shard.on("disconnect", () => log.warn("shard disconnected from the gateway"));
  // discord.js retries every half second while the gateway is unreachable: one line each is for debugging.
  shard.on("reconnecting", () => log.debug("shard reconnecting to the gateway"));
  shard.on("error", (error) => log.error({ err: error }, "shard could not be restarted"));
  shard.on("death", (child) => {
    if (stopping()) return log.info("shard process stopped");
    const exit = "exitCode" in child ? { code: child.exitCode, signal: child.signalCode } : {};
    log.error(exit, "shard process died; restarting it");
  });
}
