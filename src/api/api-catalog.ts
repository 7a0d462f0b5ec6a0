import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compareVersions } from "../documents/version.ts";
import { editDistance } from "../search/edit-distance.ts";
import type { ApiDataFile, ApiEntry, ApiFact, ApiKind } from "./api-fact.ts";
import { python3NameOf } from "./python2-names.ts";

/** The committed facts file; the bot never reads ../shared at run time. */
export const API_DATA_FILE = fileURLToPath(new URL("../../corpus/api-versions.json", import.meta.url));

export interface LookupOptions {
  /** Let a qualified name nothing lists take its known owner's versions, marked `inferredFrom`. */
  inferMember?: boolean;
}

/**
 * Every API name with the versions that have it, indexed for the three ways people name an API:
 * the full dotted name, its last parts (`isqrt`, `Counter.subtract`), and a function with one of
 * its keyword arguments.
 */
export class ApiCatalog {
  private readonly exact = new Map<string, ApiEntry[]>();
  private readonly folded = new Map<string, ApiEntry[]>();
  private readonly suffixes = new Map<string, ApiEntry[]>();
  private readonly kwargsOf = new Map<string, Map<string, ApiEntry>>();
  private readonly kwargsNamed = new Map<string, ApiEntry[]>();
  /** Functions that take keyword arguments, by their folded name and its last parts. */
  private readonly functions = new Map<string, Set<string>>();

  /** First parts of every name Python 3 has (`xml` for `xml.etree.ElementTree`). */
  private readonly python3Tops = new Set<string>();
  /** First parts of the dotted names: what has members (`pickle`), unlike a bare builtin (`open`). */
  private readonly owners = new Set<string>();

  constructor(readonly entries: readonly ApiEntry[]) {
    const push = (map: Map<string, ApiEntry[]>, key: string, entry: ApiEntry): void => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    for (const entry of entries) {
      if (entry.py3 !== null) this.python3Tops.add(entry.name.split(".")[0] ?? entry.name);
      if (entry.py3 !== null && entry.name.includes(".")) this.owners.add(entry.name.split(".")[0] ?? "");
      if (entry.kwarg) {
        const byKwarg = this.kwargsOf.get(entry.name) ?? new Map<string, ApiEntry>();
        byKwarg.set(entry.kwarg, entry);
        this.kwargsOf.set(entry.name, byKwarg);
        push(this.kwargsNamed, entry.kwarg.toLowerCase(), entry);
        const parts = entry.name.toLowerCase().split(".");
        for (let i = 0; i < parts.length; i++) {
          const key = parts.slice(i).join(".");
          this.functions.set(key, (this.functions.get(key) ?? new Set<string>()).add(entry.name));
        }
        continue;
      }
      push(this.exact, entry.name, entry);
      push(this.folded, entry.name.toLowerCase(), entry);
      const parts = entry.name.toLowerCase().split(".");
      for (let i = 1; i < parts.length; i++) push(this.suffixes, parts.slice(i).join("."), entry);
    }
  }

  static fromData(data: ApiDataFile): ApiCatalog {
    const url = (path: string, name: string): string =>
      /^https?:/.test(path) ? path : `${data.docsBase}${path.replace("$", name)}`;
    const entries: ApiEntry[] = [
      ...data.modules.map(
        ([name, py2, py3, path]): ApiEntry => ({
          name,
          kind: "module",
          py2,
          py3,
          url: url(path, name),
        }),
      ),
      ...data.members.map(
        ([name, kind, py2, py3, path]): ApiEntry => ({
          name,
          kind,
          py2,
          py3,
          url: url(path, name),
        }),
      ),
      ...data.kwargs.map(
        ([name, kwarg, py2, py3, path]): ApiEntry => ({
          name,
          kwarg,
          kind: "keyword-argument",
          py2,
          py3,
          url: url(path, name),
        }),
      ),
    ];
    return new ApiCatalog(entries);
  }

  /**
   * The one top-level Python 3 module a name unknown to the facts is a typing slip of (`tomlib` →
   * `tomllib`): one edit away, in a name long enough that one edit does not make another word. With
   * `python2`, the one Python 2 module instead (`__builin__` → `__builtin__`).
   */
  misspelledModule(name: string, python2 = false): string | undefined {
    if (name.length < MIN_MISSPELLED_MODULE || this.python3Tops.has(name)) return undefined;
    const close = this.entries.filter(
      (e) =>
        e.kind === "module" &&
        (e.py3 === null) === python2 &&
        !e.name.includes(".") &&
        editDistance(name, e.name, 1) <= 1,
    );
    return close.length === 1 ? close[0]?.name : undefined;
  }

