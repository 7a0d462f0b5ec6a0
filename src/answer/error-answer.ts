import type { ApiFact } from "../api/api-fact.ts";
import type { LanguageFeature } from "../code/language-features.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { ErrorReading } from "../query/read-error.ts";
import type { Answer } from "./answer.ts";
import type { Explanation } from "./explain-error.ts";
import { featureSentence as behaviourSentence } from "./language-feature-answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { type NotesFor, sectionsIn, whatsNewCitation } from "./release-sections.ts";

const code = (name: string): string => `\`${name}\``;
const pepNote = (pep?: number | string): string => (pep ? ` (PEP ${pep})` : "");

/** "older than 3.8 — the traceback shows Python 3.7": where the code runs, from the fact and the paths. */
function runsOn(reading: ErrorReading, range: string, has?: (release: string) => boolean): string {
  const shown = reading.running;
  if (!shown) return range;
  // "I'm on Python 3.11.4 … has no attribute 'add_dll_directory'": a release that has the name is
  // not the one that raised this; which interpreter runs the code is the thing to check.
  if (has?.(shown))
    return `${range}, though the message names Python ${shown}, which has it — check which Python runs the code`;
  return `${range} — the traceback shows Python ${shown}`;
}

/** The fix for a Python 2 statement that Python 3 spells as a call. */
const PYTHON3_SPELLING: Partial<Record<LanguageFeature["id"], string>> = {
  "print-statement": "print(...)",
  "exec-statement": "exec(...)",
};

function featureSentence(feature: LanguageFeature, reading: ErrorReading, rejected = false): string {
  if (rejected)
    return `This code is valid only before Python ${feature.version}: ${feature.name} (Python ${feature.version}${pepNote(feature.pep)}) makes it a syntax error, so it needs Python older than ${feature.version}.`;
  // "'map' object is not subscriptable": a behaviour Python 3 changed, said as what it does now.
  if (feature.version === "2" && feature.python3) return behaviourSentence(feature, undefined);
  if (feature.version === "2") {
    const call = PYTHON3_SPELLING[feature.id];
    const fix = call ? ` — call it as a function: \`${call}\`` : "";
    const was = feature.plural ? "were" : "was";
    return `This is Python 2 code: ${feature.name} ${was} removed in Python 3.0${pepNote(feature.pep)}${fix}.`;
  }
  const is = feature.plural ? "are" : "is";
  const older = runsOn(reading, "older", (release) => compareVersions(release, feature.version) >= 0);
  return `This needs Python ${feature.version} or later: ${feature.name} ${is} new in Python ${feature.version}${pepNote(feature.pep)}, so the Python running this code is ${older}.`;
}

/** "`__builin__` reads as `__builtin__`: ": the asker's slip, said before the fact about the name meant. */
function misspelt(explanation: { name: string; typed?: string }): string {
  return explanation.typed ? `${code(explanation.typed)} reads as ${code(explanation.name)}: ` : "";
}

/** The lead sentence for an explanation, made from its facts. */
export function explanationSentence(explanation: Explanation, reading: ErrorReading): string {
  switch (explanation.kind) {
    case "added":
      if (explanation.typed)
        return `There is no ${code(explanation.typed)} module: the standard library's is spelled ${code(explanation.name)}, new in Python ${explanation.version}.`;
      if (explanation.python2Name)
        return `${code(explanation.name)} is Python 3's name for Python 2's ${code(explanation.python2Name)}, renamed in Python 3.0: this error means the code runs on Python ${runsOn(reading, "2")}.`;
      return `${code(explanation.name)} is new in Python ${explanation.version}: this error means the code runs on Python ${runsOn(reading, `older than ${explanation.version}`, (release) => compareVersions(release, explanation.version) >= 0)}.`;
    case "removed": {
      const r = explanation.removal;
      const slip = misspelt(explanation);
      const notes = [r.pep ? `PEP ${r.pep}` : "", r.deprecatedIn ? `deprecated since ${r.deprecatedIn}` : ""]
        .filter(Boolean)
        .join("; ");
      const instead = r.replacement ? ` The release notes name ${code(r.replacement)} instead.` : "";
      return `${slip}${code(r.name)} was removed in Python ${r.removedIn}${notes ? ` (${notes})` : ""}: this error means the code runs on Python ${runsOn(reading, `${r.removedIn} or later`, (release) => compareVersions(release, r.removedIn ?? release) < 0)}.${instead}`;
    }
    case "python2": {
      const instead = explanation.replacement ? ` — use ${code(explanation.replacement)} instead` : "";
      return `${misspelt(explanation)}${code(explanation.name)} is Python 2: Python 3.0 removed it${instead}.`;
    }
    case "feature": {
      const beyond = explanation.beyond;
      const what = beyond?.api ? code(beyond.api) : beyond?.what;
      const also = beyond ? ` It also needs Python ${beyond.version} or later for ${what}.` : "";
      return `${featureSentence(explanation.feature, reading, explanation.rejected)}${also}`;
    }
    case "third-party":
      return `${code(explanation.name)} is not part of Python's standard library, so no Python release explains this error: it comes from a third-party package (missing from the environment that runs the code, or changed in a version of that package).`;
    case "unexplained":
      return "The Python release notes don't explain this error: nothing in it names a module, function or syntax that a Python release added or removed.";
  }
}

