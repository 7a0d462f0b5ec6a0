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
  // "    target_time_start: int,": parameters cut out of a function's header, whose annotations are
  // a function's (3.0), not a variable's.
  const written = lines.filter((l) => l.trim() !== "");
  if (written.every((l) => PARAMETER_LINE.test(l)) && written.some((l) => /^\s*\**\w+\s*:/.test(l)))
    return { text: ["def _(", ...lines, "): pass"].join("\n"), shift: 1 };
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
  // "`{**a, **b})`": a piece cut out of a call keeps a bracket whose partner was left behind; the
  // partners go back on the same lines, so no line moves.
  const { opened, closed } = unpairedBrackets(body.join("\n"));
  // "`….format(error)) from error`": the tail of a `raise` cut off above, which alone ends in `from`.
  const raised = opened !== "" && prefix.length === 0 && RAISE_TAIL.test(lastLine) ? "raise " : "";
  if (prefix.length === 0 && suffix.length === 0 && opened === "" && closed === "") return undefined;
  const balanced = body.map(
    (l, i) => `${i === 0 ? `${raised}${opened}` : ""}${l}${i === body.length - 1 ? closed : ""}`,
  );
  return { text: [...prefix, ...balanced, ...suffix].join("\n"), shift: prefix.length };
}

/** A parameter on a line of its own, ending with the comma before the next: `b: int = 0,`. */
const PARAMETER_LINE = /^\s*\*{0,2}[A-Za-z_]\w*\s*(?::\s*[^=,()\n]+?)?\s*(?:=\s*[^,()\n]+?)?\s*,\s*$/;

/** A line closing a bracket opened above, then `from name`: only a `raise` statement ends so. */
const RAISE_TAIL = /\)\s+from\s+[A-Za-z_][\w.]*\s*$/;

const PARTNER: Readonly<Record<string, string>> = {
  ")": "(",
  "]": "[",
  "}": "{",
  "(": ")",
  "[": "]",
  "{": "}",
};

/**
 * The brackets that would pair the unpaired ones: `opened` to put in front (for closers with no
 * opener), `closed` to put after (for openers never closed). Strings and comments are skipped; a
 * closer that does not match its opener leaves the text as it is, a real syntax error.
 */
function unpairedBrackets(text: string): { opened: string; closed: string } {
  const open: string[] = [];
  let opened = "";
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (quote) {
      if (c === "\\") i++;
      // A quote left open ends with its line: chat snippets are cut anywhere.
      else if (c === quote || c === "\n") quote = "";
      continue;
    }
    if (c === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[" || c === "{") open.push(c);
    else if (c === ")" || c === "]" || c === "}") {
      const partner = PARTNER[c] ?? "";
      if (open.length === 0) opened = partner + opened;
      else if (open.pop() !== partner) return { opened: "", closed: "" };
    }
  }
  const closed = open
    .reverse()
    .map((b) => PARTNER[b] ?? "")
    .join("");
  return { opened, closed };
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
  if (analysis.removedApis) shifted.removedApis = analysis.removedApis.map(move);
  if (analysis.python3Syntax) shifted.python3Syntax = analysis.python3Syntax.map(move);
  return shifted;
}
