/**
 * The minimum Python version a piece of code needs, with the reasons and their lines: language
 * features from the syntax tree, standard-library names from the API facts, Python 2 constructs,
 * and parse errors nothing explains.
 */
import { type ApiCatalog, builtinApiCatalog } from "../api/api-catalog.ts";
import { builtinRemovalCatalog, type RemovalCatalog } from "../api/removal-catalog.ts";
import { compareVersions } from "../documents/version.ts";
import { Findings } from "./findings.ts";
import { type FeatureId, languageFeature } from "./language-features.ts";
import { catalogIndex, libraryRequirements, noteTypingFeatures } from "./library-usage.ts";
import { classifyLine } from "./line-kind.ts";
import { ASYNC_AS_NAME, explainByLine } from "./line-recognisers.ts";
import { parsePython, WARM_UP_CODE } from "./python-parser.ts";
import type { Requirement } from "./requirement.ts";
import { repairSnippet, shiftLines } from "./snippet-repair.ts";
import { dedent, LineIndex, layoutSource, looksBinary } from "./source-text.ts";
import { SyntaxWalker } from "./syntax-walker.ts";

export type { Requirement } from "./requirement.ts";

export interface CodeAnalysis {
  /** Highest requirement first; empty when the code needs nothing beyond Python 3.0. */
  requirements: Requirement[];
  minVersion?: string;
  /** Python 2-only constructs (print/exec statements, backticks, `<>`, `except E, e:`, 0777 octals, ur"" ...) with lines. */
  python2: Requirement[];
  /** The parser found errors it could not attribute to a known construct (line numbers). */
  syntaxErrors: number[];
  /** True when the text does not look like Python at all (binary noise, prose). */
  notCode: boolean;
  /**
   * Constructs later releases reject, `version` being the first release that rejects them
   * (`async` used as a name: 3.7). Absent when there are none.
   */
  removed?: Requirement[];
  /** Set when the input was too costly to parse to the end: later lines were not analysed. */
  stoppedAtLine?: number;
  /**
   * Standard-library names a Python 3 release removed (`time.clock`, 3.8), `version` being that
   * release, the earliest first. Absent when there are none.
   */
  removedApis?: Requirement[];
  /**
   * Syntax Python 3.0 brought that Python 2 rejects (`print(x, file=f)`): why such code fails only
   * under Python 2. Absent when there is none.
   */
  python3Syntax?: Requirement[];
  /**
   * The top-level modules of code that does nothing but import them (`import openai`), in order.
   * Absent when the code does anything else.
   */
  onlyImports?: string[];
}

export interface AnalyzeOptions {
  /** API facts to check library names against; defaults to the built-in catalog. */
  catalog?: ApiCatalog;
  /** Removal facts to check library names against; defaults to the built-in catalog. */
  removals?: RemovalCatalog;
  /** Parsing of text that looks broken (parse errors, very long lines) stops after this many
   * milliseconds; healthy code is always parsed to the end. */
  budgetMs?: number;
}

const DEFAULT_BUDGET_MS = 500;
/** Lines this long are data or machine-made text, where error recovery can take long. */
const LONG_LINE = 1000;
/** CPython refuses more than 200 nested brackets ("too many nested parentheses"). */
const MAX_NESTING = 200;
/** Below this many statements a high error rate is judged by the lines' look, not the rate. */
const BAIL_OUT_STATEMENTS = 40;

let warmedUp = false;

/**
 * Pays the one-time costs (parser start-up, API facts, first run of the analyzer) now, so the first
 * question does not; later calls return at once.
 */
export function warmUpCodeAnalysis(options: AnalyzeOptions = {}): void {
  if (warmedUp) return;
  warmedUp = true;
  analyzeCode(WARM_UP_CODE, options);
}

