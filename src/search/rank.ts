import { stemmer } from "stemmer";
import type { Chunk } from "../chunks/chunk.ts";
import type { CoreOptions } from "../config.ts";
import { isEnglishWord } from "../query/english-words.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { editDistance } from "./edit-distance.ts";
import { DEFAULT_RANKING, type RankingFactors } from "./ranking-factors.ts";
import type { QueryTerm, RawHit, SearchIndex } from "./search-index.ts";
import { isCategoryWord, isKindWord, tokenize } from "./tokenize.ts";

/** What ranking needs to know about a chunk's headings, worked out once per chunk. */
interface ChunkFeatures {
  kind: SectionKind;
  /** The section refines something an earlier release introduced. */
  followUp: boolean;
  /** Heading and text in lower case, for checking terms the search left out. */
  lowerText: string;
  headingTerms: Set<string>;
  subjectTerms: Set<string>;
  minor: number;
}

const featureCache = new WeakMap<Chunk, ChunkFeatures>();

const STEM_MARK = "~";
const stemKeys = new Map<string, string | undefined>();

/** A term's Porter stem, marked; remembered, since every hit asks again for the same few terms. */
function stemKey(term: string): string | undefined {
  if (stemKeys.has(term)) return stemKeys.get(term);
  if (stemKeys.size > 10_000) stemKeys.clear();
  const key = /^[a-z]{4,}$/.test(term) ? STEM_MARK + stemmer(term) : undefined;
  stemKeys.set(term, key);
  return key;
}

/** Heading terms plus their Porter stems, so "free threading" finds "Free-threaded …". */
function withStems(terms: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const t of terms) {
    set.add(t);
    const key = stemKey(t);
    if (key) set.add(key);
  }
  return set;
}

/** Whether a heading's terms hold a question term, in any of its forms. */
function holds(terms: Set<string>, term: string): boolean {
  const key = stemKey(term);
  return terms.has(term) || (key !== undefined && terms.has(key));
}

/** Works out every chunk's ranking features at start, so no question pays for a chunk seen first. */
export function warmUpRanking(chunks: readonly Chunk[]): void {
  for (const chunk of chunks) features(chunk);
}

function features(chunk: Chunk): ChunkFeatures {
  let f = featureCache.get(chunk);
  if (!f) {
    const minor = Number(chunk.version?.split(".")[1] ?? 0);
    f = {
      kind: sectionKind(chunk),
      followUp: isFollowUp(chunk, minor),
      lowerText: `${chunk.section}\n${chunk.text}`.toLowerCase(),
      headingTerms: withStems(tokenize(chunk.section)),
      subjectTerms: withStems(headingSubject(chunk.section)),
      minor,
    };
    featureCache.set(chunk, f);
  }
  return f;
}

export interface RankedHit {
  chunk: Chunk;
  score: number;
  /** IDF-weighted share of the question's terms this chunk contains, 0 to 1. */
  coverage: number;
  /** The section's heading is about a rare word of the question ("f-strings", "walrus"), not just mentioning it. */
  anchored?: boolean;
}

type SectionKind = "new" | "deprecated" | "removed" | "other";

const KIND_TESTS: [Exclude<SectionKind, "other">, RegExp][] = [
  ["deprecated", /deprecat/i],
  ["removed", /\bremov/i],
  ["new", /\bnew\b|highlights|new syntax|language features/i],
];

/**
 * Whether a section announces something new, a deprecation or a removal: the nearest heading
 * (own heading first) that says exactly one of these decides.
 */
export function sectionKind(chunk: Chunk): SectionKind {
  for (const heading of [...chunk.headings.slice(1)].reverse()) {
    const kinds = KIND_TESTS.filter(([, re]) => re.test(heading)).map(([kind]) => kind);
    if (kinds.length === 1) return kinds[0] as SectionKind;
    if (kinds.length > 1) return "other";
  }
  return "other";
}

