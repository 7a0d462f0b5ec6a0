/**
 * Finds the Python code in a chat message — fenced blocks, inline `code`, or a message that is
 * itself code — and keeps the words around it as the question.
 */
import { isEnglishWord } from "../query/english-words.ts";
import { analyzeCode, type CodeAnalysis } from "./analyze.ts";
import { classifyLine, type LineKind } from "./line-kind.ts";
import { LineIndex, LOG_STAMP, layoutSource, NOTEBOOK_ARROW } from "./source-text.ts";

export interface ExtractedCode {
  code: string;
  /** The message without the code: the question asked about it. */
  prose: string;
}

/** Fence languages that hold Python source ("" when the fence names none). */
const PYTHON_FENCES = new Set([
  "",
  "python",
  "py",
  "python3",
  "py3",
  "python2",
  "py2",
  "pycon",
  "ipython",
  "pyi",
]);
/** An opening fence with its language, the body, and the closing fence or the end of the message.
 * The lookaheads stop runs of backticks and long info strings from backtracking. */
const FENCE =
  /^[ \t]*(`{3,}|~{3,})(?![`~])[ \t]*([\w+-]*)(?![\w+-])[^\n]*\n([\s\S]*?)(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm;
/** A `span` or ``span``; the lookarounds keep a long run of backticks from backtracking. */
const INLINE = /(?<!`)(`{1,2})(?!`)([^`\n]+?)(?<!`)\1(?!`)/g;
/** A name or dotted name, or one written as a decorator (`@override`): a question about an API, not code. */
const LONE_NAME = /^@?[A-Za-z_][\w.]*$/;
const TRACEBACK = /^\s*(?:Traceback \(most recent call last\)|File "[^"]*", line \d+)/m;
const TRACEBACK_LINE =
  /^\s*(?:Traceback \(most recent call last\)|File "[^"]*", line \d+|\^+\s*$|[A-Z]\w*(?:Error|Exception|Warning)\b:)/;

/**
 * "result.append(**f**'Core {count}: '": a string's prefix the asker set in bold to point at it. No
 * code raises a name to the power of a string literal.
 */
