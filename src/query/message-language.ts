import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isEnglishWord } from "./english-words.ts";

/**
 * Languages written in Latin letters that askers use ("Quali sono le differenze tra Python 2.x e
 * 3.x?", "Python 3.14 thì có gì?"). Their words are no typos of English ones and no subject of the
 * notes, so a message in one of them is neither spell-corrected nor searched by its function words.
 */
const LANGUAGES = [
  "de",
  "fr",
  "it",
  "es",
  "pt",
  "nl",
  "pl",
  "cs",
  "sk",
  "id",
  "ms",
  "vi",
  "tr",
  "ro",
  "sv",
  "da",
  "no",
  "fi",
  "hu",
  "ca",
  "hr",
  "sl",
];

/** Function words of another language found in a message for it to be written in that language. */
const MIN_FUNCTION_WORDS = 2;
/** And the share of the message's words they make up at least: a stray "del" or "per" is not enough. */
const MIN_SHARE = 0.25;

export interface MessageLanguage {
  /** ISO 639-1 code, as `stopwords-iso` names it. */
  language: string;
  /** The language's function words, which say nothing of a subject. */
  functionWords: ReadonlySet<string>;
  /** Those that are no English words too ("die", "also", "per" are): what tells the language apart. */
  telling: ReadonlySet<string>;
}

interface Languages {
  list: MessageLanguage[];
  /** For each telling word, the languages (by their place in `list`) it tells: one look-up a word. */
  tellers: Map<string, number[]>;
}

let languages: Languages | undefined;

function load(): Languages {
  const require = createRequire(import.meta.url);
  const file = require.resolve("stopwords-iso/stopwords-iso.json");
  const lists = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
  const english = new Set(lists.en ?? []);
  const list = LANGUAGES.map((language) => {
    const functionWords = new Set((lists[language] ?? []).filter((w) => !w.includes(" ")));
    const telling = new Set([...functionWords].filter((w) => !english.has(w) && !isEnglishWord(w)));
    return { language, functionWords, telling };
  });
  const tellers = new Map<string, number[]>();
  list.forEach((language, i) => {
    for (const word of language.telling) tellers.set(word, [...(tellers.get(word) ?? []), i]);
  });
  return { list, tellers };
}

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const CODE_SPAN = /`[^`\n]*`/g;
const DOTTED_NAME = /[\w]+(?:\.[\w]+)+/g;

/** The Latin-script language other than English a message is written in, told by its function words. */
export function otherLanguage(text: string): MessageLanguage | undefined {
  languages ??= load();
  // Names and code are no words of any language ("os.fspath and the os.PathLike protocol").
  const prose = text.replace(CODE_SPAN, " ").replace(DOTTED_NAME, " ").toLowerCase();
  const words = (prose.match(WORD) ?? []).flatMap((w) => [w, ...w.split(/['’]/).slice(1)]);
  if (words.length === 0) return undefined;
  const distinct = new Set(words);
  const hits = new Array<number>(languages.list.length).fill(0);
  for (const w of distinct) for (const i of languages.tellers.get(w) ?? []) hits[i] = (hits[i] ?? 0) + 1;
  let best: MessageLanguage | undefined;
  let most = 0;
  for (const [i, language] of languages.list.entries()) {
    if ((hits[i] ?? 0) > most) {
      best = language;
      most = hits[i] ?? 0;
    }
  }
  // "Diferenças entre as versões": a word spelled with letters English does not use is evidence too,
  // though no function word; one such word counts.
  const accented = [...distinct].some((w) => ACCENTED.test(w) && !isEnglishWord(w)) ? 1 : 0;
  const evidence = most + accented;
  return best && most > 0 && evidence >= MIN_FUNCTION_WORDS && evidence >= MIN_SHARE * words.length
    ? best
    : undefined;
}

/** Letters of Latin-script languages that English words do not carry. */
const ACCENTED = /[à-öø-ÿăąćčďęěłńňőřśšťůűźżž]/;
