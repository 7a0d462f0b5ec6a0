import type { SearchIndex } from "./search-index.ts";

/**
 * A question about a word that only the index answers, and the same answer every time it is asked:
 * worked out once per index and word. Indexes are kept weakly, so a dropped one takes its answers along.
 */
export function rememberedPerIndex(
  work: (index: SearchIndex, word: string) => boolean,
): (index: SearchIndex, word: string) => boolean {
  const answers = new WeakMap<SearchIndex, Map<string, boolean>>();
  return (index, word) => {
    let known = answers.get(index);
    if (!known) {
      known = new Map();
      answers.set(index, known);
    }
    let answer = known.get(word);
    if (answer === undefined) {
      answer = work(index, word);
      known.set(word, answer);
    }
    return answer;
  };
}
