/**
 * npm run eval -- FILE.jsonl [--corpus DIR] [--min-hit1 0.9] [--min-hit3 0.97] [--all-none] [--min-api 0.97]
 * Scores a question set: hit@1 and hit@3 on the citations' versions, MRR, and "none" questions;
 * lines with "api", "ambiguous" or "noApi" are scored on `Answer.api` instead (see api-score.ts).
 * With the --min-* / --all-none gates it exits 1 when a bar is missed.
 */
import { readFileSync } from "node:fs";
import { apiMiss, isApiCase } from "../evaluation/api-score.ts";
import { parseCases, scoreCase, summarize } from "../evaluation/score.ts";
import { PyVer } from "../pyver.ts";
import { parseCliArgs, UsageError } from "./args.ts";

const pct = (x: number): string => x.toFixed(3);

function main(): number {
  const { flags, positionals } = parseCliArgs(process.argv.slice(2), {
    "min-hit1": { type: "string" },
    "min-hit3": { type: "string" },
    "all-none": { type: "boolean" },
    "min-api": { type: "string" },
  });
  const file = positionals[0];
  if (!file) throw new UsageError("give a question file: npm run eval -- FILE.jsonl [--corpus DIR]");
  const all = parseCases(readFileSync(file, "utf8"));
  const cases = all.filter((c) => !isApiCase(c));
  const bot = PyVer.open({ corpusDir: flags.corpus });
  const ask = (q: string) => bot.ask(q, { version: flags.version, limit: flags.limit });
  const results = cases.map((c) => scoreCase(c, ask(c.q)));
  const s = summarize(results);
  const apiCases = all.filter(isApiCase);
  const apiMisses = apiCases
    .map((c) => ({ c, miss: apiMiss(c, ask(c.q)) }))
    .filter((r): r is { c: (typeof apiCases)[number]; miss: string } => r.miss !== undefined);
  const apiShare = apiCases.length === 0 ? 1 : 1 - apiMisses.length / apiCases.length;

  const misses = s.results.filter((r) => !r.ok);
  if (misses.length > 0) {
    console.log(`misses (${misses.length}):`);
    for (const m of misses) {
      const want = m.case.none ? "nothing" : m.case.version;
      const detail = m.missing.length > 0 ? ` missing ${JSON.stringify(m.missing)}` : "";
      console.log(
        `  ${JSON.stringify(m.case.q)} want ${want}, got [${m.got.slice(0, 3).join(", ")}]${detail}`,
      );
    }
  }
  if (s.total > 0) {
    console.log(`questions ${s.total} (answerable ${s.answerable}, none ${s.noneTotal})`);
    console.log(`hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}  MRR ${pct(s.mrr)}`);
    console.log(`none right ${pct(s.noneRight)} (${Math.round(s.noneRight * s.noneTotal)}/${s.noneTotal})`);
  }
  if (apiCases.length > 0) {
    for (const { c, miss } of apiMisses) console.log(`  api miss ${JSON.stringify(c.q)}: ${miss}`);
    const right = apiCases.length - apiMisses.length;
    console.log(`api correct ${apiShare.toFixed(2)} (${right}/${apiCases.length})`);
  }

  const failed: string[] = [];
  const min1 = flags["min-hit1"];
  const min3 = flags["min-hit3"];
  if (typeof min1 === "string" && s.hit1 < Number(min1)) failed.push(`hit@1 ${pct(s.hit1)} < ${min1}`);
  if (typeof min3 === "string" && s.hit3 < Number(min3)) failed.push(`hit@3 ${pct(s.hit3)} < ${min3}`);
  if (flags["all-none"] && s.noneRight < 1) failed.push("a none question got an answer");
  const minApi = flags["min-api"];
  if (typeof minApi === "string" && apiShare < Number(minApi))
    failed.push(`api ${pct(apiShare)} < ${minApi}`);
  for (const f of failed) console.error(`gate failed: ${f}`);
  return failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`eval: ${error instanceof UsageError ? error.message : String(error)}`);
  process.exitCode = 2;
}
