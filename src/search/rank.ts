import type { Chunk } from "../chunks/chunk.ts";
import type { CoreOptions } from "../config.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { QueryTerm, RawHit, SearchIndex } from "./search-index.ts";
import { isCategoryWord, tokenize } from "./tokenize.ts";

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

/** The MiniSearch query for a parsed question: its own terms, then synonym terms at lower weight. */
export function queryTerms(query: ParsedQuery, index: SearchIndex, options: CoreOptions): QueryTerm[] {
  const make = (term: string, boost: number): QueryTerm => {
    const known = index.frequency(term) > 0;
    return {
      term,
      boost: term.startsWith("pep") || term.includes(".") ? boost * 1.5 : boost,
      prefix: term.length >= options.minPrefixLength && !/^pep\d/.test(term),
      fuzzy: !known && term.length >= 5 && !/\d/.test(term) ? options.fuzzy : false,
    };
  };
  const own = query.terms.map((t) => make(t, 1));
  const seen = new Set(query.terms);
  const extra = query.expansions
    .flatMap((e) => e.terms)
    .filter((t) => !seen.has(t) && seen.add(t))
    .map((t) => make(t, 0.7));
  return [...own, ...extra];
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
  const kind = sectionKind(chunk);
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
  const focus = query.terms.filter((t) => !isCategoryWord(t));
  return focus.length > 0 ? focus : query.terms;
}

/** A heading about exactly what was asked beats one that merely mentions it. */
function headingFactor(chunk: Chunk, query: ParsedQuery): number {
  const focus = focusTerms(query);
  if (focus.length === 0) return 1;
  const subject = headingSubject(chunk.section);
  const heading = new Set(tokenize(chunk.section));
  const inSubject = focus.filter((t) => subject.has(t)).length / focus.length;
  const inHeading = focus.filter((t) => heading.has(t)).length / focus.length;
  const exact = inSubject === 1 && [...subject].every((t) => focus.includes(t) || t.includes("."));
  return (1 + 0.3 * inHeading + 0.3 * inSubject) * (exact ? 1.4 : 1);
}

/** Later releases mostly refine what earlier ones introduced; a slight lean to the earlier one. */
function versionFactor(chunk: Chunk): number {
  const minor = Number(chunk.version?.split(".")[1] ?? 0);
  return 1 - 0.01 * Math.min(minor, 20);
}

/**
 * "Which version added X" means the first release whose headings name X; later releases refine it.
 * Among hits whose heading holds every term of the question (and whose kind fits what is asked), the
 * earliest release gets a lift.
 */
function firstAppearanceBonus(hits: RankedHit[], query: ParsedQuery): void {
  if (query.version || query.terms.length === 0) return;
  const wantsKind = query.wantsDeprecations || query.wantsRemovals;
  const focus = focusTerms(query);
  let first: RankedHit[] = [];
  let firstMinor = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    if (hit.coverage < 1 || !hit.chunk.version) continue;
    const kind = sectionKind(hit.chunk);
    if ((kind === "deprecated" || kind === "removed") !== wantsKind) continue;
    const heading = new Set(tokenize(hit.chunk.section));
    if (!focus.every((t) => heading.has(t))) continue;
    const minor = Number(hit.chunk.version.split(".")[1] ?? 0);
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
  const ranked = raw.map((hit) => {
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
