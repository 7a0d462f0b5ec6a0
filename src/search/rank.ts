import type { Chunk } from "../chunks/chunk.ts";
import type { CoreOptions } from "../config.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { QueryTerm, RawHit, SearchIndex } from "./search-index.ts";
import { isCategoryWord, isKindWord, tokenize } from "./tokenize.ts";

/** What ranking needs to know about a chunk's headings, worked out once per chunk. */
interface ChunkFeatures {
  kind: SectionKind;
  headingTerms: Set<string>;
  subjectTerms: Set<string>;
  minor: number;
}

const featureCache = new WeakMap<Chunk, ChunkFeatures>();

function features(chunk: Chunk): ChunkFeatures {
  let f = featureCache.get(chunk);
  if (!f) {
    f = {
      kind: sectionKind(chunk),
      headingTerms: new Set(tokenize(chunk.section)),
      subjectTerms: headingSubject(chunk.section),
      minor: Number(chunk.version?.split(".")[1] ?? 0),
    };
    featureCache.set(chunk, f);
  }
  return f;
}

/** Only this many of MiniSearch's best results are re-scored; the priors never lift a hit from further down. */
const RESCORED_HITS = 200;

export interface RankedHit {
  chunk: Chunk;
  score: number;
  /** IDF-weighted share of the question's terms this chunk contains, 0 to 1. */
  coverage: number;
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
 * Terms found in more than this share of chunks are left out of the MiniSearch query, which keeps
 * latency flat as a corpus grows; whether a candidate contains them is checked afterwards.
 */
const COMMON_TERM_SHARE = 0.05;

/** Finds a (stemmed) term as a word, plural forms included. */
function wordPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}_])${escaped}(s|es)?($|[^\\p{L}\\p{N}_])`, "u");
}

function isCommon(term: string, index: SearchIndex): boolean {
  return index.size > 200 && index.frequency(term) > index.size * COMMON_TERM_SHARE;
}

/**
 * The MiniSearch query for a parsed question: its own terms, then synonym terms at lower weight.
 * Longer terms also match by prefix (`uuid` finds `uuid7`); unknown long ones match fuzzily.
 */
export function queryTerms(query: ParsedQuery, index: SearchIndex, options: CoreOptions): QueryTerm[] {
  const make = (term: string, boost: number): QueryTerm => {
    const known = index.frequency(term) > 0;
    return {
      term,
      boost:
        term.startsWith("pep") || term.includes(".")
          ? boost * 1.5
          : isCategoryWord(term)
            ? boost * 0.5
            : boost,
      prefix: term.length >= options.minPrefixLength && !/^pep\d/.test(term),
      fuzzy: !known && term.length >= 5 && !/\d/.test(term) ? options.fuzzy : false,
    };
  };
  const own = query.terms.filter((t) => !isCommon(t, index)).map((t) => make(t, 1));
  const seen = new Set(query.terms);
  const extra = query.expansions
    .flatMap((e) => e.terms)
    .filter((t) => !seen.has(t) && seen.add(t) && !isCommon(t, index))
    .map((t) => make(t, 0.7));
  const terms = [...own, ...extra];
  // A question made only of common words still searches for them.
  return terms.length > 0 ? terms : query.terms.map((t) => make(t, 1));
}

/** Share of the question (weighted by how rare each term is) that a hit covers, synonyms included. */
export function coverage(query: ParsedQuery, matched: Set<string>, index: SearchIndex): number {
  const covered = new Set(query.terms.filter((t) => matched.has(t)));
  for (const e of query.expansions) {
    if (e.terms.every((t) => matched.has(t))) for (const t of e.standsFor) covered.add(t);
  }
  let total = 0;
  let got = 0;
  for (const t of query.terms) {
    const w = index.idf(t);
    total += w;
    if (covered.has(t)) got += w;
  }
  return total === 0 ? 0 : got / total;
}

/** Section-level priors: a question about a feature usually means the release that introduced it. */
function kindFactor(chunk: Chunk, query: ParsedQuery): number {
  const { kind } = features(chunk);
  if (kind === "deprecated") return query.wantsDeprecations ? 1.8 : 0.5;
  if (kind === "removed") return query.wantsRemovals ? 1.8 : 0.5;
  if (query.wantsDeprecations || query.wantsRemovals) return 0.8;
  return kind === "new" ? 1.8 : 1;
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
function headingFactor(chunk: Chunk, query: ParsedQuery): number {
  const focus = focusTerms(query);
  if (focus.length === 0) return 1;
  const { subjectTerms: subject, headingTerms: heading } = features(chunk);
  const inSubject = focus.filter((t) => subject.has(t)).length / focus.length;
  const inHeading = focus.filter((t) => heading.has(t)).length / focus.length;
  const exact =
    inSubject === 1 && [...subject].every((t) => focus.includes(t) || t.includes(".") || isCategoryWord(t));
  return (1 + 0.3 * inHeading + 0.3 * inSubject) * (exact ? 1.4 : 1);
}

/** Later releases mostly refine what earlier ones introduced; a slight lean to the earlier one. */
function versionFactor(chunk: Chunk): number {
  const { minor } = features(chunk);
  return 1 - 0.01 * Math.min(minor, 20);
}

/**
 * "Which version added X" means the first release whose headings name X; later releases refine it.
 * Among hits whose heading holds every term of the question, the earliest release gets a lift.
 */
function firstAppearanceBonus(hits: RankedHit[], query: ParsedQuery): void {
  // Deprecations and removals come piecemeal over several releases; there is no "first" one.
  if (query.version || query.terms.length === 0 || query.wantsDeprecations || query.wantsRemovals) return;
  const focus = focusTerms(query);
  let first: RankedHit[] = [];
  let firstMinor = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    if (hit.coverage < 1 || !hit.chunk.version) continue;
    const { kind, headingTerms, minor } = features(hit.chunk);
    if (kind === "deprecated" || kind === "removed") continue;
    if (!focus.every((t) => headingTerms.has(t))) continue;
    if (minor < firstMinor) {
      first = [hit];
      firstMinor = minor;
    } else if (minor === firstMinor) first.push(hit);
  }
  for (const hit of first) hit.score *= 1.3;
}

/** Searches, then re-scores by coverage and section priors; one hit per section, best first. */
export function rank(query: ParsedQuery, index: SearchIndex, options: CoreOptions): RankedHit[] {
  const raw: RawHit[] = index.search(queryTerms(query, index, options), {
    version: query.version,
    boost: options.boost,
  });
  const common = query.terms.filter((t) => isCommon(t, index)).map((t) => ({ term: t, re: wordPattern(t) }));
  const ranked = raw.slice(0, RESCORED_HITS).map((hit) => {
    if (common.length > 0) {
      const text = `${hit.chunk.section}\n${hit.chunk.text}`.toLowerCase();
      for (const { term, re } of common) if (re.test(text)) hit.matched.add(term);
    }
    const cov = coverage(query, hit.matched, index);
    const factors = kindFactor(hit.chunk, query) * headingFactor(hit.chunk, query) * versionFactor(hit.chunk);
    return { chunk: hit.chunk, coverage: cov, score: hit.score * cov * cov * factors };
  });
  firstAppearanceBonus(ranked, query);
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
