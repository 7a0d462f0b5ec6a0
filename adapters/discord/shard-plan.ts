import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { REST, type RESTGetAPIGatewayBotResult, Routes } from "discord.js";
import type { DiscordSettings, ShardCount } from "../settings.ts";
import { restOptions } from "./client.ts";

/**
 * Discord lets a bot start `max_concurrency` gateway sessions per 5 s; half a second more keeps a
 * slow start from landing two in one window.
 */
const IDENTIFY_WINDOW_MS = 5_500;

export interface ShardPlan {
  totalShards: number;
  /** Between one shard's start and the next. */
  spawnDelayMs: number;
}

/** What Discord says about the gateway for this bot: the shard count it recommends and the start limits. */
export async function fetchGatewayBot(
  settings: Pick<DiscordSettings, "token" | "apiUrl">,
): Promise<RESTGetAPIGatewayBotResult> {
  // discord.js's own `auto` asks discord.com whatever DISCORD_API_URL says; this asks where the client will.
  const rest = new REST(restOptions(settings.apiUrl)).setToken(settings.token);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

export function planShards(wanted: ShardCount, gateway: RESTGetAPIGatewayBotResult): ShardPlan {
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  return {
    totalShards: wanted === "auto" ? Math.max(1, gateway.shards) : wanted,
    spawnDelayMs: Math.ceil(IDENTIFY_WINDOW_MS / concurrency),
  };
}

/**
 * Node flags for a shard process. Its entry point is TypeScript, so it loads tsx whatever started the
 * parent (`npm start`, a test, plain node); the parent's V8 heap sizing (`--max-…`) carries over, since
 * the shards are where questions are answered.
 */
export function shardExecArgv(parentExecArgv: readonly string[]): string[] {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return ["--import", tsx, ...parentExecArgv.filter((flag) => flag.startsWith("--max-"))];
}
