/**
 * The real entry point (`tsx adapters/main.ts`) as a child process, in Slack HTTP mode against the local
 * fake Slack: a stray promise rejection is logged without taking it down, and on SIGTERM it stops taking
 * requests, finishes the reply in flight, and exits 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./fake-slack-api.ts";
import { send, slashCommand } from "./slack-requests.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SECRET = "shutdown-signing-secret";
const BOT_TOKEN = "xoxb-shutdown-token";
/** How long the fake Slack holds the reply, so it is still in flight when SIGTERM comes. */
const SLOW_REPLY_MS = 1500;

let fake: FakeSlackApi;
let child: ChildProcess;
const logLines: Record<string, unknown>[] = [];
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

/** Resolves with the first log line `match` accepts, waiting for it if need be. */
async function logLine(match: (line: Record<string, unknown>) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = logLines.find(match);
    if (found) return found;
    if (Date.now() > deadline || child.exitCode !== null) {
      throw new Error(`log line not seen; log so far:\n${logLines.map((l) => JSON.stringify(l)).join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  fake = await FakeSlackApi.start(BOT_TOKEN);
  child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./tests/e2e/slack/stray-rejection.ts", "adapters/main.ts"],
    {
      cwd: ROOT,
      // Only what the test means to set: nothing from the developer's environment or .env leaks in.
      env: {
        PATH: process.env.PATH,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
        LOG_LEVEL: "info",
        // Tests talk only to 127.0.0.1: no refresh from the docs site.
        CORPUS_REFRESH_HOURS: "0",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  let partial = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      try {
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logLines.push({ msg: line });
      }
    }
  });
});

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await fake?.close();
});

describe("the entry point", () => {
  it("logs an unhandled rejection and keeps running", async () => {
    const line = await logLine((l) => l.msg === "unhandled rejection");
    expect(JSON.stringify(line.err)).toContain("stray rejection from the shutdown test");
    await logLine((l) => l.mode === "http");
    expect(child.exitCode).toBeNull();
  });

  it("on SIGTERM finishes the reply in flight, stops taking requests and exits 0", async () => {
    const { port } = await logLine((l) => l.mode === "http");
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

    child.kill("SIGTERM");
    await logLine((l) => l.msg === "shutting down");
    await expect(
      send(url, slashCommand({ text: "enum", responseUrl: fake.responseUrl("late") }), { secret: SECRET }),
    ).rejects.toThrow();

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(fake.answered).toBe(answeredBefore + 1);
    expect(fake.calls.filter((c) => c.name === "late")).toEqual([]);
    expect(logLines.some((l) => l.msg === "slack stopped")).toBe(true);
  });
});
