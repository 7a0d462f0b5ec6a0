import { describe, expect, it } from "vitest";
import type { Post } from "../../../adapters/slack/http-post.ts";
import { SLACK_LIMITS } from "../../../adapters/slack/limits.ts";
import {
  DeliveryError,
  type DeliveryOptions,
  ResponseUrl,
  retryAfterMs,
} from "../../../adapters/slack/respond.ts";

const FAST: DeliveryOptions = { attempts: 3, timeoutMs: 200, backoffMs: 10, maxRetryAfterMs: 2000 };
const URL = "https://hooks.slack.com/commands/T0/1/secret";

type Step = Response | "hang" | "reset";

/** A POST that answers each call with the next step, recording when each call came. */
function scripted(steps: Step[]) {
  const calls: number[] = [];
  const fetchFn: Post = async (_url, init) => {
    calls.push(performance.now());
    const step = steps.shift() ?? new Response("ok");
    if (step === "reset") throw new Error("socket hang up");
    if (step === "hang") {
      // A connection on which nothing moves: given up after the request's time limit.
      return new Promise<Response>((_resolve, reject) =>
        setTimeout(() => reject(new Error("timed out")), init.timeoutMs ?? 0),
      );
    }
    return step;
  };
  return { calls, fetchFn };
}

const status = (code: number, headers: Record<string, string> = {}) =>
  new Response("", { status: code, headers });

describe("ResponseUrl.send", () => {
  it("posts once when Slack takes the message", async () => {
    const { calls, fetchFn } = scripted([new Response("ok")]);
    await new ResponseUrl(URL, FAST, fetchFn).send({ text: "hi" });
    expect(calls).toHaveLength(1);
  });

  it("waits as long as Retry-After asks after a 429, then delivers", async () => {
    const { calls, fetchFn } = scripted([status(429, { "retry-after": "0.3" })]);
    await new ResponseUrl(URL, FAST, fetchFn).send({ text: "hi" });
    expect(calls).toHaveLength(2);
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it("gives up at once when Retry-After is longer than a reply is worth waiting for", async () => {
    const { calls, fetchFn } = scripted([status(429, { "retry-after": "60" })]);
    await expect(new ResponseUrl(URL, FAST, fetchFn).send({ text: "hi" })).rejects.toThrow(DeliveryError);
    expect(calls).toHaveLength(1);
  });

  it("retries a 500, a reset connection and a hung one", async () => {
    const { calls, fetchFn } = scripted([status(500), "reset", "hang", new Response("ok")]);
    await new ResponseUrl(URL, { ...FAST, attempts: 4 }, fetchFn).send({ text: "hi" });
    expect(calls).toHaveLength(4);
  });

  it("stops after the allowed attempts and says why, without the URL", async () => {
    const { calls, fetchFn } = scripted([status(500), status(502), status(503)]);
    const failure = new ResponseUrl(URL, FAST, fetchFn).send({ text: "hi" });
    await expect(failure).rejects.toThrow(/failed after 3 attempts \(last: 503\)/);
    await expect(failure).rejects.not.toThrow(/hooks\.slack\.com/);
    expect(calls).toHaveLength(3);
  });

  it("does not retry a 404 (an expired or used-up URL)", async () => {
    const { calls, fetchFn } = scripted([status(404)]);
    await expect(new ResponseUrl(URL, FAST, fetchFn).send({ text: "hi" })).rejects.toThrow(/404/);
    expect(calls).toHaveLength(1);
  });

  it("never uses one URL more than Slack's five times, across messages and retries", async () => {
    const { calls, fetchFn } = scripted([
      status(500),
      status(500),
      new Response("ok"),
      status(500),
      status(500),
      new Response("ok"),
    ]);
    const url = new ResponseUrl(URL, FAST, fetchFn);
    await url.send({ text: "answer" });
    await expect(url.send({ text: "second" })).rejects.toThrow(/used up/);
    expect(calls).toHaveLength(SLACK_LIMITS.responseUrlUses);
    expect(url.uses).toBe(SLACK_LIMITS.responseUrlUses);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates, and nothing from an absent or unreadable header", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("Thu, 01 Jan 1970 00:00:05 GMT", 1000)).toBe(4000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
