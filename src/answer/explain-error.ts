import type { ApiCatalog } from "../api/api-catalog.ts";
import type { ApiEntry } from "../api/api-fact.ts";
import { python2ModuleOf, python3NameOf, RENAMED_MODULES } from "../api/python2-names.ts";
import type { RemovalEntry } from "../api/removal-fact.ts";
import { DICT_VIEWS, STR_METHODS } from "../code/builtin-types.ts";
import { type FeatureId, type LanguageFeature, languageFeature } from "../code/language-features.ts";
import type { Requirement } from "../code/requirement.ts";
import { compareVersions } from "../documents/version.ts";
import {
  type ErrorReading,
  type ErrorSubject,
  EXCEPT_CLAUSE,
  MISSING_PARENTHESES,
} from "../query/read-error.ts";

/**
 * What explains a pasted error, as data: an API a later release added, one a release removed, a
 * language feature, or nothing a release explains (a third-party package, a bug in the asker's code).
 * The sentence is written from it at the end (`error-answer.ts`).
 */
export type Explanation =
  /** `typed`: the asker's misspelling of the name (`tomlib` for `tomllib`). */
  | {
      kind: "added";
      name: string;
      version: string;
      url: string;
      api: ApiEntry;
      typed?: string;
      /** The Python 2 module this one was renamed from (`Queue` for `queue`). */
      python2Name?: string;
    }
  | { kind: "removed"; name: string; removal: RemovalEntry; typed?: string }
  | { kind: "python2"; name: string; replacement?: string; removal?: RemovalEntry; typed?: string }
  /** `rejected`: the code uses what the release made invalid (`async` as a name from 3.7 on). */
  /** `beyond`: what else the code needs from a later release than the feature's (`print(x, flush=True)`). */
  | { kind: "feature"; feature: LanguageFeature; line?: string; rejected?: boolean; beyond?: Requirement }
  | { kind: "third-party"; name: string }
  | { kind: "unexplained" };

/** The feature a quoted line's syntax needs, and the latest thing it needs beyond that feature. */
export interface CodeNeeds {
  feature: LanguageFeature;
  rejected: boolean;
  beyond?: Requirement;
}

/** The removal fact of a name, if a release removed or deprecated it. */
export type RemovalLookup = (name: string) => RemovalEntry | undefined;

export interface ExplainContext {
  api: ApiCatalog;
  removals: RemovalLookup;
  /**
   * Every removed keyword argument of a name, whichever function took it, with the one whose
   * function the pasted text names.
   */
  removedKeywords: (kwarg: string) => { entries: readonly RemovalEntry[]; named?: RemovalEntry };
  /** The arguments releases removed from a function, as Python names it in an error. */
  removedArguments: (callable: string) => readonly RemovalEntry[];
  /** Minimum-version requirements of code a traceback quotes (the code analyzer). */
  codeNeeds: (code: string) => CodeNeeds | undefined;
  /** The release the error was met on, as the paste shows it or the question says. */
  metOn?: string;
}

/** Builtin types an error names by their bare type name ("'str' object has no attribute …"). */
const BUILTIN_TYPES = new Set(
  "str bytes bytearray int float complex bool list tuple dict set frozenset object type range memoryview slice".split(
    " ",
  ),
);

/**
 * Classes Python prints for an object whose methods are documented on a base class: a path on
 * Linux is a 'PosixPath', `walk` is `pathlib.Path.walk` and `is_relative_to` is `pathlib.PurePath`'s.
 */
/** Builtins whose objects Python 2 gave as lists, by their printed type. */
const LAZY_BUILTINS = new Set(["map", "filter", "zip"]);
const CONCRETE_PATH = ["pathlib.Path", "pathlib.PurePath"];
const PURE_PATH = ["pathlib.PurePath"];
/** What a path object gives the functions that take one: the protocol they accept paths by. */
const PATH_PROTOCOL = "os.PathLike";
const DOCUMENTED_ON: Readonly<Record<string, readonly string[]>> = {
  PosixPath: CONCRETE_PATH,
  WindowsPath: CONCRETE_PATH,
  PurePosixPath: PURE_PATH,
  PureWindowsPath: PURE_PATH,
};

