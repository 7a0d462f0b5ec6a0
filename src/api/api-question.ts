import { BUILTIN_FUNCTIONS } from "../code/builtin-types.ts";
import { isEnglishWord } from "../query/english-words.ts";
import { VERSION_MENTION } from "../query/parse-query.ts";
import { isCategoryWord, stem, tokenize } from "../search/tokenize.ts";
import type { ApiCatalog } from "./api-catalog.ts";
import type { ApiEntry } from "./api-fact.ts";

/** What a question says about an API. */
export interface ApiMention {
  /** The APIs the question names, best first; several when a bare name is ambiguous. */
  entries: ApiEntry[];
  /** The words of the question that named it. */
  token: string;
  /**
   * Nothing but the API, a version and question words ("can I use X on 3.7?"): a version in it is
   * the "can I use" target, and the release notes are searched for the API alone.
   */
  bare: boolean;
  /**
   * Found from a description of what it does ("the product of a list"), not by name: the asker wants
   * the API and when it arrived, whatever later notes say about it.
   */
  described?: boolean;
}

/**
 * Question words around an API name. A plain lowercase word (`run`, `operator`, `code`) only names
 * an API when everything else in the question is one of these, so "walrus operator" and "prompting AI
 * for real code" stay release-note questions; and none of these is ever taken for an API (`new`).
 */
const FILLER = new Set(
  (
    "a about accept accepts add added already an and appear appeared are arg argument arguments attribute " +
    "availability available be been builtin can class come cpython did do does exist existed exists first " +
    "for from function get got had has have i in introduced is it its keyword kwarg kwargs me method module " +
    "new of on option param parameter present py python s since still support supported supports take takes " +
    "the there to true false none use used using version versions was we were what whats when which with work " +
    "works yet you e.g i.e etc"
  ).split(" "),
);

/**
 * Python's keywords and soft keywords name syntax, not the APIs that share their spelling:
 * "which version added match" asks about the match statement, not `re.match`.
 */
const KEYWORDS = new Set(
  (
    "and as assert async await break case class continue def del elif else except finally for from " +
    "global if import in is lambda match nonlocal not or pass raise return try while with yield"
  ).split(" "),
);

const FROM_IMPORT = /\bfrom\s+([A-Za-z_][\w.]*)\s+import\s+([A-Za-z_]\w*)/g;
/** "import TypedDict from typing": the order of other languages, common enough that 3.12's SyntaxError suggests the fix. */
const IMPORT_FROM = /\bimport\s+([A-Za-z_]\w*)\s+from\s+([A-Za-z_][\w.]*)/g;

/** Names imported in a question, `module.name`, written either way round ("from typing import Self", "import Self from typing"). */
export function importedNames(text: string): { module: string; name: string }[] {
  return [
    ...[...text.matchAll(FROM_IMPORT)].map((m) => ({ module: m[1] ?? "", name: m[2] ?? "" })),
    ...[...text.matchAll(IMPORT_FROM)].map((m) => ({ module: m[2] ?? "", name: m[1] ?? "" })),
  ];
}

/**
 * The `typing` name a word of a message is: as written (`override`, `Self`), or for a longer word
 * written as prose, in any case and plural ("protocols" is `typing.Protocol`).
 */
function typingNamed(token: string, catalog: ApiCatalog): ApiEntry[] {
  const exact = catalog.lookup(`typing.${token}`).filter((e) => e.name === `typing.${token}` && !e.kwarg);
  if (exact.length > 0 || token.length < PROSE_TYPING_NAME) return exact;
  const singular = `typing.${token.replace(/s$/, "")}`.toLowerCase();
  return catalog.lookup(singular).filter((e) => e.name.toLowerCase() === singular && !e.kwarg);
}

/** Shortest word taken for a `typing` name whatever its case: "any", "text" and "list" are words. */
const PROSE_TYPING_NAME = 6;

/** `typing_extensions` on PyPI brings later releases' `typing` names to older ones. */
const TYPING_BACKPORT = /\btyping[-_]extensions\b/i;
/**
 * "import Literal" with no module: a capitalised name is a class the asker expected to find; "Import
 * Error" is the exception, not a class called `Error`.
 */
const IMPORT_CLASS =
  /\b[Ii]mport\s+(?![A-Za-z]*(?:Error|Exception|Warning)\b)([A-Z][A-Za-z0-9_]*)\b(?!\s+from\b)/g;
/** "cannot import Self from the typing module", "'Self' from 'typing'": a name and the module it is in. */
const NAME_FROM_MODULE =
  /(?<![\w.])['"`‘]?([A-Za-z_]\w*)['"`’]?\s+from\s+(?:the\s+)?['"`‘]?([a-z_][\w.]*)['"`’]?/g;
