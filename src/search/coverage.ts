/** How much of a question a section answers, each word weighted by how rare it is. */
import { isEnglishWord } from "../query/english-words.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { editDistance } from "./edit-distance.ts";
import { DEFAULT_RANKING, type RankingFactors } from "./ranking-factors.ts";
import type { SearchIndex } from "./search-index.ts";
import { isBetterWord, isKindWord, isStopWord, stopWords } from "./tokenize.ts";

/** Share of the question (weighted by how rare each term is) that a hit covers, synonyms included. */
export function coverage(
  query: ParsedQuery,
  matched: Set<string>,
  index: SearchIndex,
  docTerms: readonly string[] = [],
  r: RankingFactors = DEFAULT_RANKING,
): number {
  // The weight of a question word the index has never seen: that of a word in this share of sections.
  const unknownWeight = Math.log(1 + 1 / r.unknownTermShare);
  const joined = joinedTerms(query, index);
  const chatty = isLongMessage(query, index);
  let total = 0;
  let got = 0;
  for (const t of query.terms) {
    // Chat noise no section holds ("ngl", "tbh", "lmaooo") weighs like a common word, so it
    // cannot sink a section that matches everything else; an unknown real word ("flexbox",
    // "weather") keeps its weight, since the question is about it, unless a long message says it
    // beside many words the notes know.
    // Nor can a word saying what happened ("gone", "dropped"): a section's kind answers it, and one
    // that says the thing stayed ("is the GIL gone in 3.13?") is still the answer; nor one saying it
    // got better ("typing improvements"), which every change of a subject is.
    // "half-to-even" is also searched as "halftoeven"; unseen, that joined form is its words again.
    // Nor can a word of another language the notes lack ("differenze", "dirubah", "如何表示").
    const w =
      isBetterWord(t) || joined.has(t)
        ? 0
        : (index.frequency(t) === 0 &&
              (looksLikeNoise(t) || chatty || query.language !== undefined || CJK_WORD.test(t))) ||
            isKindWord(t)
          ? Math.min(index.idf(t), unknownWeight)
          : index.idf(t);
    total += w;
    if (w > 0) got += w * credit(t, query, matched, index, docTerms, r);
  }
  return total === 0 ? 0 : got / total;
}

/**
 * How much of a question term a hit covers: fully by itself or a synonym, partly by another word
 * form. Worked out term by term rather than into a map: this runs for every hit of every search.
 */
function credit(
  t: string,
  query: ParsedQuery,
  matched: ReadonlySet<string>,
  index: SearchIndex,
  docTerms: readonly string[],
  r: RankingFactors,
): number {
  let got = 0;
  // A word the index has never seen matched fuzzily: a typo ("secerts" → "secrets") counts fully,
  // another word ("printer" → "print") only half.
  if (matched.has(t)) {
    const typo = index.frequency(t) > 0 || docTerms.some((d) => editDistance(t, d, 1) <= 1);
    got = typo ? 1 : r.unseenCredit;
  }
  for (const e of query.expansions) {
    const stands = e.credit ?? 1;
    if (stands > got && e.standsFor.includes(t) && allMatched(e.terms, matched)) got = stands;
  }
  return got;
}

/** Whether a hit matched every one of a wording's terms. */
function allMatched(terms: readonly string[], matched: ReadonlySet<string>): boolean {
  for (const t of terms) if (!matched.has(t)) return false;
  return true;
}

/** A word in Chinese, Japanese or Korean script: the asker's language, which the notes are not in. */
const CJK_WORD = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Known words from which a message is long enough that a word the notes lack is its chat. */
const LONG_MESSAGE_KNOWN_TERMS = 6;

/**
 * Whether a question says enough in the notes' words that a word they lack ("garish", "why on
 * earth") is the asker's chat, not its subject; a short one ("weather in 3.12") keeps it as subject.
 */
export function isLongMessage(query: ParsedQuery, index: SearchIndex): boolean {
  let known = 0;
  for (const t of query.terms) if (index.frequency(t) > 0 && ++known >= LONG_MESSAGE_KNOWN_TERMS) return true;
  return false;
}

const joinedOf = new WeakMap<ParsedQuery, Set<string>>();
/** What may be words run together: letters only, short of a paste. */
const JOINABLE = /^[a-z]{4,40}$/;
/** The longest stop word, so no stop word is cut short. */
const MAX_STOP_WORD_LENGTH = Math.max(...[...stopWords()].map((w) => w.length));

/** The question's unseen terms that are its other terms run together, worked out once per question. */
export function joinedTerms(query: ParsedQuery, index: SearchIndex): Set<string> {
  let joined = joinedOf.get(query);
  if (!joined) {
    joined = new Set(query.terms.filter((t) => index.frequency(t) === 0 && joinedFrom(t, query.terms)));
    joinedOf.set(query, joined);
  }
  return joined;
}

/** Whether a term is other terms of the question run together, stop words between ("halftoeven"). */
function joinedFrom(term: string, terms: readonly string[]): boolean {
  // Only a plain word of a sensible length can be words run together; a long paste ("a.a.a.…") would
  // cost the split below the square of its length.
  if (!JOINABLE.test(term)) return false;
  const parts = new Set(terms.filter((t) => t !== term && t.length > 1 && term.includes(t)));
  if (parts.size < 2) return false;
  // No piece is longer than the longest part or stop word.
  const longest = Math.max(MAX_STOP_WORD_LENGTH, ...[...parts].map((p) => p.length));
  // reach[i]: the first i letters split into parts and stop words, with how many parts.
  const reach: (number | undefined)[] = [0];
  for (let i = 0; i < term.length; i++) {
    const before = reach[i];
    if (before === undefined) continue;
    for (let j = i + 1; j <= Math.min(term.length, i + longest); j++) {
      const piece = term.slice(i, j);
      const count = parts.has(piece) ? before + 1 : isStopWord(piece) ? before : undefined;
      if (count !== undefined) reach[j] = Math.max(reach[j] ?? 0, count);
    }
  }
  return (reach[term.length] ?? 0) >= 2;
}

/**
 * Slang and keyboard noise: short and not an English word, vowel-less or with a letter held down
 * ("thx", "lmaooo"). A short real word the notes lack ("undo") is a subject they do not cover.
 */
export function looksLikeNoise(term: string): boolean {
  if (!/^[a-z]+$/.test(term)) return false;
  return (term.length <= 4 && !isEnglishWord(term)) || !/[aeiouy]/.test(term) || /([a-z])\1\1/.test(term);
}