/** Modules that were a C accelerator's public name for another (`cElementTree` for `ElementTree`). */
const ACCELERATOR_ALIASES: Readonly<Record<string, string>> = {
  "xml.etree.cElementTree": "xml.etree.ElementTree",
};

/**
 * Standard classes built on a builtin type, as an error prints them: they lack what the type lost
 * ("'collections.OrderedDict' object has no attribute 'iteritems'" is `dict.iteritems`, gone in 3.0).
 */
const BUILT_ON: Readonly<Record<string, string>> = Object.fromEntries(
  ["OrderedDict", "defaultdict", "Counter"].flatMap((cls) => [
    [cls, "dict"],
    [`collections.${cls}`, "dict"],
  ]),
);

/**
 * Types Python prints for iterators: Python 2 advanced them with `.next()`, which 3.0 renamed
 * `__next__()` ("'generator' object has no attribute 'next'").
 */
const ITERATOR_TYPES = new Set([
  "generator",
  "map",
  "filter",
  "zip",
  "enumerate",
  "reversed",
  "list_iterator",
  "tuple_iterator",
  "str_iterator",
  "range_iterator",
  "set_iterator",
  "dict_keyiterator",
  "dict_valueiterator",
  "dict_itemiterator",
  "_io.TextIOWrapper",
  "_io.BufferedReader",
  "_csv.reader",
  "DictReader",
]);
/** The removal facts' name for any iterator. */
const ITERATOR = "iterator";

/** Modules of third-party packages people meet most; anything else unknown to the facts counts the same. */
function isThirdParty(name: string, context: ExplainContext): boolean {
  const top = name.split(".")[0] ?? name;
  return (
    context.api.lookup(top).every((e) => e.kind !== "module" || e.name !== top) &&
    !context.api.isStandardPackage(top) &&
    context.removals(top) === undefined &&
    RENAMED_MODULES[top] === undefined
  );
}

/** A keyword argument of a function, added in `version`. */
function keywordAdded(entry: ApiEntry, kwarg: string, version: string): Explanation {
  return { kind: "added", name: `${entry.name}(${kwarg}=)`, version, url: entry.url, api: entry };
}

function laterThan30(version: string | null): version is string {
  return version !== null && compareVersions(version, "3.0") > 0;
}

/** An exact API entry for a dotted name (no guessing by suffix: errors name things exactly). */
function exactApi(name: string, context: ExplainContext): ApiEntry | undefined {
  const lower = name.toLowerCase();
  const entries = context.api.lookup(name).filter((e) => !e.kwarg);
  return (
    entries.find((e) => e.name === name) ??
    entries.find((e) => e.name.toLowerCase() === lower) ??
    // "'Thread' object has no attribute 'is_alive'": the owner is printed without its module.
    (name.includes(".") ? entries.find((e) => e.name.toLowerCase().endsWith(`.${lower}`)) : undefined)
  );
}

/** A name the error says is missing: removed by a release, Python 2 only, or added later. */
function explainName(name: string, context: ExplainContext): Explanation | undefined {
  const removal = context.removals(name);
  // "No module named 'tkinter'": Python 3's own spelling of a name Python 2 spelt otherwise
  // (`Tkinter`) is not the Python 2 name; that module is missing for another reason.
  const python3Spelling =
    removal !== undefined &&
    removal.name !== name &&
    context.api.lookup(name).some((e) => e.name === name && !e.kwarg && e.py3 !== null);
  if (removal?.removedIn && !python3Spelling) {
    return removal.removedIn === "3.0"
      ? { kind: "python2", name: removal.name, replacement: removal.replacement, removal }
      : { kind: "removed", name: removal.name, removal };
  }
  const api = exactApi(name, context);
  if (api?.py3 === null) return { kind: "python2", name: api.name, replacement: python3NameOf(api.name) };
  if (api && laterThan30(api.py3))
    return { kind: "added", name: api.name, version: api.py3, url: api.url, api };
  const renamed = python3NameOf(name);
  if (renamed) return { kind: "python2", name, replacement: renamed };
  // "No module named queue": Python 3's name for Python 2's `Queue`, asked for by Python 2.
  // A module Python 2 had too (`ast`, `subprocess`) was no Python 2 module's new name.
  const python2Name = api?.py3 === "3.0" && api.py2 === null ? python2ModuleOf(name) : undefined;
  if (api && python2Name)
    return { kind: "added", name: api.name, version: "3.0", url: api.url, api, python2Name };
  return undefined;
}