  /** Python 3's top-level names that the facts hold names under (`math`, `os`, `str`). */
  topNames(): string[] {
    return [...this.python3Tops];
  }

  /** Whether Python 3's standard library has names under this top-level name (`xml`, `urllib`, `os`). */
  isStandardPackage(top: string): boolean {
    return this.python3Tops.has(top);
  }

  /** Whether Python 3 has names inside this one (`pickle.dumps`): a module or a class, not a bare builtin. */
  hasMembers(top: string): boolean {
    return this.owners.has(top);
  }

  /**
   * APIs a name stands for, best first: the exact dotted name, then the same name in other case,
   * then every API whose last parts it is (`isqrt` → `math.isqrt`). With `inferMember`, a qualified
   * name that matches nothing falls back to its owner (see `inferredMember`). That is opt-in: a
   * mistyped member (`contextlib.supress`) or two words joined into a name ("int in") would match too,
   * so only a caller that has ruled those out — the name was written dotted and no spelling fix
   * matched — asks for it.
   */
  lookup(name: string, options: LookupOptions = {}): ApiEntry[] {
    const lower = name.toLowerCase();
    const exact = this.exact.get(name) ?? this.folded.get(lower);
    if (exact) return [...exact].sort(preferred);
    const found = this.suffixes.get(lower) ?? this.ownerSuffixes(name);
    if (found.length === 0) return options.inferMember ? this.inferredMember(name) : [];
    // `list` is the builtin, never `typing.List`: a builtin type's name matches only in its own case.
    if (BUILTIN_TYPE_NAMES.has(name)) return found.filter((e) => e.name.endsWith(`.${name}`)).sort(preferred);
    // `asynccontextmanager` is contextlib's, not typing's `AsyncContextManager`: same case wins.
    const sameCase = found.filter((e) => e.name.endsWith(`.${name}`));
    return withoutTypingAliases(sameCase.length > 0 ? sameCase : found).sort(preferred);
  }

  /**
   * `Path.is_relative_to` is documented on `pathlib.PurePath`: a qualified name that matches nothing
   * as written stands for the members of that last part whose owner's name ends like its qualifier.
   */
  private ownerSuffixes(name: string): ApiEntry[] {
    const dot = name.lastIndexOf(".");
    if (dot <= 0) return [];
    const owner = name.slice(0, dot).toLowerCase().split(".").at(-1) ?? "";
    const leaf = name.slice(dot + 1).toLowerCase();
    return (this.suffixes.get(leaf) ?? []).filter((e) => {
      const listed =
        e.name
          .slice(0, -leaf.length - 1)
          .split(".")
          .at(-1) ?? "";
      // The owner ends like a word of the listed one: `Path` for `PurePath`, never `file` for `zipfile`.
      const start = listed.length - owner.length;
      return (
        start >= 0 &&
        listed.toLowerCase().endsWith(owner) &&
        (start === 0 || /[A-Z_]/.test(listed[start] ?? "") || listed[start - 1] === "_")
      );
    });
  }

  /**
   * A member of a known class or module that no source lists came with its owner as far as the facts
   * tell: it gets the owner's versions and address. That can be wrong (`ssl.SSLContext.wrap_bio` came
   * in 3.5, its class in 3.2), so the entry names its owner and the answer can say it is inferred.
   * Only a qualified name whose owner is an entry exactly as written: a bare word or a mistyped owner
   * means nothing.
   */
  private inferredMember(name: string): ApiEntry[] {
    const dot = name.lastIndexOf(".");
    const leaf = name.slice(dot + 1);
    if (dot <= 0 || !/^[A-Za-z_]\w*$/.test(leaf)) return [];
    // "argparse.ArgumentParser exit_on_error" names a keyword argument the facts know, not a member.
    if (this.kwargsOf.get(name.slice(0, dot))?.has(leaf)) return [];
    const owner = this.exact.get(name.slice(0, dot))?.find((e) => OWNER_KINDS.has(e.kind));
    if (!owner) return [];
    const { py2, py3, url } = owner;
    return [{ name: `${owner.name}.${leaf}`, kind: "member", py2, py3, url, inferredFrom: owner.name }];
  }

