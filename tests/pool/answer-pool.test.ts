import { afterEach, describe, expect, it } from "vitest";
import { AnswerPool } from "../../src/pool/answer-pool.ts";
import { TINY_CORPUS, tinyBot } from "../fixtures/tiny.ts";

const SLOW_WORKER = new URL("../fixtures/slow-worker.ts", import.meta.url);
const pools: AnswerPool[] = [];
const started = (pool: AnswerPool) => {
  pools.push(pool);
  return pool;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe("AnswerPool", () => {
  it("answers in a worker exactly as the core does in this thread", async () => {
    const { pool, heapBytes } = await AnswerPool.start({
      workers: 1,
      open: { corpusDir: TINY_CORPUS, cache: false },
    });
    started(pool);
    // The worker opened the whole core: its heap holds an index.
    expect(heapBytes).toHaveLength(1);
    expect(heapBytes[0]).toBeGreaterThan(1_000_000);
    const bot = tinyBot();
    for (const question of ["pathlib", "walrus operator", "what's new in 3.12"]) {
      expect(await pool.ask(question)).toEqual(bot.ask(question));
    }
  });

  it("answers 'that took too long' past the time limit, and replaces the stuck worker", async () => {
    const pool = started((await AnswerPool.start({ workers: 1, timeoutMs: 500, worker: SLOW_WORKER })).pool);
    const stuck = await pool.ask("forever");
    expect(stuck).toMatchObject({ found: false, kind: "unavailable", query: "forever" });
    expect(stuck.answer).toMatch(/took too long/);
    // The only worker was stuck for good; a new one starts and answers the next question.
    await pool.heapPerWorker();
    expect((await pool.ask("pathlib")).answer).toBe("answered pathlib");
  });

  it("answers 'busy' at once when more questions wait than allowed, rather than late", async () => {
    const pool = started(new AnswerPool({ workers: 1, maxWaiting: 1, worker: SLOW_WORKER }));
    await pool.heapPerWorker();
    const running = pool.ask("sleep 300");
    const waiting = pool.ask("sleep 10");
    const asked = performance.now();
    const busy = await pool.ask("pathlib");
    expect(performance.now() - asked).toBeLessThan(100);
    expect(busy).toMatchObject({ found: false, kind: "unavailable" });
    expect(busy.answer).toMatch(/busy/);
    expect((await running).found).toBe(true);
    expect((await waiting).found).toBe(true);
  });
});
