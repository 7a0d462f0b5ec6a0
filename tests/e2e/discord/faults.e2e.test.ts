import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningAdapter } from "../../../adapters/adapter.ts";
import { type FixtureBot, openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import {
  callbackType,
  FakeDiscord,
  type RecordedRequest,
  type SentMessage,
  sentMessage,
  startAdapterAgainst,
} from "./fake-discord.ts";

/**
 * Faults between PyVer and Discord, with the real discord.js client against the local fake: the gateway
 * closing mid-session, and REST answering 429 or 5xx. discord.js recovers from each on its own; these
 * tests pin down that PyVer still answers, and that a failure discord.js gives up on is logged, not fatal.
 */

const alice = { id: "100000000000000001", username: "alice" };
const PATHLIB = "pathlib (PEP 428) — Python 3.4";

let fixture: FixtureBot;
let fake: FakeDiscord;
let adapter: RunningAdapter;
const logLines: string[] = [];

beforeAll(async () => {
  fixture = openFixtureBot();
  fake = await FakeDiscord.start();
  adapter = await startAdapterAgainst(fake, fixture.bot, logLines);
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  fixture?.cleanup();
});

const isCallback = (token: string) => (r: RecordedRequest) => r.path.endsWith(`/${token}/callback`);
const isEdit = (token: string) => (r: RecordedRequest) =>
  r.method === "PATCH" && r.path.endsWith(`/${token}/messages/@original`);
const succeeded = (r: RecordedRequest) => r.status >= 200 && r.status < 300;

/** The answer an interaction finally got: its reply, or the edit of its deferral. */
async function answerTo(token: string, timeoutMs = 5000): Promise<SentMessage> {
  const callback = await fake.waitForRequest((r) => isCallback(token)(r) && succeeded(r), timeoutMs);
  if (callbackType(callback) === 4) return sentMessage(callback);
  return sentMessage(await fake.waitForRequest((r) => isEdit(token)(r) && succeeded(r), timeoutMs));
}

const titleOf = (message: SentMessage) => message.embeds?.[0]?.title;

describe("the gateway closing mid-session", () => {
  it.each([
    [4000, "an unknown error"],
    [4009, "a timed-out session"],
  ])("resumes after close code %i (%s) and answers the question asked while it was down", async (code) => {
    const starts = fake.sessionStarts.length;
    fake.closeGateway(code);
    await vi.waitFor(() => expect(fake.connectedClients).toBe(0));
    // Discord keeps this for the session and replays it on resume.
    const { token } = fake.command(alice, { query: "pathlib" });
    expect(titleOf(await answerTo(token))).toBe(PATHLIB);
    expect(fake.sessionStarts.slice(starts)).toEqual(["resume"]);
  });

  it("identifies afresh after a normal closure (1000) and answers the next question", async () => {
    const starts = fake.sessionStarts.length;
    fake.closeGateway(1000);
    // discord.js waits out Discord's limit of one identify per 5 s, counted from the first one.
    await vi.waitFor(() => expect(fake.sessionStarts.slice(starts)).toEqual(["identify"]), {
      timeout: 10_000,
      interval: 50,
    });
    const { token } = fake.command(alice, { query: "pathlib" });
    expect(titleOf(await answerTo(token))).toBe(PATHLIB);
  });
});

describe("REST rate limits and server errors", () => {
  it("waits out a 429 on the interaction callback for its Retry-After, then answers", async () => {
    const started = Date.now();
    const { token } = fake.command(alice, { query: "pathlib" });
    fake.failRequests(isCallback(token), { status: 429, retryAfter: 0.3 });
    expect(titleOf(await answerTo(token))).toBe(PATHLIB);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(fake.requestsFor(token).map((r) => r.status)).toEqual([429, 204]);
  });

  it("retries a 500 on the interaction callback and answers", async () => {
    const { token } = fake.command(alice, { query: "pathlib" });
    fake.failRequests(isCallback(token), { status: 500 });
    expect(titleOf(await answerTo(token))).toBe(PATHLIB);
    expect(fake.requestsFor(token).map((r) => r.status)).toEqual([500, 204]);
  });

  it("gets a deferred answer's edit through a 429 with rate-limit headers and a 502", async () => {
    // Two seconds old on arrival, so PyVer defers first and edits the answer in.
    const { token } = fake.command(alice, { query: "pathlib" }, 2000);
    fake.failRequests(isEdit(token), { status: 429, retryAfter: 0.2, scope: "shared" }, { status: 502 });
    expect(titleOf(await answerTo(token))).toBe(PATHLIB);
    expect(fake.requestsFor(token).map((r) => `${r.method} ${r.status}`)).toEqual([
      "POST 204",
      "PATCH 429",
      "PATCH 502",
      "PATCH 200",
    ]);
  });

  it("logs a callback that fails every retry, without crashing, and answers the next question", async () => {
    const { token } = fake.command(alice, { query: "pathlib" });
    // discord.js tries each request four times; PyVer's error note is a second request, as doomed.
    fake.failRequests(isCallback(token), ...Array.from({ length: 8 }, () => ({ status: 500 }) as const));
    await vi.waitFor(() => expect(logLines.join("")).toContain("could not send the error note"));
    expect(logLines.join("")).toContain("answer failed");
    expect(fake.requestsFor(token).map((r) => r.status)).toEqual(Array(8).fill(500));

    const next = fake.command(alice, { query: "pathlib" });
    expect(titleOf(await answerTo(next.token))).toBe(PATHLIB);
  });
});
