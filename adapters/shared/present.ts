import { type Answer, type Hit, truncate } from "../../src/index.ts";

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

/**
 * `text` in a platform's markup, cut so the marked-up form is at most `max` characters (a platform's
 * named limit). The plain text is cut (at a word, with "…") before `markUp` runs, so an escape is never
 * cut in half; the cut is the longest whose marked-up form fits, found by halving.
 */
export function fitToLimit(text: string, max: number, markUp: (plain: string) => string = (t) => t): string {
  const whole = markUp(text);
  if (whole.length <= max) return whole;
  // Marking up never shortens text, so no cut longer than `max` plain characters can fit.
  let fits = "";
  let low = 0;
  let high = Math.min(max, text.length - 1);
  while (low <= high) {
    const middle = (low + high) >> 1;
    const marked = markUp(truncate(text, middle));
    if (marked.length <= max) {
      fits = marked;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return fits;
}
