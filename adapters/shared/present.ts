import type { Answer, Hit } from "../../src/index.ts";

/**
 * Presentation every platform shares: what "More results" pages through and how its pages are cut.
 * Each platform's own choices within its limits are its `PRESENTATION`, beside its renderer.
 */

/** Ranked results the answer does not already cite (among its first `shown` citations). */
export function furtherResults(answer: Answer, shown = answer.citations.length): Hit[] {
  const cited = new Set(answer.citations.slice(0, shown).map((c) => `${c.url}\n${c.section}`));
  return answer.hits.filter((h) => !cited.has(`${h.url}\n${h.section}`));
}

/** Items of page `page` (1-based) of "More results", `perPage` a page. */
export function resultsPage<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}
