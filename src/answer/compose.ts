import type { Chunk } from "../chunks/chunk.ts";
import { formatDate, isOnOrBefore } from "../documents/dates.ts";
import { compareVersions } from "../documents/version.ts";
import { featureMentions } from "../query/feature-mention.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { isFollowUp } from "../search/chunk-features.ts";
import { focusTerms } from "../search/priors.ts";
import type { RankedHit } from "../search/rank.ts";
import { isKindWord, tokenize } from "../search/tokenize.ts";
import type { Answer, Citation, Hit } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { releaseCitation, supportSentences } from "./release-status.ts";
import { leadSentences, plainText, truncate } from "./text.ts";

/** Longest summary quoted from a section in the short answer. */
export const MAX_SUMMARY_CHARS = 320;
/** Longest extract kept with each hit for "more results". */
export const MAX_SNIPPET_CHARS = 200;

const PEP_REF = /\bPEP\s?(\d{1,4})\b/i;

const plainTexts = new WeakMap<Chunk, string>();

/** Works out every chunk's plain text at start, so no answer pays for a chunk quoted first. */
export function warmUpQuoting(chunks: readonly Chunk[]): void {
  for (const chunk of chunks) plainTextOf(chunk);
}

/** A chunk's text as plain sentences, worked out once per chunk: every answer quotes from it. */
function plainTextOf(chunk: Chunk): string {
  let text = plainTexts.get(chunk);
  if (text === undefined) {
    text = plainText(chunk.text);
    plainTexts.set(chunk, text);
  }
  return text;
}

export function citationOf(chunk: Chunk): Citation {
  return {
    version: chunk.version ?? "",
    title: chunk.docTitle,
    section: chunk.section,
    url: chunk.url ?? "",
    source: chunk.source,
  };
}

export function hitOf(chunk: Chunk, score = 0): Hit {
  return {
    ...citationOf(chunk),
    headings: chunk.headings,
    snippet: truncate(plainTextOf(chunk), MAX_SNIPPET_CHARS),
    score: Math.round(score * 1000) / 1000,
  };
}

/** What happened to a subject in a release, as a release-notes section says. */
export type NoteEvent = "added" | "changed" | "deprecated" | "removed";

/** The fact a release-notes section states, kept as data until the sentence is written. */
export interface NoteFact {
  /** What the section is about, as its heading names it ("pathlib", "Assignment expressions"). */
  subject: string;
  event: NoteEvent;
  /** Release the section belongs to; absent for documents that name none. */
  version?: string;
  pep?: string;
  /** The section's first sentences. */
  summary: string;
  chunk: Chunk;
}

/** The heading without its PEP reference; the lead of "pathlib: object-oriented paths" is "pathlib". */
function headingSubject(section: string, focus: readonly string[], version?: string): string {
  const heading = section
    .replace(/\s*\(PEPs?\s?\d+(?:,\s*\d+)*\)\s*/gi, " ")
    .replace(/^PEP\s?\d+:\s*/i, "")
    .trim();
  const lead = heading.split(/:\s/)[0] ?? heading;
  if (lead.length < 3 || lead.length > 60) return heading;
  // "f-strings: quote reuse, nesting, …" in 3.12: a lead that names a language feature of an earlier
  // release would say the feature is new; the whole heading says what changed.
  if (version && refinesEarlierFeature(lead, version)) return heading;
  // The lead must name what was asked: for "PEP 701" the lead "f-strings" alone would say that
  // f-strings are new in 3.12; the whole heading says what 3.12 changed about them.
  const leadTerms = new Set(tokenize(lead));
  const headingTerms = new Set(tokenize(heading));
  const askedHere = focus.filter((t) => headingTerms.has(t) || t.startsWith("pep"));
  if (askedHere.length > 0 && askedHere.some((t) => !leadTerms.has(t))) return heading;
  return lead;
}

/** Whether a heading's lead names a language feature an earlier release than `version` introduced. */
function refinesEarlierFeature(lead: string, version: string): boolean {
  // "f-strings: quote reuse …" names the 3.12 change and, in it, the 3.6 feature it changes.
  for (const named of featureMentions(lead))
    if (/^3\./.test(named.feature.version) && compareVersions(named.feature.version, version) < 0)
      return true;
  return false;
}

