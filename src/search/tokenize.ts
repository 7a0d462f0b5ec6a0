/**
 * One tokenizer for documents and questions alike, so both sides agree on terms: lower case,
 * PEP references as `pep572`, dotted names kept whole and also split, snake_case kept whole and
 * also split, light plural stemming, stop words dropped.
 */

const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have how i if in into is it its " +
    "me my no not of on or our so that the their then there these they this those to was we were what whats " +
    "when where which while who why will with would you your about after also any before being between both " +
    "each get got just like more most much only other over same should since some such than them through " +
    "under until up use used using very via want way well" +
    " python py version versions release released releases added add adds introduced introduce new feature " +
    "features first came come appear appeared available accessible usable possible able exist exists existed " +
    "pyver please tell know change changed changes happened happen give gives gave yet " +
    // Chat phrasing: "since when is X a thing", "when did X first show up", "X shipped in".
    "thing things stuff show shows showed shown ship ships shipped shipping land landed lands arrive arrived " +
    "arrives stdlib py3 python3 cpython ever actually really anyway hey hi guys folks " +
    // "which version brought in X", "X debuted in".
    "brought bring brings debut debuted introduces introducing lol pls plz thx " +
    // English function words chat adds around a subject ("might break everything with X").
    "am he him his she her hers herself himself itself myself ours yours theirs ourselves yourself " +
    "themselves doing having further once here now own nor too might may must shall cannot " +
    "everything anything something nothing maybe etc against think seems seem including somewhat kinda " +
    // Any change is a change of behaviour: the word says nothing about which.
    "behavior behaviour behaviors behaviours"
  ).split(" "),
);

/** Light English stemming: enough to match "generators" with "generator", no more. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  return americanSpelling(singular(word));
}

function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** British spellings the notes and askers mix with American ones, by the American form. */
const AMERICAN: ReadonlyMap<string, string> = new Map([
  ["behaviour", "behavior"],
  ["colour", "color"],
  ["favour", "favor"],
  ["honour", "honor"],
  ["neighbour", "neighbor"],
  ["analyse", "analyze"],
  ["analysed", "analyzed"],
  ["licence", "license"],
  ["catalogue", "catalog"],
  ["centre", "center"],
]);

/** The -ise family ("optimised", "serialisation") is spelled -ize; "raise" and "promise" are not of it. */
const ISE = /^(\w{2,}(?:ali|imi|gni|ani|oni|ori|ari|eti|iti|ili))s(e|ed|er|ing|ation)$/;

function americanSpelling(word: string): string {
  const mapped = AMERICAN.get(word);
  if (mapped) return mapped;
  const m = ISE.exec(word);
  return m && !ISE_WORDS.has(word) ? `${m[1]}z${m[2]}` : word;
}

/** Words of that shape spelled with s on both sides of the Atlantic. */
const ISE_WORDS = new Set([
  "comprise",
  "comprised",
  "compromise",
  "compromised",
  "surprise",
  "surprised",
  "surprising",
  "enterprise",
  "premise",
  "expertise",
  "merchandise",
  "franchise",
  "advertise",
  "advertised",
  "advertising",
]);

/**
 * Words that say what kind of thing is asked about ("the selectors module") rather than which one;
 * they still count in search, but a heading need not repeat them to be about the question.
 */
const CATEGORY_WORDS = new Set(
  "module package library function method class object builtin keyword argument parameter attribute constant statement syntax type".split(
    " ",
  ),
);

export function isCategoryWord(term: string): boolean {
  return CATEGORY_WORDS.has(term);
}

/** Words that say what happened to a thing; the section's kind answers them, not its heading. */
const KIND_WORDS = new Set([
  "removed",
  "remove",
  "deprecated",
  "deprecation",
  "deprecate",
  "dropped",
  "deleted",
  "gone",
  "added",
  "new",
]);

export function isKindWord(term: string): boolean {
  return KIND_WORDS.has(term);
}

/** Words that say a thing got better ("typing improvements in 3.11"), not which thing. */
const BETTER_WORDS = new Set(["improvement", "improved", "enhancement", "enhanced", "tweak"]);

