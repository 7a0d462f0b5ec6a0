/**
 * The core's throughput on worker threads, with no load generator on the machine: questions handed to
 * an `AnswerPool` of `workers` workers, enough in flight to keep every worker busy, timed from the
 * first to the last answer. Usage (started by scripts/load.ts): pool-throughput.ts <workers> <questions> <worstEvery>
 */
import { AnswerPool } from "../../src/index.ts";
import type { PoolReport } from "./protocol.ts";
import { evalQuestions, mixedQuestion } from "./questions.ts";

const [workers = 1, total = 20_000, worstEvery = 10] = process.argv.slice(2).map(Number);
/** Questions in flight per worker: enough that a worker never waits for the main thread to hand one over. */
const IN_FLIGHT_PER_WORKER = 8;
const WARMUP = 1_000;

const { pool, heapBytes } = await AnswerPool.start({ workers, maxWaiting: Number.POSITIVE_INFINITY });
const question = mixedQuestion(evalQuestions(), worstEvery);

async function run(from: number, count: number): Promise<number> {
  let next = from;
  let answered = 0;
  const lane = async (): Promise<void> => {
    while (next < from + count) {
      const answer = await pool.ask(question(next++));
      if (answer.kind !== "unavailable") answered += 1;
    }
  };
  await Promise.all(Array.from({ length: workers * IN_FLIGHT_PER_WORKER }, lane));
  return answered;
}

await run(0, WARMUP);
const started = performance.now();
const answered = await run(WARMUP, total);
const seconds = (performance.now() - started) / 1000;
const report: PoolReport = { type: "pool", workers, questions: total, answered, seconds, heapBytes };
process.send?.(report);
await pool.close();
process.disconnect();
