import type { Chunk } from "../chunks/chunk.ts";
import { formatDate, isOnOrBefore } from "../documents/dates.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { RankedHit } from "../search/rank.ts";
import type { Answer, Citation, Hit } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { leadSentences, plainText, truncate } from "./text.ts";

/** Longest summary quoted from a section in the short answer. */
export const MAX_SUMMARY_CHARS = 320;
/** Longest extract kept with each hit for "more results". */
export const MAX_SNIPPET_CHARS = 200;

const PEP_REF = /\bPEP\s?(\d{1,4})\b/i;

function citationOf(chunk: Chunk): Citation {
  return {
    version: chunk.version ?? "",
    title: chunk.docTitle,
    section: chunk.section,
    url: chunk.url ?? "",
    source: chunk.source,
  };
}

function hitOf(chunk: Chunk, score = 0): Hit {
  return {
    ...citationOf(chunk),
    headings: chunk.headings,
    snippet: truncate(plainText(chunk.text), MAX_SNIPPET_CHARS),
    score: Math.round(score * 1000) / 1000,
  };
}

/** "pathlib — new in Python 3.4 (PEP 428). Object-oriented paths …" */
export function featureSentence(chunk: Chunk): string {
  const pep = PEP_REF.exec(chunk.section)?.[1] ?? PEP_REF.exec(chunk.text.slice(0, 200))?.[1];
  const heading = chunk.section
    .replace(/\s*\(PEP\s?\d+\)\s*/gi, " ")
    .replace(/^PEP\s?\d+:\s*/i, "")
    .trim();
  // "pathlib: object-oriented filesystem paths" → "pathlib"; the summary says the rest.
  const lead = heading.split(/:\s/)[0] ?? heading;
  const subject = lead.length >= 3 && lead.length <= 60 ? lead : heading;
  const pepNote = pep ? ` (PEP ${pep})` : "";
  const summary = leadSentences(plainText(chunk.text), MAX_SUMMARY_CHARS);
  if (!chunk.version) return `${subject}. ${summary}`.trim();
  // A heading that already says "removed" or "deprecated" reads on into the version.
  if (/\b(removed|deprecated|new)\b/i.test(subject))
    return `${subject} in Python ${chunk.version}${pepNote}. ${summary}`;
  // The verb comes from the subject and the groups above the section, not from the rest of the
  // heading: "print() is a function: the print statement is removed" is not a removal of print().
  const where = [subject, ...chunk.headings.slice(1, -1)].join(" / ");
  const verb = /deprecat/i.test(where)
    ? "deprecated in"
    : /\bremov(?:ed|al|als|ing)?\b/i.test(where) // not "removeprefix"
      ? "removed in"
      : /\bnew\b|features/i.test(where)
        ? "new in"
        : "in";
  return `${subject} — ${verb} Python ${chunk.version}${pepNote}. ${summary}`;
}

export function featureAnswer(
  query: ParsedQuery,
  ranked: RankedHit[],
  settings: { minCoverage: number; limit: number; maxHits: number },
): Answer {
  const { minCoverage, limit } = settings;
  const relevant = ranked.filter((h) => h.coverage >= minCoverage).slice(0, settings.maxHits);
  const best = relevant[0];
  if (!best) return notFound(query, ranked);
  return {
    query: query.raw,
    found: true,
    kind: "feature",
    answer: featureSentence(best.chunk),
    version: best.chunk.version,
    citations: relevant.slice(0, limit).map((h) => citationOf(h.chunk)),
    hits: relevant.map((h) => hitOf(h.chunk, h.score)),
    suggestions: [],
  };
}

export function notFound(query: ParsedQuery, ranked: RankedHit[] = []): Answer {
  const scope = query.version
    ? ` in the Python ${query.version} release notes`
    : " in the Python release notes";
  const suggestions = [...new Set(ranked.filter((h) => h.coverage > 0).map((h) => h.chunk.section))].slice(
    0,
    3,
  );
  return {
    query: query.raw,
    found: false,
    kind: "not-found",
    answer: `I found nothing about “${truncate(query.text, 80)}”${scope}.`,
    citations: [],
    hits: [],
    suggestions,
  };
}

export function refusal(query: ParsedQuery): Answer {
  return {
    query: query.raw,
    found: false,
    kind: "refusal",
    answer: `${query.refusal ?? "I can't answer that."} Try a module, function or feature name, e.g. “pathlib” or “what's new in 3.12”.`,
    citations: [],
    hits: [],
    suggestions: [],
  };
}