/**
 * "cannot import name 'time_ns'", on Pythons that did not say from where: a name one module of the
 * standard library holds, or several that all gained it in one release, is dated by that release.
 */
function importedFrom(name: string, context: ExplainContext): Explanation | undefined {
  const members = context.api
    .lookup(name)
    .filter((e) => !e.kwarg && e.name.split(".").length === 2 && e.name.endsWith(`.${name}`));
  const [first] = members;
  if (!first || !laterThan30(first.py3) || members.some((e) => e.py3 !== first.py3)) return undefined;
  return { kind: "added", name: first.name, version: first.py3, url: first.url, api: first };
}

/** Python's complaint that a dotted import went through a module that has no submodules. */
const NOT_A_PACKAGE = /'[\w.]+' is not a package/;

function explainSubject(subject: ErrorSubject, reading: ErrorReading, context: ExplainContext): Explanation {
  switch (subject.kind) {
    case "module": {
      const module = subject.module;
      const whole = explainName(module, context);
      if (whole) return whole;
      // "No module named 'statistics.api'; 'statistics' is not a package": a submodule the standard
      // module never had (unlike `typing.io`, which a release removed), asked of it by code meant for
      // another package of that name.
      if (NOT_A_PACKAGE.test(reading.message)) return { kind: "unexplained" };
      const found = explainName(module.split(".")[0] ?? module, context);
      if (found) return found;
      if (!isThirdParty(module, context)) return { kind: "unexplained" };
      const meant = context.api.misspelledModule(module);
      const added = meant ? explainName(meant, context) : undefined;
      if (added?.kind === "added") return { ...added, typed: module };
      // "No module named '__builin__'": a misspelling of a module Python 3 no longer has.
      const gone = context.api.misspelledModule(module, true);
      const was = gone ? explainName(gone, context) : undefined;
      return was?.kind === "removed" || was?.kind === "python2"
        ? { ...was, typed: module }
        : { kind: "third-party", name: module };
    }
    case "import": {
      if (subject.module) {
        const found = explainName(`${subject.module}.${subject.name}`, context);
        if (found) return found;
        // "from http.server import HTTPStatus" on 3.4: a submodule re-exports what its package
        // defines (`http.HTTPStatus`, 3.5). A package that had the name on the release the error was
        // met on explains nothing ("cannot import name 'CancelledError' from 'asyncio.futures'" on 3.8).
        const parent = packageOf(subject.module);
        const reexported = parent ? explainName(`${parent}.${subject.name}`, context) : undefined;
        if (
          reexported?.kind === "added" &&
          (context.metOn === undefined || compareVersions(reexported.version, context.metOn) > 0)
        )
          return reexported;
        return isThirdParty(subject.module, context)
          ? { kind: "third-party", name: subject.module }
          : { kind: "unexplained" };
      }
      return (
        explainName(subject.name, context) ?? importedFrom(subject.name, context) ?? { kind: "unexplained" }
      );
    }
    case "attribute": {
      const owner = subject.owner;
      if (subject.ownerIs === "module") {
        // "module 'asyncio.tasks' has no attribute 'all_tasks'": a package documents what its
        // submodules define under its own name (`asyncio.all_tasks`).
        const parent = packageOf(owner);
        // "module 'xml.etree.cElementTree' has no attribute 'indent'": an accelerator's old name
        // holds what the module it stood for does.
        // "module 'six.moves.urllib.request' has no attribute 'URLopener'": six's moves are the
        // standard modules of the Python running, by their Python 3 names.
        const standsFor = ACCELERATOR_ALIASES[owner] ?? /^six\.moves\.(\w[\w.]*)$/.exec(owner)?.[1];
        // "six.sys.maxint": a standard module a package imported, reached through the package.
        const tail = owner.split(".").at(-1) ?? "";
        const reached =
          !context.api.isStandardPackage(owner.split(".")[0] ?? "") && context.api.isStandardPackage(tail)
            ? tail
            : undefined;
        const found =
          explainName(`${owner}.${subject.name}`, context) ??
          (parent ? explainName(`${parent}.${subject.name}`, context) : undefined) ??
          (standsFor ? explainName(`${standsFor}.${subject.name}`, context) : undefined) ??
          (reached ? explainName(`${reached}.${subject.name}`, context) : undefined);
        if (found) return found;
        return isThirdParty(owner, context) ? { kind: "third-party", name: owner } : { kind: "unexplained" };
      }
      // "'module' object has no attribute 'scandir'": Pythons before 3.5 did not say which module; one
      // that holds the name, or several that all gained it in one release, dates it.
      if (owner === "module") return importedFrom(subject.name, context) ?? { kind: "unexplained" };
      // An object's type is printed by its class name alone ('Thread', 'str'); a builtin's methods
      // and a class's members are looked up under that name.
      // Retold, a module's name may start a sentence ("Shlex has not attribute join").
      const module = context.api.isStandardPackage(owner.toLowerCase()) ? [owner.toLowerCase()] : [];
      // "'_io.TextIOWrapper' object has no attribute 'reconfigure'": a type printed by the C module
      // behind a standard one is documented under the standard one (`io.TextIOWrapper`).
      const accelerated = /^_([a-z]\w*)\.(.+)$/.exec(owner);
      const documented =
        accelerated && context.api.isStandardPackage(accelerated[1] ?? "")
          ? [`${accelerated[1]}.${accelerated[2]}`]
          : [];
      const base = BUILT_ON[owner] ?? PRINTED_AS[owner];
      const iterates = ITERATOR_TYPES.has(owner) || owner.startsWith("itertools.");
      const found = [
        owner,
        ...(DOCUMENTED_ON[owner] ?? []),
        ...module,
        ...documented,
        ...(base ? [base] : []),
        ...(iterates ? [ITERATOR] : []),
      ]
        .map((cls) => explainName(`${cls}.${subject.name}`, context))
        .find((e) => e !== undefined);
      if (found) return found;
      // "'PosixPath' object has no attribute 'rfind'": a path handed to code that wants a string,
      // which functions took from 3.6, the file system path protocol's release (PEP 519).
      const protocol =
        DOCUMENTED_ON[owner] && STR_METHODS.has(subject.name) ? addedApi(PATH_PROTOCOL, context) : undefined;
      if (protocol) return protocol;
      if (BUILTIN_TYPES.has(owner) || context.api.lookup(owner).length > 0) return { kind: "unexplained" };
      // A subclass of a standard class ("'MyTests' object has no attribute 'assertEquals'"): a
      // distinctive removed name (camelCase or snake_case) explains it whatever class lacks it.
      // Not a protocol's dunder (`__enter__`): every class may lack one.
      const distinctive = /[A-Z_]/.test(subject.name) && !/^__\w+__$/.test(subject.name);
      const removal = distinctive ? context.removals(subject.name) : undefined;
      if (removal?.removedIn) return { kind: "removed", name: removal.name, removal };
      // "'UnsatisfiedAssumption' object has no attribute 'add_note'": every package's exceptions
      // subclass BaseException, so a member it gained later is what the asker's release lacks.
      const ofExceptions = explainName(`BaseException.${subject.name}`, context);
      if (ofExceptions?.kind === "added") return ofExceptions;
      return { kind: "third-party", name: owner };
    }
    case "name":
      return explainName(subject.name, context) ?? { kind: "unexplained" };
    case "keyword": {
      const callable = subject.callable.replace(/\.__init__$/, "");
      const functions = [...new Set([callable, ...context.api.functionsNamed(callable)])];
      // "zip() takes no keyword arguments": the function's one keyword added since is the one used.
      if (subject.kwarg === "") {
        const later = functions.flatMap((f) =>
          context.api.kwargsOfFunction(f).filter((e) => laterThan30(e.py3)),
        );
        const [only] = later;
        return only?.kwarg && later.length === 1 && laterThan30(only.py3)
          ? keywordAdded(only, only.kwarg, only.py3)
          : { kind: "unexplained" };
      }
      // `urlopen() got an unexpected keyword argument 'cafile'`: a keyword the function has lost
      // explains the error, unless the traceback shows a release from before the loss.
      const removal =
        functions.map((f) => context.removals(`${f}(${subject.kwarg}=)`)).find((r) => r?.removedIn) ??
        context.removals(`${callable}.${subject.kwarg}`);
      const lostThen =
        removal?.removedIn !== undefined &&
        (reading.running === undefined || compareVersions(reading.running, removal.removedIn) >= 0);
      if (removal && lostThen) return { kind: "removed", name: removal.name, removal };
      for (const f of functions) {
        const entry = context.api.kwarg(f, subject.kwarg);
        if (entry && laterThan30(entry.py3)) return keywordAdded(entry, subject.kwarg, entry.py3);
      }
      if (removal?.removedIn) return { kind: "removed", name: removal.name, removal };
      // A function the message names (`fileinput.input()`) is no other function's keyword; one of a
      // class the standard names carry no trace of (`BaseEventLoop.create_connection()`) could be.
      const owner = callable.split(".")[0] ?? "";
      const named =
        !/^__\w+__$/.test(callable) &&
        ((callable.includes(".") && context.api.lookup(owner).length > 0) ||
          functions.some((f) => f !== "" && context.api.lookup(f).length > 0));
      // `__init__() got an unexpected keyword argument 'capture_output'`: Python names no class; a
      // keyword argument that every function taking it gained in one release still dates the error.
      // A named function counts only its own module's (`_log()` is logging's, so 'stacklevel' is
      // logging's keyword of 3.8).
      const modules = new Set(
        named
          ? [callable, ...functions].flatMap((f) => context.api.lookup(f)).map((e) => topName(e.name))
          : [],
      );
      const gained = context.api
        .kwargsNamedAs(subject.kwarg)
        .filter((e) => !named || modules.has(topName(e.name)));
      const first = gained[0];
      if (first && laterThan30(first.py3) && gained.every((e) => e.py3 === first.py3))
        return keywordAdded(first, subject.kwarg, first.py3);
      if (named) return { kind: "unexplained" };
      // `__init__() got an unexpected keyword argument 'loop'` from asyncio.Queue: a keyword that
      // every function taking it lost in one release dates the error.
      const dropped = context.removedKeywords(subject.kwarg);
      const [lost] = dropped.entries;
      if (lost?.removedIn && dropped.entries.every((e) => e.removedIn === lost.removedIn)) {
        // Of a keyword several functions lost, only the one the text names is said by its function.
        const said = dropped.named ?? { ...lost, name: `${subject.kwarg}=` };
        return { kind: "removed", name: said.name, removal: said };
      }
      return { kind: "unexplained" };
    }
    case "subscript":
      // `list[int]` on 3.8 raises "'type' object is not subscriptable"; `collections.abc` classes say 'ABCMeta'.
      if (subject.type === "type" || subject.type === "ABCMeta")
        return { kind: "feature", feature: languageFeature("builtin-generics") };
      // "'map' object is not subscriptable": Python 2's map() gave a list.
      if (LAZY_BUILTINS.has(subject.type))
        return { kind: "feature", feature: languageFeature("lazy-builtins") };
      // "'dict_keys' object is not subscriptable": so did Python 2's dict.keys().
      if (DICT_VIEWS.has(subject.type)) return { kind: "feature", feature: languageFeature("dict-lists") };
      // "'_sre.SRE_Match' object is not subscriptable": `m[1]` on a match needs its `__getitem__`.
      return (
        ((PRINTED_AS[subject.type] ?? subject.type) === MATCH
          ? addedApi(`${MATCH}.__getitem__`, context)
          : undefined) ?? {
          kind: "unexplained",
        }
      );
    case "arity": {
      // "Random.shuffle() takes 2 positional arguments but 3 were given": an argument the function
      // lost, passed by position, when one release removed every argument it lost.
      const lost = context.removedArguments(subject.callable.replace(/\.__init__$/, ""));
      const [first] = lost;
      return first?.removedIn && lost.every((e) => e.removedIn === first.removedIn)
        ? { kind: "removed", name: first.name, removal: first }
        : { kind: "unexplained" };
    }
    case "value": {
      // "invalid file: WindowsPath('…')": a path handed to a function that wanted a string, which
      // functions took from 3.6, the file system path protocol's release (PEP 519).
      return (
        (DOCUMENTED_ON[subject.type] ? addedApi(PATH_PROTOCOL, context) : undefined) ?? {
          kind: "unexplained",
        }
      );
    }
    case "operator": {
      if (subject.operator !== "|") return { kind: "unexplained" };
      const sides = [subject.left, subject.right];
      if (sides.every((s) => s === "dict"))
        return { kind: "feature", feature: languageFeature("dict-union") };
      if (
        sides.every((s) =>
          /^(type|NoneType|types\.GenericAlias|typing\.\w+|_GenericAlias|_SpecialForm|str)$/.test(s),
        )
      )
        return { kind: "feature", feature: languageFeature("union-types") };
      return { kind: "unexplained" };
    }
    case "syntax": {
      // Retold from memory too: "Mising parantheses in call" is still Python 3 refusing `print x`.
      const call = MISSING_PARENTHESES.exec(subject.message);
      if (call)
        return {
          kind: "feature",
          feature: languageFeature(call[1]?.toLowerCase() === "exec" ? "exec-statement" : "print-statement"),
        };
      // `from __future__ import annotations` on 3.6: "future feature annotations is not defined".
      const future = /future feature (\w+) is not defined/i.exec(subject.message);
      if (future) {
        const found = explainName(`__future__.${future[1]}`, context);
        if (found) return found;
      }
      // `except A, B:` is refused by every Python 3 before 3.14 (and by 3.14 too when `B` names the
      // exception, Python 2's way): a report that holds one holds what the error was about.
      const clause = reading.code.flatMap((line) => line.match(EXCEPT_CLAUSE) ?? [])[0];
      const clauseNeeds = clause ? context.codeNeeds(clause) : undefined;
      if (clauseNeeds && !contradictedBy(reading.running, clauseNeeds))
        return { kind: "feature", ...clauseNeeds, line: clause };
      // `] = f"{device_id} ({self.supports.get(` … "unterminated string literal": before 3.12 an
      // f-string ended on its line, so an expression in it could not go on to the next.
      const openFString = reading.code.some((line) => F_STRING_LEFT_OPEN.test(line));
      if (openFString && UNTERMINATED.test(subject.message) && !contradictedBy(reading.running, PEP_701))
        return { kind: "feature", feature: languageFeature("pep701-fstrings") };
      const told = SYNTAX_MESSAGES.find(([message]) => message.test(subject.message));
      if (told)
        return { kind: "feature", feature: languageFeature(told[1]), ...(told[2] ? { rejected: true } : {}) };
      const code = reading.code.join("\n");
      const needs = code ? context.codeNeeds(code) : undefined;
      return needs && !contradictedBy(reading.running, needs)
        ? { kind: "feature", ...needs, line: reading.code.at(-1) }
        : { kind: "unexplained" };
    }
  }
}

