/**
 * npm run ask -- "question"            answer and numbered citations, for a person
 * npm run --silent ask -- --json "q"   one JSON object
 * npm run --silent ask -- --json       one JSON object per line of stdin, index loaded once
 * npm run --silent ask -- --json --jsonl  stdin holds one {"q": "..."} per line, so a question can span
 *                                         lines (pasted code, tracebacks); the output is the same
 * Flags: --corpus DIR, --version X, --limit N
 */
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import type { Answer } from "../answer/answer.ts";
import { renderPlain } from "../answer/render-plain.ts";
import { PyVer } from "../pyver.ts";
import { resolveDataDir } from "../update/data-dir.ts";
import { parseCliArgs, UsageError } from "./args.ts";

/** The CLI's JSON contract; other tools parse exactly these fields. */
export function toJson(answer: Answer, tookMs: number): string {
  return JSON.stringify({
    query: answer.query,
    found: answer.found,
    answer: answer.answer,
    citations: answer.citations.map(({ version, title, section, url, source }) => ({
      version,
      title,
      section,
      url,
      source,
    })),
    // Only when an API matched: consumers test for the key, not for null.
    ...(answer.api && {
      api: {
        name: answer.api.name,
        kind: answer.api.kind,
        addedIn: answer.api.addedIn,
        url: answer.api.url,
        ...(answer.api.removedIn ? { removedIn: answer.api.removedIn } : {}),
        ...(answer.api.deprecatedIn ? { deprecatedIn: answer.api.deprecatedIn } : {}),
        ...(answer.api.replacement ? { replacement: answer.api.replacement } : {}),
      },
    }),
    tookMs: Math.round(tookMs * 100) / 100,
  });
}

/** The question of one `--jsonl` line: `{"q": "..."}`; a line that is not such an object is a usage error. */
export function questionOfLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new UsageError(`--jsonl lines are JSON objects like {"q": "pathlib"}; got ${line.slice(0, 60)}`);
  }
  if (typeof parsed !== "object" || parsed === null || typeof (parsed as { q?: unknown }).q !== "string")
    throw new UsageError(`--jsonl lines need a string "q"; got ${line.slice(0, 60)}`);
  return (parsed as { q: string }).q;
}

async function main(): Promise<number> {
  const { flags, positionals } = parseCliArgs(process.argv.slice(2), {
    json: { type: "boolean" },
    jsonl: { type: "boolean" },
  });
  if (flags.jsonl && !flags.json) throw new UsageError("--jsonl reads JSON lines for --json batch mode");
  // The downloaded notes join the built-in corpus; another corpus is answered from alone.
  const bot = PyVer.open(
    flags.corpus ? { corpusDir: flags.corpus } : { dataDir: resolveDataDir(process.env) },
  );
  const ask = (question: string): { answer: Answer; tookMs: number } => {
    const start = performance.now();
    const answer = bot.ask(question, { version: flags.version, limit: flags.limit });
    return { answer, tookMs: performance.now() - start };
  };
  const question = positionals.join(" ");

  if (flags.json && positionals.length === 0) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (flags.jsonl && line.trim() === "") continue;
      const question = flags.jsonl ? questionOfLine(line) : line;
      const { answer, tookMs } = ask(question);
      process.stdout.write(`${toJson(answer, tookMs)}\n`);
    }
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give a question, e.g. npm run ask -- "pathlib"');
  const { answer, tookMs } = ask(question);
  process.stdout.write(flags.json ? `${toJson(answer, tookMs)}\n` : `${renderPlain(answer)}\n`);
  return 0;
}

// Only as a command: tests import `toJson` from here without running the CLI.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ask: ${error instanceof UsageError ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