/** The version an explanation is about, and the What's New address that states it. */
function versionAndUrl(
  explanation: Explanation,
): { version: string; url: string; section: string } | undefined {
  switch (explanation.kind) {
    case "added":
      return { version: explanation.version, url: explanation.url, section: explanation.name };
    case "removed":
      return explanation.removal.removedIn
        ? {
            version: explanation.removal.removedIn,
            url: explanation.removal.url,
            section: `${explanation.removal.name} removed`,
          }
        : undefined;
    case "python2":
      return {
        version: "3.0",
        url: explanation.removal?.url ?? "https://docs.python.org/3/whatsnew/3.0.html",
        section: `${explanation.name} removed`,
      };
    case "feature":
      return {
        version: explanation.feature.version === "2" ? "3.0" : explanation.feature.version,
        url: explanation.feature.url,
        section: explanation.feature.name,
      };
    default:
      return undefined;
  }
}

/** The API fact a JSON answer carries for an error about an API. */
function apiFactOf(explanation: Explanation): ApiFact | undefined {
  if (explanation.kind === "added")
    return {
      name: explanation.name,
      kind: explanation.api.kind,
      addedIn: explanation.version,
      url: explanation.url,
    };
  if (explanation.kind !== "removed" && explanation.kind !== "python2") return undefined;
  const removal = explanation.removal;
  // A Python 2 name's own replacement (`xrange` → `range`) is more precise than the notes' wording.
  const replacement =
    (explanation.kind === "python2" ? explanation.replacement : undefined) ?? removal?.replacement;
  return {
    name: explanation.name,
    kind: "member",
    addedIn: "",
    url: versionAndUrl(explanation)?.url ?? "",
    removedIn: removal?.removedIn ?? "3.0",
    ...(removal?.deprecatedIn ? { deprecatedIn: removal.deprecatedIn } : {}),
    ...(replacement ? { replacement } : {}),
  };
}

/**
 * The answer to a pasted error: the release that explains it, first and in words, then the
 * What's New section that says so; or a plain "no release explains this".
 */
export function errorAnswer(
  query: ParsedQuery,
  reading: ErrorReading,
  explanation: Explanation,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer {
  const sentence = explanationSentence(explanation, reading);
  const target = versionAndUrl(explanation);
  if (!target) {
    return {
      query: query.raw,
      found: false,
      kind: "not-found",
      answer: sentence,
      citations: [],
      hits: [],
      suggestions: [],
    };
  }
  const primary = whatsNewCitation(target.version, target.section, target.url, releases);
  // The release's own section about the subject, when the notes have one, leads; then the rest.
  const sections = sectionsIn(target.version, target.section, notesFor);
  const api = apiFactOf(explanation);
  return {
    query: query.raw,
    found: true,
    kind: "feature",
    answer: sentence,
    version: target.version,
    citations: [...sections.citations, primary],
    hits: sections.hits,
    suggestions: [],
    ...(api ? { api } : {}),
  };
}

/** A question about a third-party package: the release notes don't cover it, and the answer says so. */
export function thirdPartyAnswer(query: ParsedQuery, name: string): Answer {
  return {
    query: query.raw,
    found: false,
    kind: "not-found",
    answer: `${code(name)} is a third-party package, not part of Python's standard library, so the Python release notes don't cover it; its own documentation says which Python versions it supports.`,
    citations: [],
    hits: [],
    suggestions: [],
  };
}