/**
 * A release the traceback shows that has the syntax (or still allows it) was not refused for it:
 * `& C:/Users/…/python.exe` typed into 3.12's prompt is no variable annotation.
 */
function contradictedBy(
  shown: string | undefined,
  needs: { feature: LanguageFeature; rejected: boolean },
): boolean {
  const version = needs.feature.version;
  if (shown === undefined || version === "2") return false;
  return needs.rejected ? compareVersions(shown, version) < 0 : compareVersions(version, shown) <= 0;
}

/** The package a dotted module belongs to (`asyncio` of `asyncio.tasks`), if it is dotted. */
function packageOf(module: string): string | undefined {
  return module.includes(".") ? module.slice(0, module.lastIndexOf(".")) : undefined;
}

/** The class of what `re.match()` and `re.search()` return. */
const MATCH = "re.Match";
/** Types as Python prints them (`re`'s C types before 3.7), by the classes the docs list their members under. */
const PRINTED_AS: Readonly<Record<string, string>> = {
  "_sre.SRE_Pattern": "re.Pattern",
  SRE_Pattern: "re.Pattern",
  "_sre.SRE_Match": MATCH,
  SRE_Match: MATCH,
  Match: MATCH,
  // The interpreter's own objects print by their lower-case names; `types` documents them.
  code: "types.CodeType",
  frame: "types.FrameType",
  function: "types.FunctionType",
  mappingproxy: "types.MappingProxyType",
};

