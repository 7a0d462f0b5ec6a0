/**
 * The real Bolt app in HTTP mode, on 127.0.0.1, receiving signed requests exactly as Slack sends them and
 * talking to a local fake of the Slack Web API and response URLs.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedbackLog, MemoryFeedbackLog } from "../../../adapters/feedback/feedback-log.ts";
import { createLogger } from "../../../adapters/logger.ts";
import { RateLimiter } from "../../../adapters/rate-limit.ts";
import type { SlackSettings } from "../../../adapters/settings.ts";
import { type RunningSlack, startSlackApp } from "../../../adapters/slack/index.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import { httpSettings } from "./app-settings.ts";
import { FakeSlackApi, type RecordedCall } from "./fake-slack-api.ts";
import { buttonNamed, buttonsOf, contextTexts, sectionTexts, textsOf } from "./message-parts.ts";
import {
  appMention,
  BOT_ID,
  BOT_USER_ID,
  blockAction,
  directMessage,
  eventCallback,
  type SlackRequest,
  type SlackResponse,
  send,
  slashCommand,
  urlVerification,
} from "./slack-requests.ts";

const SECRET = "test-signing-secret";
const BOT_TOKEN = "xoxb-test-token";
/** Slack gives up on a request not acknowledged within three seconds. */
const ACK_DEADLINE_MS = 3000;

const fixture = openFixtureBot();
let fake: FakeSlackApi;
let slack: RunningSlack;
let publicSlack: RunningSlack;
/** An app whose users may ask twice in a burst, then once a minute. */
let limitedSlack: RunningSlack;
/** An app that keeps answers and votes for feedback. */
let feedbackSlack: RunningSlack;
const feedbackLog = new MemoryFeedbackLog("salt");
/** Everything every app logged, at debug level, for the secrets check at the end. */
const logLines: string[] = [];
const logger = createLogger(
  "debug",
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);
let ids = 0;
const uniqueId = (prefix: string) => `${prefix}${++ids}`;

async function startApp(
  defaultVisibility: SlackSettings["defaultVisibility"],
  limiter?: RateLimiter,
  feedback?: FeedbackLog,
): Promise<RunningSlack> {
  const settings = httpSettings(fake.apiUrl, SECRET, { botToken: BOT_TOKEN }, defaultVisibility);
  return startSlackApp(
    settings,
    { bot: fixture.bot, logger, limiter, feedback },
    { host: "127.0.0.1", botId: BOT_ID, botUserId: BOT_USER_ID, verifyToken: false },
  );
}

beforeAll(async () => {
  fake = await FakeSlackApi.start(BOT_TOKEN);
  slack = await startApp("ephemeral");
  publicSlack = await startApp("public");
  limitedSlack = await startApp("ephemeral", new RateLimiter({ perMinute: 1, burst: 2 }));
  feedbackSlack = await startApp("ephemeral", undefined, feedbackLog);
});

afterAll(async () => {
  await slack?.stop();
  await publicSlack?.stop();
  await limitedSlack?.stop();
  await feedbackSlack?.stop();
  await fake?.close();
  fixture.cleanup();
});

/** Sends a correctly signed request and checks Slack would count it acknowledged. */
async function deliver(request: SlackRequest, app = slack, retryNum?: number): Promise<SlackResponse> {
  const response = await send(`http://127.0.0.1:${app.port}/slack/events`, request, {
    secret: SECRET,
    retryNum,
  });
  expect(response.status).toBe(200);
  expect(response.elapsedMs).toBeLessThan(ACK_DEADLINE_MS);
  return response;
}

/** Runs `/pyver text` and returns what arrived at its response URL. */
async function command(text: string, app = slack): Promise<RecordedCall> {
  const id = uniqueId("cmd");
  await deliver(slashCommand({ text, responseUrl: fake.responseUrl(id) }), app);
  const [reply] = await fake.waitFor((c) => c.kind === "response_url" && c.name === id);
  return reply!;
}

async function click(actionId: string, value: string, count = 1): Promise<RecordedCall[]> {
  const id = uniqueId("click");
  await deliver(blockAction({ actionId, value, responseUrl: fake.responseUrl(id) }));
  return fake.waitFor((c) => c.kind === "response_url" && c.name === id, count);
}

const postsInThread = (threadTs: string) => (c: RecordedCall) =>
  c.kind === "api" && c.name === "chat.postMessage" && c.body.thread_ts === threadTs;