/** Words that say which kind of change a group of sections holds. */
const EVENT_GROUP_WORDS = /\b(?:new|improved|deprecated|removed|changed)\b/gi;
const NEW_MARK = /\(new(?: module)?\)\s*$/i;

/** What a section reports, read from its own heading and the groups above it. */
export function noteFact(chunk: Chunk, focus: readonly string[] = []): NoteFact {
  const pep = PEP_REF.exec(chunk.section)?.[1] ?? PEP_REF.exec(chunk.text.slice(0, 200))?.[1];
  const subject = headingSubject(chunk.section, focus, chunk.version);
  // The verb comes from the subject and the groups above the section, not from the rest of the
  // heading: "print() is a function: the print statement is removed" is not a removal of print().
  // A group of several kinds ("New, improved and deprecated modules") says nothing of any one section;
  // "(new module)" after the subject says it is new.
  const groups = chunk.headings.slice(1, -1).filter((h) => (h.match(EVENT_GROUP_WORDS) ?? []).length < 2);
  const where = [subject, ...groups, ...(NEW_MARK.test(chunk.section) ? ["new"] : [])].join(" / ");
  const event: NoteEvent = /deprecat/i.test(where)
    ? "deprecated"
    : /\bremov(?:ed|al|als|ing)?\b/i.test(where) // not "removeprefix"
      ? "removed"
      : /\bnew\b|features/i.test(where) &&
          !isFollowUp(chunk) &&
          !refinesEarlierFeature(subject, chunk.version ?? "")
        ? "added"
        : "changed";
  return {
    subject,
    event,
    version: chunk.version,
    ...(pep ? { pep } : {}),
    summary: leadSentences(plainTextOf(chunk), MAX_SUMMARY_CHARS),
    chunk,
  };
}

const EVENT_WORDS: Record<NoteEvent, string> = {
  added: "new in",
  changed: "in",
  deprecated: "deprecated in",
  removed: "removed in",
};

/** "pathlib — new in Python 3.4 (PEP 428). Object-oriented paths …" */
export function noteSentence(fact: NoteFact): string {
  const { subject, version, summary } = fact;
  if (!version) return `${subject}. ${summary}`.trim();
  const pepNote = fact.pep ? ` (PEP ${fact.pep})` : "";
  // A subject that already says "removed" or "deprecated" reads on into the version.
  if (/\b(removed|deprecated|new)\b/i.test(subject))
    return `${subject} in Python ${version}${pepNote}. ${summary}`;
  return `${subject} — ${EVENT_WORDS[fact.event]} Python ${version}${pepNote}. ${summary}`;
}

/**
 * The answer to "can I use X on 3.7?" when the release notes date X: yes or no for the asker's
 * version, then the release that decides it.
 */
export function verdictSentence(fact: NoteFact, context: string): string {
  const version = fact.version ?? "";
  const pepNote = fact.pep ? ` (PEP ${fact.pep})` : "";
  const has = compareVersions(context, version) >= 0;
  const what = `“${fact.subject}”`;
  switch (fact.event) {
    case "removed":
      // "setuptools wheel removed from ensurepip; …": a subject that says what went reads on.
      if (has && /\b(?:removed|no longer|dropped)\b/i.test(fact.subject))
        return `${fact.subject} in Python ${version}${pepNote}${context === version ? "" : `, so Python ${context} does not have it`}.`;
      return has
        ? `No — ${what} was removed in Python ${version}${pepNote}, so Python ${context} does not have it.`
        : `Yes — Python ${context} still has ${what}; it was removed in Python ${version}${pepNote}.`;
    case "deprecated":
      return has
        ? `Yes, but deprecated — ${what} is deprecated since Python ${version}${pepNote}.`
        : // The subject may be a behaviour rather than a name ("invalid escape sequences now warn"):
          // what the asker's release has is the thing, and what came later is its deprecation.
          `Yes — Python ${context} has it, not yet deprecated: ${what} came in Python ${version}${pepNote}.`;
    case "added":
      return has
        ? `Yes — Python ${context} has ${what}: it is new in Python ${version}${pepNote}.`
        : `No — ${what} needs Python ${version} or later${pepNote}; Python ${context} does not have it.`;
    default:
      // A change may refine something the asker's release already has: only the change is dated.
      return has
        ? `Yes — Python ${context} has ${what}: it changed in Python ${version}${pepNote}.`
        : `Not in Python ${context}: ${what} came in Python ${version}${pepNote}.`;
  }
}

