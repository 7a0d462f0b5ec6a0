/**
 * Starting and stopping the Slack adapter: settings that cannot work stop the start with the variable
 * to fix, the token is checked with auth.test, `stop` finishes replies in flight, and no secret is logged.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logger.ts";
import { SettingsError, type SlackSettings } from "../../../adapters/settings.ts";
import { createSlackApp } from "../../../adapters/slack/app.ts";
import { modeLine, startSlack, startSlackApp } from "../../../adapters/slack/index.ts";
import { MAX_REQUEST_BYTES } from "../../../adapters/slack/limits.ts";
import { PyVer } from "../../../src/pyver.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import { FAKE_APP_TOKEN, FakeSlackApi } from "./fake-slack-api.ts";
import { appMention, BOT_USER_ID, eventCallback, send, slashCommand } from "./slack-requests.ts";

const SECRET = "test-signing-secret-for-start";
const BOT_TOKEN = "xoxb-start-test-token";

const fixture = openFixtureBot();
let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await FakeSlackApi.start(BOT_TOKEN);
});

afterAll(async () => {
  await fake?.close();
  fixture.cleanup();
});

function capturedLogs() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger("debug", sink) };
}

const settings = (overrides: Partial<SlackSettings> = {}): SlackSettings => ({
  botToken: BOT_TOKEN,
  signingSecret: SECRET,
  port: 0,
  apiUrl: fake.apiUrl,
  defaultVisibility: "ephemeral",
  ...overrides,
});

describe("the start-up mode line", () => {
  it("is logged in HTTP mode with the port and what the Slack app must say", async () => {
    const logs = capturedLogs();
    const slack = await startSlackApp(
      settings(),
      { bot: fixture.bot, logger: logs.logger },
      { host: "127.0.0.1", botId: "B0PYVER", botUserId: BOT_USER_ID, verifyToken: false },
    );
    await slack.stop();
    const line = logs.lines.map((l) => JSON.parse(l)).find((l) => l.mode);
    expect(line).toMatchObject({
      mode: "http",
      port: slack.port,
      slackMustHave: "socket_mode_enabled: false; request URLs https://YOUR-HOST/slack/events",
    });
    expect(line.msg).toContain("TLS in front of this port");
  });

  it("never logs an envelope's verification token, even at debug level", async () => {
    const logs = capturedLogs();
    const connected = fake.nextSocket();
    const slack = await startSlackApp(
      settings({ appToken: FAKE_APP_TOKEN, signingSecret: undefined }),
      { bot: fixture.bot, logger: logs.logger },
      { botId: "B0PYVER", botUserId: BOT_USER_ID, verifyToken: false },
    );
    const socket = await connected;
    const acked = new Promise((resolve) => socket.once("message", resolve));
    socket.send(
      JSON.stringify({
        envelope_id: "env-1",
        type: "events_api",
        accepts_response_payload: false,
        payload: {
          token: "LegacyVerificationToken123",
          team_id: "T0TEAM",
          api_app_id: "A0PYVER",
          type: "event_callback",
          event_id: "Ev1",
          event_time: 1,
          event: {
            type: "app_mention",
            user: "U0ASKER",
            text: `<@${BOT_USER_ID}> pathlib`,
            ts: "1.1",
            channel: "C0",
          },
        },
      }),
    );
    await acked;
    await slack.stop();
    expect(logs.lines.some((l) => l.includes("events_api"))).toBe(true);
    expect(logs.lines.join("")).not.toContain("LegacyVerificationToken123");
  });

  it("is logged in Socket Mode, connected through the local Slack, saying Socket Mode must be on", async () => {
    const logs = capturedLogs();
    const slack = await startSlackApp(
      settings({ appToken: FAKE_APP_TOKEN, signingSecret: undefined }),
      { bot: fixture.bot, logger: logs.logger },
      { botId: "B0PYVER", botUserId: BOT_USER_ID, verifyToken: false },
    );
    await slack.stop();
    expect(fake.calls.some((c) => c.name === "apps.connections.open")).toBe(true);
    const line = logs.lines.map((l) => JSON.parse(l)).find((l) => l.mode);
    expect(line).toMatchObject({ mode: "socket", slackMustHave: "socket_mode_enabled: true" });
    expect(line.msg).toBe(modeLine(true).message);
  });
});

describe("starting the Slack adapter", () => {
  it("refuses HTTP mode without a signing secret, naming SLACK_SIGNING_SECRET", async () => {
    const start = startSlack(settings({ signingSecret: undefined }), {
      bot: fixture.bot,
      logger: capturedLogs().logger,
    });
    await expect(start).rejects.toThrow(SettingsError);
    await expect(start).rejects.toThrow(/SLACK_SIGNING_SECRET/);
  });

  it("chooses Socket Mode when an app token is set, even with a signing secret, and HTTP mode otherwise", () => {
    const context = { bot: fixture.bot, logger: capturedLogs().logger };
    expect(createSlackApp(settings({ appToken: "xapp-1-A0-1-abc" }), context).socketMode).toBe(true);
    expect(
      createSlackApp(settings({ appToken: "xapp-1-A0-1-abc", signingSecret: undefined }), context).socketMode,
    ).toBe(true);
    expect(createSlackApp(settings(), context).socketMode).toBe(false);
  });

  it("serves a health check beside /slack/events in HTTP mode: ready once the index is loaded", async () => {
    const slack = await startSlackApp(
      settings(),
      { bot: fixture.bot, logger: capturedLogs().logger },
      { host: "127.0.0.1", botId: "B0PYVER", botUserId: BOT_USER_ID, verifyToken: false },
    );
    const callsBefore = fake.calls.length;
    try {
      const health = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ready", chunks: fixture.bot.kb.index.size });
      expect((await fetch(`http://127.0.0.1:${slack.port}/elsewhere`)).status).toBe(404);
      // Readiness is this process's own: Slack is not asked.
      expect(fake.calls.length).toBe(callsBefore);
    } finally {
      await slack.stop();
    }
  });

  it("reports 503 from /healthz while there is no index to answer from", async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), "pyver-empty-"));
    const empty = PyVer.open({ corpusDir: emptyDir, cache: false });
    const slack = await startSlackApp(
      settings(),
      { bot: empty, logger: capturedLogs().logger },
      { host: "127.0.0.1", botId: "B0PYVER", botUserId: BOT_USER_ID, verifyToken: false },
    );
    try {
      const health = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ chunks: 0 });
    } finally {
      await slack.stop();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it("checks the bot token with auth.test and refuses a token Slack rejects, naming SLACK_BOT_TOKEN", async () => {
    const start = startSlackApp(
      settings({ botToken: "xoxb-revoked" }),
      { bot: fixture.bot, logger: capturedLogs().logger },
      { host: "127.0.0.1" },
    );
    await expect(start).rejects.toThrow(/SLACK_BOT_TOKEN was refused by Slack \(.*invalid_auth/);
    expect(fake.callsTo("api", "auth.test").at(-1)?.headers.authorization).toBe("Bearer xoxb-revoked");
  });

  it("learns the bot's ids from auth.test, so mentions of it are recognised", async () => {
    const slack = await startSlackApp(
      settings(),
      { bot: fixture.bot, logger: capturedLogs().logger },
      { host: "127.0.0.1" },
    );
    try {
      const request = eventCallback(
        "EvStart1",
        appMention({ text: `<@${BOT_USER_ID}> pathlib`, ts: "1700001000.000100" }),
      );
      await send(`http://127.0.0.1:${slack.port}/slack/events`, request, { secret: SECRET });
      const [reply] = await fake.waitFor((c) => c.body.thread_ts === "1700001000.000100");
      expect(JSON.stringify(reply?.body.blocks)).toContain("pathlib — new in Python 3.4");
    } finally {
      await slack.stop();
    }
  });
});

describe("requests the Slack adapter refuses", () => {
  const started = () =>
    startSlackApp(
      settings(),
      { bot: fixture.bot, logger: capturedLogs().logger },
      { host: "127.0.0.1", botId: "B0PYVER", botUserId: BOT_USER_ID, verifyToken: false },
    );

  it("refuses a body over the limit with 413, and one exactly at it is read and checked as usual", async () => {
    const slack = await started();
    const url = `http://127.0.0.1:${slack.port}/slack/events`;
    try {
      const command = slashCommand({ text: "", responseUrl: fake.responseUrl("big") });
      const padTo = (bytes: number) => ({
        ...command,
        body: `${command.body}&pad=${"x".repeat(bytes - command.body.length - "&pad=".length)}`,
      });
      const over = await send(url, padTo(MAX_REQUEST_BYTES + 1), { secret: SECRET });
      const atLimit = await send(url, padTo(MAX_REQUEST_BYTES), { secret: SECRET });
      expect([over.status, atLimit.status]).toEqual([413, 200]);
      await fake.waitFor((c) => c.name === "big");
      expect(fake.calls.filter((c) => c.name === "big")).toHaveLength(1);
    } finally {
      await slack.stop();
    }
  });

  it("refuses an unsigned request with 401, whatever else it carries", async () => {
    const slack = await started();
    try {
      const response = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: slashCommand({ text: "pathlib", responseUrl: fake.responseUrl("unsigned") }).body,
      });
      expect(response.status).toBe(401);
      await new Promise((r) => setTimeout(r, 200));
      expect(fake.calls.filter((c) => c.name === "unsigned")).toEqual([]);
    } finally {
      await slack.stop();
    }
  });
});

describe("stopping the Slack adapter", () => {
  it("finishes a reply in flight, then closes the server", async () => {
    const { logger } = capturedLogs();
    const slack = await startSlackApp(
      settings(),
      { bot: fixture.bot, logger },
      {
        host: "127.0.0.1",
        botId: "B0PYVER",
        botUserId: BOT_USER_ID,
        verifyToken: false,
      },
    );
    const url = `http://127.0.0.1:${slack.port}/slack/events`;
    fake.delayMs = 300;
    try {
      const ack = await send(url, slashCommand({ text: "pathlib", responseUrl: fake.responseUrl("stop1") }), {
        secret: SECRET,
      });
      expect(ack.status).toBe(200);
      await fake.waitFor((c) => c.name === "stop1");
      const answeredBefore = fake.answered;
      await slack.stop();
      expect(fake.answered).toBeGreaterThan(answeredBefore);
    } finally {
      fake.delayMs = 0;
    }
    await expect(
      send(url, slashCommand({ text: "pathlib", responseUrl: fake.responseUrl("stop2") }), {
        secret: SECRET,
      }),
    ).rejects.toThrow();
  });
});

describe("logging", () => {
  it("never logs the bot token, the signing secret or response URLs", async () => {
    const { lines, logger } = capturedLogs();
    const slack = await startSlackApp(settings(), { bot: fixture.bot, logger }, { host: "127.0.0.1" });
    const url = `http://127.0.0.1:${slack.port}/slack/events`;
    await send(url, slashCommand({ text: "pathlib", responseUrl: fake.responseUrl("log1") }), {
      secret: SECRET,
    });
    await send(url, slashCommand({ text: "pathlib", responseUrl: fake.responseUrl("log2") }), {
      secret: "forged",
    });
    await send(
      url,
      eventCallback("EvLog1", appMention({ text: `<@${BOT_USER_ID}> enum`, ts: "1700002000.000100" })),
      {
        secret: SECRET,
      },
    );
    await fake.waitFor((c) => c.name === "log1" || c.body.thread_ts === "1700002000.000100", 2);
    await slack.stop();

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(0);
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain("/response/");
  });
});
