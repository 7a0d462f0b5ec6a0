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
