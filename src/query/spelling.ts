import { editDistance } from "../search/edit-distance.ts";
import { stopWords, tokenize } from "../search/tokenize.ts";

/**
 * What the speller may correct towards: the index's words with how many sections hold them, and
 * the words questions are made of (stop words, release words), which count as very common.
 */
export interface Vocabulary {
  /** Index terms and their document frequencies. */
  terms: Iterable<[string, number]>;
  /** Question words that are right though no section holds them ("which", "version"). */
  questionWords: Iterable<string>;
  /** Whether a dotted or plain name is a standard-library API (`functools.cache`). */
  isApiName: (name: string) => boolean;
  /** Module names, for correcting the first part of a dotted name (`funtools.cache`). */
  modules: Iterable<string>;
  /** Top-level names that hold members (`math`, `str`), for a dotted name's first part (`mast.dist`). */
  owners?: Iterable<string>;
  /** Names of a module's members, for correcting the last part (`contextlib.supress`). */
  membersOf?: (module: string) => string[];
  /** Whether a lower-case word is a real word of the language, and so never a typo. */
  isWord?: (word: string) => boolean;
  /** Whether a name as it stands may be meant by two words split apart ("x range" for `xrange`). */
  isJoinedName?: (name: string) => boolean;
  /** A class's name as Python spells it (`ImpImporter`) when a word is that name in the wrong case. */
  casedName?: (word: string) => string | undefined;
}

/** Shortest name two words written apart may make ("x range" → `xrange`). */
const MIN_JOINED_LENGTH = 6;

/** Edits a dotted name's first part may be from a name that holds its member (`mast.dist` → `math.dist`). */
const MAX_OWNER_EDITS = 2;

/** Shortest word corrected at all. */
const MIN_TYPO_LENGTH = 3;
/** Question words rank above any index term when a typo is as close to both. */
const QUESTION_WORD_FREQUENCY = 1_000_000;
/** Words this short are corrected only towards question words ("teh", "waht"): too many words are one edit from them. */
const SHORT_WORD = 3;
/** From this length a word may be two edits from what was meant ("deprecatd"; but "commerce" is not "coerce"). */
const LONG_WORD = 9;

const MISSED_LETTER_BONUS = QUESTION_WORD_FREQUENCY * 2;

/**
 * Chat's spellings of question words that a dictionary also lists as rare words of their own
 * ("wen", "wat"), so the speller would leave them: in a question they are the question word.
 */
const CHAT_SPELLINGS = new Map([
  ["wen", "when"],
  ["whn", "when"],
  ["wat", "what"],
  ["wut", "what"],
  ["wht", "what"],
  ["hw", "how"],
  ["compat", "compatibility"],
  // Contractions typed without their apostrophe ("Dont work with 3.10" is no "dot").
  ...["don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't"]
    .concat(["wouldn't", "shouldn't", "couldn't", "I'm", "I've", "you're", "they're", "that's", "there's"])
    .map((c): [string, string] => [c.toLowerCase().replace("'", ""), c]),
]);

/**
 * Chat's interjections and abbreviations, which no dictionary lists and the speller would otherwise
 * take for typos ("Hmm, the `force` …" is no "him").
 */
const CHAT_INTERJECTION =
  /^(?:h+m+|u+m+|u+h+|a+h+|o+h+|e+h+|m+h+|nah|welp|imo|imho|tbh|btw|fwiw|ikr|omg|wtf|afaik|iirc|idk|ngl|smh|tho)$/;

/** Whether a lower-case word is chat's aside ("hmm", "afaik"), never a word of the question's subject. */
export function isChatInterjection(word: string): boolean {
  return CHAT_INTERJECTION.test(word);
}

function allowedEdits(word: string): number {
  return word.length < LONG_WORD ? 1 : 2;
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}

/** Whether `word`'s letters appear in `candidate` in the same order. */
function holdsInOrder(candidate: string, word: string): boolean {
  let i = 0;
  for (const ch of candidate) if (ch === word[i]) i++;
  return i === word.length;
}

/** Endings English adds to a word, longest first. */
const INFLECTIONS = ["ing", "ed", "es", "s"];
/** Shorter stems ("us" + "ing") are too often another word's start. */
const MIN_INFLECTED_STEM = 4;

