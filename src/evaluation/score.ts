import type { Answer } from "../answer/answer.ts";

/** One line of an evaluation file. */
export interface EvalCase {
  q: string;
  version?: string;
  /** Other versions accepted as right. */
  alt?: string[] | string;
  /** Texts the answer must contain. */
  contains?: string[];
  /** The bot must say it found nothing. */
  none?: boolean;
}

export interface CaseResult {
  case: EvalCase;
  /** 1-based rank of the first citation with an accepted version, or 0. */
  rank: number;
  ok: boolean;
  got: string[];
  missing: string[];
}

export interface EvalSummary {
  total: number;
  answerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share of "none" questions answered with nothing (1 when there are none). */
  noneRight: number;
  noneTotal: number;
  results: CaseResult[];
}

export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("//"))
    .map((l) => JSON.parse(l) as EvalCase);
}

/** Whether a text names a string; a version must stand alone ("3.1" is not named by "3.12"). */
function mentions(text: string, wanted: string): boolean {
  if (!/^\d+(\.\d+)+$/.test(wanted)) return text.includes(wanted);
  const escaped = wanted.replace(/\./g, "\\.");
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(text);
}

export function scoreCase(c: EvalCase, answer: Answer): CaseResult {
  const got = answer.citations.map((x) => x.version);
  if (c.none) return { case: c, rank: 0, ok: !answer.found, got, missing: [] };
  const accepted = new Set(
    [c.version, ...(Array.isArray(c.alt) ? c.alt : c.alt ? [c.alt] : [])].filter(Boolean),
  );
  const rank = answer.found ? got.findIndex((v) => accepted.has(v)) + 1 : 0;
  // The answer's own words must name it: a citation's heading saying it does not count.
  const text = answer.answer.toLowerCase();
  const missing = (c.contains ?? []).filter((s) => !mentions(text, s.toLowerCase()));
  return { case: c, rank, ok: rank === 1 && missing.length === 0, got, missing };
}

export function summarize(results: CaseResult[]): EvalSummary {
  const answerable = results.filter((r) => !r.case.none);
  const none = results.filter((r) => r.case.none);
  const share = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  return {
    total: results.length,
    answerable: answerable.length,
    hit1: share(answerable.filter((r) => r.rank === 1 && r.missing.length === 0).length, answerable.length),
    hit3: share(
      answerable.filter((r) => r.rank >= 1 && r.rank <= 3 && r.missing.length === 0).length,
      answerable.length,
    ),
    mrr: share(
      answerable.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0),
      answerable.length,
    ),
    noneRight: share(none.filter((r) => r.ok).length, none.length),
    noneTotal: none.length,
    results,
  };
}
