/**
 * The core on worker threads. Answering is CPU work: on the main thread one slow question holds up
 * every other request, acknowledgements included, and a machine with more cores answers no faster.
 * Here a pool of workers (piscina: a maintained pool with queueing, cancellation and replacement of
 * a worker whose task is cancelled) answers questions while the main thread only receives,
 * acknowledges and delivers. Each worker opens the core from the index cache on disk.
 *
 * Work is bounded two ways: a question that runs past `timeoutMs` is answered "that took too long"
 * and its worker is terminated and replaced, so no input can wedge the bot; and when more questions
 * wait than `maxWaiting`, a new one is answered "busy" at once instead of minutes late.
 */
import { EventEmitter } from "node:events";
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Answer } from "../answer/answer.ts";
import type { AskOptions, OpenOptions, PyVer } from "../pyver.ts";
import type { WorkerTask } from "./answer-worker.ts";
import { tooBusy, tookTooLong } from "./unavailable.ts";

/** How adapters ask: the same whether the core answers in this thread or in a worker. */
export type Asker = (question: string, options?: AskOptions) => Promise<Answer>;

/** Asks the core in this thread: the console chat, scripts, and runs with `PYVER_WORKERS=0`. */
export function askInProcess(bot: PyVer): Asker {
  return async (question, options) => bot.ask(question, options);
}

export interface PoolOptions {
  /** Worker threads; default the machine's cores. */
  workers?: number;
  /** Longest a question may take, from when it was handed over, before "that took too long". Default 2000. */
  timeoutMs?: number;
  /** Most questions waiting for a worker before new ones are answered "busy". Default 64 a worker. */
  maxWaiting?: number;
  /** How each worker opens the core (the same data directory as the main thread, so the same cache). */
  open?: Pick<OpenOptions, "dataDir" | "corpusDir" | "options" | "cache">;
  /** The worker module; tests substitute their own. */
  worker?: URL;
}

export const DEFAULT_TIMEOUT_MS = 2000;
/**
 * Questions allowed to wait per worker. An ordinary answer takes about 1 ms, so 64 waiting is well
 * under a second of work: past that, an answer would arrive too late to be worth waiting for.
 */
const WAITING_PER_WORKER = 64;

export class AnswerPool {
  readonly workers: number;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;
  private pool: Piscina;
  private readonly make: () => Piscina;

  /** A pool whose workers have all opened the core, with each one's heap once it has. */
  static async start(options: PoolOptions = {}): Promise<{ pool: AnswerPool; heapBytes: number[] }> {
    const pool = new AnswerPool(options);
    return { pool, heapBytes: await pool.heapPerWorker() };
  }

  constructor(options: PoolOptions = {}) {
    this.workers = Math.max(1, options.workers ?? availableParallelism());
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxWaiting = options.maxWaiting ?? WAITING_PER_WORKER * this.workers;
    const filename = (options.worker ?? new URL("./answer-worker.ts", import.meta.url)).href;
    this.make = () =>
      new Piscina({
        filename,
        minThreads: this.workers,
        maxThreads: this.workers,
        // Workers load the index once and keep it: they are never retired for being idle.
        idleTimeout: Number.POSITIVE_INFINITY,
        workerData: options.open ?? {},
        // The workers run the core's TypeScript as the main thread does, whoever started it. (A V8
        // flag such as --expose-gc is the process's, so workers have `gc` when the process does.)
        execArgv: ["--import", "tsx"],
      });
    this.pool = this.make();
  }

  /** Answers in a worker; never rejects for the question's sake (too slow or too busy are answers too). */
  readonly ask: Asker = async (question, options) => {
    if (this.pool.queueSize >= this.maxWaiting) return tooBusy(question);
    const task: WorkerTask = { question, options };
    // An event emitter, not AbortSignal.timeout: piscina takes either, and a signal is made
    // transferable on creation, which costs the main thread more than the question it guards.
    const deadline = new EventEmitter();
    const timer = setTimeout(() => deadline.emit("abort"), this.timeoutMs);
    try {
      return (await this.pool.run(task, { signal: deadline })) as Answer;
    } catch (error) {
      if (error instanceof Error && error.name === "AbortError") return tookTooLong(question);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  /** Used heap of each worker, in bytes, asked of the workers themselves while the pool is idle. */
  async heapPerWorker(): Promise<number[]> {
    const task: WorkerTask = { heap: true };
    return (await Promise.all(Array.from({ length: this.workers }, () => this.pool.run(task)))) as number[];
  }

  /**
   * New workers for a rebuilt index (after a corpus update): questions already handed over finish on
   * the old workers, new ones go to the new.
   */
  async reload(): Promise<void> {
    const old = this.pool;
    this.pool = this.make();
    await old.close();
  }

  /** Finishes the questions handed over, then ends the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