/**
 * Corrects misspelt words of a question ("waht verison got teh walrus", "funtools.cache") against
 * the index vocabulary before anything reads the question. A word is left alone when the index or
 * the API catalog knows it, or when no known word is close enough to be what the asker meant.
 */
export class Speller {
  /**
   * Candidate words bucketed by first letter and length: a typo rarely hits the first letter and
   * another, and a word more edits longer or shorter than allowed cannot be what was meant.
   */
  private readonly buckets = new Map<string, [string, number][]>();
  private readonly known = new Map<string, number>();
  private readonly questionWords: Set<string>;
  private readonly modules: [string, number][];
  private readonly moduleNames: Set<string>;
  private readonly owners: string[];

  constructor(private readonly vocabulary: Vocabulary) {
    this.questionWords = new Set([...vocabulary.questionWords, ...stopWords()]);
    for (const [term, frequency] of vocabulary.terms) {
      if (!/^[a-z][a-z0-9_]{2,}$/.test(term)) continue;
      this.add(term, frequency);
    }
    for (const word of this.questionWords) this.add(word, QUESTION_WORD_FREQUENCY);
    this.moduleNames = new Set(vocabulary.modules);
    this.modules = [...this.moduleNames].map((m) => [m, 1]);
    this.owners = [...(vocabulary.owners ?? this.moduleNames)];
  }

  private add(word: string, frequency: number): void {
    this.known.set(word, Math.max(frequency, this.known.get(word) ?? 0));
    const key = bucketKey(word[0] ?? "", word.length);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push([word, frequency]);
    else this.buckets.set(key, [[word, frequency]]);
  }

  /** Known words with the same first letter as `word` and a length within the edits allowed. */
  private candidatesFor(word: string): [string, number][] {
    const max = allowedEdits(word);
    const out: [string, number][] = [];
    for (let length = word.length - max; length <= word.length + max; length++)
      for (const entry of this.buckets.get(bucketKey(word[0] ?? "", length)) ?? []) out.push(entry);
    return out;
  }

