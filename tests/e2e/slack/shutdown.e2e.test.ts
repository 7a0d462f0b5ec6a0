/**
 * The real entry point (`tsx adapters/main.ts`) as a child process, in Slack HTTP mode against the local
 * fake Slack: a stray promise rejection is logged without taking it down, and on SIGTERM it stops taking
 * requests, finishes the reply in flight, and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EntryProcess, startEntry } from "../entry-process.ts";
import { FakeSlackApi } from "./fake-slack-api.ts";
import { send, slashCommand } from "./slack-requests.ts";

const SECRET = "shutdown-signing-secret";
const BOT_TOKEN = "xoxb-shutdown-token";
/** How long the fake Slack holds the reply, so it is still in flight when SIGTERM comes. */
const SLOW_REPLY_MS = 1500;

let fake: FakeSlackApi;
let entry: EntryProcess;

beforeAll(async () => {
  fake = await FakeSlackApi.start(BOT_TOKEN);
  entry = startEntry(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      LOG_LEVEL: "info",
      // Tests talk only to 127.0.0.1: no refresh from the docs site.
      CORPUS_REFRESH_HOURS: "0",
    },
    ["./tests/e2e/slack/stray-rejection.ts"],
  );
});

afterAll(async () => {
  entry?.kill();
  await fake?.close();
});

describe("the entry point", () => {
  it("logs an unhandled rejection and keeps running", async () => {
    const line = await entry.logLine((l) => l.msg === "unhandled rejection");
    expect(JSON.stringify(line.err)).toContain("stray rejection from the shutdown test");
    await entry.logLine((l) => l.mode === "http");
    expect(entry.child.exitCode).toBeNull();
  });

  it("on SIGTERM finishes the reply in flight, stops taking requests and exits 0", async () => {
    const { port } = await entry.logLine((l) => l.mode === "http");
    const url = `http://127.0.0.1:${String(port)}/slack/events`;
    fake.delayMs = SLOW_REPLY_MS;
    const ack = await send(
      url,
      slashCommand({ text: "pathlib", responseUrl: fake.responseUrl("inflight") }),
      {
        secret: SECRET,
      },
    );
    expect(ack.status).toBe(200);
    await fake.waitFor((c) => c.name === "inflight");
    const answeredBefore = fake.answered;

    entry.child.kill("SIGTERM");
    await entry.logLine((l) => l.msg === "shutting down");
    await expect(
      send(url, slashCommand({ text: "enum", responseUrl: fake.responseUrl("late") }), { secret: SECRET }),
    ).rejects.toThrow();

    expect(await entry.exited).toEqual({ code: 0, signal: null });
    expect(fake.answered).toBe(answeredBefore + 1);
    expect(fake.calls.filter((c) => c.name === "late")).toEqual([]);
    expect(entry.logLines.some((l) => l.msg === "slack stopped")).toBe(true);
  });
});