  /** Functions with keyword arguments that a name stands for (`print`, `isoformat` → `datetime.datetime.isoformat`). */
  functionsNamed(name: string): string[] {
    return [...(this.functions.get(name.toLowerCase()) ?? [])].sort();
  }

  /** The keyword argument `kwarg` of one function (full name), when the facts know it. */
  kwarg(functionName: string, kwarg: string): ApiEntry | undefined {
    return this.kwargsOf.get(functionName)?.get(kwarg);
  }

  /** Every keyword argument the facts know of one function (full name). */
  kwargsOfFunction(functionName: string): ApiEntry[] {
    return [...(this.kwargsOf.get(functionName)?.values() ?? [])];
  }

  /** Every function's keyword argument of this name (`capture_output` → `subprocess.run`'s). */
  kwargsNamedAs(kwarg: string): ApiEntry[] {
    return [...(this.kwargsNamed.get(kwarg.toLowerCase()) ?? [])].sort(preferred);
  }
}

/** Shorter module names are a letter away from too many others (`io`, `os`, `re`, `ssl`, `csv`). */
const MIN_MISSPELLED_MODULE = 5;

/** Builtin types whose capitalised namesakes are `typing`'s aliases. */
const BUILTIN_TYPE_NAMES = new Set(["list", "dict", "set", "frozenset", "tuple", "type"]);

/** Kinds of entries that have members of their own. */
const OWNER_KINDS: ReadonlySet<ApiKind> = new Set<ApiKind>(["module", "class", "exception"]);

/**
 * `typing.OrderedDict`, `typing.ChainMap`, … are deprecated aliases of the real classes: when a bare
 * name finds both, the alias is not a second meaning worth asking about.
 */
function withoutTypingAliases(entries: ApiEntry[]): ApiEntry[] {
  const real = new Set(
    entries.filter((e) => !e.name.startsWith("typing.")).map((e) => e.name.split(".").at(-1)),
  );
  return entries.filter((e) => !e.name.startsWith("typing.") || !real.has(e.name.split(".").at(-1)));
}

/** Autocomplete choices for every API: "math.isqrt (Python 3.8)", asking "math.isqrt". */
export function apiSuggestions(catalog: ApiCatalog): { label: string; query: string }[] {
  return catalog.entries.map((e) => {
    const fact = toFact(e);
    const when = e.py3 ? `Python ${e.py3}` : `Python 2 only`;
    return { label: `${fact.name} (${when})`, query: e.kwarg ? `${e.name} ${e.kwarg}` : e.name };
  });
}

/** Names closer to the top of the library first (`asyncio.run` before `asyncio.Runner.run`), then shorter. */
function preferred(a: ApiEntry, b: ApiEntry): number {
  const depth = (e: ApiEntry): number => e.name.split(".").length;
  const gone = (e: ApiEntry): number => (e.py3 === null ? 1 : 0);
  return (
    gone(a) - gone(b) ||
    depth(a) - depth(b) ||
    a.name.length - b.name.length ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

let shared: ApiCatalog | undefined;

/** The built-in catalog, read once per process: every `PyVer` shares it. */
export function builtinApiCatalog(): ApiCatalog {
  shared ??= ApiCatalog.fromData(JSON.parse(readFileSync(API_DATA_FILE, "utf8")) as ApiDataFile);
  return shared;
}

/** Version an API arrived in: its first Python 3 release, or its first Python 2 one when it never reached 3. */
export function addedIn(entry: ApiEntry): string {
  return entry.py3 ?? entry.py2 ?? "";
}

/** Whether the release `version` ("3.7", "2.6") has the API. */
export function isAvailableIn(entry: ApiEntry, version: string): boolean {
  const since = version.startsWith("2.") ? entry.py2 : entry.py3;
  return since !== null && compareVersions(version, since) >= 0;
}

/** The `Answer.api` form of an entry, with the "can I use it on `target`" verdict when one was asked. */
export function toFact(entry: ApiEntry, target?: string): ApiFact {
  const fact: ApiFact = {
    name: entry.kwarg ? `${entry.name}(${entry.kwarg}=)` : entry.name,
    kind: entry.kind,
    addedIn: addedIn(entry),
    url: entry.url,
  };
  if (entry.py3 === null) {
    const moved = python3NameOf(entry.name);
    if (moved) fact.movedTo = moved;
  }
  if (target) fact.target = { version: target, available: isAvailableIn(entry, target) };
  if (entry.inferredFrom) fact.inferredFrom = entry.inferredFrom;
  return fact;
}
