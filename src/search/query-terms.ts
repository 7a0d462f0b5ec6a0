/** What a question searches for: its rarest terms, their boosts, and other forms of its words. */
import type { CoreOptions } from "../config.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { features } from "./chunk-features.ts";
import { rememberedPerIndex } from "./per-index.ts";
import type { RankingFactors } from "./ranking-factors.ts";
import type { QueryTerm, SearchIndex } from "./search-index.ts";
import { isCategoryWord } from "./tokenize.ts";

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
  // "directory" is held by "directories", "library" by "libraries".
  if (term.length > 3 && term.endsWith("y") && holdsExactly(text, `${term.slice(0, -1)}ies`)) return true;
  return holdsExactly(text, term);
}

function holdsExactly(text: string, term: string): boolean {
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
 * Only the rarest few terms go, and never those in more than `commonTermShare` of chunks: the cost of
 * a search is the length of its terms' postings, so this keeps latency flat as a corpus grows.
 * Whether a candidate holds the other terms is checked after.
 */
export function queryTerms(query: ParsedQuery, index: SearchIndex, options: CoreOptions): QueryTerm[] {
  const r = options.ranking;
  let fuzzyLeft = options.maxFuzzyTerms;
  const make = (term: string, boost: number): QueryTerm => {
    const known = index.frequency(term) > 0;
    const fuzzy = !known && /^[a-z_]{5,24}$/.test(term) && fuzzyLeft-- > 0;
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
      fuzzy: fuzzy ? options.fuzzy : false,
    };
  };
  const rarest = (terms: string[], n: number): string[] => {
    const sorted = terms
      .filter((t) => !isCommon(t, index, r))
      .sort((a, b) => index.frequency(a) - index.frequency(b));
    const budget = Math.max(index.size * r.postingsBudgetShare, r.minPostingsBudget);
    const picked: string[] = [];
    // A word no section holds ("wanton", a typo) is searched only for its spelling, as many as may
    // match fuzzily: it takes no place from the rare words the notes do hold ("forkserver" beside
    // "why on earth").
    let known = 0;
    let unknown = 0;
    let postings = 0;
    for (const t of sorted) {
      const frequency = index.frequency(t);
      postings += frequency;
      if (known >= n || (picked.length > 0 && postings > budget)) break;
      if (frequency === 0 && unknown++ >= options.maxFuzzyTerms) continue;
      picked.push(t);
      if (frequency > 0) known++;
    }
    return picked;
  };
  const seen = new Set(query.terms);
  // Other wordings come from the project's own tables, not the asker's typing: one no section holds
  // ("zeroarg") has no typo to forgive, so it is not searched.
  const extraTerms = query.expansions
    .filter((e) => e.searched !== false)
    .flatMap((e) => e.terms)
    .filter((t) => !seen.has(t) && seen.add(t) && index.frequency(t) > 0);
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

/** Adds other forms of the question's words as synonyms that stand for them. */
export function withWordVariants(query: ParsedQuery, index: SearchIndex, r: RankingFactors): ParsedQuery {
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

const EVEN_FIELDS = { title: 1, titleIds: 1, path: 1, body: 1, bodyIds: 1 };

/**
 * Whether the notes write a joined term as one word somewhere (`dataclass`, `TaskGroup`), rather
 * than only as the index's joining of a hyphenated pair ("keyword-argument", "free-threading").
 */
const writtenAsOneWord = rememberedPerIndex((index, term) =>
  index
    .search([{ term, boost: 1, prefix: false, fuzzy: false }], { boost: EVEN_FIELDS, limit: 20 })
    .some((h) => holdsWord(features(h.chunk).lowerText, term)),
);

/** Shortest joined word taken for two typed ones: "dataclass", "taskgroup", "zoneinfo". */
const MIN_COMPOUND_LENGTH = 6;

/**
 * "data class", "task group", "zone info": two adjacent words the notes write as one name are asked
 * as that name, so a heading that merely uses the two words ("data class transforms") does not
 * outrank the section about the thing. The two words still count, as other words for it.
 */
export function withCompounds(query: ParsedQuery, index: SearchIndex): ParsedQuery {
  const text = query.text.toLowerCase();
  let terms = query.terms;
  let expansions = [...query.expansions];
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i] ?? "";
    const b = terms[i + 1] ?? "";
    const joined = a + b;
    if (!/^[a-z]{2,}$/.test(a) || !/^[a-z]{2,}$/.test(b) || joined.length < MIN_COMPOUND_LENGTH) continue;
    if (index.frequency(joined) === 0 || terms.includes(joined) || !writtenAsOneWord(index, joined)) continue;
    if (!new RegExp(`\\b${a}[\\s-]+${b}(?:e?s)?\\b`).test(text)) continue;
    terms = [...terms.slice(0, i), joined, ...terms.slice(i + 2)];
    // A synonym of the two words ("ordered dict" → "insertion order") stands for the compound too.
    expansions = expansions.map((e) =>
      e.standsFor.includes(a) || e.standsFor.includes(b) ? { ...e, standsFor: [...e.standsFor, joined] } : e,
    );
    expansions.push({ terms: [a, b], standsFor: [joined] });
  }
  return terms === query.terms ? query : { ...query, terms, expansions };
}
