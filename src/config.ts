import { DEFAULT_RANKING, type RankingFactors } from "./search/ranking-factors.ts";

/**
 * Every tunable of the retrieval core in one typed object. Each field says what it does and its
 * default; callers override single fields with `resolveOptions({...})`.
 */
export interface CoreOptions {
  /** Longest chunk body in characters before a section is split at paragraph boundaries. Default 1200. */
  maxChunkChars: number;
  /** Field boosts for MiniSearch: a section's own heading, identifiers named in it, its parent headings,
   * its body and identifiers found in the body. Defaults 4, 5, 0.5, 1, 1.5. */
  boost: { title: number; titleIds: number; path: number; body: number; bodyIds: number };
  /** Fuzzy edit distance (fraction of term length, at most 2) for query terms the index does not know.
   * Default 0.25: one typo in 5-letter words, two (a swapped pair) from 6 letters. */
  fuzzy: number;
  /** Shortest query term that may match by prefix. Default 4. */
  minPrefixLength: number;
  /** Share of the query's content (IDF-weighted) that the best hit must contain to count as found.
   * Default 0.6. */
  minCoverage: number;
  /**
   * Lower share that still counts when the best section's heading is about a rare word of the question
   * and it scores well ahead of the rest: long messages cover little of any one section. Default 0.4.
   */
  minAnchoredCoverage: number;
  /**
   * Share a single clause of a longer message must have covered by its best section to answer for the
   * whole message, when the whole found nothing. Default 0.8.
   */
  minClauseCoverage: number;
  /** How many ranked hits an `Answer` carries for paging through "more results". Default 20. */
  maxHits: number;
  /** How many citations an `Answer` lists unless the caller asks otherwise. Default 5. */
  citations: number;
  /**
   * Longest question accepted, in UTF-16 code units. `ask` and `suggest` cut longer input to this length
   * before any other work (never leaving half a surrogate pair), so a 100,000-character message costs
   * no more than a 500-character one; the answer quotes back at most this much. Default 500.
   */
  maxQueryChars: number;
  /**
   * Longest pasted error read, in UTF-16 code units: a traceback's last line says what went wrong, so
   * pastes are read much further than questions: the first and last halves of a longer one. Reading
   * is linear (about 2 ms for 10,000 characters). Default 16,000: some 200 frames of a traceback.
   */
  maxPasteChars: number;
  /**
   * Longest pasted code parsed, in UTF-16 code units, from its first line; a longer snippet is read up
   * to the last whole line that fits. Parsing dense code costs about 2 µs a character, so this bounds
   * a paste's work near 5 ms. Default 2,000: Discord's longest message.
   */
  maxCodeChars: number;
  /**
   * Words of one question the speller tries to correct; later unknown words are left as typed. A
   * question has a typo or two; sixty unknown words are noise, and each costs a search of the
   * vocabulary. Default 8.
   */
  maxCorrections: number;
  /**
   * Searched words matched fuzzily (typos the speller left); the rest match exactly. Each fuzzy word
   * walks much of MiniSearch's term tree. Default 2.
   */
  maxFuzzyTerms: number;
  /** The factors that decide which release comes first; each documented with its value's reason. */
  ranking: RankingFactors;
}

export const DEFAULT_OPTIONS: CoreOptions = {
  maxChunkChars: 1200,
  boost: { title: 4, titleIds: 5, path: 0.5, body: 1, bodyIds: 1.5 },
  fuzzy: 0.25,
  minPrefixLength: 4,
  minCoverage: 0.6,
  minAnchoredCoverage: 0.4,
  minClauseCoverage: 0.8,
  maxHits: 20,
  citations: 5,
  maxQueryChars: 500,
  maxPasteChars: 16_000,
  maxCodeChars: 2_000,
  maxCorrections: 8,
  maxFuzzyTerms: 2,
  ranking: DEFAULT_RANKING,
};

export function resolveOptions(
  overrides: Partial<Omit<CoreOptions, "ranking">> & { ranking?: Partial<RankingFactors> } = {},
): CoreOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...overrides,
    boost: { ...DEFAULT_OPTIONS.boost, ...overrides.boost },
    ranking: { ...DEFAULT_RANKING, ...overrides.ranking },
  };
}