/** Never throws: whatever the input, the answer is an analysis. */
export function analyzeCode(source: string, options: AnalyzeOptions = {}): CodeAnalysis {
  try {
    const text = dedent(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
    const first = analyzeText(text, options);
    if (first.notCode || first.syntaxErrors.length === 0) return first;
    const repaired = repairSnippet(text);
    if (!repaired) return first;
    const second = shiftLines(analyzeText(repaired.text, options), repaired.shift, lineCount(text));
    return second.syntaxErrors.length < first.syntaxErrors.length ? second : first;
  } catch {
    return { requirements: [], python2: [], syntaxErrors: [], notCode: false };
  }
}

function analyzeText(text: string, options: AnalyzeOptions): CodeAnalysis {
  const notCode: CodeAnalysis = { requirements: [], python2: [], syntaxErrors: [], notCode: true };
  if (text.trim() === "") return { ...notCode, notCode: false };
  if (looksBinary(text)) return notCode;
  const lines = new LineIndex(text);
  const layout = layoutSource(text);
  if (layout.maxDepth > MAX_NESTING) return notCode;
  if (readsAsProse(layout.statementStarts.map((start) => lines.lineText(lines.lineAt(start)))))
    return notCode;

  const catalog = options.catalog ?? builtinApiCatalog();
  const findings = new Findings();
  const walker = new SyntaxWalker(findings, lines, catalogIndex(catalog).candidates);
  const deadline = performance.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  let nextCheck = BAIL_OUT_STATEMENTS;
  let statementsSeen = 0;
  for (const chunk of layout.chunks) {
    const chunkText = text.slice(chunk.from, chunk.to);
    // Only text that already looks broken is timed: a cold process may parse healthy code slowly.
    const suspect = hasLongLine(chunkText) || unexplainedErrors(findings) > statementsSeen / 5;
    const { tree, complete } = parsePython(chunkText, suspect ? deadline : Number.POSITIVE_INFINITY);
    walker.walk(tree, chunkText, chunk.from);
    if (!complete) {
      findings.stoppedAt = lines.lineAt(chunk.from + tree.length);
      break;
    }
    while (
      statementsSeen < layout.statementStarts.length &&
      (layout.statementStarts[statementsSeen] ?? 0) < chunk.to
    )
      statementsSeen++;
    // Text that is mostly errors is not Python, and recovering from every error is slow.
    if (statementsSeen >= nextCheck) {
      if (unexplainedErrors(findings) > statementsSeen / 2) return notCode;
      nextCheck = statementsSeen * 2;
    }
  }
  explainByLine(findings, lines);
  noteKeywordNames(findings, text);
  noteGlobalFlags(findings, text);
  noteUniversalNewlines(findings, text);
  noteAutoNumberedFields(findings, text);
  noteTypingFeatures(findings, catalog);
  const library = libraryRequirements(findings, catalog, options.removals ?? builtinRemovalCatalog());
  const analysis = assemble(findings, library.requirements, library.python2);
  // `imp.reload` goes with `imp`: a removed module's members are not said again, unless one went
  // before the module did (`cgi.escape` in 3.8, `cgi` in 3.13).
  const removedApis = firstOfEach(library.removed)
    .filter(
      (r) =>
        !library.removed.some(
          (m) => r.api?.startsWith(`${m.api}.`) && compareVersions(m.version, r.version) <= 0,
        ),
    )
    .sort((a, b) => compareVersions(a.version, b.version) || a.line - b.line);
  // Every statement an import: the code is only the modules it names.
  const importLines = new Set(findings.imports.map((i) => i.line));
  const onlyImports =
    importLines.size > 0 && importLines.size === layout.statementStarts.length
      ? [...new Set(findings.imports.filter((i) => !i.relative).map((i) => i.module.split(".")[0] ?? ""))]
      : undefined;
  return {
    ...analysis,
    ...(removedApis.length > 0 ? { removedApis } : {}),
    ...(onlyImports ? { onlyImports } : {}),
  };
}

/** Whether the statements read as English rather than Python. */
function readsAsProse(statementLines: readonly string[]): boolean {
  let prose = 0;
  let code = 0;
  for (const line of statementLines) {
    const kind = classifyLine(line);
    if (kind === "prose") prose++;
    else if (kind === "code") code++;
  }
  return prose > 0 && prose >= 2 * code && prose * 2 >= statementLines.length;
}

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > LONG_LINE) return true;
    start = stop + 1;
  }
  return false;
}

/**
 * `from django_q.tasks import async`, `asyncio.async(coro)`: a name 3.7 made a keyword, which the
 * grammar may still read as a name; 3.7 and later reject it.
 */
function noteKeywordNames(findings: Findings, text: string): void {
  const line = text.split("\n").findIndex((l) => ASYNC_AS_NAME.test(l)) + 1;
  const seen = findings.removed.get("async-keywords");
  if (line > 0 && (seen === undefined || line < seen)) findings.removed.set("async-keywords", line);
}

