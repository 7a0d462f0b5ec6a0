import type { Logger } from "pino";
import { PyVer } from "../src/index.ts";
import type { Settings } from "./settings.ts";

/** Opens the core on the data directory, warmed up, and logs what it read and what it skipped. */
export function openCore(settings: Settings, logger: Logger): PyVer {
  const bot = PyVer.open({ dataDir: settings.corpus.dataDir });
  bot.warmUp();
  const status = bot.status();
  for (const w of status.warnings) logger.warn({ file: w.path }, `corpus file skipped: ${w.reason}`);
  logger.info({ chunks: status.chunks, index: status.index, about: bot.about() }, "index ready");
  return bot;
}