export function isBetterWord(term: string): boolean {
  return BETTER_WORDS.has(term);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Every stop word, for spelling correction: "teh" is a typo of one. */
export function stopWords(): ReadonlySet<string> {
  return STOP_WORDS;
}

const PEP = /\bpep[\s-]?0*(\d{1,4})\b/g;
const VERSION_NUMBER = /\b\d+\.\d+(?:\.\d+)*\b/g;
const HYPHENATED = /\b[a-z]+(?:-[a-z]+)+\b/g;
const DOTTED = /[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+/g;
const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Terms of a text, in order, duplicates kept (MiniSearch counts them). `splitSnake: false` keeps
 * snake_case names whole, for identifier fields where `literal_eval` must not count as "literal".
 */
export function tokenize(text: string, { splitSnake = true }: { splitSnake?: boolean } = {}): string[] {
  const lower = text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[’']/g, "")
    // "如何表示Enum", "asyncio.Semaphore了": Chinese, Japanese and Korean put no space around a name.
    .replace(
      /(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?=[a-z0-9_])|(?<=[a-z0-9_.])(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/g,
      " ",
    );
  const terms: string[] = [];
  const rest = lower
    .replace(PEP, (_m, n: string) => {
      terms.push(`pep${n}`);
      return " ";
    })
    // Version numbers stay whole, so "3.4" does not read as the digits 3 and 4.
    .replace(VERSION_NUMBER, (v) => {
      terms.push(v);
      return " ";
    });
  for (const name of rest.match(DOTTED) ?? []) {
    if (/^\d/.test(name)) continue;
    // `pathlib.Path.copy` is also found as `Path.copy`.
    const parts = name.split(".");
    for (let i = 0; i < parts.length - 1; i++) terms.push(parts.slice(i).join("."));
  }
  // "built-in" is also "builtin", "free-threaded" also "freethreaded".
  for (const compound of rest.match(HYPHENATED) ?? []) terms.push(compound.replace(/-/g, ""));
  for (const word of rest.match(WORD) ?? []) {
    if (word.includes("_")) {
      const trimmed = word.replace(/^_+|_+$/g, "");
      if (trimmed) terms.push(trimmed);
      // `__file__` is a name of its own, not only the word "file": a section about it is found by it.
      if (/^__[a-z0-9]\w*__$/.test(word) && trimmed) terms.push(word);
      if (!splitSnake) continue;
      for (const part of trimmed.split("_")) if (part.length > 1 && !isStopWord(part)) terms.push(stem(part));
      continue;
    }
    if (word.length < 2 && !/\d/.test(word)) continue;
    // Placeholder names in examples ("d1 | d2") say nothing about the feature.
    if (/^[a-z]\d$/.test(word)) continue;
    if (isStopWord(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

const CODE_SPAN = /`([^`\n]+)`/g;
const CALL = /\b([A-Za-z_][\w.]*)\(\)/g;
const CAMEL = /\b[A-Z][a-z]+[A-Z]\w*\b/g;
const SNAKE = /\b[a-z]+_[a-z_0-9]+\b/g;
const DUNDER = /__[a-z][a-z0-9_]*__/g;

/**
 * Names a text refers to: PEP numbers, dotted names, `code spans`, calls like `gcd()`,
 * CamelCase classes, snake_case functions, dunder names (`__pycache__`) and words that are known
 * module names (`pathlib`).
 * Returned as one space-separated string of terms.
 */
export function extractIdentifiers(text: string, knownNames: ReadonlySet<string> = new Set()): string {
  const found: string[] = [];
  const whole = (name: string): string[] => tokenize(name, { splitSnake: false });
  for (const word of text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [])
    if (knownNames.has(word)) found.push(word);
  for (const m of text.matchAll(/\bPEP[\s-]?0*(\d{1,4})\b/gi)) found.push(`pep${m[1]}`);
  for (const m of text.matchAll(CODE_SPAN)) found.push(...whole(m[1] ?? ""));
  for (const m of text.matchAll(CALL)) found.push(...whole(m[1] ?? ""));
  for (const m of text.matchAll(CAMEL)) found.push(m[0].toLowerCase());
  for (const m of text.matchAll(SNAKE)) found.push(...whole(m[0]));
  for (const m of text.matchAll(DUNDER)) found.push(...whole(m[0]));
  for (const m of text.toLowerCase().matchAll(DOTTED)) found.push(...whole(m[0]));
  return [...new Set(found)].join(" ");
}

/** Module names a text mentions: the first part of every dotted name (`pathlib` from `pathlib.Path`). */
export function moduleNames(text: string): string[] {
  return (text.match(/\b[a-z_][a-z0-9_]*(?=\.[A-Za-z_])/g) ?? []).filter(
    (m) => m.length > 2 && !isStopWord(m),
  );
}
