import type { CodeAnalysis, Requirement } from "../code/analyze.ts";
import { isSyntax, languageFeature } from "../code/language-features.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer, Citation } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { factAnswer, type NotesFor, whatsNewCitation } from "./release-sections.ts";

/** Further requirements named after the highest one. */
const MAX_ALSO = 3;

/** A message saying the code was refused by the parser. */
const SYNTAX_ERROR_SAID = /\bsyntax\s*error|\binvalid syntax\b/i;

/** The Python 3 syntax of code a message says was refused, which only Python 2 refuses. */
export function rejectedPython3(query: ParsedQuery, analysis: CodeAnalysis): Requirement | undefined {
  return SYNTAX_ERROR_SAID.test(query.text) ? analysis.python3Syntax?.[0] : undefined;
}

function describe(r: Requirement): string {
  const pep = r.pep ? `, PEP ${r.pep}` : "";
  return `${r.what} (line ${r.line}${pep})`;
}

/** "Needs Python 3.10 or later: `match` statement (line 1, PEP 634). Also 3.9: `str.removeprefix` (line 4)." */
function requirementSentences(analysis: CodeAnalysis): string {
  const [top, ...rest] = analysis.requirements;
  if (!top) return "";
  const sameRelease = rest.filter((r) => r.version === top.version);
  const lead = `Needs Python ${top.version} or later: ${[top, ...sameRelease].slice(0, MAX_ALSO).map(describe).join("; ")}.`;
  const seen = new Set<string>([top.version]);
  const also: string[] = [];
  for (const r of rest) {
    if (seen.has(r.version) || also.length >= MAX_ALSO) continue;
    seen.add(r.version);
    also.push(`Also ${r.version}: ${describe(r)}.`);
  }
  return [lead, ...also].join(" ");
}

function requirementCitation(version: string, r: Requirement, releases: ReleaseFacts[]): Citation {
  return whatsNewCitation(version, r.what.replace(/`/g, ""), r.url, releases);
}

/**
 * The answer to pasted code: the minimum Python version it needs, with the constructs and lines
 * that need it, or the Python 2 constructs that no Python 3 accepts. With a version the asker runs
 * ("does this run on 3.8?") it leads with yes or no.
 */
export function codeAnswer(
  query: ParsedQuery,
  analysis: CodeAnalysis,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  const context = query.context ?? query.version;
  const py2 = analysis.python2[0];
  if (py2) {
    const lines = analysis.python2.slice(0, MAX_ALSO).map(describe).join("; ");
    const verdict = context
      ? `No — this is Python 2 code, and Python ${context} rejects it`
      : "This is Python 2 code";
    return found(
      query,
      `${verdict}: ${lines}. Python 3.0 removed ${analysis.python2.length > 1 ? "these" : "this"}.`,
      "3.0",
      [requirementCitation("3.0", py2, releases)],
      notesFor,
      releases,
    );
  }
  const gone = removedAnswer(query, analysis, notesFor, releases);
  if (gone) return gone;
  const top = analysis.requirements[0];
  // "I'm getting a syntax error … `def f(a, *, b=[]):`": code only Python 3 parses, rejected, was
  // run by Python 2.
  const python3 = rejectedPython3(query, analysis);
  if (!top && python3) {
    return found(
      query,
      `Python 2 rejected this: it uses Python 3 syntax — ${describe(python3)}, new in Python 3.0.`,
      "3.0",
      [requirementCitation("3.0", python3, releases)],
      notesFor,
      releases,
    );
  }
  if (!top) {
    if (analysis.notCode || analysis.syntaxErrors.length > 0) return undefined;
    // "a is b … Estou usando Python 2.5.2": code Python 3 dates nothing in, run on Python 2, says
    // nothing of what a Python 3 release changed.
    if (context?.startsWith("2.")) return undefined;
    return found(
      query,
      context
        ? `Yes — nothing in this code needs more than Python 3.0, so it runs on Python ${context}.`
        : "Nothing in this code needs a release after Python 3.0: it runs on any Python 3.",
      "3.0",
      [],
      notesFor,
      releases,
    );
  }
  const needs = requirementSentences(analysis);
  const verdict = context
    ? compareVersions(context, top.version) >= 0
      ? `Yes — Python ${context} runs it. `
      : `No — not on Python ${context}. `
    : "";
  const broken =
    analysis.syntaxErrors.length > 0
      ? ` (The parser also found errors on line ${analysis.syntaxErrors.slice(0, 3).join(", ")}.)`
      : "";
  return ledBy(top, query, `${verdict}${needs}${broken}`, notesFor, releases);
}

/** The release before another: "3.7" for "3.8". */
function previousRelease(version: string): string {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${Math.max(0, (minor ?? 0) - 1)}`;
}

/**
 * `time.clock()` in code: a name a later release removed bounds the code from above, whatever it
 * needs from below. Left to the requirements when the asker's release is too old for the code anyway.
 */
function removedAnswer(
  query: ParsedQuery,
  analysis: CodeAnalysis,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  const removed = [...(analysis.removed ?? []), ...(analysis.removedApis ?? [])].sort(
    (a, b) => compareVersions(a.version, b.version) || a.line - b.line,
  );
  const [gone] = removed;
  if (!gone) return undefined;
  // `def async(self):` read as something else is no requirement of the line's.
  const rejectedLines = new Set((analysis.removed ?? []).map((r) => r.line));
  const requirements = analysis.requirements.filter((r) => !rejectedLines.has(r.line));
  const context = query.context ?? query.version;
  const top = requirements[0];
  if (context && top && compareVersions(context, top.version) < 0) return undefined;
  const same = removed.filter((r) => r.version === gone.version).slice(0, MAX_ALSO);
  const verdict = context
    ? compareVersions(context, gone.version) >= 0
      ? `No — not on Python ${context}. `
      : `Yes — Python ${context} runs it, but no release from ${gone.version} on does. `
    : "";
  const last = previousRelease(gone.version);
  // A pattern `re` refuses fails when compiled, not when parsed.
  const failure = same.every((r) => r.featureId && isSyntax(languageFeature(r.featureId)))
    ? "a syntax error"
    : "an error";
  const plural = same.length > 1 || (gone.featureId !== undefined && languageFeature(gone.featureId).plural);
  const lead = gone.featureId
    ? `This code runs only on Python ${last} or older: ${same.map(describe).join("; ")} in Python ${gone.version} make${plural ? "" : "s"} it ${failure}.`
    : `${same.map(describe).join("; ")} ${same.length > 1 ? "were" : "was"} removed in Python ${gone.version}, so this code runs only on Python ${last} or older.`;
  const later = removed.find((r) => r.version !== gone.version);
  const also = later ? ` Also removed in ${later.version}: ${describe(later)}.` : "";
  const needs = top ? ` ${requirementSentences({ ...analysis, requirements })}` : "";
  return ledBy(gone, query, `${verdict}${lead}${also}${needs}`, notesFor, releases);
}

/** An answer dated by one requirement, which its first citation supports. */
function ledBy(
  r: Requirement,
  query: ParsedQuery,
  answer: string,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  return found(
    query,
    answer,
    r.version,
    [requirementCitation(r.version, r, releases)],
    notesFor,
    releases,
    r,
  );
}

function found(
  query: ParsedQuery,
  answer: string,
  version: string,
  lead: Citation[],
  notesFor: NotesFor,
  releases: ReleaseFacts[],
  top?: Requirement,
): Answer | undefined {
  const about = top ? (top.api ?? top.what.replace(/`/g, "")) : undefined;
  return factAnswer(query.raw, answer, version, lead, about, notesFor, releases);
}
