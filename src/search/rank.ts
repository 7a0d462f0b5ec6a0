import type { Chunk } from "../chunks/chunk.ts";
import type { CoreOptions } from "../config.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { QueryTerm, RawHit, SearchIndex } from "./search-index.ts";
import { tokenize } from "./tokenize.ts";

export interface RankedHit {
  chunk: Chunk;
  score: number;
  /** IDF-weighted share of the question's terms this chunk contains, 0 to 1. */
  coverage: number;
}

const DEPRECATED = /deprecat/i;
const REMOVED = /remov/i;
const ADDED = /\bnew\b|highlights|language changes|syntax|features/i;

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

/** Section-level priors: what a question about a feature usually means. */
function sectionFactor(chunk: Chunk, query: ParsedQuery): number {
  const path = chunk.headings.join(" / ");
  if (DEPRECATED.test(path)) return query.wantsDeprecations ? 1.5 : 0.6;
  if (REMOVED.test(path)) return query.wantsRemovals ? 1.5 : 0.6;
  return ADDED.test(path) ? 1.15 : 1;
}

/** A heading that contains every term of the question is very likely the section asked about. */
function headingFactor(chunk: Chunk, query: ParsedQuery): number {
  if (query.terms.length === 0) return 1;
  const heading = new Set(tokenize(chunk.section));
  const inHeading = query.terms.filter((t) => heading.has(t)).length / query.terms.length;
  return 1 + 0.5 * inHeading;
}

/** Searches, then re-scores by coverage and section priors; one hit per section, best first. */
export function rank(query: ParsedQuery, index: SearchIndex, options: CoreOptions): RankedHit[] {
  const raw: RawHit[] = index.search(queryTerms(query, index, options), {
    version: query.version,
    boost: options.boost,
  });
  const ranked = raw.map((hit) => {
    const cov = coverage(query, hit.matched, index);
    return {
      chunk: hit.chunk,
      coverage: cov,
      score: hit.score * cov * cov * sectionFactor(hit.chunk, query) * headingFactor(hit.chunk, query),
    };
  });
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
