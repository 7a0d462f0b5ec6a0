/**
 * `DISCORD_SHARDS` end to end: the real entry point (`tsx adapters/main.ts`) as a child process runs
 * discord.js's ShardingManager against the local fake Discord, which routes each guild's events to the
 * shard Discord would. Each shard is its own process with its own discord.js client; the tests pin down
 * that every shard identifies as `[id, count]`, answers the questions asked in its guilds exactly once,
 * and stops with the manager on SIGTERM.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DocsSite } from "../../update/docs-server.ts";
import { type EntryProcess, startEntry } from "../entry-process.ts";
import {
  callbackType,
  FAKE_TOKEN,
  FakeDiscord,
  type FakeDiscordOptions,
  guildOnShard,
  type RecordedRequest,
  sentMessage,
} from "./fake-discord.ts";

const alice = { id: "100000000000000001", username: "alice" };
/** A question per shard, each told apart in the request log. */
const QUESTIONS = ["pathlib", "walrus operator"];
const STARTUP_MS = 60_000;

/** The message an interaction ended with: its reply, or the last edit of its deferral. */
function finalMessage(requests: RecordedRequest[]) {
  const callback = requests.find((r) => r.path.endsWith("/callback"));
  if (callback && callbackType(callback) === 4) return sentMessage(callback);
  return sentMessage(requests.filter((r) => r.method === "PATCH").at(-1) ?? ({} as RecordedRequest));
}

/**
 * A fake Discord and `npm start`'s entry point with DISCORD_SHARDS=`shards` against it, once every
 * shard is ready. The fake allows sixteen session starts per 5 s, as large bots get, so the two shards
 * start without the 5 s wait.
 */
async function startSharded(
  shards: string,
  discord: FakeDiscordOptions = {},
  env: Record<string, string> = {},
): Promise<{ fake: FakeDiscord; entry: EntryProcess }> {
  const fake = await FakeDiscord.start({ ...discord, maxConcurrency: 16 });
  const entry = startEntry({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_SHARDS: shards,
    LOG_LEVEL: "info",
    PYVER_WORKERS: "0",
    // Tests talk only to 127.0.0.1: no refresh from the docs site.
    CORPUS_REFRESH_HOURS: "0",
    ...env,
  });
  await entry.logLine((l) => l.msg === "all Discord shards ready", STARTUP_MS);
  return { fake, entry };
}

