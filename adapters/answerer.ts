import type { Logger } from "pino";
import { AnswerPool, type Asker, askInProcess, type PyVer } from "../src/index.ts";
import type { AnswerSettings } from "./settings.ts";

/**
 * Who answers the chat platforms' questions: a pool of `PYVER_WORKERS` worker threads, each with the
 * index from the cache the main thread has just written; or, with 0 workers, the main thread itself.
 * `npm start` and the load run start answering the same way, through here.
 */
export async function startAnswering(
  { workers, timeoutMs, dataDir }: AnswerSettings & { dataDir?: string },
  bot: PyVer,
  logger: Logger,
): Promise<{ ask: Asker; pool?: AnswerPool }> {
  if (workers === 0) {
    logger.info("answering in the main thread (PYVER_WORKERS=0)");
    return { ask: askInProcess(bot) };
  }
  const started = performance.now();
  const { pool, heapBytes } = await AnswerPool.start({ workers, timeoutMs, open: { dataDir } });
  logger.info(
    {
      workers,
      timeoutMs,
      startMs: Math.round(performance.now() - started),
      heapMbPerWorker: heapBytes.map((b) => Math.round(b / 2 ** 20)),
    },
    "answer workers ready",
  );
  return { ask: pool.ask, pool };
}