/**
 * Only the rarest few terms of a question go to MiniSearch, and never those found in more than
 * `commonTermShare` of chunks: the cost of a search is the length of its terms' postings, so this
 * keeps latency flat as a corpus grows. Whether a candidate contains the other terms is checked after.
 */

/** Whether a character continues a word: a term must not match inside a longer one. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * Whether lower-case text holds a (stemmed) term as a word, plural forms included. Scanned by hand
 * rather than with a regular expression per term: every new question word would otherwise compile
 * one, and questions are mostly new.
 */
export function holdsWord(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at + term.length;
    if (text.startsWith("es", end) && !isWordChar(text.charCodeAt(end + 2))) return true;
    if (text.startsWith("s", end)) end++;
    if (end >= text.length || !isWordChar(text.charCodeAt(end))) return true;
  }
  return false;
}

function isCommon(term: string, index: SearchIndex, r: RankingFactors): boolean {
  return index.size > 200 && index.frequency(term) > index.size * r.commonTermShare;
}

/**
 * The MiniSearch query for a parsed question: its own terms, then synonym terms at lower weight.
 * Longer terms also match by prefix (`uuid` finds `uuid7`); unknown long ones match fuzzily.
 */
export function queryTerms(query: ParsedQuery, index: SearchIndex, options: CoreOptions): QueryTerm[] {
  const r = options.ranking;
  const make = (term: string, boost: number): QueryTerm => {
    const known = index.frequency(term) > 0;
    return {
      term,
      boost:
        term.startsWith("pep") || term.includes(".")
          ? boost * r.specificTermBoost
          : isCategoryWord(term)
            ? boost * r.categoryTermBoost
            : boost,
      prefix: term.length >= options.minPrefixLength && !/^pep\d/.test(term),
      // Typos are forgiven in plain words only: fuzzy matching of long dotted names walks the whole
      // vocabulary and finds nothing useful.
      fuzzy: !known && /^[a-z_]{5,24}$/.test(term) ? options.fuzzy : false,
    };
  };
  const rarest = (terms: string[], n: number): string[] => {
    const sorted = terms
      .filter((t) => !isCommon(t, index, r))
      .sort((a, b) => index.frequency(a) - index.frequency(b));
    const budget = Math.max(index.size * r.postingsBudgetShare, r.minPostingsBudget);
    const picked: string[] = [];
    let postings = 0;
    for (const t of sorted) {
      postings += index.frequency(t);
      if (picked.length >= n || (picked.length > 0 && postings > budget)) break;
      picked.push(t);
    }
    return picked;
  };
  const seen = new Set(query.terms);
  const extraTerms = query.expansions
    .filter((e) => e.searched !== false)
    .flatMap((e) => e.terms)
    .filter((t) => !seen.has(t) && seen.add(t));
  const terms = [
    ...rarest(query.terms, r.maxSearchedTerms).map((t) => make(t, 1)),
    ...rarest(extraTerms, r.maxSearchedExpansions).map((t) => make(t, r.synonymBoost)),
  ];
  if (terms.length > 0) return terms;
  // A question made only of common words still searches, for its two rarest words, exactly.
  return [...query.terms]
    .sort((a, b) => index.frequency(a) - index.frequency(b))
    .slice(0, 2)
    .map((t) => ({ ...make(t, 1), prefix: false }));
}

