/**
 * Cheap passes over Python source that need no parser: line numbers, top-level statement
 * boundaries (so each statement is parsed on its own and one broken statement cannot derail the
 * rest) and the first physical line of every logical line outside string literals.
 */

/** Maps offsets to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** The first character of a line after its indentation ("" for a blank line). */
  firstChar(line: number): string {
    let pos = this.lineStart(line);
    while (this.text[pos] === " " || this.text[pos] === "\t") pos++;
    const ch = this.text[pos] ?? "";
    return ch === "\n" ? "" : ch;
  }

  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = this.text.indexOf("\n", start);
    return this.text.slice(start, end < 0 ? this.text.length : end);
  }
}

export interface SourceLayout {
  /** [from, to) ranges of whole top-level statements (with their decorators and `else`/`except`
   * parts), batched so that each range is a couple of kilobytes or one longer statement. */
  chunks: { from: number; to: number }[];
  /** Start offsets of the physical lines that begin a logical line outside any string or bracket. */
  statementStarts: number[];
  /** Deepest bracket nesting seen. */
  maxDepth: number;
}

/** Words that continue the compound statement above them instead of starting a new one. */
const CONTINUATION = /^(?:else|elif|except|finally)\b/;
/** Statements that cannot sit inside brackets: an unbalanced bracket above them was a mistake. */
const FRESH_STATEMENT = /^(?:def|class|async\s+def|import|from\s+\S+\s+import)\b|^@/;

/**
 * Splits source into top-level statements by tracking brackets, strings and comments, the way
 * Python's tokenizer decides where a logical line ends.
 */
export function layoutSource(text: string): SourceLayout {
  const chunks: { from: number; to: number }[] = [];
  const statementStarts: number[] = [];
  let chunkFrom = 0;
  let depth = 0;
  let maxDepth = 0;
  let quote = "";
  let triple = false;
  let continued = false;
  let decoratorPending = false;
  let atLineStart = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (atLineStart) {
      atLineStart = false;
      const freshLine = quote === "" && !continued;
      if (freshLine && depth > 0 && FRESH_STATEMENT.test(text.slice(i, i + 40))) depth = 0;
      if (freshLine && depth === 0) {
        const ch = text[i];
        const blank = ch === "\n" || ch === "\r" || ch === "#" || ch === undefined;
        const indented = ch === " " || ch === "\t" || ch === "\f";
        if (!blank) {
          let s = i;
          while (text[s] === " " || text[s] === "\t" || text[s] === "\f") s++;
          if (text[s] !== "\n" && text[s] !== "\r" && text[s] !== "#") statementStarts.push(i);
        }
        if (!blank && !indented) {
          const head = text.slice(i, i + 10);
          if (i > chunkFrom && !decoratorPending && !CONTINUATION.test(head)) {
            chunks.push({ from: chunkFrom, to: i });
            chunkFrom = i;
          }
          decoratorPending = ch === "@";
        }
      }
      continued = false;
    }
    const ch = text[i];
    if (quote !== "") {
      if (ch === "\\") {
        if (text[i + 1] === "\n") atLineStart = true;
        i++;
      } else if (ch === "\n") {
        atLineStart = true;
        // A one-line string that meets a line break is unterminated; the tokenizer gives up on it.
        if (!triple) quote = "";
      } else if (ch === quote && (!triple || (text[i + 1] === quote && text[i + 2] === quote))) {
        if (triple) i += 2;
        quote = "";
      }
      continue;
    }
    switch (ch) {
      case "#": {
        const end = text.indexOf("\n", i);
        i = (end < 0 ? n : end) - 1;
        break;
      }
      case "'":
      case '"':
        quote = ch;
        triple = text[i + 1] === ch && text[i + 2] === ch;
        if (triple) i += 2;
        break;
      case "(":
      case "[":
      case "{":
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        break;
      case ")":
      case "]":
      case "}":
        if (depth > 0) depth--;
        break;
      case "\\":
        if (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n")) continued = true;
        break;
      case "\n":
        atLineStart = true;
        break;
    }
  }
  if (chunkFrom < n || chunks.length === 0) chunks.push({ from: chunkFrom, to: n });
  return { chunks: mergeSmall(chunks), statementStarts, maxDepth };
}

/** Statements are parsed in batches of about this many characters: each parse has a set-up cost. */
const BATCH_CHARS = 2048;

function mergeSmall(chunks: { from: number; to: number }[]): { from: number; to: number }[] {
  const merged: { from: number; to: number }[] = [];
  for (const chunk of chunks) {
    const last = merged.at(-1);
    if (last && last.to - last.from < BATCH_CHARS) last.to = chunk.to;
    else merged.push({ ...chunk });
  }
  return merged;
}

/**
 * Whether text is binary noise rather than source: control characters and undecodable bytes
 * (U+FFFD) make up more than a sliver of it.
 */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0xfffd) bad++;
    else if (c >= 0x7f && c <= 0x9f) bad++;
  }
  return bad > 2 && bad / text.length > 0.01;
}

/** Leading whitespace every non-blank line shares, so code pasted from inside a block parses. */
export function dedent(text: string): string {
  const lines = text.split("\n");
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
    if (common === undefined || indent.length < common.length) common = indent;
    if (common === "") return text;
  }
  if (!common) return text;
  const cut = common.length;
  return lines.map((line) => (line.startsWith(common) ? line.slice(cut) : line.trimStart())).join("\n");
}

/** The first lines of `text` that fit in `max` characters (all of it when it fits; never half a line unless the first line is longer). */
export function cutAtLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf("\n", max);
  return text.slice(0, end > 0 ? end : max);
}

/**
 * "Aug 21 12:28:30 raspberrypi RASCSIWEB[1869]:     if x := f():": the system log's stamp, host and
 * process before each line it quotes from a program's output, which no code or traceback holds.
 */
export const LOG_STAMP = /^[A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d \S+ [^\s:]+(?:\[\d+\])?: ?/gm;

/**
 * "--> 226     for a, b in d.iteritems():": the arrow and line number a notebook's traceback sets
 * before the line that raised, which are no part of the code.
 */
export const NOTEBOOK_ARROW = /^[ \t]*-+>[ \t]*\d+[ \t]+(?=\S)/gm;
