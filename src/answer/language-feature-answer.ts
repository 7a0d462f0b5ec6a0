import { isSyntax, LANGUAGE_FEATURES, type LanguageFeature } from "../code/language-features.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { factAnswer, type NotesFor, whatsNewCitation } from "./release-sections.ts";

function capitalized(text: string): string {
  return /^[a-z]/.test(text) ? text[0]?.toUpperCase() + text.slice(1) : text;
}

/**
 * "`yield from` — new in Python 3.3 (PEP 380)."; with the asker's version, yes or no first:
 * "No — the walrus operator `:=` needs Python 3.8 or later (PEP 572); Python 3.7 does not have it."
 */
export function featureSentence(feature: LanguageFeature, context: string | undefined): string {
  const pep = feature.pep ? ` (PEP ${feature.pep})` : "";
  const { name, version } = feature;
  if (feature.removedIn && feature.python3)
    return `${capitalized(name)} was Python 2 behaviour; from Python ${feature.removedIn}${pep} ${feature.python3}.`;
  if (feature.removedIn) {
    const [is, it] = feature.plural ? ["are", "them"] : ["is", "it"];
    const gone = `${name} ${is} Python 2 syntax: Python ${feature.removedIn} removed ${it}${pep}`;
    return context ? `No — ${gone}, so Python ${context} rejects ${it}.` : `${capitalized(gone)}.`;
  }
  const earlier = feature.earlier ? ` ${capitalized(feature.earlier)}.` : "";
  if (!context) return `${capitalized(name)} — new in Python ${version}${pep}.${earlier}`;
  const [they, are, need, them] = feature.plural
    ? ["they", "are", "need", "them"]
    : ["it", "is", "needs", "it"];
  // "As of Python 3.10, `match` is a reserved keyword": the release named is the one that added it.
  const verdict =
    context === version
      ? `Yes — ${name} ${are} new in Python ${version}${pep}.`
      : compareVersions(context, version) >= 0
        ? `Yes — Python ${context} has ${name}: ${they} ${are} new in Python ${version}${pep}.`
        : `No — ${name} ${need} Python ${version} or later${pep}; Python ${context} does not have ${them}.`;
  return `${verdict}${earlier}`;
}

/** The answer to a question that names a language feature in words: the release that added it. */
export function languageFeatureAnswer(
  query: ParsedQuery,
  feature: LanguageFeature,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  const version = feature.removedIn ?? feature.version;
  const about = feature.name.replace(/`/g, "");
  const lead = [whatsNewCitation(version, capitalized(about), feature.url, releases)];
  const context = query.context ?? query.version;
  return factAnswer(query.raw, featureSentence(feature, context), version, lead, about, notesFor, releases);
}

/** How many of a release's syntax additions the answer names before "and N more". */
const MAX_SYNTAX_NAMED = 6;

/**
 * Whether the language features list a release's syntax at all: a release newer than the newest
 * feature may have added syntax PyVer has not been told of.
 */
export function knowsSyntaxOf(version: string): boolean {
  return LANGUAGE_FEATURES.some((f) => compareVersions(f.version, version) >= 0);
}

/**
 * "what syntax was added in 3.4", for a release that added none: says so before its overview, so
 * a list of library changes is not read as the syntax asked for.
 */
export function noNewSyntaxAnswer(overview: Answer, version: string): Answer {
  return { ...overview, answer: `Python ${version} added no new syntax. ${overview.answer}` };
}

/** "what syntax is new in 3.8": the language syntax a release added, each cited. */
export function syntaxListAnswer(
  query: ParsedQuery,
  version: string,
  releases: ReleaseFacts[],
  limit: number,
): Answer | undefined {
  const added = LANGUAGE_FEATURES.filter((f) => f.version === version && isSyntax(f));
  if (added.length === 0) return undefined;
  const named = added.slice(0, MAX_SYNTAX_NAMED).map((f) => (f.pep ? `${f.name} (PEP ${f.pep})` : f.name));
  const more = added.length > named.length ? `; and ${added.length - named.length} more` : "";
  const citations = added.map((f) =>
    whatsNewCitation(version, capitalized(f.name.replace(/`/g, "")), f.url, releases),
  );
  return {
    query: query.raw,
    found: true,
    kind: "overview",
    answer: `New syntax in Python ${version} (${added.length}): ${named.join("; ")}${more}.`,
    version,
    citations: citations.slice(0, limit),
    hits: [],
    suggestions: [],
  };
}
