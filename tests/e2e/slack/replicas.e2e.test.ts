/**
 * Two replicas of the real Bolt app in HTTP mode behind a round-robin balancer, sharing one PostgreSQL
 * (an in-process PGlite): whichever replica a request lands on, they act as one app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logger.ts";
import { type RunningSlack, startSlackApp } from "../../../adapters/slack/index.ts";
import { type SharedState, storedState } from "../../../adapters/store/shared-state.ts";
import type { Store } from "../../../adapters/store/store.ts";
import { bufferLogger } from "../../adapters/log-lines.ts";
import { brokenStore } from "../../adapters/store/broken-store.ts";
import { migratedPGlite, PGLITE_START_MS } from "../../adapters/store/pglite.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import { httpSettings } from "./app-settings.ts";
import { FakeSlackApi, type RecordedCall } from "./fake-slack-api.ts";
import { buttonNamed, contextTexts } from "./message-parts.ts";
import { RoundRobin } from "./round-robin.ts";
import {
  appMention,
  BOT_ID,
  BOT_USER_ID,
  blockAction,
  eventCallback,
  type SlackRequest,
  send,
  slashCommand,
} from "./slack-requests.ts";

const SECRET = "test-signing-secret";
const BOT_TOKEN = "xoxb-test-token";

const fixture = openFixtureBot();
const logger = createLogger("silent");
let store: Store;
let fake: FakeSlackApi;
let balancer: RoundRobin;
const replicas: { slack: RunningSlack; state: SharedState }[] = [];
let ids = 0;
const uniqueId = (prefix: string) => `${prefix}${++ids}`;

async function startReplica(
  // Each replica would close its own connection; here they share one database, closed at the end.
  state = storedState({ ...store, close: async () => {} }, { perMinute: 1, burst: 2 }, logger),
  log = logger,
): Promise<RunningSlack> {
  const settings = httpSettings(fake.apiUrl, SECRET, { botToken: BOT_TOKEN });
  const slack = await startSlackApp(
    settings,
    {
      bot: fixture.bot,
      logger: log,
      limiter: state.limiter,
      seenEvents: state.seenEvents,
      paging: state.paging,
    },
    { host: "127.0.0.1", botId: BOT_ID, botUserId: BOT_USER_ID, verifyToken: false },
  );
  replicas.push({ slack, state });
  return slack;
}

beforeAll(async () => {
  store = await migratedPGlite();
  fake = await FakeSlackApi.start(BOT_TOKEN);
  await startReplica();
  await startReplica();
  balancer = await RoundRobin.start(replicas.map((r) => r.slack.port ?? 0));
}, PGLITE_START_MS);

afterAll(async () => {
  await balancer?.close();
  for (const { slack, state } of replicas) {
    await slack.stop();
    await state.close();
  }
  await fake?.close();
  await store?.close();
  fixture.cleanup();
});

/** Sends a signed request through the balancer: one replica after the other. */
async function deliver(request: SlackRequest, retryNum?: number): Promise<void> {
  const response = await send(`http://127.0.0.1:${balancer.port}/slack/events`, request, {
    secret: SECRET,
    retryNum,
  });
  expect(response.status).toBe(200);
}

async function command(text: string, userId = "U0ASKER"): Promise<string> {
  const id = uniqueId("cmd");
  await deliver(slashCommand({ text, responseUrl: fake.responseUrl(id), userId }));
  return id;
}

const repliesTo = (id: string) => (c: RecordedCall) => c.kind === "response_url" && c.name === id;
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("two Slack replicas sharing one store", () => {
  it("answers an event once when Slack's retry lands on the other replica", async () => {
    const ts = "1700000900.000900";
    const event = eventCallback(uniqueId("Ev"), appMention({ text: `<@${BOT_USER_ID}> enum`, ts }));
    await deliver(event);
    await deliver(event, 1);
    const inThread = (c: RecordedCall) => c.name === "chat.postMessage" && c.body.thread_ts === ts;
    await fake.waitFor(inThread);
    await settle();
    expect(fake.calls.filter(inThread)).toHaveLength(1);
  });

  it("holds a user's rate limit across replicas: two answers, one warning, then silence", async () => {
    const asked: string[] = [];
    for (let i = 0; i < 4; i++) asked.push(await command("pathlib", "U0SPREAD"));
    await fake.waitFor((c) => c.kind === "response_url" && asked.includes(c.name), 3);
    await settle();
    const replies = asked.map((id) => fake.calls.filter(repliesTo(id)));
    expect(replies.map((r) => r.length)).toEqual([1, 1, 1, 0]);
    expect(replies[2]?.[0]?.body.text).toMatch(/slow down/);
  });

  // Slack's buttons carry the question, not a key into stored state, so any replica can page.
  it("pages More results on the replica that did not give the answer", async () => {
    const asked = await command("module", "U0PAGER");
    const [answer] = await fake.waitFor(repliesTo(asked));
    const more = buttonNamed(answer!, "More results");
    const clicked = uniqueId("click");
    await deliver(
      blockAction({ actionId: more.actionId, value: more.value, responseUrl: fake.responseUrl(clicked) }),
    );
    const [page] = await fake.waitFor(repliesTo(clicked));
    expect(contextTexts(page!)[0]).toMatch(/^More results for “module” \(page 1 of 2\)$/);
  });
});

describe("a replica whose store fails", () => {
  it("still answers, and still drops a retry it saw itself, with one warning for the outage", async () => {
    const { lines, logger: log } = bufferLogger();
    const state = storedState(brokenStore(), { perMinute: 60, burst: 5 }, log);
    const alone = await startReplica(state, log);
    const url = `http://127.0.0.1:${alone.port}/slack/events`;
    const asked = uniqueId("cmd");
    await send(url, slashCommand({ text: "pathlib", responseUrl: fake.responseUrl(asked) }), {
      secret: SECRET,
    });
    const ts = "1700000950.000950";
    const event = eventCallback(uniqueId("Ev"), appMention({ text: `<@${BOT_USER_ID}> enum`, ts }));
    await send(url, event, { secret: SECRET });
    await send(url, event, { secret: SECRET, retryNum: 1 });

    const [answer] = await fake.waitFor(repliesTo(asked));
    expect(contextTexts(answer!).join("\n")).toContain("Python 3.4");
    const inThread = (c: RecordedCall) => c.name === "chat.postMessage" && c.body.thread_ts === ts;
    await fake.waitFor(inThread);
    await settle();
    expect(fake.calls.filter(inThread)).toHaveLength(1);
    expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
      expect.stringMatching(/store unavailable/),
    ]);
  });
});
