/**
 * Turns the names code reaches for (imports, `module.attr`, literal methods, keyword arguments)
 * into standard-library requirements, using the project's API version facts.
 */
import type { ApiCatalog } from "../api/api-catalog.ts";
import type { ApiEntry } from "../api/api-fact.ts";
import { python3NameOf } from "../api/python2-names.ts";
import type { RemovalCatalog } from "../api/removal-catalog.ts";
import { compareVersions } from "../documents/version.ts";
import { isEnglishWord } from "../query/english-words.ts";
import { BUILTIN_TYPES } from "./builtin-types.ts";
import type { Findings } from "./findings.ts";
import type { Requirement } from "./requirement.ts";

/** Classes outside builtins that PEP 585 made subscriptable in annotations. */
const PEP585_CLASSES = new Set([
  "collections.deque",
  "collections.defaultdict",
  "collections.OrderedDict",
  "collections.Counter",
  "collections.ChainMap",
  "contextlib.AbstractContextManager",
  "contextlib.AbstractAsyncContextManager",
  "re.Pattern",
  "re.Match",
]);

interface CatalogIndex {
  /** Every module and member by its exact dotted name. */
  exact: Map<string, ApiEntry>;
  /** Names that stand for something in the catalog when the code leaves them unbound: built-in
   * functions and types, and the first part of every dotted name (modules, `str`, `dict`). */
  candidates: Set<string>;
}

const indexes = new WeakMap<ApiCatalog, CatalogIndex>();

