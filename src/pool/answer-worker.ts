/**
 * One worker of the answer pool: opens the core once, from the index cache the main thread has
 * written, and answers the questions the pool hands it.
 */
import { getHeapStatistics } from "node:v8";
import { workerData } from "node:worker_threads";
import type { Answer } from "../answer/answer.ts";
import { type AskOptions, type OpenOptions, PyVer } from "../pyver.ts";

export type WorkerTask = { question: string; options?: AskOptions } | { heap: true };

const bot = PyVer.open((workerData ?? {}) as OpenOptions);
bot.warmUp();

export default function answer(task: WorkerTask): Answer | number {
  // This worker's own heap: each worker is an isolate of its own.
  if ("heap" in task) return getHeapStatistics().used_heap_size;
  return bot.ask(task.question, task.options);
}