/** A question whether a release has something: "can I use X on 3.13", "does 3.13 have X". */
const HAVE_QUESTION =
  /\b(?:can|could)\s+(?:i|we|you|one)\b|\b(?:does|do|did|is|are)\b(?:[^?.!]|\.(?=\w)){0,40}\b(?:have|has|support|supports|include|includes|available|there)\b|\bexists?\b/i;

/** "is pathlib ok", "will dataclasses work": a yes-or-no question whether something can be used. */
const WHETHER_USABLE =
  /\b(?:is|are)\b(?:[^.!?]|\.(?=\w)){0,40}\b(?:ok|okay|fine|usable|supported)\b|\b(?:does|do|can|could|will|would)\b(?:[^.!?]|\.(?=\w)){0,40}\b(?:work|use)\b/i;

/** Whether a message asks if a release has or can use something: only that is answered "yes, it has". */
export function asksWhetherItHas(text: string): boolean {
  return HAVE_QUESTION.test(text) || WHETHER_USABLE.test(text) || BARE_QUESTION.test(text);
}

/** "pairwise on 3.12?": a few words and a question mark, asking no why or how, ask whether. */
const BARE_QUESTION = /^(?!\s*(?:why|how|what|when|where|which|who)\b)\s*\S+(?:\s+\S+){0,4}\?\s*$/i;

/** How far ahead of the next section of the same release a section must score to answer alone. */
const DOMINANT_LEAD = 10;
const DOMINANT_COVERAGE = 0.35;
/** A section about the message's rarest words needs less of the rest to answer alone in its release. */
const DOMINANT_ANCHORED_COVERAGE = 0.2;
/** How far ahead of the next section an anchored section must score to answer a long message. */
const ANCHOR_LEAD = 1.5;

/**
 * "Python 3.13.0b1: exec() does not populate locals()": with no release asked about, sections of the
 * asker's own release lead every other release's many times over, however close they are to each
 * other.
 */
function ownReleaseLeads(query: ParsedQuery, ranked: RankedHit[]): boolean {
  const [top] = ranked;
  if (query.version !== undefined || !top || top.chunk.version !== query.context) return false;
  const other = ranked.find((h) => h.chunk.version !== top.chunk.version);
  return !other || top.score >= DOMINANT_LEAD * other.score;
}

/** Ranked release-notes sections, as an answer and the fact the best one states. */
export interface NotesResult {
  answer: Answer;
  lead?: NoteFact;
}