/** Exact-name index of a catalog, built once per catalog. */
export function catalogIndex(catalog: ApiCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const exact = new Map<string, ApiEntry>();
    for (const entry of catalog.entries) {
      if (entry.kwarg) continue;
      const seen = exact.get(entry.name);
      if (!seen || (seen.kind !== "module" && entry.kind === "module")) exact.set(entry.name, entry);
    }
    const candidates = new Set<string>(BUILTIN_TYPES);
    for (const entry of catalog.entries) candidates.add(entry.name.split(".")[0] ?? entry.name);
    index = { exact, candidates };
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * Methods of built-in types that arrived after Python 3.0 under names no other built-in type uses
 * for an older method: called on anything, they most likely are that type's method.
 */
const DISTINCTIVE_METHODS: Readonly<Record<string, string>> = {
  removeprefix: "str",
  removesuffix: "str",
  isascii: "str",
  casefold: "str",
  format_map: "str",
  bit_count: "int",
  bit_length: "int",
  to_bytes: "int",
  add_note: "BaseException",
  toreadonly: "memoryview",
  has_key: "dict",
  iteritems: "dict",
  iterkeys: "dict",
  itervalues: "dict",
};

/** Python 2 built-ins whose names are ordinary words: only a call of them is Python 2. */
const WORDY_PYTHON2_BUILTINS = new Set(["file"]);

/** Decorators a release let be written without brackets: before it, `@lru_cache` alone is a TypeError. */
const BARE_DECORATORS: Readonly<Record<string, Omit<Requirement, "line">>> = {
  "functools.lru_cache": {
    version: "3.8",
    what: "`@lru_cache` as a plain decorator, without brackets",
    url: "https://docs.python.org/3/whatsnew/3.8.html#functools",
  },
};

/** What names stand for: imported names, and built-ins or modules the code never redefines. */
class Scope {
  private readonly bound = new Map<string, string>();
  /** `from m import *` could bind any name, so unbound names prove nothing. */
  readonly starImport: boolean;

  constructor(
    private readonly findings: Findings,
    private readonly index: CatalogIndex,
  ) {
    this.starImport = findings.imports.some((use) => use.names !== undefined && use.names.length === 0);
    for (const use of findings.imports) {
      if (use.relative) continue;
      if (use.local)
        this.bound.set(use.local, use.local === use.module.split(".")[0] ? use.local : use.module);
      for (const { name, local } of use.names ?? []) this.bound.set(local, `${use.module}.${name}`);
    }
  }

  /** Whether the code defines or imports the name itself. */
  owns(head: string): boolean {
    return this.bound.has(head) || this.findings.defined.has(head);
  }

  /** The dotted parts a name refers to, or undefined when it is a variable of the code's own. */
  resolve(head: string, literal: boolean, rest: readonly string[]): string[] | undefined {
    if (literal) return [head, ...rest];
    const target = this.bound.get(head);
    if (target !== undefined) return [...target.split("."), ...rest];
    if (this.findings.defined.has(head)) return undefined;
    // A snippet may use `math.isqrt` without its import: an unbound module name is the module.
    if (this.index.candidates.has(head)) return [head, ...rest];
    return undefined;
  }

  /** Whether the name comes from an import (of a library the catalog may not know). */
  imported(head: string): boolean {
    return this.bound.has(head);
  }
}

export interface LibraryRequirements {
  requirements: Requirement[];
  python2: Requirement[];
  /** Names a Python 3 release removed, `version` being that release. */
  removed: Requirement[];
}

/** Library requirements of the code, and the Python-2-only names it uses. */
export function libraryRequirements(
  findings: Findings,
  catalog: ApiCatalog,
  removals?: RemovalCatalog,
): LibraryRequirements {
  const index = catalogIndex(catalog);
  const scope = new Scope(findings, index);
  const requirements: Requirement[] = [];
  const python2: Requirement[] = [];
  const removed: Requirement[] = [];
  // `time.clock()`, `from imp import reload`, `json.loads(s, encoding=…)`: gone in a Python 3 release.
  const noteRemoved = (name: string, line: number): void => {
    const entry = removals
      ?.exactly(name)
      .find((e) => e.removedIn !== undefined && compareVersions(e.removedIn, "3.0") > 0);
    if (entry?.removedIn)
      removed.push({
        version: entry.removedIn,
        what: `\`${entry.name}\``,
        line,
        api: entry.name,
        url: entry.url,
      });
  };
  const note = (entry: ApiEntry, line: number, kwarg?: string): void => {
    if (entry.py3 === null) {
      if (entry.py2 !== null) python2.push(python2Requirement(entry, line));
    } else if (compareVersions(entry.py3, "3.0") > 0) {
      requirements.push(requirement(entry, line, kwarg));
    }
  };
  const notePrefixes = (parts: readonly string[], line: number, called = false): void => {
    for (let i = 1; i <= parts.length; i++) {
      const entry = index.exact.get(parts.slice(0, i).join("."));
      if (!entry) continue;
      // `file.read()` reads a variable called file; Python 2's `file` is only the bare built-in.
      if (entry.py3 === null && entry.kind !== "module" && i < parts.length) continue;
      if (WORDY_PYTHON2_BUILTINS.has(entry.name) && !called) continue;
      // `repr(i)`: a module is never called; the name called is a built-in of that name.
      if (entry.kind === "module" && called && i === parts.length) continue;
      note(entry, line);
    }
  };
  const noteMethod = (method: string, line: number): void => {
    const owner = DISTINCTIVE_METHODS[method];
    const entry = owner ? index.exact.get(`${owner}.${method}`) : undefined;
    if (entry) note(entry, line);
    else noteRemovedMethod(method, line);
  };
  // `root.getchildren()`, `t.isAlive()`: a method no word names, which releases removed from one
  // class (or its twin) alone and no class of today has, is that removal whatever the object.
  const noteRemovedMethod = (method: string, line: number): void => {
    if (!removals || isEnglishWord(method.toLowerCase()) || !/^[a-z]\w{5,}$/i.test(method)) return;
    const gone = removals.endingWith(method).filter((e) => e.name.endsWith(`.${method}`) && e.removedIn);
    const [first] = gone;
    if (!first?.removedIn || gone.some((e) => e.removedIn !== first.removedIn)) return;
    if (catalog.lookup(method).some((e) => e.py3 !== null && e.name.endsWith(`.${method}`))) return;
    noteRemoved(first.name, line);
  };
  const noteKwargs = (callee: string, kwargs: readonly string[], line: number): void => {
    for (const kwarg of kwargs) {
      const entry = catalog.kwarg(callee, kwarg);
      if (entry) note(entry, line, kwarg);
    }
  };

  for (const use of findings.imports) {
    if (use.guarded || use.relative || !use.module) continue;
    const parts = use.module.split(".");
    notePrefixes(parts, use.line);
    for (let i = 1; i <= parts.length; i++) noteRemoved(parts.slice(0, i).join("."), use.line);
    for (const { name } of use.names ?? []) {
      const entry = index.exact.get(`${use.module}.${name}`);
      if (entry) note(entry, use.line);
      noteRemoved(`${use.module}.${name}`, use.line);
    }
  }
  for (const use of findings.names) {
    if (use.guarded) continue;
    const parts = scope.resolve(use.head, use.literal, use.rest);
    const method = use.rest.at(-1);
    if (parts) {
      notePrefixes(parts, use.line, use.called && parts.length === 1);
      noteKwargs(parts.join("."), use.kwargs, use.line);
      const bare = use.bareDecorator ? BARE_DECORATORS[parts.join(".")] : undefined;
      if (bare) requirements.push({ ...bare, line: use.line });
      if (parts.length > 1) noteRemoved(parts.join("."), use.line);
      for (const kwarg of use.kwargs) noteRemoved(`${parts.join(".")}(${kwarg}=)`, use.line);
      // `file.removeprefix()`: an unbound name without that member is a variable of the snippet.
      if (
        method !== undefined &&
        !use.literal &&
        !scope.imported(use.head) &&
        !index.exact.has(parts.join("."))
      )
        noteMethod(method, use.line);
      continue;
    }
    if (use.literal) continue;
    if (method !== undefined) {
      noteMethod(method, use.line);
      // `filename.write_text(s, newline='')`: a method of a name no word is, which one function
      // alone has, takes that function's keyword arguments.
      const [only, ...others] =
        use.kwargs.length > 0 && !isEnglishWord(method) ? catalog.functionsNamed(method) : [];
      if (only && others.length === 0) noteKwargs(only, use.kwargs, use.line);
    } else if (use.kwargs.length > 0 && !scope.owns(use.head) && !scope.starImport) {
      // A snippet calling `dataclass(slots=True)` without its import: the only function of that
      // name with keyword arguments is the one meant.
      const [only, ...others] = catalog.functionsNamed(use.head);
      if (only && others.length === 0) noteKwargs(only, use.kwargs, use.line);
    }
  }
  return { requirements, python2, removed };
}

/**
 * Decides which typing uses count: `list[int]` and `int | None` are evaluated at run time unless
 * they sit in annotations under `from __future__ import annotations`.
 */
export function noteTypingFeatures(findings: Findings, catalog: ApiCatalog): void {
  const scope = new Scope(findings, catalogIndex(catalog));
  for (const use of findings.typing) {
    if (use.annotation && findings.futureAnnotations) continue;
    if (use.builtin !== undefined && findings.defined.has(use.builtin)) continue;
    if (use.generic) {
      const parts = scope.resolve(use.generic.head, false, use.generic.rest);
      const name = parts?.join(".") ?? "";
      if (!PEP585_CLASSES.has(name) && !name.startsWith("collections.abc.")) continue;
    }
    findings.feature(use.id, use.line);
  }
}

function requirement(entry: ApiEntry, line: number, kwarg?: string): Requirement {
  const api = kwarg ? `${entry.name}(${kwarg}=)` : entry.name;
  const what = entry.kind === "module" ? `the ${entry.name} module` : api;
  return { version: entry.py3 ?? "", what, line, api, url: entry.url };
}

function python2Requirement(entry: ApiEntry, line: number): Requirement {
  const moved = python3NameOf(entry.name);
  const name = entry.kind === "module" ? `the ${entry.name} module` : entry.name;
  const what = moved ? `${name} (Python 3 has ${moved})` : name;
  return { version: "2", what, line, api: entry.name, url: entry.url };
}