function releaseCitation(facts: ReleaseFacts, section: string): Citation {
  return { version: facts.version, title: facts.title, section, url: facts.url ?? "", source: facts.source };
}

/** Release date and support status of one version, relative to `today`. */
export function releaseAnswer(
  query: ParsedQuery,
  facts: ReleaseFacts,
  releases: ReleaseFacts[],
  today: Date,
): Answer {
  const v = facts.version;
  const sentences: string[] = [];
  if (facts.released) sentences.push(`Python ${v} was released on ${formatDate(facts.released)}.`);
  if (facts.endOfLife) {
    const when =
      facts.endOfLife.length > 7 ? `on ${formatDate(facts.endOfLife)}` : `in ${formatDate(facts.endOfLife)}`;
    if (isOnOrBefore(facts.endOfLife, today)) {
      const supported = releases.filter((r) => r.endOfLife && !isOnOrBefore(r.endOfLife, today));
      const oldest = supported.sort((a, b) => compareVersions(a.version, b.version))[0];
      const upgrade = oldest ? `; the oldest release still supported is ${oldest.version}` : "";
      sentences.push(`Python ${v} reached end of life ${when} and no longer gets security fixes${upgrade}.`);
    } else {
      sentences.push(
        `Python ${v} is still supported: security fixes continue until its planned end of life ${when}.`,
      );
    }
  }
  if (query.intent === "end-of-life") sentences.reverse();
  if (sentences.length === 0) return notFound(query);
  return {
    query: query.raw,
    found: true,
    kind: "release",
    answer: sentences.join(" "),
    version: v,
    citations: [releaseCitation(facts, "Release dates")],
    hits: [],
    suggestions: [],
  };
}

/** A version-only question: the release date and its highlights, each linked. */
export function overviewAnswer(query: ParsedQuery, facts: ReleaseFacts, limit: number): Answer {
  const date = facts.released ? ` was released on ${formatDate(facts.released)}` : "";
  const names = facts.highlights.slice(0, 3).map((h) => truncate(leadPhrase(h.text), 70));
  const answer = `Python ${facts.version}${date}.${names.length > 0 ? ` Highlights: ${names.join("; ")}.` : ""}`;
  const linked: Citation[] = facts.highlights.map((h) => ({
    ...releaseCitation(facts, truncate(h.text, 100)),
    url: h.url ?? facts.url ?? "",
  }));
  const citations = [releaseCitation(facts, "What's New overview"), ...linked];
  return {
    query: query.raw,
    found: true,
    kind: "overview",
    answer,
    version: facts.version,
    citations: citations.slice(0, Math.max(limit, 1)),
    hits: citations
      .slice(1)
      .map((c) => ({ ...c, headings: [c.title, c.section], snippet: c.section, score: 0 })),
    suggestions: [],
  };
}

/** "Multiple interpreters in the standard library, concurrent.interpreters (PEP 734)" → its first phrase;
 * a trailing PEP reference goes, parentheses inside the phrase stay. */
function leadPhrase(text: string): string {
  const lead =
    text
      .replace(/\s*\(PEPs?\b[^)]*\)\s*$/i, "")
      .split(/,\s|:\s|;\s|\s[—–]\s/)[0]
      ?.trim() ?? text;
  return lead.length >= 8 ? lead : text;
}

/** "What was removed in 3.12": every section of that release's Deprecated or Removed group. */
export function changeListAnswer(
  query: ParsedQuery,
  facts: ReleaseFacts,
  chunks: Chunk[],
  limit: number,
): Answer {
  const removals = query.intent === "removals";
  const group = removals ? /remov/i : /deprecat/i;
  const seen = new Set<string>();
  const listed = chunks.filter((c) => {
    if (c.version !== facts.version || !group.test(c.headings[1] ?? "") || seen.has(c.section)) return false;
    seen.add(c.section);
    return true;
  });
  if (listed.length === 0) return notFound(query);
  const what = removals ? "Removed" : "Deprecated";
  const names = listed.slice(0, 5).map((c) => c.section.replace(/\s+(removed|deprecated)\b.*$/i, "").trim());
  const more = listed.length > names.length ? `; and ${listed.length - names.length} more` : "";
  return {
    query: query.raw,
    found: true,
    kind: "overview",
    answer: `${what} in Python ${facts.version} (${listed.length}): ${names.join("; ")}${more}.`,
    version: facts.version,
    citations: listed.slice(0, limit).map(citationOf),
    hits: listed.map((c) => hitOf(c)),
    suggestions: [],
  };
}