/** The release one named API came in, as the facts record it. */
function addedApi(name: string, context: ExplainContext): Explanation | undefined {
  const entry = exactApi(name, context);
  return entry?.py3
    ? { kind: "added", name: entry.name, version: entry.py3, url: entry.url, api: entry }
    : undefined;
}

/** A line ending inside an f-string's braces: `f"{name} ({self.get(`. */
const F_STRING_LEFT_OPEN = /(?<![\w])[rR]?[fF][rR]?(["'])(?:(?!\1)[^{}\n]|\{\{|\}\}|\{[^{}\n]*\})*\{[^}\n]*$/;
const UNTERMINATED = /\bunterminated (?:f-)?string literal\b|\bEOL while scanning string literal\b/i;
const PEP_701 = { feature: languageFeature("pep701-fstrings"), rejected: false };

/** SyntaxError messages that name the feature they come from, in Python's own words. */
const SYNTAX_MESSAGES: readonly (readonly [RegExp, FeatureId, rejected?: boolean])[] = [
  // Before 3.12 an f-string's expression could hold no backslash, comment or reused quote (a nested
  // string cut short by the outer quote is "unterminated"). (The message's closing quote may have
  // been read as the quote around it.)
  [
    /f-string(?: expression part)? cannot include (?:a backslash|'#')|f-string: expecting '}'?|f-string:? unmatched|f-string: expressions nested too deeply|f-string: unterminated string\b/i,
    "pep701-fstrings",
  ],
  // Python 3's words for Python 2's octal literal `0777` (before 3.8, "invalid token": a number
  // the tokenizer cannot read, which a leading zero is above all).
  [/leading zeros in decimal integer literals are not permitted|\binvalid token\b/i, "legacy-octal"],
  // 3.10–3.13's words for Python 2's `except E, name:` (3.14 reads `except A, B:` as two types).
  [/multiple exception types must be parenthesized/i, "except-comma"],
  // Before 3.3 a generator could not return a value (PEP 380 let it).
  [/'return' with argument inside generator/i, "generator-return"],
  // Before 3.5 a call took no positional argument after `*args`, and a display no `*` (PEP 448).
  [
    /only named arguments may follow \*expression|can use starred expression only as assignment target/i,
    "unpacking-generalizations",
  ],
  // Python 3.5's words for an `await` inside a comprehension, which 3.6 allowed.
  [/'await' expressions in comprehensions are not supported/i, "async-comprehensions"],
  // 3.6's words for a `global` statement after the name's use, a SyntaxWarning before.
  [
    /is used prior to global declaration|is assigned to before (?:global|nonlocal) declaration/i,
    "global-before-use",
    true,
  ],
  // 3.8's words for a `yield` it no longer accepts inside a comprehension: valid only before 3.8.
  [
    /'yield' inside (?:(?:list|set|dict) )?comprehension|'yield' inside generator expression/i,
    "yield-in-comprehension",
    true,
  ],
];

/** What explains an error the question holds; `undefined` when it holds no error PyVer can read. */
export function explainError(reading: ErrorReading, context: ExplainContext): Explanation | undefined {
  if (!reading.subject) return undefined;
  return explainSubject(reading.subject, reading, context);
}

/** The module (or builtin) a dotted API name belongs to. */
function topName(name: string): string {
  return name.split(".")[0] ?? name;
}