/** Share of the question (weighted by how rare each term is) that a hit covers, synonyms included. */
export function coverage(
  query: ParsedQuery,
  matched: Set<string>,
  index: SearchIndex,
  docTerms: readonly string[] = [],
  r: RankingFactors = DEFAULT_RANKING,
): number {
  // How much each question term is covered: fully by itself or a synonym, partly by another word form.
  const credit = new Map<string, number>();
  // A word the index has never seen matched fuzzily: a typo ("secerts" → "secrets") counts fully,
  // another word ("printer" → "print") only half.
  for (const t of query.terms) {
    if (!matched.has(t)) continue;
    const typo = index.frequency(t) > 0 || docTerms.some((d) => editDistance(t, d, 1) <= 1);
    credit.set(t, typo ? 1 : r.unseenCredit);
  }
  for (const e of query.expansions) {
    if (!e.terms.every((t) => matched.has(t))) continue;
    for (const t of e.standsFor) credit.set(t, Math.max(credit.get(t) ?? 0, e.credit ?? 1));
  }
  // The weight of a question word the index has never seen: that of a word in this share of sections.
  const unknownWeight = Math.log(1 + 1 / r.unknownTermShare);
  let total = 0;
  let got = 0;
  for (const t of query.terms) {
    // Chat noise no section holds ("ngl", "tbh", "lmaooo") weighs like a common word, so it
    // cannot sink a section that matches everything else; an unknown real word ("flexbox",
    // "weather") keeps its weight, since the question is about it.
    const w =
      index.frequency(t) === 0 && looksLikeNoise(t) ? Math.min(index.idf(t), unknownWeight) : index.idf(t);
    total += w;
    got += w * (credit.get(t) ?? 0);
  }
  return total === 0 ? 0 : got / total;
}

const REFINEMENT = /\bimprove(d|ments?)\b|\bno longer experimental\b|\bofficially supported\b/i;
const EARLIER_RELEASE = /\b(?:introduced|added|new|available|arrived)\s+in\s+(?:python\s+)?3\.(\d+)/gi;

/** Whether a section is about something an earlier release introduced. */
export function isFollowUp(chunk: Chunk, minor = Number(chunk.version?.split(".")[1] ?? 0)): boolean {
  if (REFINEMENT.test(chunk.section)) return true;
  for (const m of chunk.text.matchAll(EARLIER_RELEASE)) if (Number(m[1]) < minor) return true;
  return false;
}

/**
 * Slang and keyboard noise: short and not an English word, vowel-less or with a letter held down
 * ("thx", "lmaooo"). A short real word the notes lack ("undo") is a subject they do not cover.
 */
function looksLikeNoise(term: string): boolean {
  if (!/^[a-z]+$/.test(term)) return false;
  return (term.length <= 4 && !isEnglishWord(term)) || !/[aeiouy]/.test(term) || /([a-z])\1\1/.test(term);
}

/** Section-level priors: a question about a feature usually means the release that introduced it. */
function kindFactor(chunk: Chunk, query: ParsedQuery, r: RankingFactors): number {
  const { kind } = features(chunk);
  if (kind === "deprecated") return query.wantsDeprecations ? r.askedChangeSection : r.unaskedChangeSection;
  if (kind === "removed") return query.wantsRemovals ? r.askedChangeSection : r.unaskedChangeSection;
  if (query.wantsDeprecations || query.wantsRemovals) return r.otherSectionWhenChangesAsked;
  // A section that announces improvements, or says the thing came in an earlier release, follows
  // its introduction elsewhere.
  const followUp = features(chunk).followUp ? r.followUpSection : 1;
  return (kind === "new" ? r.newSection : 1) * followUp;
}

