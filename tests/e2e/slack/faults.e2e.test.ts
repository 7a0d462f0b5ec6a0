/**
 * The Slack app when Slack itself misbehaves: the fake answers replies with 429 and `Retry-After`, with
 * 500, or not at all. Commands are still acknowledged at once, and each reply arrives exactly once,
 * within bounded retries that respect `Retry-After` and the response URL's five uses.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSlack, startSlackApp } from "../../../adapters/slack/index.ts";
import { SLACK_LIMITS } from "../../../adapters/slack/limits.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import { FakeSlackApi, type RecordedCall } from "./fake-slack-api.ts";
import { appMention, BOT_ID, BOT_USER_ID, eventCallback, send, slashCommand } from "./slack-requests.ts";

const SECRET = "faults-signing-secret";
const BOT_TOKEN = "xoxb-faults-token";
/** Short enough to keep the suite quick; the shape of the policy is the production one. */
const DELIVERY = { attempts: 3, timeoutMs: 400, backoffMs: 100, maxRetryAfterMs: 3000 };

const fixture = openFixtureBot();
let fake: FakeSlackApi;
let slack: RunningSlack;
let ids = 0;

beforeAll(async () => {
  fake = await FakeSlackApi.start(BOT_TOKEN);
  slack = await startSlackApp(
    {
      botToken: BOT_TOKEN,
      signingSecret: SECRET,
      port: 0,
      apiUrl: fake.apiUrl,
      defaultVisibility: "ephemeral",
    },
    { bot: fixture.bot, logger: pino({ level: "silent" }) },
    { host: "127.0.0.1", botId: BOT_ID, botUserId: BOT_USER_ID, verifyToken: false, delivery: DELIVERY },
  );
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  fixture.cleanup();
});

const toResponseUrl = (id: string) => (c: RecordedCall) => c.kind === "response_url" && c.name === id;
const inThread = (ts: string) => (c: RecordedCall) =>
  c.name === "chat.postMessage" && c.body.thread_ts === ts;

/** Sends `/pyver pathlib` and checks it was acknowledged within Slack's deadline; returns the reply's id. */
async function command(): Promise<{ id: string; sentAt: number }> {
  const id = `fault${++ids}`;
  const sentAt = performance.now();
  const ack = await send(
    `http://127.0.0.1:${slack.port}/slack/events`,
    slashCommand({ text: "pathlib", responseUrl: fake.responseUrl(id) }),
    { secret: SECRET },
  );
  expect(ack.status).toBe(200);
  expect(ack.elapsedMs).toBeLessThan(SLACK_LIMITS.ackDeadlineMs);
  return { id, sentAt };
}

async function mention(): Promise<string> {
  const ts = `1700009000.${String(++ids).padStart(6, "0")}`;
  const event = eventCallback(`EvFault${ids}`, appMention({ text: `<@${BOT_USER_ID}> pathlib`, ts }));
  const ack = await send(`http://127.0.0.1:${slack.port}/slack/events`, event, { secret: SECRET });
  expect(ack.elapsedMs).toBeLessThan(SLACK_LIMITS.ackDeadlineMs);
  return ts;
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe("replies to a response_url", () => {
  it("wait out a 429's Retry-After, then arrive once", async () => {
    fake.failNext((c) => c.kind === "response_url", { status: 429, retryAfter: 1 });
    const { id, sentAt } = await command();
    await fake.waitFor((c) => toResponseUrl(id)(c) && c.fault === undefined, 1, 5000);
    expect(performance.now() - sentAt).toBeGreaterThanOrEqual(1000);
    expect(fake.calls.filter(toResponseUrl(id)).map((c) => c.fault)).toEqual([
      { status: 429, retryAfter: 1 },
      undefined,
    ]);
  });

  it("are retried after a 500 and after a connection that never answers", async () => {
    fake.failNext((c) => c.kind === "response_url", { status: 500 }, "hang");
    const { id } = await command();
    await fake.waitFor((c) => toResponseUrl(id)(c) && c.fault === undefined, 1, 5000);
    expect(fake.calls.filter(toResponseUrl(id)).map((c) => c.fault)).toEqual([
      { status: 500 },
      "hang",
      undefined,
    ]);
  });

  it("stop after the allowed attempts when Slack keeps failing, never over the URL's five uses", async () => {
    fake.failNext((c) => c.kind === "response_url", { status: 500 }, { status: 503 }, { status: 500 });
    const { id } = await command();
    await fake.waitFor(toResponseUrl(id), DELIVERY.attempts, 5000);
    await settle();
    expect(fake.calls.filter(toResponseUrl(id))).toHaveLength(DELIVERY.attempts);
    expect(DELIVERY.attempts).toBeLessThanOrEqual(SLACK_LIMITS.responseUrlUses);
  });
});

describe("chat.postMessage replies to a mention", () => {
  it("wait out a 429's Retry-After, then arrive once", async () => {
    fake.failNext((c) => c.name === "chat.postMessage", { status: 429, retryAfter: 1 });
    const ts = await mention();
    await fake.waitFor((c) => inThread(ts)(c) && c.fault === undefined, 1, 5000);
    await settle();
    expect(fake.calls.filter(inThread(ts)).map((c) => c.fault)).toEqual([
      { status: 429, retryAfter: 1 },
      undefined,
    ]);
  });

  it("are retried after a 500 and after a connection that never answers", async () => {
    fake.failNext((c) => c.name === "chat.postMessage", { status: 500 }, "hang");
    const ts = await mention();
    await fake.waitFor((c) => inThread(ts)(c) && c.fault === undefined, 1, 8000);
    await settle();
    expect(fake.calls.filter(inThread(ts)).map((c) => c.fault)).toEqual([{ status: 500 }, "hang", undefined]);
  });
});