const CALLED = /(?<![\w.])([A-Za-z_][\w.]*)\(\)/g;
const ARGUMENT_WORD = /\b(?:argument|arg|parameter|param|kwarg|keyword)s?\b/i;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g;
/** A C source, header or built library's file name, with the path before it. */
const C_FILE = /(?<![\w./\\-])[\w./\\-]*\.(?:h|hpp|hh|c|cc|cpp|cxx|so|pyd|dll|dylib|o|obj)\b(?![.\w])/g;
const DECORATOR = /(?<![\w.])@([A-Za-z_][\w.]*)/g;

/**
 * Dotted names, names with an underscore or a digit, and camel case (`NormalDist`) are unlikely to be
 * English, so they name an API wherever they stand in a question.
 */
export function looksLikeCode(token: string): boolean {
  return /[._0-9]/.test(token) || /[a-z][A-Z]/.test(token);
}

/**
 * A plain word that release notes use as prose ("print", "run") names a module or a module-level
 * function or class, never a method deep inside a class: nobody types "print" meaning
 * `traceback.TracebackException.print`. A rare word ("fromisocalendar") may name any API.
 */
function plainWordEntries(
  token: string,
  entries: ApiEntry[],
  isProse: (word: string) => boolean,
): ApiEntry[] {
  const word = token.toLowerCase();
  if (looksLikeCode(token) || !(isProse(word) || isProse(stem(word)))) return entries;
  // `__future__` features are imported by name, never meant by the plain word ("function annotations");
  // a package's submodule is named with its package ("errors" is not `email.errors`).
  return entries.filter((e) =>
    e.kind === "module"
      ? e.name.toLowerCase() === word
      : e.name.split(".").length <= 2 && !e.name.startsWith("__future__."),
  );
}