/** The words a heading is about: its text up to the first colon, dash, parenthesis or "and". */
function headingSubject(section: string): Set<string> {
  const subject = section.split(/:\s|\s[—–-]\s|\s\(|,\s|\sand\s/)[0] ?? section;
  return new Set(tokenize(subject));
}

/** The question's terms that name what it is about, without words like "module" or "function". */
export function focusTerms(query: ParsedQuery): string[] {
  const focus = query.terms.filter((t) => !isCategoryWord(t) && !isKindWord(t));
  return focus.length > 0 ? focus : query.terms;
}

/** A heading about exactly what was asked beats one that merely mentions it. */
function everyIn(set: Set<string>, test: (term: string) => boolean): boolean {
  for (const t of set) if (!test(t)) return false;
  return true;
}

function headingFactor(chunk: Chunk, focus: string[], focusKeys: Set<string>, r: RankingFactors): number {
  if (focus.length === 0) return 1;
  const { subjectTerms: subject, headingTerms: heading } = features(chunk);
  let inSubject = 0;
  let inHeading = 0;
  for (const t of focus) {
    if (holds(subject, t)) inSubject++;
    if (holds(heading, t)) inHeading++;
  }
  inSubject /= focus.length;
  inHeading /= focus.length;
  const exact =
    inSubject === 1 &&
    everyIn(
      subject,
      (t) =>
        t.startsWith(STEM_MARK) ||
        holds(focusKeys, t) ||
        t.includes(".") ||
        isCategoryWord(t) ||
        isKindWord(t),
    );
  return (1 + r.headingShare * inHeading + r.subjectShare * inSubject) * (exact ? r.exactSubject : 1);
}

/** Later releases mostly refine what earlier ones introduced; a slight lean to the earlier one. */
function versionFactor(chunk: Chunk, r: RankingFactors): number {
  const { minor } = features(chunk);
  return 1 - r.versionLean * Math.min(minor, r.maxVersionLean);
}

/**
 * "Which version added X" means the first release whose headings name X; later releases refine it.
 * Among hits whose heading holds every term of the question, the earliest release gets a lift.
 */
function firstAppearanceBonus(
  hits: RankedHit[],
  query: ParsedQuery,
  focus: string[],
  r: RankingFactors,
): void {
  // Deprecations and removals come piecemeal over several releases; there is no "first" one.
  if (query.version || query.terms.length === 0 || query.wantsDeprecations || query.wantsRemovals) return;
  let first: RankedHit[] = [];
  let firstMinor = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    if (hit.coverage < 1 || !hit.chunk.version) continue;
    const { kind, headingTerms, minor } = features(hit.chunk);
    if (kind === "deprecated" || kind === "removed") continue;
    if (!focus.every((t) => holds(headingTerms, t))) continue;
    if (minor < firstMinor) {
      first = [hit];
      firstMinor = minor;
    } else if (minor === firstMinor) first.push(hit);
  }
  // "Can I use X on 3.7?" asks when X first became available: the introduction counts for more.
  const lift = query.context ? r.firstAppearanceInContext : r.firstAppearance;
  for (const hit of first) hit.score *= lift;
}

/** Adds other forms of the question's words as synonyms that stand for them. */
function withWordVariants(query: ParsedQuery, index: SearchIndex, r: RankingFactors): ParsedQuery {
  const variants = query.terms.flatMap((t) =>
    index
      .variants(t)
      .slice(0, r.maxVariants)
      // A word the index knows is searched as written; its other forms only count for coverage.
      .map((v) => ({
        terms: [v],
        standsFor: [t],
        searched: index.frequency(t) === 0,
        // Another form only half answers for a word: "starter" found as "start" is how unrelated
        // questions look relevant.
        credit: r.variantCredit,
      })),
  );
  return variants.length > 0 ? { ...query, expansions: [...query.expansions, ...variants] } : query;
}

/** Searches, then re-scores by coverage and section priors; one hit per section, best first. */
export function rank(query: ParsedQuery, index: SearchIndex, options: CoreOptions): RankedHit[] {
  const r = options.ranking;
  query = withWordVariants(query, index, r);
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
  // A word no section holds ("tailwind", "weather") says the question is about something else.
  const allKnown = query.terms.every(
    (t) => !/^[a-z]+$/.test(t) || index.frequency(t) > 0 || looksLikeNoise(t),
  );
  const rare = allKnown
    ? focus.filter((t) => {
        const f = index.frequency(t);
        return f > 0 && f <= r.anchorMaxFrequency;
      })
    : [];
  const ranked = raw.map((hit, i) => {
    if (unsearched.length > 0 && i < r.checkedHits) {
      const text = features(hit.chunk).lowerText;
      for (const term of unsearched) if (holdsWord(text, term)) hit.matched.add(term);
    }
    const cov = coverage(query, hit.matched, index, hit.docTerms, r);
    const factors =
      kindFactor(hit.chunk, query, r) *
      headingFactor(hit.chunk, focus, focusKeys, r) *
      versionFactor(hit.chunk, r);
    const anchored = rare.some((t) => holds(features(hit.chunk).subjectTerms, t));
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
