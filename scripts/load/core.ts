/**
 * The in-process phase of the load run: questions straight to `PyVer.ask`, heap measured after a
 * forced collection before and after, to show that answering keeps nothing per question.
 * Usage (started by scripts/load.ts with --expose-gc): core.ts <questions>
 */
import { PyVer } from "../../src/pyver.ts";
import type { CoreReport, Memory } from "./protocol.ts";
import { evalQuestions, nthQuestion } from "./questions.ts";

const total = Number(process.argv[2] ?? 100_000);
/** Enough questions for the JIT to settle and lazily built tables to exist before "before". */
const WARMUP = 2_000;

function memory(): Memory {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssBytes: rss, heapUsedBytes: heapUsed };
}

const bot = PyVer.open();
const questions = evalQuestions();
// The answers go to a sink the optimiser cannot drop.
let citations = 0;
for (let n = 0; n < WARMUP; n++) citations += bot.ask(nthQuestion(questions, n)).citations.length;
const before = memory();
const started = performance.now();
for (let n = 0; n < total; n++) citations += bot.ask(nthQuestion(questions, WARMUP + n)).citations.length;
const seconds = (performance.now() - started) / 1000;
const after = memory();
// Used once more after measuring: otherwise V8 may collect the bot, index and all, before `after`.
citations += bot.ask("pathlib").citations.length;
if (citations < 0) throw new Error("unreachable");

const report: CoreReport = { type: "core", questions: total, seconds, before, after };
process.send?.(report);
process.disconnect();
