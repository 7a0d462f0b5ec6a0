/**
 * One worker of the answer pool: opens the core once, from the index cache the main thread has
 * written, and answers the questions the pool hands it.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { getHeapStatistics } from "node:v8";
import { workerData } from "node:worker_threads";
import type { Answer } from "../answer/answer.ts";
import { type AskOptions, type OpenOptions, PyVer } from "../pyver.ts";

export type WorkerTask = { question: string; options?: AskOptions } | { heap: true };

/**
 * How much lower than the main thread a worker runs (a nice value, 0 to 19). On a machine whose cores
 * are all answering, the main thread gets the CPU first to read, verify and acknowledge requests and
 * to deliver answers. 5, not lower: at 19 a worker starves behind any busy thread on the machine, and
 * on Discord, where the answer is the acknowledgement, that delays both (measured with `npm run load`).
 */
const WORKER_NICENESS = 5;

/**
 * Lowers this thread's priority. On Linux a nice value belongs to a thread, addressed by its id
 * (which /proc/thread-self names); elsewhere workers keep the process's priority.
 */
function yieldToMainThread(): void {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId)) setPriority(threadId, WORKER_NICENESS);
  } catch {
    // No /proc (macOS, Windows) or not permitted: the worker runs at the process's priority.
  }
}

yieldToMainThread();
const bot = PyVer.open((workerData ?? {}) as OpenOptions);
bot.warmUp();

export default function answer(task: WorkerTask): Answer | number {
  // This worker's own heap (each worker is an isolate of its own), after a collection when the
  // process allows one (--expose-gc, as the load run measures), so it is what the worker keeps.
  if ("heap" in task) {
    (globalThis as { gc?: () => void }).gc?.();
    return getHeapStatistics().used_heap_size;
  }
  return bot.ask(task.question, task.options);
}
