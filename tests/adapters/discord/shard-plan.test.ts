import type { RESTGetAPIGatewayBotResult } from "discord.js";
import { describe, expect, it } from "vitest";
import { planShards, shardExecArgv } from "../../../adapters/discord/shard-plan.ts";
import { CORPUS_UPDATED, isCorpusUpdated } from "../../../adapters/discord/sharding.ts";

function gatewayBot(shards: number, maxConcurrency: number): RESTGetAPIGatewayBotResult {
  return {
    url: "wss://gateway.discord.gg",
    shards,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: maxConcurrency },
  };
}

describe("planShards", () => {
  it("runs as many shards as DISCORD_SHARDS says, whatever Discord recommends", () => {
    expect(planShards(4, gatewayBot(1, 1)).totalShards).toBe(4);
  });

  it("with auto, runs the count Discord recommends", () => {
    expect(planShards("auto", gatewayBot(3, 1)).totalShards).toBe(3);
  });

  it("starts one shard per 5.5 s, or max_concurrency of them, to stay within Discord's session start limit", () => {
    expect(planShards(2, gatewayBot(2, 1)).spawnDelayMs).toBe(5500);
    expect(planShards(32, gatewayBot(2, 16)).spawnDelayMs).toBe(344);
  });
});

describe("shardExecArgv", () => {
  it("loads tsx in the shard, since its entry point is TypeScript", () => {
    const [flag, loader] = shardExecArgv([]);
    expect(flag).toBe("--import");
    expect(loader).toMatch(/^file:\/\/.*\/tsx\//);
  });

  it("carries the parent's heap sizing over and nothing else", () => {
    const parent = ["--require", "/x/preflight.cjs", "--max-semi-space-size=64", "--inspect"];
    expect(shardExecArgv(parent).slice(2)).toEqual(["--max-semi-space-size=64"]);
  });
});

describe("the corpus-updated message", () => {
  it("is told apart from discord.js's own messages between manager and shard", () => {
    expect(isCorpusUpdated(structuredClone(CORPUS_UPDATED))).toBe(true);
    expect(isCorpusUpdated({ _ready: true })).toBe(false);
    expect(isCorpusUpdated(null)).toBe(false);
    expect(isCorpusUpdated("corpus-updated")).toBe(false);
  });
});
