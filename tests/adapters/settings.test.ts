import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "../../adapters/settings.ts";

describe("answer settings", () => {
  it("answers on as many workers as the machine has cores, each question within 2 s, unless told", () => {
    expect(loadSettings({}).answers).toEqual({ workers: availableParallelism(), timeoutMs: 2000 });
    expect(loadSettings({ PYVER_WORKERS: "0", ANSWER_TIMEOUT_MS: "500" }).answers).toEqual({
      workers: 0,
      timeoutMs: 500,
    });
  });

  it("refuses a worker count or a time limit that is not a whole number, naming the variable", () => {
    expect(() => loadSettings({ PYVER_WORKERS: "two" })).toThrow(SettingsError);
    expect(() => loadSettings({ PYVER_WORKERS: "-1" })).toThrow(/PYVER_WORKERS/);
    expect(() => loadSettings({ ANSWER_TIMEOUT_MS: "0" })).toThrow(/ANSWER_TIMEOUT_MS/);
  });
});

describe("Slack settings", () => {
  it("runs for one workspace with a bot token, or for many with the three OAuth settings", () => {
    expect(
      loadSettings({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack?.oauth,
    ).toBeUndefined();
    const many = loadSettings({
      SLACK_CLIENT_ID: "111.222",
      SLACK_CLIENT_SECRET: "secret",
      SLACK_STATE_SECRET: "state",
      SLACK_SIGNING_SECRET: "signing",
    }).slack;
    expect(many?.botToken).toBeUndefined();
    expect(many?.oauth).toEqual({ clientId: "111.222", clientSecret: "secret", stateSecret: "state" });
  });

  it("refuses half of the OAuth settings, naming what is missing", () => {
    expect(() =>
      loadSettings({ SLACK_CLIENT_ID: "111.222", SLACK_CLIENT_SECRET: "secret", SLACK_SIGNING_SECRET: "s" }),
    ).toThrow(/SLACK_STATE_SECRET not set/);
  });
});

describe("DISCORD_SHARDS", () => {
  const discord = { DISCORD_TOKEN: "token" };

  it("leaves the Discord client in the one process when unset", () => {
    expect(loadSettings(discord).discord?.shards).toBeUndefined();
    expect(loadSettings({ ...discord, DISCORD_SHARDS: "  " }).discord?.shards).toBeUndefined();
  });

  it("takes auto, for Discord's recommended count, or a whole number of shards", () => {
    expect(loadSettings({ ...discord, DISCORD_SHARDS: "auto" }).discord?.shards).toBe("auto");
    expect(loadSettings({ ...discord, DISCORD_SHARDS: "1" }).discord?.shards).toBe(1);
    expect(loadSettings({ ...discord, DISCORD_SHARDS: " 16 " }).discord?.shards).toBe(16);
  });

  it.each(["0", "-2", "1.5", "two", "Auto", "3 shards"])("refuses %j, saying what it takes", (value) => {
    expect(() => loadSettings({ ...discord, DISCORD_SHARDS: value })).toThrow(SettingsError);
    expect(() => loadSettings({ ...discord, DISCORD_SHARDS: value })).toThrow(
      "DISCORD_SHARDS must be auto or a whole number of shards above 0",
    );
  });

  it("needs a Discord token to shard", () => {
    expect(() => loadSettings({ DISCORD_SHARDS: "2" })).toThrow(
      "DISCORD_TOKEN is required when DISCORD_SHARDS is set",
    );
  });
});

describe("store settings", () => {
  it("keeps shared state in the embedded database unless DATABASE_URL names a PostgreSQL server", () => {
    expect(loadSettings({}).store).toEqual({ databaseUrl: undefined });
    const url = "postgres://pyver:secret@db.internal:5432/pyver";
    expect(loadSettings({ DATABASE_URL: url }).store).toEqual({ databaseUrl: url });
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL, naming the variable", () => {
    expect(() => loadSettings({ DATABASE_URL: "mysql://db/pyver" })).toThrow(/DATABASE_URL/);
  });
});