/** Lets work that would follow an acknowledged request happen, before asserting it did not. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("feedback on Slack", () => {
  it("keeps every answer, and a 👎 under one is kept and thanked privately", async () => {
    const answer = await command("pathlib", feedbackSlack);
    const down = buttonNamed(answer, "👎");
    expect(buttonNamed(answer, "👍").value).toBe(down.value);
    const id = uniqueId("vote");
    await deliver(
      blockAction({ actionId: down.actionId, value: down.value, responseUrl: fake.responseUrl(id) }),
      feedbackSlack,
    );
    const [thanks] = await fake.waitFor((c) => c.kind === "response_url" && c.name === id);
    expect(thanks!.body).toMatchObject({ response_type: "ephemeral", text: "Thanks for the feedback." });
    const { asks, votes } = await feedbackLog.since(new Date(0));
    expect(asks.find((a) => a.id === down.value)?.question).toBe("pathlib");
    expect(votes).toEqual([expect.objectContaining({ askId: down.value, up: false })]);
  });

  it("keeps a question it could not answer, with no buttons to vote on", async () => {
    const answer = await command("kubernetes autoscaling", feedbackSlack);
    expect(buttonsOf(answer).map((b) => b.label)).not.toContain("👍");
    const { asks } = await feedbackLog.since(new Date(0));
    expect(asks.find((a) => a.question === "kubernetes autoscaling")?.found).toBe(false);
  });
});

describe("Slack app over HTTP", () => {
  it("answers Slack's url_verification challenge", async () => {
    const response = await deliver(urlVerification("challenge-token-123"));
    expect(JSON.parse(response.body)).toEqual({ challenge: "challenge-token-123" });
  });

  it("answers /pyver pathlib privately, citing Python 3.4's pathlib section, with Share in channel", async () => {
    const reply = await command("pathlib");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(sectionTexts(reply)[0]).toContain("Python 3.4 (PEP 428)");
    expect(contextTexts(reply)).toContain(
      "<https://docs.python.org/3/whatsnew/3.4.html#pathlib|Python 3.4 › pathlib (PEP 428)>",
    );
    expect(buttonsOf(reply).map((b) => b.label)).toContain("Share in channel");
  });

  it("answers /pyver help and an empty /pyver with usage examples, privately", async () => {
    for (const text of ["help", ""]) {
      const reply = await command(text);
      expect(reply.body.response_type).toBe("ephemeral");
      expect(sectionTexts(reply).join("\n")).toContain("/pyver what's new in 3.12");
    }
  });

  it("posts in the channel when that is the default, crediting the asker, with no Share button", async () => {
    const reply = await command("pathlib", publicSlack);
    expect(reply.body.response_type).toBe("in_channel");
    expect(contextTexts(reply)).toContain("Asked by <@U0ASKER>: “pathlib”");
    expect(buttonsOf(reply).map((b) => b.label)).not.toContain("Share in channel");
  });

  it("Share in channel posts the same answer publicly, attributed to the asker, and removes the private copy", async () => {
    const answer = await command("pathlib");
    const share = buttonNamed(answer, "Share in channel");
    const [shared, removal] = await click(share.actionId, share.value, 2);
    expect(shared!.body.response_type).toBe("in_channel");
    expect(shared!.body.replace_original).toBe(false);
    expect(sectionTexts(shared!)).toEqual(sectionTexts(answer));
    expect(contextTexts(shared!)).toContain("Asked by <@U0ASKER>: “pathlib”");
    expect(removal!.body).toEqual({ delete_original: true });
  });

  it("More results pages through results the answer does not cite, privately", async () => {
    const answer = await command("module");
    const cited = contextTexts(answer).filter((t) => t.startsWith("<https://"));
    const more = buttonNamed(answer, "More results");

    const [page1] = await click(more.actionId, more.value);
    expect(page1!.body.response_type).toBe("ephemeral");
    expect(page1!.body.replace_original).toBe(false);
    expect(contextTexts(page1!)[0]).toMatch(/^More results for “module” \(page 1 of 2\)$/);
    const results = sectionTexts(page1!);
    expect(results).toHaveLength(5);
    for (const result of results) expect(cited.some((c) => result.includes(c))).toBe(false);

    const next = buttonNamed(page1!, "More results");
    const [page2] = await click(next.actionId, next.value);
    expect(contextTexts(page2!)[0]).toContain("(page 2 of 2)");
    expect(buttonsOf(page2!)).toEqual([]);
  });

  it("answers a mention in the thread of the mentioning message", async () => {
    await deliver(
      eventCallback(
        uniqueId("Ev"),
        appMention({ text: `<@${BOT_USER_ID}> pathlib`, ts: "1700000100.000100" }),
      ),
    );
    const [reply] = await fake.waitFor(postsInThread("1700000100.000100"));
    expect(reply!.body.channel).toBe("C0GENERAL");
    expect(contextTexts(reply!)).toContain(
      "<https://docs.python.org/3/whatsnew/3.4.html#pathlib|Python 3.4 › pathlib (PEP 428)>",
    );
    expect(buttonsOf(reply!).map((b) => b.label)).not.toContain("Share in channel");
  });

  it("answers a mention inside a thread in that thread", async () => {
    const mention = appMention({
      text: `<@${BOT_USER_ID}> walrus`,
      ts: "1700000200.000200",
      threadTs: "1700000150.000150",
    });
    await deliver(eventCallback(uniqueId("Ev"), mention));
    const [reply] = await fake.waitFor(postsInThread("1700000150.000150"));
    expect(sectionTexts(reply!)[0]).toContain("Python 3.8");
  });

  it("answers a direct message in the DM, and ignores its own messages and edits", async () => {
    await deliver(eventCallback(uniqueId("Ev"), directMessage({ text: "asyncio", ts: "1700000300.000300" })));
    const [reply] = await fake.waitFor((c) => c.name === "chat.postMessage" && c.body.channel === "D0ASKER");
    expect(reply!.body.thread_ts).toBeUndefined();
    expect(sectionTexts(reply!)[0]).toContain("asyncio — new in Python 3.4");

    await deliver(
      eventCallback(
        uniqueId("Ev"),
        directMessage({ text: "pathlib", ts: "1700000301.0", user: BOT_USER_ID, botId: BOT_ID }),
      ),
    );
    await deliver(
      eventCallback(
        uniqueId("Ev"),
        directMessage({ text: "pathlib", ts: "1700000302.0", subtype: "message_changed" }),
      ),
    );
    await settle();
    expect(fake.callsTo("api", "chat.postMessage").filter((c) => c.body.channel === "D0ASKER")).toHaveLength(
      1,
    );
  });

  it("answers a retried event (same event_id, X-Slack-Retry-Num: 1) once", async () => {
    const event = eventCallback(
      uniqueId("Ev"),
      appMention({ text: `<@${BOT_USER_ID}> enum`, ts: "1700000400.000400" }),
    );
    await deliver(event);
    await deliver(event, slack, 1);
    await fake.waitFor(postsInThread("1700000400.000400"));
    await settle();
    expect(fake.calls.filter(postsInThread("1700000400.000400"))).toHaveLength(1);
  });

  it("shows <!channel>, <!here> and user mentions typed into a question as text, never as notifications", async () => {
    const reply = await command("<!channel> <!here> <@U0OTHER> pathlib");
    const mention = appMention({ text: `<@${BOT_USER_ID}> <!channel> frobnicate`, ts: "1700000500.000500" });
    await deliver(eventCallback(uniqueId("Ev"), mention));
    const [threadReply] = await fake.waitFor(postsInThread("1700000500.000500"));

    expect(contextTexts(reply)).toContain("“&lt;!channel&gt; &lt;!here&gt; &lt;@U0OTHER&gt; pathlib”");
    expect(contextTexts(threadReply!)).toContain("“&lt;!channel&gt; frobnicate”");
    for (const text of [...textsOf(reply), ...textsOf(threadReply!)]) {
      expect(text).not.toMatch(/<!channel>|<!here>|<@U0OTHER>/);
    }
  });

  it("refuses a bad signature and a timestamp older than five minutes with 401, and answers neither", async () => {
    const url = `http://127.0.0.1:${slack.port}/slack/events`;
    const forgedId = uniqueId("cmd");
    const forged = await send(
      url,
      slashCommand({ text: "pathlib", responseUrl: fake.responseUrl(forgedId) }),
      {
        secret: SECRET,
        signature: `v0=${"0".repeat(64)}`,
      },
    );
    const staleId = uniqueId("cmd");
    const stale = await send(url, slashCommand({ text: "pathlib", responseUrl: fake.responseUrl(staleId) }), {
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    await settle();
    expect(fake.calls.filter((c) => c.name === forgedId || c.name === staleId)).toEqual([]);
  });

  it("uses each response_url at most five times", () => {
    const uses = new Map<string, number>();
    for (const c of fake.callsTo("response_url")) uses.set(c.name, (uses.get(c.name) ?? 0) + 1);
    expect(uses.size).toBeGreaterThan(0);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(5);
  });

  it("calls the Web API with the bot token and never auth.test (the bot ids were given)", () => {
    expect(fake.callsTo("api", "auth.test")).toEqual([]);
    for (const c of fake.callsTo("api")) expect(c.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });
});

describe("rate limit", () => {
  async function commandAs(userId: string): Promise<string> {
    const id = uniqueId("limited");
    await deliver(slashCommand({ text: "pathlib", responseUrl: fake.responseUrl(id), userId }), limitedSlack);
    return id;
  }

  it("answers a burst of commands, says 'slow down' once and privately, and still acks the rest", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await commandAs("U0LIMITED"));
    const replies = await fake.waitFor((c) => c.kind === "response_url" && ids.includes(c.name), 3);
    await settle();
    const byId = ids.map((id) => fake.calls.filter((c) => c.name === id));
    expect(byId.map((calls) => calls.length)).toEqual([1, 1, 1, 0]);
    expect(sectionTexts(byId[0]![0]!)[0]).toContain("Python 3.4 (PEP 428)");
    const warning = byId[2]![0]!;
    expect(warning.body).toMatchObject({ response_type: "ephemeral" });
    expect(warning.body.text).toMatch(/slow down and try again in \d+ s/);
    expect(replies).toHaveLength(3);
  });

  it("counts mentions and DMs too, warning in a mention's thread only to its author", async () => {
    const mentionTs = ["1700000600.000001", "1700000600.000002", "1700000600.000003"];
    for (const ts of mentionTs) {
      await deliver(
        eventCallback(
          uniqueId("Ev"),
          appMention({ text: `<@${BOT_USER_ID}> pathlib`, ts, user: "U0MENTION" }),
        ),
        limitedSlack,
      );
    }
    const [warning] = await fake.waitFor(
      (c) => c.name === "chat.postEphemeral" && c.body.thread_ts === "1700000600.000003",
    );
    expect(warning!.body).toMatchObject({ channel: "C0GENERAL", user: "U0MENTION" });
    expect(warning!.body.text).toMatch(/slow down/);
    await fake.waitFor(
      (c) => c.name === "chat.postMessage" && mentionTs.includes(String(c.body.thread_ts)),
      2,
    );

    // Already warned this minute: a DM from the same user is dropped without a word.
    const toDm = (c: RecordedCall) => c.kind === "api" && c.body.channel === "D0ASKER";
    const dmPostsBefore = fake.calls.filter(toDm).length;
    await deliver(
      eventCallback(
        uniqueId("Ev"),
        directMessage({ text: "asyncio", ts: "1700000601.0", user: "U0MENTION" }),
      ),
      limitedSlack,
    );
    await settle();
    expect(fake.calls.filter(toDm)).toHaveLength(dmPostsBefore);
    expect(fake.calls.filter((c) => mentionTs.includes(String(c.body.thread_ts)))).toHaveLength(3);
  });
});

describe("logs of the whole run", () => {
  it("have one request line per command, mention, DM and button, with latency and results", () => {
    const requests = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
    expect(new Set(requests.map((r) => r.kind))).toEqual(new Set(["command", "mention", "dm", "button"]));
    const pathlib = requests.find((r) => r.kind === "command" && r.query === "pathlib");
    expect(pathlib).toMatchObject({ adapter: "slack", found: true });
    expect(pathlib.results).toBeGreaterThan(0);
    expect(pathlib.latencyMs).toBeGreaterThanOrEqual(0);
    // Lines are written as requests finish, so a warning (which waits for Slack) may come after a drop.
    expect(
      requests
        .filter((r) => r.rateLimited)
        .map((r) => r.rateLimited)
        .sort(),
    ).toEqual(["dropped", "dropped", "warned", "warned"]);
  });

  it("never contain the bot token, the signing secret or a response URL", () => {
    const log = logLines.join("");
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain("/response/");
  });
});