export function featureAnswer(
  query: ParsedQuery,
  ranked: RankedHit[],
  settings: { minCoverage: number; minAnchoredCoverage: number; limit: number; maxHits: number },
): NotesResult {
  const { minCoverage, limit } = settings;
  let relevant = ranked.filter((h) => h.coverage >= minCoverage).slice(0, settings.maxHits);
  // A long message ("Unexpected behavior in f-strings with nested quotes") covers little of any
  // section, yet a section headed by its rarest word and far ahead of the rest is what it is about.
  const [top, next] = ranked;
  if (
    relevant.length === 0 &&
    top?.anchored &&
    top.coverage >= settings.minAnchoredCoverage &&
    (!next ||
      top.score >= ANCHOR_LEAD * next.score ||
      // "start method change from fork to forkserver": 3.14's multiprocessing and its process pool
      // both head it; sections close behind that agree on the release are the same answer.
      ranked
        .slice(1)
        .filter((h) => h.score * ANCHOR_LEAD > top.score)
        .every(
          (h) =>
            h.anchored && h.coverage >= settings.minAnchoredCoverage && h.chunk.version === top.chunk.version,
        ))
  )
    relevant = [
      top,
      ...ranked.slice(1).filter((h) => h.anchored && h.coverage >= settings.minAnchoredCoverage),
    ].slice(0, settings.maxHits);
  // Within one release (the one asked about, or the asker's own when the section comes from it), a
  // section that outscores every other many times over is what the message is about, however much
  // else the message says.
  if (
    relevant.length === 0 &&
    (query.version !== undefined || (query.context !== undefined && top?.chunk.version === query.context)) &&
    top &&
    top.coverage >= (top.anchored ? DOMINANT_ANCHORED_COVERAGE : DOMINANT_COVERAGE) &&
    (!next || top.score >= DOMINANT_LEAD * next.score || ownReleaseLeads(query, ranked))
  )
    relevant = [top];
  relevant = quotedHeadingFirst(relevant, ranked, query);
  relevant = ownReleaseFirst(
    followedToContext(
      beforeReplacement(specificFirst(relevant, ranked, settings.minAnchoredCoverage), query),
      query,
    ),
    ranked,
    query,
  );
  const best = relevant[0];
  if (!best) return { answer: notFound(query, ranked) };
  const lead = noteFact(best.chunk, focusTerms(query));
  // "is the jit on by default in 3.13?", "how do I turn on the jit in 3.13": of the asker's own
  // release, only a question whether it has the thing is answered yes or no.
  const verdict =
    query.context !== undefined &&
    lead.version !== undefined &&
    (lead.version !== query.context || HAVE_QUESTION.test(query.text));
  // "Test failure on 3.14 — …", "why exactly is Python 3.7 needed": only a question whether a release
  // has or can use something is answered "yes, it has" what an older release brought; a section that
  // merely shares words with a report would answer "yes, 3.14 has unittest test skipping".
  const older =
    query.context !== undefined &&
    lead.version !== undefined &&
    lead.event !== "removed" &&
    lead.event !== "deprecated" &&
    compareVersions(lead.version, query.context) < 0;
  if (verdict && older && !asksWhetherItHas(query.text)) return { answer: notFound(query, ranked) };
  const sentence =
    verdict && query.context ? `${verdictSentence(lead, query.context)} ${lead.summary}` : noteSentence(lead);
  return {
    lead,
    answer: {
      query: query.raw,
      found: true,
      kind: "feature",
      answer: sentence,
      version: best.chunk.version,
      citations: relevant.slice(0, limit).map((h) => citationOf(h.chunk)),
      hits: relevant.map((h) => hitOf(h.chunk, h.score)),
      suggestions: [],
    },
  };
}

/**
 * "invalid escape sequence with Python 3.12": a deprecation older than the asker's release, which
 * that release took further (a louder warning, a removal), is answered by what the asker's release
 * did — a section about as much of the question as the deprecation's.
 */
function followedToContext(relevant: RankedHit[], query: ParsedQuery): RankedHit[] {
  const [top] = relevant;
  const context = query.context;
  if (!top || !context || !top.chunk.version || compareVersions(top.chunk.version, context) >= 0)
    return relevant;
  if (noteFact(top.chunk, focusTerms(query)).event !== "deprecated") return relevant;
  const later = relevant.find((h) => h.chunk.version === context && h.coverage >= top.coverage);
  return later ? [later, ...relevant.filter((h) => h !== later)] : relevant;
}

/** A call the question writes out (`format(n, ',d')`), long enough to be one thing. */
const WRITTEN_CALL = /(?<![\w.])[A-Za-z_][\w.]*\([^()\n]{2,40}\)/g;
/** How far down the ranking a section whose heading quotes the question's code may come from. */
const QUOTED_HEADING_REACH = 3;

/**
 * "thousands separator in the format spec, like format(n, ',d')": the section whose heading writes
 * the very call the question does leads, ahead of a later one that shares more of its words.
 */
