/**
 * Tells a line of Python from a line of English without parsing it: chat messages mix both, and
 * parsing prose as Python is slow (every word is an error to recover from) and pointless.
 */

export type LineKind = "blank" | "comment" | "code" | "prose" | "unclear";

/** Statement shapes only Python has. */
const STATEMENT_PATTERNS: readonly RegExp[] = [
  /^(?:async\s+)?def\s+[A-Za-z_]\w*\s*[[(]/,
  /^class\s+[A-Za-z_]\w*\s*[([:]/,
  /^(?:if|elif|while|for|with|async\s+(?:for|with)|match|case|except\*?|try|else|finally)\b.*:\s*(?:#.*)?$/,
  /^import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*\s*;?\s*$/,
  /^from\s+\.*[\w.]*\s+import\s+(?:\*|\(|\w+)/,
  // A decorator; not a mention with words after it ("@zhaobenx 你好").
  /^@[A-Za-z_(][\w.]*(?![\w.])(?![ \t]+[^\s#(])/,
  /^(?:return|yield|raise|assert|del|global|nonlocal|await)\b(?:\s+[\w([{"'.*-].*)?$/,
  /^(?:pass|break|continue)\s*(?:#.*)?$/,
  /^type\s+[A-Za-z_]\w*(?:\[[^\]]*\])?\s*=/,
  /^print\s*\(/,
  /^print\s+["'`]/,
  // Python 2's chevron form, printing to a file: `print >>sys.stderr, msg`.
  /^print\s*>>\s*[A-Za-z_][\w.]*\s*,/,
  /^exec\s+["']/,
  /^>>>\s/,
  // A docstring or other triple-quoted string opening.
  /^[rRbBuUfF]{0,2}(?:"""|''')/,
  // A line that is one prefixed string, as a call's argument runs on: `f'Saved {n} files', `.
  /^(?:[fF][rR]?|[rR][fFbB]|[bBuU])(["'])(?:\\.|(?!\1)[^\\\n])*\1\s*[,)]?\s*$/,
];

/** `name = ...`, `a, b = ...`, `x: int = ...`, `x += 1`, `obj.attr[0] = ...` */
const ASSIGNMENT = /^[A-Za-z_*][\w.[\]'", *()]*(?::\s*[^=]+)?\s*(?:[-+*/%@&|^]|\/\/|\*\*|<<|>>)?=(?!=)\s*\S/;
/** A bare call or method call statement: `foo(x)`, `obj.run(a=1)`. */
const CALL = /^[A-Za-z_][\w.]*\s*\(.*\)\s*(?:#.*)?$/;
/** Lines that only close brackets, as multi-line calls end. */
const CLOSERS = /^[)\]}]+[,:)]*\s*$/;
/** Punctuation that English sentences rarely contain but Python lines often do. */
const CODE_MARKS = /:=|->|==|!=|\+=|\*\*|\w\(|\)\s*:$|\[\s*\w*\s*\]|\w\.\w+\(|\bself\.|\b__\w+__\b|[{}]|;$/;
/** A quoted string, prefix and all; a quote right after another letter is an apostrophe ("what's"). */
const STRING_LITERAL = /(?<![A-Za-z])(?:[fFrRbBuU]{1,2}(?=["']))?(["'])(?:\\.|(?!\1)[^\\\n])*\1/g;
/** A run of plain words: the stuff of sentences. */
const WORDS = /\p{L}[\p{L}'’-]*/gu;

/** Longer lines are judged by their start: the patterns backtrack, and a sentence shows early. */
const MAX_JUDGED = 400;

export function classifyLine(raw: string): LineKind {
  const line = (raw.length > MAX_JUDGED ? raw.slice(0, MAX_JUDGED) : raw).trim();
  if (line === "") return "blank";
  if (line.startsWith("#")) return "comment";
  // "**Expected behavior:** Tests should pass": a Markdown label in bold, not `**` unpacking.
  if (/^\*\*[A-Za-z][^*\n]*\*\*(?:\s|$)/.test(line)) return "prose";
  // "yapf fails to parse legal `@lambda _: _()` decorator": code in backticks inside a line of words
  // is quoted there; the line is what stands around it.
  const quoted = line.replace(/`[^`\n]+`/g, "x");
  if (quoted !== line && /\p{L}{2,}/u.test(quoted.replace(/\bx\b/g, ""))) return classifyLine(quoted);
  for (const pattern of STATEMENT_PATTERNS) if (pattern.test(line)) return proseOverride(line) ?? "code";
  if (ASSIGNMENT.test(line) || CALL.test(line) || CLOSERS.test(line)) return proseOverride(line) ?? "code";
  if (CODE_MARKS.test(line)) return proseOverride(line) ?? "code";
  if (isSentence(line)) return "prose";
  return "unclear";
}

/**
 * A statement pattern can match a sentence ("for example, what does this do?"): lines that read as
 * questions or long sentences, or carry Markdown links, stay prose.
 */
function proseOverride(raw: string): "prose" | undefined {
  if (/\[[^\]]+\]\((?:https?:|#|\/)/.test(raw)) return "prose";
  // Words inside string literals are the program's text, not the asker's.
  const line = raw.replace(STRING_LITERAL, '""');
  if (/\?\s*$/.test(line) && isSentence(line)) return "prose";
  // Code quoted in `backticks` is the sentence's subject, not its syntax.
  const outsideSpans = line.replace(/`[^`\n]*`/g, "x");
  const words = outsideSpans.match(WORDS) ?? [];
  if (words.length < 8 || /[=(){}[\]]/.test(outsideSpans)) return undefined;
  // "busca `b0.dll` en mi directorio …": a long run of words is a sentence in any language.
  if (isSentence(line) || (words.length >= LONG_SENTENCE_WORDS && mostlyWords(outsideSpans, words)))
    return "prose";
  return undefined;
}

/** Words in a line a person wrote in any language, enough that no statement reads that way. */
const LONG_SENTENCE_WORDS = 12;

/** Common English words that are not Python keywords or common identifiers. */
const ENGLISH = new Set(
  (
    "a an the this that these those it its i my me we our you your he she they them what which when how why " +
    "where who does do did can could would should will shall may might must was were be been being are am has " +
    "have had there here about available version versions work works working use used using added add new " +
    "python of on to at by than then since until also only just still please help thanks code run runs " +
    "supported support feature features release released want need know get got tell"
  ).split(" "),
);

/**
 * Reads like a sentence: three or more words, mostly letters and spaces, with English function
 * words among them. `code` spans count as one word.
 */
export function isSentence(raw: string): boolean {
  const line = raw
    .slice(0, MAX_JUDGED)
    .replace(/`[^`]*`/g, "x")
    .trim();
  const words = line.match(WORDS) ?? [];
  if (words.length < 3) return false;
  let english = 0;
  for (const w of words) if (ENGLISH.has(w.toLowerCase())) english++;
  if (!mostlyWords(line, words)) return false;
  return english >= 2 || (english >= 1 && /[?.!]$/.test(line));
}

/** Mostly letters and the spaces between them, as sentences are and lines of code are not. */
function mostlyWords(line: string, words: readonly string[]): boolean {
  const letters = words.reduce((n, w) => n + w.length, 0);
  const spaces = (line.match(/ /g) ?? []).length;
  return (letters + spaces) / line.length >= 0.7 && spaces >= words.length - 2;
}