const BOLD_PREFIX = /\*\*([fFrRbBuUtT]{1,2})\*\*(?=["'])/g;

export function extractCode(message: string): ExtractedCode | undefined {
  // Chat apps join lines: "does this run on 3.8? ```python" opens a fence mid-line.
  const joined = message
    .replace(/\r\n?/g, "\n")
    .replace(/(?<=\S)[ \t]*(`{3,})/g, "\n$1")
    .replace(LOG_STAMP, "")
    .replace(NOTEBOOK_ARROW, "")
    .replace(BOLD_PREFIX, "$1");
  // A message with fences shows its code in them; a fence of another language is no Python.
  if (/^[ \t]*(?:`{3,}|~{3,})/m.test(joined)) return fenced(joined);
  const text = endedByDash(joined);
  // Code pasted as is wins over the inline spans its comments and docstrings may contain.
  const pasted = bare(text);
  if (pasted?.code.includes("\n")) return pasted;
  return inline(text) ?? pasted ?? unquoted(text);
}

/**
 * "self.x: List[int] = None — why is this a syntax error?": a line of code that a dash between
 * spaces follows ends there, as at a line break; a dash after words is the sentence's, and one in a
 * comment (`x = f()  # fast path — see below`) the comment's.
 */
function endedByDash(text: string): string {
  return text.replace(/^([^\n]*?)[ \t]+[—–][ \t]+/gm, (whole, head: string) =>
    !/[`#]/.test(head) && isOneLineOfCode(head) ? `${head}\n` : whole,
  );
}

/**
 * Code written into a sentence without backticks: "3.8 does not support list[Entry] for type hints",
 * "syntax like this: with (ctx1, ctx2):". Each shape is one construct people paste inline.
 */
const UNQUOTED_FRAGMENTS = [
  // A class or function head with type parameters, its bases cut off or not: "class Box[T] : python
  // 3.8 不支持", "fails in catalog.py: class Catalog[T](Base, Tool".
  /\b(?:class|def)\s+[A-Za-z_]\w*\[[^\]\n]*\](?:\([^)\n]*\))?(?:\s*:)?/g,
  // A subscripted name: `list[int]`, `dict[str, list[int]]`.
  /\b[A-Za-z_][\w.]*\[(?:[\w., |'"]|\[[\w., |'"]*\])*\]/g,
  // A parenthesized `with`.
  /\bwith\s*\((?:[^()\n]|\([^()\n]*\))*\)\s*:/g,
  // An assignment expression.
  /\(?\b[A-Za-z_]\w*\s*:=\s*[\w.]+(?:\([^()\n]*\))?\)?/g,
  // A union of types: `int | None`, `str | list[str]`.
  /\b[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?(?:\s*\|\s*[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?)+/g,
  // An f-string, even one an input method closed with a typographic quote: f"conv_{i}“.
  // The other quote may sit inside it: f"{row['name']}", and its own one escaped: f'v = \'{v}\''.
  // An `f` right after a quote is a string's text ("['e', 'f', 'i']"), not a prefix.
  /(?<!['"])\bf(["'])(?:\\.|(?!\1)[^“”‘’\n\\])*(?:\1|[“”‘’])/g,
  // A string literal with the `u` prefix: "a syntax error with something like this: x = u"Hello"".
  /\bu(["'])[^"'\n]*\1/g,
  // A display unpacking a name: "self._lookup = { **word_idx }", "[*a, *b]".
  /[{[]\s*\*{1,2}[A-Za-z_][\w.]*(?:\s*,\s*\*{0,2}[A-Za-z_][\w.]*)*\s*[}\]]/g,
  // A line typed at the interactive prompt inside a sentence: "… illustrate: >>> [(yield x) for x in a]".
  /(?<=>>>[ \t]?)(?:(?!>>>)[^\n])+/g,
  // A `type` statement's head and first token: "fails on: type Mode = Literal['a','b'] it seems";
  // the alias is named like one (a capital or an underscore), not "type hint = …".
  /\btype\s+(?=\w*[A-Z_])[A-Za-z_]\w*(?:\[[^\]\n]*\])?\s*=\s*\S+/g,
  // A future import, which no sentence mistakes for words: "For versions < 3.7: from __future__ import
  // unicode_literals, annotations".
  /\bfrom\s+__future__\s+import\s+\w+(?:\s*,\s*\w+)*/g,
];

/** A pytest node id: `tests/test_x.py::TestY::test_z[param-id]`, one level of brackets inside. */
const TEST_ID = /\S+\.py::[\w:]+(?:\[[^[\]\n]*(?:\[[^[\]\n]*\][^[\]\n]*)*\])?/g;

/**
 * Fragments of a sentence that are code: shapes above that parse on their own and in which the
 * analysis finds something dated. Words that merely look like code ("to | in") parse as nothing.
 */
function unquoted(text: string): ExtractedCode | undefined {
  const spans: string[] = [];
  // "FAILED tests/test_x.py::test_union[str | int-Union[str, int]]": a test's id, parameters and all,
  // names a test, not code.
  let prose = text.replace(TEST_ID, " ");
  for (const shape of UNQUOTED_FRAGMENTS) {
    prose = prose.replace(shape, (fragment: string, ...rest: unknown[]) => {
      // "assert 'str | int' == 'Union[str, int]'": the whole of a string is the program's data.
      const at = rest.find((r): r is number => typeof r === "number") ?? -1;
      const before = prose.charAt(at - 1);
      if (/["']/.test(before) && prose.charAt(at + fragment.length) === before) return fragment;
      const code = inlineCode(fragment.trim().replace(/^(f(["']).*)[“”‘’]$/, "$1$2"));
      const analysis = code === undefined ? undefined : cleanAnalysis(code);
      // A Python 2 name in words ("the new | syntax": the old `new` module) is no code; its syntax is.
      const python2Syntax = analysis?.python2.some((r) => r.featureId !== undefined) === true;
      // So is syntax a later release no longer takes (`[(yield x) for x in a]`).
      const removedSyntax = (analysis?.removed?.length ?? 0) > 0;
      if (!code || !analysis || (analysis.requirements.length === 0 && !python2Syntax && !removedSyntax))
        return fragment;
      spans.push(code);
      return " ";
    });
  }
  if (spans.length === 0) return undefined;
  return { code: spans.join("\n"), prose: tidy(prose) };
}

function fenced(text: string): ExtractedCode | undefined {
  const blocks: string[] = [];
  const prose = text.replace(FENCE, (_whole, _fence: string, lang: string, body: string) => {
    const code = unprompt(body.replace(/\n$/, ""));
    if (!PYTHON_FENCES.has(lang.toLowerCase()) || code.trim() === "") return " ";
    if (lang === "" && (TRACEBACK.test(code) || !looksLikeCodeBlock(code))) return " ";
    blocks.push(code);
    return " ";
  });
  if (blocks.length === 0) return undefined;
  return { code: blocks.join("\n\n"), prose: tidy(prose) };
}

/** `+00:00`, `12:30`, `3.9`: a time, offset or version in backticks, not code (`1_000` is). */
const NUMBERS_ONLY = /^[\d\s+\-:.,/]+$/;
/** `2021-05-14T10:35:00Z`: an ISO 8601 timestamp, data rather than code. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** Inline spans that are code rather than a name: `case _:`, `x := 1`, `int | None`. */
function inline(text: string): ExtractedCode | undefined {
  const spans: string[] = [];
  const prose = text.replace(INLINE, (whole, _ticks: string, body: string) => {
    const code = inlineCode(body.trim());
    if (code === undefined || (namesRatherThanRuns(body.trim()) && !dated(code))) return whole;
    spans.push(code);
    return " ";
  });
  if (spans.length === 0) return undefined;
  return { code: spans.join("\n"), prose: tidy(prose) };
}

/** A requirement as packaging writes it: `python<3.11`, `python >=3.7`. */
const VERSION_SPECIFIER = /^[A-Za-z_][\w.-]*\s*(?:[<>]=?|==|!=|~=)\s*\d[\d.*]*$/;

/**
 * `os.walk()`, `python<3.11`: spans that name an API or a requirement as often as they are code to
 * run; they are code only when the analysis finds something dated in them.
 */
function namesRatherThanRuns(span: string): boolean {
  return LONE_CALL.test(span) || VERSION_SPECIFIER.test(span);
}

function dated(code: string): boolean {
  const analysis = cleanAnalysis(code);
  return (
    analysis !== undefined &&
    (analysis.requirements.length > 0 || analysis.python2.length > 0 || (analysis.removed?.length ?? 0) > 0)
  );
}

/** The span as code to analyse, or undefined for a name or words. */
function inlineCode(span: string): string | undefined {
  if (span.length < 3 || LONE_NAME.test(span) || NUMBERS_ONLY.test(span) || TIMESTAMP.test(span))
    return undefined;
  // `--enable-experimental-jit=yes-off`, `-X perf`: an option of a command, no Python.
  // `error: externally-managed-environment`: a tool's message, not an annotated name.
  // `KeyError: 'generate_validate_all'`: an exception as Python prints it, not an annotated name.
  // `click/utils.py:301`: a place in a file, not an annotated name.
  if (
    COMMAND_OPTION.test(span) ||
    TOOL_MESSAGE.test(span) ||
    EXCEPTION_PRINTED.test(span) ||
    FILE_PLACE.test(span)
  )
    return undefined;
  if (classifyLine(span) !== "code" && !/[|:=()[\]{}@*'"<>]/.test(span)) return undefined;
  if (parsesCleanly(span)) return span;
  // An expression quoted out of context: `x := 1` is only valid inside brackets.
  const wrapped = `(${span})`;
  if (parsesCleanly(wrapped)) return wrapped;
  // A statement's header quoted without its body: `def first[T](xs: list[T]) -> T`, `class Box[T]`.
  const completed = HEADER_ONLY.test(span) ? `${span.replace(/\s*:?\s*$/, "")}: ...` : undefined;
  return completed && parsesCleanly(completed) ? completed : undefined;
}

/** `click/utils.py:301`, `app.py:12:5`: a file and line, as tracebacks and linters give them. */
const FILE_PLACE = /^[\w./\\-]+\.pyw?(?::\d+)+:?$/;
const COMMAND_OPTION = /^-{1,2}[A-Za-z][\w-]*(?:=\S+|\s+\S+)?$/;
/** An exception or warning as Python prints it: `KeyError: 'x'`, `re.error: bad escape`. */
const EXCEPTION_PRINTED = /^(?:[a-z_]\w*\.)*(?:[A-Z]\w*(?:Error|Exception|Warning)|error)\s*:\s/;
/** A line a tool prints: `error: …`, `warning: …`, `fatal: …`. */
const TOOL_MESSAGE = /^(?:error|warning|fatal|note|hint|info)\s*:\s/i;

/** The opening of a compound statement whose header stands on one line. */
const HEADER_ONLY = /^(?:async\s+)?(?:def|class|with|for|while|if)\b[^\n]*$/;

/** A message that is code itself, possibly with question lines before or after it. */
function bare(text: string): ExtractedCode | undefined {
  const lines = text.split("\n").map((line) => line.replace(SEARCH_HIT_PLACE, ""));
  const kinds = promote(lines, continuationsInherit(text, lines.map(classifyLine)));
  // A traceback is an error to explain, not code to date, even where it quotes code.
  lines.forEach((line, i) => {
    if (TRACEBACK_LINE.test(line)) kinds[i] = "prose";
  });
  const isCode: boolean[] = new Array(lines.length).fill(false);
  let found = false;
  for (let i = 0; i < lines.length; ) {
    if (kinds[i] !== "code") {
      i++;
      continue;
    }
    let end = i;
    let codeLines = 0;
    for (let j = i; j < lines.length && kinds[j] !== "prose" && kinds[j] !== "unclear"; j++) {
      if (kinds[j] === "code") {
        codeLines++;
        end = j;
      }
    }
    const run = lines.slice(i, end + 1);
    if (codeLines >= 2 || isOneLineOfCode(run.join("\n").trim())) {
      for (let k = i; k <= end; k++) isCode[k] = true;
      found = true;
    }
    i = end + 1;
  }
  if (!found) return undefined;
  // In a session pasted from the prompt, what follows a typed line is its output, not code.
  const code = unprompt(lines.filter((_, i) => isCode[i]).join("\n"));
  const prose = lines.filter((_, i) => !isCode[i]).join("\n");
  return { code: trimBlankLines(code), prose: tidy(prose) };
}

/** Where a search tool found a line (`tests/test_log.py:    self.assertX(…)`, `app.py:12:`): no part of it. */
const SEARCH_HIT_PLACE = /^[\w./\\-]+\.py:(?:\d+:)?[ \t]+/;

/** Punctuation Python statements have and word lists ("nonlocal statement") lack. */
const CODE_PUNCTUATION = /[()[\]{}=:"'@*,|<>%+/-]|^(?:from|import)\s/;
/** A decorator's name followed by a plain word, as prose names one. */
const DECORATOR_THEN_WORDS = /^@[\w.]+\s+[^\s#(]/;
/** `name(args)` alone: as often a way to name an API as code to run. */
const LONE_CALL = /^[A-Za-z_][\w.]*\(.*\)$/;

/**
 * A line on its own is code when it parses and has code punctuation. A lone call such as
 * `zip(strict=True)` counts only when the analysis finds something in it; otherwise it is left to
 * the questions about names.
 */
function isOneLineOfCode(line: string): boolean {
  // "Refs #33173 -- Used locale.getlocale() …": a word with a comment after it is a sentence that
  // happens to parse; the statement before the comment must look like code on its own.
  const statement = line.replace(/^([^'"#]*?)\s*#.*$/, "$1");
  if (LONE_NAME.test(statement) || !CODE_PUNCTUATION.test(statement) || readsAsSentence(line)) return false;
  // "@override decorator typing 3.11 missing": a decorator's line holds one expression, never words
  // after it.
  if (DECORATOR_THEN_WORDS.test(statement)) return false;
  return cleanAnalysis(line) !== undefined && (!LONE_CALL.test(line) || dated(line));
}

/**
 * "ssl.match_hostname() is deprecated", "pathlib.Path.walk() not in 3.11": a sentence about a name
 * that happens to parse as an expression, its English words taken for variables. A word whose
 * attribute or call follows (`in root.getchildren()`) is a variable.
 */
const SENTENCE_AFTER_OPERATOR = /\b(?:is|not|in|and|or)\s+(?:not\s+)?([a-z]{4,})\b(?![.([])/g;
function readsAsSentence(line: string): boolean {
  return [...line.matchAll(SENTENCE_AFTER_OPERATOR)].some(
    (m) => isEnglishWord(m[1] ?? "") && !PYTHON_WORDS.has(m[1] ?? ""),
  );
}
/** Lower-case words that are names in Python code more often than English in a sentence. */
const PYTHON_WORDS = new Set([
  "none",
  "true",
  "false",
  "self",
  "list",
  "dict",
  "type",
  "object",
  "range",
  "print",
  "input",
  "open",
  "next",
  "iter",
  "items",
  "keys",
  "values",
]);

/**
 * Lines inside a multi-line string or bracket (a docstring's sentences, a call's arguments) are of
 * the kind of the line that opened it.
 */
function continuationsInherit(text: string, kinds: LineKind[]): LineKind[] {
  const lines = new LineIndex(text);
  const starts = new Set(layoutSource(text).statementStarts.map((pos) => lines.lineAt(pos) - 1));
  const out = [...kinds];
  const source = text.split("\n");
  const indent = (i: number): number => /^[ \t]*/.exec(source[i] ?? "")?.[0].length ?? 0;
  let opener: LineKind | undefined;
  let openerIndent = 0;
  for (let i = 0; i < out.length; i++) {
    // "  assert(", a blank line, then "I believe the syntax has changed …": a bracket a cut paste left
    // open ends at the asker's prose after it, out-dented as no docstring's sentence is.
    const outdentedProse = out[i] === "prose" && out[i - 1] === "blank" && indent(i) < openerIndent;
    if (starts.has(i)) {
      opener = out[i];
      openerIndent = indent(i);
    } else if (opener === "code" && outdentedProse) opener = undefined;
    else if (opener === "code" && out[i] !== "blank") out[i] = "code";
  }
  return out;
}

/** Indented lines under code are its block, and a stray line between code lines is code too. */
function promote(lines: readonly string[], kinds: LineKind[]): LineKind[] {
  const out = [...kinds];
  let lastSolid: LineKind | undefined;
  for (let i = 0; i < lines.length; i++) {
    const kind = out[i];
    if (kind === "blank") continue;
    if ((kind === "unclear" || kind === "prose") && lastSolid === "code" && /^[ \t]+\S/.test(lines[i] ?? ""))
      out[i] = "code";
    else if (kind === "unclear" && lastSolid === "code" && nextSolid(out, i) === "code") out[i] = "code";
    if (out[i] !== "comment") lastSolid = out[i];
  }
  return out;
}

function nextSolid(kinds: readonly LineKind[], from: number): LineKind | undefined {
  for (let i = from + 1; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind !== "blank" && kind !== "comment") return kind;
  }
  return undefined;
}

/** An unlabelled fence holds code unless its lines read as prose. */
function looksLikeCodeBlock(code: string): boolean {
  let codeLines = 0;
  let prose = 0;
  for (const line of code.split("\n")) {
    const kind = classifyLine(line);
    if (kind === "code" || (kind !== "blank" && /^[ \t]+\S/.test(line))) codeLines++;
    else if (kind === "prose") prose++;
  }
  return codeLines > 0 && codeLines >= prose;
}

function parsesCleanly(code: string): boolean {
  return cleanAnalysis(code) !== undefined;
}

/** The analysis of code that parses without errors, and not only as Python 2 backtick repr: in
 * chat, backticks are Markdown. */
function cleanAnalysis(code: string): CodeAnalysis | undefined {
  const analysis = analyzeCode(code);
  const clean =
    !analysis.notCode &&
    analysis.syntaxErrors.length === 0 &&
    !analysis.python2.some((r) => r.featureId === "backticks");
  return clean ? analysis : undefined;
}

/** Interactive-session text keeps only what was typed after `>>>` and `...` prompts. */
function unprompt(code: string): string {
  const lines = code.split("\n");
  if (!lines.some((l) => /^\s*>>>( |$)/.test(l))) return code;
  return lines
    .filter((l) => /^\s*(?:>>>|\.\.\.)( |$)/.test(l))
    .map((l) => l.replace(/^\s*(?:>>>|\.\.\.) ?/, ""))
    .join("\n");
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").replace(/(?:\n[ \t]*)+$/, "");
}

function tidy(prose: string): string {
  return prose
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n")
    .replace(/ ([?.!,:;])/g, "$1")
    .trim();
}