function quotedHeadingFirst(relevant: RankedHit[], ranked: RankedHit[], query: ParsedQuery): RankedHit[] {
  const [top] = relevant;
  // Few headings write a call: most questions need no look at their own words.
  const candidates = ranked
    .slice(0, QUOTED_HEADING_REACH)
    .filter((h) => h.anchored && h.chunk.section.includes("("));
  if (!top || candidates.length === 0) return relevant;
  const squeeze = (text: string) => text.replace(/\s+/g, "").replace(/[‘’]/g, "'");
  const calls = [...query.raw.matchAll(WRITTEN_CALL)].map((m) => squeeze(m[0]));
  const quoting = candidates.find((h) => calls.some((call) => squeeze(h.chunk.section).includes(call)));
  return quoting && quoting !== top ? [quoting, ...relevant.filter((h) => h !== quoting)] : relevant;
}

/** How much of the later section's coverage the asker's own release's section needs to lead instead. */
const OWN_RELEASE_COVERAGE = 0.75;

/**
 * "py3.13 free threading how to enable": a later release's improvement of something the asker's own
 * release brought ("Free-threaded mode improvements", 3.14) is not what 3.13 lacks; 3.13's own
 * section on it, about as much of the question and sharing its heading's subject, leads.
 */
function ownReleaseFirst(relevant: RankedHit[], ranked: RankedHit[], query: ParsedQuery): RankedHit[] {
  const [top] = relevant;
  const context = query.context;
  if (!top || !context || !top.chunk.version || compareVersions(top.chunk.version, context) <= 0)
    return relevant;
  const candidates = ranked.filter(
    (h) => h.chunk.version === context && h.anchored && h.coverage >= OWN_RELEASE_COVERAGE * top.coverage,
  );
  if (candidates.length === 0 || noteFact(top.chunk, focusTerms(query)).event !== "changed") return relevant;
  const subject = new Set(tokenize(top.chunk.section).filter((t) => !isKindWord(t)));
  const own = candidates.find((h) => tokenize(h.chunk.section).some((t) => subject.has(t) && !isKindWord(t)));
  return own ? [own, ...relevant.filter((h) => h !== own)] : relevant;
}

/** A heading saying what a release does now in place of what it did: "… SyntaxWarning instead of DeprecationWarning". */
const INSTEAD_OF = /\b(\w+) instead of (\w+)$/i;

/** How nearly an earlier section must cover what the replacing one does to say when it began. */
const REPLACED_SHARE = 0.75;

/**
 * "DeprecationWarning: invalid escape sequence '\A'": a message naming what a release replaced, and
 * not its replacement, was met before that release; an earlier section about as much of it says
 * when it began.
 */
function beforeReplacement(relevant: RankedHit[], query: ParsedQuery): RankedHit[] {
  const [top] = relevant;
  const replaced = top && INSTEAD_OF.exec(top.chunk.section);
  if (!top?.chunk.version || !replaced) return relevant;
  const said = query.text.toLowerCase().replace(/[\s_-]+/g, "");
  const [, now = "", was = ""] = replaced;
  if (!said.includes(was.toLowerCase()) || said.includes(now.toLowerCase())) return relevant;
  const released = top.chunk.version;
  const earlier = relevant.find(
    (h) =>
      h.chunk.version &&
      compareVersions(h.chunk.version, released) < 0 &&
      h.coverage >= REPLACED_SHARE * top.coverage,
  );
  return earlier ? [earlier, ...relevant.filter((h) => h !== earlier)] : relevant;
}

/** A release's summary of its highlights, which names many subjects in a line each. */
const HIGHLIGHTS = /\bhighlights\b/i;

/** Whether a section is a release's summary of its highlights rather than about one subject. */
export function isHighlights(section: string): boolean {
  return HIGHLIGHTS.test(section);
}

/** How close a section about one subject must come to the summary that outscored it. */
const SPECIFIC_SHARE = 0.2;

/**
 * "when did print become a function": the release's own section on the subject says it, where
 * its highlights only name it; the summary follows as a further citation.
 */
