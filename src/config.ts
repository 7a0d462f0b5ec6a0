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
   * Longest pasted error or code read, in UTF-16 code units: a traceback's last line says what went
   * wrong and a snippet's last lines may hold the newest syntax, so pastes are read much further
   * than questions. Parsing is linear, so this bounds the work. Default 400,000 (about 10,000 lines).
   */
  maxPasteChars: number;
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
  maxHits: 20,
  citations: 5,
  maxQueryChars: 500,
  maxPasteChars: 400_000,
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
