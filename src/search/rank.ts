import type { Chunk } from "../chunks/chunk.ts";
import type { CoreOptions } from "../config.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { features, holds, type SectionKind, withStems } from "./chunk-features.ts";
import { coverage, isLongMessage, joinedTerms, looksLikeNoise } from "./coverage.ts";
import { rememberedPerIndex } from "./per-index.ts";
import { firstAppearanceBonus, focusTerms, headingFactor, kindFactor, versionFactor } from "./priors.ts";
import { holdsWord, queryTerms, withCompounds, withWordVariants } from "./query-terms.ts";
import type { RawHit, SearchIndex } from "./search-index.ts";
import { isKindWord } from "./tokenize.ts";

export interface RankedHit {
  chunk: Chunk;
  score: number;
  /** IDF-weighted share of the question's terms this chunk contains, 0 to 1. */
  coverage: number;
  /** The section's heading is about a rare word of the question ("f-strings", "walrus"), not just mentioning it. */
  anchored?: boolean;
}

/** The question words ("deprecation", "gone") a section of each kind answers by being of it. */
const KIND_ANSWERS: Readonly<Record<SectionKind, RegExp | undefined>> = {
  deprecated: /^deprecat/,
  removed: /^(?:remov|dropped$|deleted$|gone$)/,
  new: /^(?:added|new)$/,
  other: undefined,
};

/** A word in this many of one release's sections can still make a heading about it. */
const MIN_RELEASE_ANCHOR_FREQUENCY = 2;

const byRelease = new WeakMap<SearchIndex, Map<string, Chunk[]>>();

/** The sections of one release, grouped once per index. */
function sectionsOf(index: SearchIndex, version: string): Chunk[] {
  let groups = byRelease.get(index);
  if (!groups) {
    groups = new Map();
    for (const chunk of index.chunks) {
      if (!chunk.version) continue;
      const group = groups.get(chunk.version);
      if (group) group.push(chunk);
      else groups.set(chunk.version, [chunk]);
    }
    byRelease.set(index, groups);
  }
  return groups.get(version) ?? [];
}

/** Names the asker wrote as code would (`__pycache__`, `pycache_prefix`, `asyncio.run`). */
const WRITTEN_NAME = /(?<![\w.])(?:__[a-z]\w*__|[a-z]\w*_\w+|[a-z_]\w*(?:\.[a-z_]\w*)+)(?![\w.])/gi;

function writtenNames(text: string): string[] {
  return [...new Set((text.match(WRITTEN_NAME) ?? []).map((n) => n.toLowerCase()))];
}

/** A CamelCase name in backticks ("`QueryAnalysisConfig`"): the asker's own class, not a subject of the notes. */
const ASKERS_CLASS = /`([A-Z][a-z0-9]+[A-Z]\w*)`/g;

function askersNames(text: string): Set<string> {
  return new Set([...text.matchAll(ASKERS_CLASS)].map((m) => (m[1] ?? "").toLowerCase()));
}

/** Whether some section's heading is about the word. */
const headsASection = rememberedPerIndex((index, word) =>
  index.chunks.some((c) => holds(features(c).subjectTerms, word)),
);

/**
 * For each module or class a dotted name of the question qualifies, the members it names that some
 * section is about: a member no heading names ("random.randint") may still be the subject of a section
 * on its module, but one with sections of its own is not the subject of the others.
 */
function memberOfQualifier(terms: readonly string[], index: SearchIndex): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const term of terms) {
    const parts = term.split(".");
    const member = parts.pop();
    if (!member || parts.length === 0 || !terms.includes(member)) continue;
    if (!headsASection(index, member)) continue;
    for (const qualifier of parts) members.set(qualifier, [...(members.get(qualifier) ?? []), member]);
  }
  return members;
}

/** Whether a section's heading writes one of the names exactly, not just a word of it. */
function headingWrites(chunk: Chunk, names: string[]): boolean {
  const heading = features(chunk).lowerHeading;
  return names.some((n) => holdsWord(heading, n));
}

