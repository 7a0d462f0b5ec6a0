import { literal } from "./literal.ts";

/**
 * Names people use for features, mapped to the words release notes use. Each row is one concept;
 * a question that names any of its phrases also searches for the others.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["walrus", "walrus operator", "assignment expressions", ":="],
  ["f-string", "f-strings", "fstring", "fstrings", "formatted string literals"],
  ["t-string", "t-strings", "tstring", "template strings", "template string literals"],
  ["no-gil", "nogil", "gil-free", "without the gil", "free-threaded", "free threading", "free-threading"],
  ["match statement", "pattern matching", "structural pattern matching", "match case", "switch statement"],
  ["async/await", "async await", "await", "coroutines with async and await syntax"],
  ["type hints", "type hinting", "type annotations", "typing"],
  ["dict union", "dictionary union", "dictionary merge", "merge operator", "dict merge"],
  ["exception groups", "except*", "except star", "exceptiongroup"],
  [
    "positional-only",
    "positional only parameters",
    "positional-only parameters",
    "slash in function signature",
    "positional-only arguments",
    "positional only arguments",
  ],
  ["keyword-only", "keyword only arguments", "keyword-only arguments"],
  ["dataclass", "dataclasses", "data classes"],
  ["jit", "just-in-time compiler", "jit compiler"],
  ["print function", "print as a function", "print()"],
  ["pyc", "__pycache__", "bytecode cache"],
  ["enum", "enumeration", "enumerations"],
  ["subinterpreters", "multiple interpreters", "sub-interpreters"],
  ["repl", "interactive interpreter", "interactive shell"],
  ["zoneinfo", "iana time zone", "time zones"],
  ["tomllib", "toml"],
  ["removeprefix", "remove prefix", "removesuffix", "remove suffix"],
  ["underscores in numeric literals", "digit separators", "1_000_000"],
  ["ordered dict", "dict ordering", "insertion order", "dicts keep insertion order"],
  ["unpacking generalizations", "additional unpacking", "** unpacking"],
  ["matrix multiplication", "@ operator", "matmul"],
  ["yield from", "delegating to a subgenerator", "subgenerator delegation"],
  ["type union", "union type", "union types", "union operator", "union syntax", "x | y", "int | str"],
  ["gil", "global interpreter lock"],
  ["test case", "test method", "test cases", "test methods"],
  ["casting", "conversion", "cast", "casts", "converting"],
  // "an async syntax error": the notes name the exception.
  ["syntaxerror", "syntax error", "syntax errors"],
  ["generator expression", "generator expressions", "genexp", "genexps", "genexpr"],
  // "parenthesized with statement": the notes call the construct parenthesized context managers.
  ["parenthesized context managers", "parenthesized with", "parenthesised with", "parentheses in with"],
  // "__file__ is now fully qualified": the notes call a full path an absolute one.
  ["absolute path", "fully qualified", "full path"],
  // "a walrus expression inside square brackets": the notes call a subscript an index.
  ["indexes", "square brackets", "subscripts"],
  // "better error message with pointer on the location", "the exceptions underline parts of code":
  // 3.11's tracebacks marking the failing expression.
  [
    "fine-grained error locations",
    "error message with pointer",
    "error messages with pointer",
    "pointer on the location of the error",
    "underline parts of code",
    "carets in tracebacks",
    "carets in the traceback",
  ],
  // "why does set order keep changing between runs": string hashes salted per process.
  ["hash randomization", "pythonhashseed", "set order", "order of a set", "order of the set"],
  ["faster", "fast", "speed", "speedup", "speed up", "performance", "optimizations"],
  [
    "removed",
    "kicked out",
    "got rid of",
    "gotten rid of",
    "get rid of",
    "getting rid of",
    "dropped",
    "deleted",
  ],
  // Abbreviations people type for the words release notes spell out.
  ["arg", "argument"],
  ["args", "arguments"],
  ["zero-arg", "zero-argument", "no arguments", "without arguments"],
  ["kwarg", "keyword argument"],
  ["kwargs", "keyword arguments"],
  ["param", "parameter"],
  ["params", "parameters"],
  ["func", "function"],
  ["dict", "dictionary"],
  ["dicts", "dictionaries"],
  ["regex", "regular expression", "re module"],
  ["env var", "environment variable"],
  ["attr", "attribute"],
  ["perf", "performance"],
  ["impl", "implementation"],
  ["exc", "exception"],
  // Everyday words for what the notes name technically.
  ["folder", "folders", "directory", "directories"],
];

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** A phrase to search for too, and the phrases of its concept the question used. */
export interface SynonymExpansion {
  phrase: string;
  concept: readonly string[];
}

/**
 * Each phrase, normalized, with how it is found in a normalized question: plain words as whole words
 * (the pattern), phrases with punctuation ("f-string", ":=") as typed.
 */
const MATCHERS = SYNONYMS.map((row) => ({
  row,
  patterns: row.map((phrase) => {
    const p = normalize(phrase);
    // A phrase's last word is found singular or plural ("data class", "data classes").
    // A hyphen between words is typed as a space or left out as often as not ("GIL free", "nogil");
    // after a one-letter prefix ("f-string") the other spellings are rows of their own.
    const escaped = literal(p)
      .replace(/ /g, "[ -]")
      .replace(/(?<=[a-z]{2})-/g, "[ -]?")
      .replace(/(?<=[a-z]{3})(?:es|s)?$/, "(?:es|s)?");
    const re = /^[\w -]+$/.test(p) ? new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`) : undefined;
    return { original: phrase, phrase: p, re, firstWord: p.split(/[ -]/)[0] ?? p };
  }),
}));

/** Other phrases for the concepts a question names, excluding what it already says. */
export function expandSynonyms(question: string): SynonymExpansion[] {
  const q = ` ${normalize(question)} `;
  const extra: SynonymExpansion[] = [];
  for (const { row, patterns } of MATCHERS) {
    // The substring test is cheap and rules out most rows before any pattern runs.
    const named = patterns.some(
      ({ phrase, re, firstWord }) => q.includes(re ? firstWord : phrase) && (!re || re.test(q)),
    );
    if (!named) continue;
    for (const { original, phrase } of patterns)
      if (!q.includes(phrase)) extra.push({ phrase: original, concept: row });
  }
  return extra;
}