function specificFirst(relevant: RankedHit[], ranked: RankedHit[], minCoverage: number): RankedHit[] {
  const [top] = relevant;
  if (!top || !isHighlights(top.chunk.section)) return relevant;
  const specific = ranked.find(
    (h) =>
      h.chunk.version === top.chunk.version &&
      !isHighlights(h.chunk.section) &&
      h.coverage >= minCoverage &&
      h.score >= SPECIFIC_SHARE * top.score,
  );
  return specific ? [specific, ...relevant.filter((h) => h !== specific)] : relevant;
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

/** Release date and support status of one version, relative to `today`. */
export function releaseAnswer(
  query: ParsedQuery,
  facts: ReleaseFacts,
  releases: ReleaseFacts[],
  today: Date,
): Answer {
  const v = facts.version;
  const sentences: string[] = [];
  if (facts.released) {
    sentences.push(
      isOnOrBefore(facts.released, today)
        ? `Python ${v} was released on ${formatDate(facts.released)}.`
        : `Python ${v} is planned for ${formatDate(facts.released)}.`,
    );
  }
  const support = supportSentences(facts, releases, today);
  if (query.intent === "end-of-life") sentences.unshift(...support);
  else sentences.push(...support);
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
  const date = facts.inDevelopment
    ? " is in development: these notes come from the docs site and may still change"
    : facts.released
      ? ` was released on ${formatDate(facts.released)}`
      : "";
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
/** The notes' groups each listing intent gathers, and how the answer names them. */
const CHANGE_LISTS: Partial<Record<ParsedQuery["intent"], { group: RegExp; what: string }>> & {
  deprecations: { group: RegExp; what: string };
} = {
  removals: { group: /remov/i, what: "Removed" },
  deprecations: { group: /deprecat/i, what: "Deprecated" },
  speedups: { group: /optimi[sz]|faster|performance/i, what: "Speed-ups" },
};

/** A group heading every release has, as against one a release gives its headline change. */
const GENERIC_GROUP = /^(optimi[sz]ations?|removed|deprecated|deprecations)$/i;

export function changeListAnswer(
  query: ParsedQuery,
  facts: ReleaseFacts,
  chunks: Chunk[],
  limit: number,
): Answer {
  const { group, what } = CHANGE_LISTS[query.intent] ?? CHANGE_LISTS.deprecations;
  const seen = new Set<string>();
  const inGroup = chunks.filter((c) => {
    if (c.version !== facts.version || !group.test(c.headings[1] ?? "") || seen.has(c.section)) return false;
    seen.add(c.section);
    return true;
  });
  // A group of its own ("Faster CPython") is the release's headline; its generic one comes after.
  const listed = [
    ...inGroup.filter((c) => !GENERIC_GROUP.test(c.headings[1] ?? "")),
    ...inGroup.filter((c) => GENERIC_GROUP.test(c.headings[1] ?? "")),
  ];
  if (listed.length === 0) return notFound(query);
  // "distutils removed" under Removed is "distutils"; "wstr removed" under Optimizations says what got faster.
  const names = listed
    .slice(0, 5)
    .map((c) =>
      query.intent === "speedups" ? c.section : c.section.replace(/\s+(removed|deprecated)\b.*$/i, "").trim(),
    );
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

/** How many of a topic's sections the answer names before "and N more". */
const MAX_TOPIC_NAMED = 5;

/**
 * "what's new in asyncio 3.12": the release's sections on one module, listed, each cited — the way a
 * release's removals are listed — rather than the one that ranks first.
 */
export function topicListAnswer(
  query: ParsedQuery,
  version: string,
  topic: string,
  sections: Chunk[],
  limit: number,
): Answer {
  const names = sections.slice(0, MAX_TOPIC_NAMED).map((c) => c.section);
  const more = sections.length > names.length ? `; and ${sections.length - names.length} more` : "";
  return {
    query: query.raw,
    found: true,
    kind: "overview",
    answer: `\`${topic}\` in Python ${version} (${sections.length}): ${names.join("; ")}${more}.`,
    version,
    citations: sections.slice(0, limit).map(citationOf),
    hits: sections.map((c) => hitOf(c)),
    suggestions: [],
  };
}