export function findApi(
  text: string,
  catalog: ApiCatalog,
  isProse: (word: string) => boolean = () => true,
  /** Whether the index knows a word; a module named amid unknown words ("kubernetes autoscaling enum") is not meant. */
  isKnown: (word: string) => boolean = () => true,
): ApiMention | undefined {
  // A version reads as "python": "Python 3.12 has `Path.walk()`" still says what the release brought.
  // ".../include/python3.10/object.h:133:58: error: …": a C file a compiler names is no `object.h`.
  const plain = text.replace(VERSION_MENTION, " python ").replace(C_FILE, " ");
  const tokens = arrivedFirst(plain, [...plain.matchAll(IDENTIFIER)]);
  // `@override`, "a @deprecated decorator": a name written as a decorator is code, not a word; so is
  // a name in backticks (`lcm`).
  const decorators = new Set([...plain.matchAll(DECORATOR)].map((m) => m[1] ?? ""));
  const quoted = new Set([...plain.matchAll(/`([A-Za-z_][\w.]*)(?:\(\))?`/g)].map((m) => m[1] ?? ""));
  // "breakpoint() not defined": a name written as a call is code in any sentence, when it names one
  // thing ("a generalized replace() function" could be any of six).
  for (const m of plain.matchAll(CALLED)) {
    // `Queue()` is a class today, not Python 2's module `Queue`.
    const called = catalog.lookup(m[1] ?? "").filter((e) => e.kind !== "module" || e.py3 !== null);
    const versions = new Set(called.map((e) => e.py3));
    if (versions.size === 1) quoted.add(m[1] ?? "");
  }
  const isCode = (token: string): boolean =>
    looksLikeCode(token) || decorators.has(token) || quoted.has(token);
  const words = (plain.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((w) => !FILLER.has(w));
  const named = (used: string[]): Set<string> =>
    new Set(used.flatMap((u) => u.toLowerCase().split(/[^a-z0-9_]+/)));
  // True when the question holds nothing but the given words (besides filler and versions).
  const onlyThese = (used: string[]): boolean => {
    const names = named(used);
    return words.every((w) => names.has(w));
  };

  const imports = importedNames(plain);
  // "`from more_itertools import pairwise`": a name imported from a package is that package's.
  const foreign = new Set(
    imports
      .filter(
        (i) => !catalog.isStandardPackage(i.module.split(".")[0] ?? "") && !TYPING_BACKPORT.test(i.module),
      )
      .map((i) => i.name),
  );
  // "from __future__ import annotations", "from itertools import batched": the imported name.
  for (const imported of imports) {
    const name = `${imported.module}.${imported.name}`;
    const entries = catalog.lookup(name).filter((e) => e.name.toLowerCase() === name.toLowerCase());
    if (entries.length === 0) continue;
    // "`from __future__ import print_function` does not seem to support the `flush` keyword argument
    // to `print()`": the future import is how the asker stands; an argument named beside it is asked.
    if (imported.module === "__future__") {
      const beside = findApi(
        plain.replace(FROM_IMPORT, " ").replace(IMPORT_FROM, " "),
        catalog,
        isProse,
        isKnown,
      );
      if (beside?.entries.some((e) => e.kwarg)) return beside;
    }
    return { entries, token: name, bare: onlyThese([imported.module, imported.name, "import"]) };
  }

  // "'override' from typing_extensions": the backport's names are `typing`'s, whatever their case.
  if (TYPING_BACKPORT.test(plain)) {
    // "typing_extensions required only … like `Literal`": a name written as one (capitalised or
    // quoted) before a word of the sentence that could be one ("required", "protocols").
    const candidates = [...plain.matchAll(IDENTIFIER)].filter(
      // "Any idea why …": a capital that starts a sentence makes no name.
      (m) => !/(?:^|[.!?]\s*)$/.test(plain.slice(0, m.index)),
    );
    const asWord = (m: RegExpMatchArray): boolean =>
      /^[a-z]+$/.test(m[0]) && isEnglishWord(m[0]) && !/['"`‘“]$/.test(plain.slice(0, m.index));
    for (const m of [...candidates.filter((c) => !asWord(c)), ...candidates.filter(asWord)]) {
      const token = m[0];
      const entries = typingNamed(token, catalog);
      if (entries.length > 0) return { entries, token, bare: onlyThese([token, "typing_extensions"]) };
    }
  }

  // "Module `random` lacks `randbytes`": a module and a name of it, each written as code, are one name.
  for (const module of quoted) {
    if (!catalog.isStandardPackage(module)) continue;
    for (const name of quoted) {
      const full = `${module}.${name}`;
      const entries = name === module ? [] : catalog.lookup(full).filter((e) => e.name === full && !e.kwarg);
      if (entries.length > 0) return { entries, token: full, bare: onlyThese([module, name]) };
    }
  }

  // "The `encoding` argument for `logging.basicConfig`": a function and an argument of it, each
  // written as code, beside a word that calls one an argument.
  if (ARGUMENT_WORD.test(plain)) {
    for (const fn of quoted) {
      const functions = [...new Set([fn, ...catalog.functionsNamed(fn)])];
      for (const argument of quoted) {
        const entries = functions.flatMap((f) => catalog.kwarg(f, argument) ?? []);
        if (argument !== fn && entries.length > 0)
          return { entries, token: `${fn} ${argument}`, bare: onlyThese([fn, argument]) };
      }
    }
  }

  for (const m of plain.matchAll(NAME_FROM_MODULE)) {
    const name = `${m[2]}.${m[1]}`;
    const entries = catalog.lookup(name).filter((e) => e.name === name && !e.kwarg);
    if (entries.length > 0)
      return { entries, token: name, bare: onlyThese([m[1] ?? "", m[2] ?? "", "import"]) };
  }

  // "Cannot Import Literal", "can't import TypedDict": a class name imported bare is that class.
  for (const m of plain.matchAll(IMPORT_CLASS)) {
    const name = m[1] ?? "";
    const entries = catalog.lookup(name).filter((e) => e.name.endsWith(`.${name}`) && !e.kwarg);
    if (entries.length > 0) return { entries, token: name, bare: onlyThese([name, "import"]) };
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (FILLER.has(token.toLowerCase()) || KEYWORDS.has(token) || foreign.has(token)) continue;
    // "aliases in the `typing` module … instead of `typing.Dict`": a module is the setting of a
    // name of it written out later, which is what the message is about.
    const member = tokens
      .slice(i + 1)
      .find((t) => t.startsWith(`${token}.`) && catalog.lookup(t).some((e) => e.name === t && !e.kwarg));
    if (member && catalog.isStandardPackage(token)) continue;
    // "math gamma", "Counter subtract": two plain words that together are one dotted name.
    const next = tokens[i + 1];
    const pair = next && !FILLER.has(next.toLowerCase()) ? `${token}.${next}` : undefined;
    // A module's name first is that module: "traceback format" is no `tracemalloc.Traceback.format`.
    const module = /^[a-z_]\w*$/.test(token) && catalog.isStandardPackage(token);
    // "error code" is no `ExpatError.code`, nor "depracation random.sample" a `random.sample`: a word
    // in lower case (or shouted in capitals) stands for a whole part of the name it starts.
    const whole = (e: ApiEntry): boolean =>
      !/^(?:[a-z]+|[A-Z]+)$/.test(token) || `.${e.name.toLowerCase()}`.endsWith(`.${pair?.toLowerCase()}`);
    const pairEntries = pair
      ? catalog.lookup(pair).filter((e) => (!module || e.name.startsWith(`${token}.`)) && whole(e))
      : [];
    const [name, entries] =
      pair && pairEntries.length > 0
        ? [pair, pairEntries]
        : [
            token,
            decorators.has(token)
              ? catalog.lookup(token)
              : plainWordEntries(token, lookupTyped(token, catalog), isProse).filter(
                  // "metamodelcore DateTime implementation": a name capitalised inside is a class,
                  // never the lower-case module spelled alike.
                  (e) =>
                    (e.kind !== "module" || !INNER_CAPITAL.test(token) || e.name === token) &&
                    // "now it is `Name`, formerly `Index`": a capital written as code is no
                    // lower-case function's (`operator.index`).
                    (!quoted.has(token) || !/^[A-Z]\w*$/.test(token) || e.name.split(".").at(-1) === token),
                ),
          ];
    const used = name === pair ? [token, next ?? ""] : [token];

    const functions = [...new Set([...entries.map((e) => e.name), ...catalog.functionsNamed(name)])];
    const modules = entries.filter((e) => e.kind === "module").map((e) => e.name);
    const mentioned = kwargMention(functions, modules, tokens, used, catalog) ?? { entries, used };
    if (mentioned.entries.length > 0) {
      const bare = onlyThese(mentioned.used);
      // A module name the release notes rarely use ("tomllib", "imghdr") names the module wherever it
      // stands in a sentence; a common one ("asyncio") only counts as written code or on its own.
      const rareModule =
        !isProse(name.toLowerCase()) &&
        (distinctive(name) || words.every((w) => isKnown(w) || named(mentioned.used).has(w))) &&
        !isCategoryWord(stem(name.toLowerCase())) &&
        mentioned.entries.some((e) => e.kind === "module" && e.name === name);
      // "bisect key argument", "the timeout parameter of subprocess.run": a function and one of its
      // keyword arguments, called an argument, are meant as code whatever else the message says.
      const namedArgument = mentioned.entries.some((e) => e.kwarg) && ARGUMENT_WORD.test(plain);
      // "removeprefix py38 alternative": a coined name no prose uses, of APIs one Python 3 release
      // added, is code wherever it stands.
      // Nor is its plural ("callbacks", which no section writes, but many write "callback").
      const coined =
        !isProse(name.toLowerCase()) &&
        !tokenize(name, { splitSnake: false }).some(isProse) &&
        distinctive(name) &&
        mentioned.entries.every((e) => e.name.split(".").at(-1) === name) &&
        new Set(mentioned.entries.map((e) => e.py3)).size === 1 &&
        mentioned.entries.every((e) => !e.kwarg && e.py3 !== null && e.py3 !== "3.0") &&
        // An attribute's bare name ("maxsize" in "Expected maxsize to be an integer") is a word of
        // the message more often than the attribute.
        mentioned.entries.every((e) => e.kind !== "attribute" && e.kind !== "data");
      // "math gamma" pairs a module with a name of it; "error msg" two words no dot joined, which
      // are code only if one of them is.
      const asCode =
        name === pair ? module || isCode(token) || (next !== undefined && isCode(next)) : isCode(name);
      if (asCode || bare || rareModule || namedArgument || coined)
        return { entries: mentioned.entries, token: mentioned.used.join(" "), bare };
      continue;
    }
    // A keyword argument on its own: only a code-like one (`capture_output`), never `text` or `user`;
    // a plain word in backticks (`force`) when one function alone takes it.
    if ((looksLikeCode(token) || quoted.has(token)) && !token.includes(".")) {
      const kwargs = catalog.kwargsNamedAs(token);
      if (
        kwargs.length > 0 &&
        (looksLikeCode(token) || (kwargs.length === 1 && !BUILTIN_FUNCTIONS.has(token)))
      )
        return { entries: kwargs, token, bare: onlyThese([token]) };
    }
  }
  return undefined;
}

/** A capital after a small letter ("DateTime"): how classes are spelled, never modules. */
const INNER_CAPITAL = /[a-z][A-Z]/;

/** Module names this long that are no English word ("graphlib", "zoneinfo") mean the module whatever surrounds them. */
const DISTINCTIVE_LENGTH = 6;
function distinctive(name: string): boolean {
  return name.length >= DISTINCTIVE_LENGTH && !isEnglishWord(name.toLowerCase());
}

/** "added", "introduced", "Python 3.12 has": the name right after one is what the message is about. */
const ARRIVAL_WORD = /\b(?:added|adds|introduced|introduces|new|python\s+(?:has|have|got|gets|brings))\b/gi;
/** How far after an arrival word a name still counts as the one that arrived. */
const ARRIVAL_REACH = 40;

/**
 * The identifiers of a message in order, except that those just after an arrival word come first:
 * "also support TypedDict: Python 3.13 added support for typing.ReadOnly" is about `typing.ReadOnly`.
 */
function arrivedFirst(plain: string, found: RegExpMatchArray[]): string[] {
  const arrivals = [...plain.matchAll(ARRIVAL_WORD)].map((m) => (m.index ?? 0) + m[0].length);
  const arrived = (m: RegExpMatchArray): boolean =>
    arrivals.some((end) => (m.index ?? 0) > end && (m.index ?? 0) - end <= ARRIVAL_REACH);
  // "a `ModuleNotFoundError` for `importlib.metadata`": the exception is what the asker saw, the
  // other name what it was about.
  const exception = (m: RegExpMatchArray): boolean => EXCEPTION_NAME.test(m[0]);
  return [
    ...found.filter((m) => arrived(m) && !exception(m)),
    ...found.filter((m) => !arrived(m) && !exception(m)),
    ...found.filter(exception),
  ].map((m) => m[0]);
}

/**
 * "removal of ByteString. The `collections.abc.ByteString` type …": a bare name the message also
 * writes out in full, one way only, is read as that full name where it stands.
 */
export function asWrittenInFull(tokens: string[]): string[] {
  return tokens.map((token) => {
    if (token.includes(".")) return token;
    const full = new Set(tokens.filter((t) => t.endsWith(`.${token}`)));
    return full.size === 1 ? ([...full][0] ?? token) : token;
  });
}

const EXCEPTION_NAME = /(?:Error|Exception|Warning)$/;

/**
 * A dotted name as typed: when the facts list nothing by that name, a member of a known owner
 * (`asyncio.TaskGroup.cancel_all`) takes the owner's version, marked as inferred.
 */
function lookupTyped(token: string, catalog: ApiCatalog): ApiEntry[] {
  // `__init__`, `__eq__`: a special method alone is every class's, never the one class that lists it.
  if (/^__\w+__$/.test(token)) return catalog.lookup(token).filter((e) => e.name === token);
  const found = catalog.lookup(token);
  if (found.length > 0) return found;
  // `is_close`, `get_attr`: an underscore put between the words of a name written without one.
  if (/^_?[a-z0-9]+(?:_[a-z0-9]+)+$/.test(token) && !token.startsWith("__"))
    return catalog.lookup(token.replace(/(?<=.)_/g, "")).filter((e) => !e.kwarg);
  if (!token.includes(".")) return found;
  // Only a class's member: a module's unknown member is more likely a typo than an undated name.
  return catalog
    .lookup(token, { inferMember: true })
    .filter((e) => e.inferredFrom && catalog.lookup(e.inferredFrom).some((o) => o.kind !== "module"));
}

/**
 * "lru_cache typed", "subprocess.run(capture_output=True)": a named function and one of its keyword
 * arguments. "Using module 'subprocess' with timeout": a module and a keyword argument its functions
 * gained together, in one release.
 */
function kwargMention(
  functions: string[],
  modules: string[],
  tokens: string[],
  used: string[],
  catalog: ApiCatalog,
): { entries: ApiEntry[]; used: string[] } | undefined {
  // Most words name no function or module at all: nothing to pair with the other words.
  if (functions.length === 0 && modules.length === 0) return undefined;
  const ofFunctions = (word: string): ApiEntry[] =>
    functions.map((f) => catalog.kwarg(f, word)).filter((e): e is ApiEntry => e !== undefined);
  const ofModules = (word: string): ApiEntry[] => {
    if (modules.length === 0 || !/^[a-z_]{3,}$/.test(word)) return [];
    const entries = catalog
      .kwargsNamedAs(word)
      .filter((e) => modules.some((m) => e.name.startsWith(`${m}.`)));
    return new Set(entries.map((e) => e.py3)).size === 1 ? entries : [];
  };
  for (const lookup of [ofFunctions, ofModules]) {
    for (const word of tokens) {
      if (used.includes(word)) continue;
      const entries = lookup(word);
      if (entries.length > 0) return { entries, used: [...used, word] };
    }
  }
  return undefined;
}