  /** Whether a question word means something here: an index term, a question word or an API name. */
  isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.known.has(lower) || this.questionWords.has(lower)) return true;
    const terms = tokenize(lower);
    if (terms.length > 0 && terms.every((t) => this.known.has(t))) return true;
    return this.vocabulary.isApiName(word);
  }

  /**
   * The question with each misspelt word replaced by the known word it most likely stands for; after
   * `maxTries` unknown words the rest are left as typed, so noise costs a bounded amount of work.
   */
  correct(text: string, maxTries = Number.POSITIVE_INFINITY): string {
    let tries = 0;
    // "x range is not defined", "Base string": a name typed as two words is the name, when the words
    // joined are no word of the language.
    const isJoined = this.vocabulary.isJoinedName;
    const joined = !isJoined
      ? text
      : text.replace(/(?<![\w.`])([A-Za-z]+) ([A-Za-z]+)(?![\w.`])/g, (pair, a: string, b: string) => {
          const name = `${a}${b}`.toLowerCase();
          const word = this.vocabulary.isWord;
          return name.length >= MIN_JOINED_LENGTH && isJoined(name) && !word?.(name) ? name : pair;
        });
    // Code spans, versions, URLs and numbers are left as typed.
    return joined.replace(/`[^`]*`|https?:\S+|[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*(?:['’][a-z]+)?/g, (token) => {
      // Contractions ("doesn't") are English, not typos.
      if (token.startsWith("`") || token.startsWith("http") || /['’]/.test(token)) return token;
      if (token.includes(".")) {
        if (this.vocabulary.isApiName(token) || tries++ >= maxTries) return token;
        return this.correctDotted(token);
      }
      // "functool cache": a module's name without its last letter, which the index's plural-blind
      // terms take for known; not a name of its own, nor a word ("number" is no `numbers`).
      const lower = token.toLowerCase();
      const plural = `${lower}s`;
      if (
        this.moduleNames.has(plural) &&
        !this.vocabulary.isApiName(token) &&
        !this.vocabulary.isWord?.(lower)
      )
        return plural;
      // "pkgutil Impimporter class not found": a class's name typed with its inner capital lost.
      const cased =
        /^[A-Z][a-z]+$/.test(token) && !this.vocabulary.isWord?.(lower)
          ? this.vocabulary.casedName?.(token)
          : undefined;
      if (cased) return cased;
      // Identifiers (snake_case, CamelCase, digits) are names, not typos of English words.
      if (/[_\d]|[a-z][A-Z]/.test(token) || this.isKnown(token)) return token;
      // "[MAINT]", "WIP", "ENH": an unknown word in capitals is an abbreviation, not a typo.
      if (/^[A-Z]{2,}$/.test(token)) return token;
      const chat = CHAT_SPELLINGS.get(lower);
      if (chat) return chat;
      if (isChatInterjection(lower)) return token;
      if (this.vocabulary.isWord?.(lower) || this.inflects(lower) || tries++ >= maxTries) return token;
      return this.closest(lower, this.candidatesFor(lower)) ?? token;
    });
  }

  /**
   * "docstring dedenting": a known word with an ending English adds ("dedent" + "ing", "strip" +
   * "ped", "parse" − "e" + "ing") is that word, however near another known word it is typed.
   */
  private inflects(word: string): boolean {
    for (const ending of INFLECTIONS) {
      if (!word.endsWith(ending) || word.length - ending.length < MIN_INFLECTED_STEM) continue;
      const stem = word.slice(0, -ending.length);
      const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
      if ([stem, undoubled, `${stem}e`].some((s) => this.known.has(s) && !this.questionWords.has(s)))
        return true;
    }
    return false;
  }

  /** `funtools.cache` → `functools.cache`: the module part corrected when the name as typed is unknown. */
  private correctDotted(name: string): string {
    if (this.vocabulary.isApiName(name)) return name;
    const [head = "", ...rest] = name.split(".");
    const module = this.vocabulary.isApiName(head)
      ? head
      : (this.moduleHolding(head, rest) ?? this.closest(head, this.modules));
    if (!module) return name;
    const candidate = [module, ...rest].join(".");
    if (this.vocabulary.isApiName(candidate)) return candidate;
    // `contextlib.supress`: the member part misspelt, corrected among that module's members.
    const [member, ...deeper] = rest;
    if (!member || deeper.length > 0 || !this.vocabulary.membersOf) return name;
    const members = this.vocabulary.membersOf(module).map((m): [string, number] => [m, 1]);
    const fixed = this.closest(
      member.toLowerCase(),
      members.map(([m]) => [m.toLowerCase(), 1]),
    );
    const original = members.find(([m]) => m.toLowerCase() === fixed)?.[0];
    return original ? `${module}.${original}` : name;
  }

  /**
   * `mast.dist()` → `math.dist`: of the names a typed module name is a slip or two from, the one that
   * holds the member written after it. The member decides where the name alone cannot, so a name too
   * short to correct by itself is corrected too. The first letter stays: a name that differs there
   * is another package (`gast.unparse` is no `ast.unparse`).
   */
  private moduleHolding(head: string, rest: string[]): string | undefined {
    if (rest.length === 0 || head.length < MIN_TYPO_LENGTH) return undefined;
    const holding = this.owners.filter(
      (m) =>
        m[0] === head[0] &&
        m !== head &&
        editDistance(head, m, MAX_OWNER_EDITS) <= MAX_OWNER_EDITS &&
        this.vocabulary.isApiName([m, ...rest].join(".")),
    );
    return holding.length === 1 ? holding[0] : undefined;
  }

  /** The most frequent candidate at the smallest allowed distance, if any. */
  private closest(word: string, candidates: [string, number][]): string | undefined {
    // Two letters are an abbreviation ("vi", "os", "js") more often than a typo.
    if (word.length < MIN_TYPO_LENGTH) return undefined;
    const max = allowedEdits(word);
    const short = word.length <= SHORT_WORD;
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestFrequency = -1;
    for (const [candidate, frequency] of candidates) {
      if (Math.abs(candidate.length - word.length) > max) continue;
      if (short && !this.questionWords.has(candidate)) continue;
      const d = editDistance(word, candidate, max);
      if (d > max || d === 0) continue;
      // A dropped letter is the commonest typo ("wich" is "which" before "with"): at equal distance
      // a candidate that holds every typed letter in order wins, then the more frequent one.
      const rank = frequency + (holdsInOrder(candidate, word) ? MISSED_LETTER_BONUS : 0);
      if (d < bestDistance || (d === bestDistance && rank > bestFrequency)) {
        best = candidate;
        bestDistance = d;
        bestFrequency = rank;
      }
    }
    return best;
  }
}
