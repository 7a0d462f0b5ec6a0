import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { AnswerQueue } from "../../../adapters/slack/answer-queue.ts";

/** Keeps the thread busy for `ms`, as working out an answer does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

const settled = (queue: AnswerQueue) =>
  new Promise<void>((resolve) => {
    const check = () => (queue.size === 0 ? setImmediate(resolve) : setImmediate(check));
    check();
  });

describe("AnswerQueue", () => {
  it("returns before the answer starts, and starts answers in order of arrival", async () => {
    const queue = new AnswerQueue({ onError: () => undefined });
    const order: string[] = [];
    for (const name of ["first", "second", "third"]) {
      queue.later(async () => {
        order.push(name);
      });
    }
    order.push("returned");
    await settled(queue);
    expect(order).toEqual(["returned", "first", "second", "third"]);
  });

  it("lets a request that arrives while answers wait be handled after one of them, not after all", async () => {
    const server = createServer((_req, res) => {
      handledAfter = started;
      res.end("ack");
    });
    let started = 0;
    let handledAfter = -1;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const queue = new AnswerQueue({ onError: () => undefined });
      for (let i = 0; i < 40; i++) {
        queue.later(async () => {
          started += 1;
          busy(5);
        });
      }
      const { port } = server.address() as AddressInfo;
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("ack");
      await settled(queue);
      expect(started).toBe(40);
      // Connecting and reading the request take a few turns; each turn starts one answer.
      expect(handledAfter).toBeGreaterThanOrEqual(0);
      expect(handledAfter).toBeLessThan(20);
    } finally {
      server.close();
    }
  });

  it("reports an answer that fails and goes on with the next", async () => {
    const errors: unknown[] = [];
    const queue = new AnswerQueue({ onError: (error) => errors.push(error) });
    let after = false;
    queue.later(async () => {
      throw new Error("response_url expired");
    });
    queue.later(async () => {
      after = true;
    });
    await settled(queue);
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual([new Error("response_url expired")]);
    expect(after).toBe(true);
  });

  it("hands each answer's completion to `track`, resolving once its reply is delivered", async () => {
    const tracked: Promise<void>[] = [];
    const queue = new AnswerQueue({ onError: () => undefined, track: (done) => tracked.push(done) });
    let delivered = false;
    queue.later(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      delivered = true;
    });
    expect(tracked).toHaveLength(1);
    await tracked[0];
    expect(delivered).toBe(true);
  });

  it("starts an answer at once when maxWaiting answers already wait", async () => {
    const queue = new AnswerQueue({ onError: () => undefined, maxWaiting: 2 });
    const order: string[] = [];
    for (const name of ["a", "b", "c"]) {
      queue.later(async () => {
        order.push(name);
      });
    }
    expect(queue.size).toBe(2);
    // The third starts within this turn (its work runs as a microtask), ahead of the two waiting.
    await Promise.resolve();
    expect(order).toEqual(["c"]);
    await settled(queue);
    expect(order).toEqual(["c", "a", "b"]);
  });
});