describe.each<[string, FakeDiscordOptions]>([
  ["2", {}],
  ["auto", { recommendedShards: 2 }],
])("DISCORD_SHARDS=%s", (shards, discord) => {
  let fake: FakeDiscord;
  let entry: EntryProcess;

  beforeAll(async () => {
    ({ fake, entry } = await startSharded(shards, discord));
  }, STARTUP_MS);

  afterAll(async () => {
    entry?.kill();
    await fake?.close();
  });

  it("runs one gateway session per shard, each identifying as [id, 2]", () => {
    expect(fake.connectedClients).toBe(2);
    expect([...fake.identifiedShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const shardPids = entry.logLines.filter((l) => l.msg === "shard process started").map((l) => l.pid);
    expect(new Set(shardPids).size).toBe(2);
    expect(shardPids).not.toContain(entry.child.pid);
  });

  it("answers /pyver in each shard's guild exactly once, from that shard's process", async () => {
    const asked = QUESTIONS.map((query, shard) => ({
      shard,
      query,
      ...fake.command(alice, { query }, 0, guildOnShard(shard, 2)),
    }));
    for (const { shard, query, token } of asked) {
      const line = await entry.logLine((l) => l.msg === "request" && l.query === query);
      expect(line).toMatchObject({ shard, adapter: "discord", kind: "command", found: true });
      const requests = fake.requestsFor(token);
      expect(requests.filter((r) => r.path.endsWith("/callback"))).toHaveLength(1);
      expect(finalMessage(requests).embeds?.[0]?.title).toBeTruthy();
    }
    expect(entry.logLines.filter((l) => l.msg === "request")).toHaveLength(2);
    expect(fake.interactionErrors).toEqual([]);
  });

  it("on SIGTERM stops every shard's session and exits 0", async () => {
    entry.child.kill("SIGTERM");
    expect(await entry.exited).toEqual({ code: 0, signal: null });
    expect(fake.connectedClients).toBe(0);
    expect(entry.logLines.filter((l) => l.msg === "disconnected from Discord")).toHaveLength(2);
    expect(entry.logLines.some((l) => l.msg === "shard process died; restarting it")).toBe(false);
  });
});

describe("a sharded PyVer's processes", () => {
  let fake: FakeDiscord;
  let entry: EntryProcess;
  const shardLines = (msg: string, shard: number) =>
    entry.logLines.filter((l) => l.msg === msg && l.shard === shard);
  const pidOf = (shard: number) => Number(shardLines("shard process started", shard).at(-1)?.pid);
  const running = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    ({ fake, entry } = await startSharded("2"));
  }, STARTUP_MS);

  afterAll(async () => {
    entry?.kill();
    // Should a shard outlive its manager after all, it is not left running past the test.
    for (const pid of entry.logLines
      .filter((l) => l.msg === "shard process started")
      .map((l) => Number(l.pid))) {
      if (running(pid)) process.kill(pid, "SIGKILL");
    }
    await fake?.close();
  });

  it(
    "restarts a shard whose process dies, and the new process answers that shard's guild",
    async () => {
      const killed = pidOf(1);
      process.kill(killed, "SIGKILL");
      await entry.logLine((l) => l.msg === "shard process died; restarting it" && l.shard === 1);
      await vi.waitFor(() => expect(shardLines("shard ready", 1)).toHaveLength(2), { timeout: STARTUP_MS });
      expect(pidOf(1)).not.toBe(killed);
      expect(fake.identifiedShards.filter(([id]) => id === 1)).toHaveLength(2);

      const { token } = fake.command(alice, { query: "enum" }, 0, guildOnShard(1, 2));
      const line = await entry.logLine((l) => l.msg === "request" && l.query === "enum");
      expect(line).toMatchObject({ shard: 1, found: true });
      expect(fake.requestsFor(token).filter((r) => r.path.endsWith("/callback"))).toHaveLength(1);
      expect(shardLines("shard process died; restarting it", 0)).toEqual([]);
    },
    STARTUP_MS,
  );

  it(
    "stops its shards when the manager's process is killed outright, leaving none running",
    async () => {
      const shardPids = [pidOf(0), pidOf(1)];
      entry.child.kill("SIGKILL");
      await vi.waitFor(() => expect(fake.connectedClients).toBe(0), { timeout: 15_000 });
      await vi.waitFor(() => expect(shardPids.filter(running)).toEqual([]), { timeout: 15_000 });
    },
    STARTUP_MS,
  );
});

describe("a corpus refresh while sharded", () => {
  const ZIPSTREAM = "which version added zipstream?";
  let fake: FakeDiscord;
  let entry: EntryProcess;
  let site: DocsSite;
  let dataDir: string;
  let release: () => void;

  beforeAll(async () => {
    site = DocsSite.withFixtures();
    // Held until the shards are up, so the refresh the fresh data directory starts ends after them.
    release = site.hold();
    const base = await site.start();
    dataDir = mkdtempSync(join(tmpdir(), "pyver-shards-"));
    ({ fake, entry } = await startSharded(
      "2",
      {},
      {
        PYVER_DATA_DIR: dataDir,
        CORPUS_REFRESH_HOURS: "24",
        DOCS_BASE_URL: base,
        RELEASES_URL: `${base}api/python.json`,
      },
    ));
  }, STARTUP_MS);

  afterAll(async () => {
    release?.();
    entry?.kill();
    await fake?.close();
    await site?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    "is done once, by the manager, and every shard reloads and answers from the new notes",
    async () => {
      fake.command(alice, { query: ZIPSTREAM }, 0, guildOnShard(1, 2));
      expect(await entry.logLine((l) => l.msg === "request")).toMatchObject({ shard: 1, found: false });

      release();
      await entry.logLine((l) => l.msg === "corpus refreshed" && l.shard === undefined);
      for (const shard of [0, 1])
        await entry.logLine((l) => l.msg === "corpus reloaded" && l.shard === shard);
      expect(site.requests.filter((p) => p === "/3.15/whatsnew/3.15.html")).toHaveLength(1);

      fake.command(alice, { query: ZIPSTREAM }, 0, guildOnShard(1, 2));
      await vi.waitFor(() => expect(entry.logLines.filter((l) => l.msg === "request")).toHaveLength(2));
      expect(entry.logLines.filter((l) => l.msg === "request")[1]).toMatchObject({ shard: 1, found: true });
    },
    STARTUP_MS,
  );
});