/** Searches, then re-scores by coverage and section priors; one hit per section, best first. */
export function rank(query: ParsedQuery, index: SearchIndex, options: CoreOptions): RankedHit[] {
  const r = options.ranking;
  query = withWordVariants(withCompounds(query, index), index, r);
  const terms = queryTerms(query, index, options);
  const raw: RawHit[] = index.search(terms, {
    version: query.version,
    boost: options.boost,
    limit: r.rescoredHits,
  });
  const searched = new Set(terms.map((t) => t.term));
  const unsearched = [...query.terms, ...query.expansions.flatMap((e) => e.terms)].filter(
    (t) => !searched.has(t),
  );
  // What the question is about, worked out once rather than for every hit.
  const focus = focusTerms(query);
  const focusKeys = withStems(focus);
  // A word no section holds ("tailwind", "weather") says the question is about something else;
  // "halftoeven" for "half-to-even" is only the question's own words run together.
  const joined = joinedTerms(query, index);
  const chatty = isLongMessage(query, index);
  const own = askersNames(query.text);
  const allKnown = query.terms.every(
    (t) =>
      !/^[a-z]+$/.test(t) ||
      index.frequency(t) > 0 ||
      looksLikeNoise(t) ||
      own.has(t) ||
      joined.has(t) ||
      chatty ||
      query.language !== undefined,
  );
  // Within one release, a word is rare by that release's sections: "ssl" is common in the notes,
  // but two sections of 3.13 speak of it.
  const release = query.version ? sectionsOf(index, query.version) : undefined;
  const maxFrequency = release
    ? Math.max(MIN_RELEASE_ANCHOR_FREQUENCY, Math.round((r.anchorMaxFrequency * release.length) / index.size))
    : r.anchorMaxFrequency;
  const rare = allKnown
    ? focus.filter((t) => {
        const everywhere = index.frequency(t);
        // A word this rare in all the notes is rare in any one release: no need to count there.
        if (everywhere === 0) return false;
        if (everywhere <= maxFrequency) return true;
        if (!release) return false;
        const f = release.filter((c) => holdsWord(features(c).lowerText, t)).length;
        return f > 0 && f <= maxFrequency;
      })
    : [];
  // "the exceptions underline parts of code": a synonym row's notes wording (fine-grained error
  // locations) stands for words the notes never say; a heading holding all of it is about them.
  const standIns = allKnown
    ? query.expansions.filter(
        (e) =>
          e.terms.length > 1 &&
          e.standsFor.length > 0 &&
          e.standsFor.every((t) => index.frequency(t) <= r.anchorMaxFrequency && !isKindWord(t)),
      )
    : [];
  const names = writtenNames(query.text);
  const members = memberOfQualifier(query.terms, index);
  const ranked = raw.map((hit, i) => {
    if (unsearched.length > 0 && i < r.checkedHits) {
      const text = features(hit.chunk).lowerText;
      for (const term of unsearched) if (holdsWord(text, term)) hit.matched.add(term);
    }
    // "deprecation warning": a section that records a deprecation answers the word, whatever it says.
    const answered = KIND_ANSWERS[features(hit.chunk).kind];
    if (answered) for (const term of query.terms) if (answered.test(term)) hit.matched.add(term);
    const cov = coverage(query, hit.matched, index, hit.docTerms, r);
    const factors =
      kindFactor(hit.chunk, query, r) *
      headingFactor(hit.chunk, focus, focusKeys, r) *
      versionFactor(hit.chunk, r) *
      (names.length > 0 && headingWrites(hit.chunk, names) ? r.exactName : 1);
    const subject = features(hit.chunk).subjectTerms;
    // "asyncio.get_event_loop() deprecated in 3.10": a section of 3.10 about another part of asyncio
    // holds the module's name but not the member asked about, and is not about it.
    const lowerText = features(hit.chunk).lowerText;
    const anchored =
      rare.some((t) => holds(subject, t) && !(members.get(t) ?? []).some((m) => !holdsWord(lowerText, m))) ||
      standIns.some((e) => e.terms.every((t) => holds(subject, t)));
    return {
      chunk: hit.chunk,
      coverage: cov,
      score: hit.score * cov ** r.coverageExponent * factors,
      anchored,
    };
  });
  firstAppearanceBonus(ranked, query, focus, r);
  ranked.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const unique: RankedHit[] = [];
  for (const hit of ranked) {
    const key = `${hit.chunk.source}#${hit.chunk.headings.join("/")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(hit);
    if (unique.length >= options.maxHits * 2) break;
  }
  return unique;
}
