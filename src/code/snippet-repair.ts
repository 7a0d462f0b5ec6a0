/**
 * Chat snippets are often fragments: a lone `case _:` or `except* E:`, a header without its block,
 * a decorator without its function. The analysis gets a second try with the missing context added.
 */
import type { CodeAnalysis } from "./analyze.ts";
import type { Requirement } from "./requirement.ts";

/** Longer text is a program, not a fragment. */
const REPAIRABLE_LINES = 40;

/** The fragment with the context it lacks; `shift` is how many lines were put in front. */
export function repairSnippet(text: string): { text: string; shift: number } | undefined {
  const lines = text.split("\n");
  if (lines.length > REPAIRABLE_LINES) return undefined;
  const firstLine = lines.find((l) => l.trim() !== "")?.trim() ?? "";
  let body = lines;
  let prefix: string[] = [];
  if (/^case\b/.test(firstLine)) {
    prefix = ["match _:"];
    body = lines.map((l) => (l.trim() === "" ? l : `    ${l}`));
  } else if (/^(?:except|finally)\b/.test(firstLine)) prefix = ["try:", "    pass"];
  else if (/^(?:elif|else)\b/.test(firstLine)) prefix = ["if _:", "    pass"];
  const lastLine = [...body].reverse().find((l) => l.trim() !== "" && !l.trim().startsWith("#")) ?? "";
  const indent = /^\s*/.exec(lastLine)?.[0] ?? "";
  let suffix: string[] = [];
  if (/:\s*(?:#.*)?$/.test(lastLine)) suffix = [`${indent}    pass`];
  else if (lastLine.trimStart().startsWith("@")) suffix = [`${indent}def _(): pass`];
  if (prefix.length === 0 && suffix.length === 0) return undefined;
  return { text: [...prefix, ...body, ...suffix].join("\n"), shift: prefix.length };
}

/** Maps an analysis of repaired text back to the lines of the original. */
export function shiftLines(analysis: CodeAnalysis, shift: number, lineCount: number): CodeAnalysis {
  const maxLine = Math.max(1, lineCount);
  const move = (req: Requirement): Requirement => ({
    ...req,
    line: Math.min(maxLine, Math.max(1, req.line - shift)),
  });
  const shifted: CodeAnalysis = {
    ...analysis,
    requirements: analysis.requirements.map(move),
    python2: analysis.python2.map(move),
    syntaxErrors: analysis.syntaxErrors.map((l) => l - shift).filter((l) => l >= 1 && l <= maxLine),
  };
  if (analysis.removed) shifted.removed = analysis.removed.map(move);
  return shifted;
}