/** A pattern written into a call of `re`: its flags and text, on one line. */
const RE_PATTERN =
  /\bre\.(?:compile|match|search|fullmatch|sub|subn|split|findall|finditer)\(\s*[rRbB]{0,2}(["'])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
/** A global inline flag after the pattern's start (a scoped one, `(?i:…)`, may stand anywhere). */
const LATE_GLOBAL_FLAG = /.\(\?[aiLmsux]+\)/s;

/**
 * `re.compile(r'<(.+?)>(?uism)')`: a global flag after the pattern's start, an error from 3.11
 * (a warning since 3.6); releases from 3.11 reject the code.
 */
function noteGlobalFlags(findings: Findings, text: string): void {
  // Most code has no inline flag at all: it is not split into lines for one.
  if (!text.includes("(?")) return;
  const lines = text.split("\n");
  const line =
    lines.findIndex((l) => [...l.matchAll(RE_PATTERN)].some((m) => LATE_GLOBAL_FLAG.test(m[2] ?? ""))) + 1;
  if (line > 0 && !findings.removed.has("regex-global-flags-first"))
    findings.removed.set("regex-global-flags-first", line);
}

/** `open(name, "rU")`: a mode with `U` in it, as `open()` and its kin take one. */
const U_MODE =
  /\b(?:open|FileInput|fileinput\.input)\([^()\n]*,\s*(?:mode\s*=\s*)?(["'])[rwabt+]*U[rwabt+]*\1/;

/** The `'U'` mode of `open()`, an error from 3.11 (deprecated since 3.3); releases from 3.11 reject the code. */
function noteUniversalNewlines(findings: Findings, text: string): void {
  if (!text.includes("U")) return;
  const line = text.split("\n").findIndex((l) => U_MODE.test(l)) + 1;
  if (line > 0 && !findings.removed.has("open-u-mode")) findings.removed.set("open-u-mode", line);
}

/** `"{} + {:d}".format(a, b)`: a literal with a field that names no argument, formatted on the spot. */
const AUTO_NUMBERED_FORMAT =
  /(["'])(?:(?!\1)[^\\\n{]|\\.|\{\{)*(?<!\{)\{(?:[:!][^{}\n]*)?\}(?:(?!\1)[^\\\n]|\\.)*\1\.format\(/;

/** Fields numbered by `str.format()` itself, new in 3.1: Python 3.0 wants `'{0}'`. */
function noteAutoNumberedFields(findings: Findings, text: string): void {
  if (!text.includes(".format(")) return;
  const line = text.split("\n").findIndex((l) => AUTO_NUMBERED_FORMAT.test(l)) + 1;
  if (line > 0) findings.feature("format-auto-numbering", line);
}

function unexplainedErrors(findings: Findings): number {
  let count = 0;
  for (const line of findings.errorLines) if (!findings.explained.has(line)) count++;
  return count;
}

function assemble(findings: Findings, library: Requirement[], python2Library: Requirement[]): CodeAnalysis {
  const requirements: Requirement[] = [...library];
  const python2: Requirement[] = [...python2Library];
  const python3Syntax: Requirement[] = [];
  for (const [id, line] of findings.features) {
    const feature = languageFeature(id);
    const req = featureRequirement(id, line);
    if (feature.version === "2") python2.push(req);
    else if (compareVersions(feature.version, "3.0") > 0) requirements.push(req);
    else python3Syntax.push(req);
  }
  const sorted = firstOfEach(requirements).sort(
    (a, b) => compareVersions(b.version, a.version) || a.line - b.line,
  );
  const analysis: CodeAnalysis = {
    requirements: sorted,
    python2: firstOfEach(python2).sort((a, b) => a.line - b.line),
    syntaxErrors: [...findings.errorLines].filter((l) => !findings.explained.has(l)).sort((a, b) => a - b),
    notCode: false,
  };
  if (sorted[0]) analysis.minVersion = sorted[0].version;
  if (findings.removed.size > 0)
    analysis.removed = [...findings.removed].map(([id, line]) => featureRequirement(id, line));
  if (findings.stoppedAt !== undefined) analysis.stoppedAtLine = findings.stoppedAt;
  if (python3Syntax.length > 0) analysis.python3Syntax = firstOfEach(python3Syntax);
  return analysis;
}

function featureRequirement(id: FeatureId, line: number): Requirement {
  const feature = languageFeature(id);
  const req: Requirement = {
    version: feature.version,
    what: feature.name,
    line,
    featureId: id,
    url: feature.url,
  };
  if (feature.pep !== undefined) req.pep = feature.pep;
  return req;
}

/** One requirement per feature or API: its first line. */
function firstOfEach(list: readonly Requirement[]): Requirement[] {
  const first = new Map<string, Requirement>();
  for (const req of list) {
    const key = req.featureId ?? req.api ?? req.what;
    const seen = first.get(key);
    if (!seen || req.line < seen.line) first.set(key, req);
  }
  return [...first.values()];
}
