import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editDistance } from "../search/edit-distance.ts";
import type { RemovalDataFile, RemovalEntry } from "./removal-fact.ts";

export type { RemovalDataFile, RemovalEntry, RemovalKind } from "./removal-fact.ts";

/** The committed removals file; the bot never reads ../shared at run time. */
export const REMOVALS_FILE = fileURLToPath(new URL("../../corpus/removals.json", import.meta.url));

/** How people write a name in a question: `raw_input()`, `@asyncio.coroutine`, quoted in backticks. */
function normalize(name: string): string {
  return name
    .trim()
    .replace(/^`+|`+$/g, "")
    .replace(/^@/, "")
    .replace(/\(\)$/, "")
    .trim();
}

/** Every way a dotted name can be shortened from the left: `threading.Thread.isAlive` → `Thread.isAlive`, `isAlive`. */
function suffixesOf(name: string): string[] {
  if (/\s/.test(name)) return [];
  const parts = name.split(".");
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(i).join("."));
  return out;
}

/**
 * `reload` went in 3.0 for `imp.reload`, which went in 3.12 for `importlib.reload`: each replacement
 * a later release removed in turn is followed to the one that stands today.
 */
function withCurrentReplacements(entries: readonly RemovalEntry[]): RemovalEntry[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  return entries.map((entry) => {
    let replacement = entry.replacement;
    const seen = new Set<string>();
    for (
      let next = replacement ? byName.get(replacement) : undefined;
      next;
      next = byName.get(replacement ?? "")
    ) {
      if (!next.removedIn || !next.replacement || seen.has(next.name)) break;
      seen.add(next.name);
      replacement = next.replacement;
    }
    return replacement === entry.replacement ? entry : { ...entry, replacement };
  });
}

/**
 * Removed and deprecated names, indexed once for the ways people name them: the full dotted name
 * (`unittest.makeSuite`), the same in another case, and its last parts (`makeSuite`,
 * `Thread.isAlive`) when those point at one entry only.
 */
export class RemovalCatalog {
  private readonly exact = new Map<string, RemovalEntry[]>();
  private readonly folded = new Map<string, RemovalEntry[]>();
  private readonly suffixes = new Map<string, RemovalEntry[]>();

  constructor(readonly entries: readonly RemovalEntry[]) {
    const push = (map: Map<string, RemovalEntry[]>, key: string, entry: RemovalEntry): void => {
      const list = map.get(key);
      if (list) {
        if (!list.includes(entry)) list.push(entry);
      } else map.set(key, [entry]);
    };
    for (const entry of entries) {
      push(this.exact, entry.name, entry);
      push(this.folded, entry.name.toLowerCase(), entry);
      for (const suffix of suffixesOf(entry.name)) push(this.suffixes, suffix.toLowerCase(), entry);
    }
  }

  static fromData(data: RemovalDataFile): RemovalCatalog {
    return new RemovalCatalog(withCurrentReplacements(data.entries));
  }

  /**
   * Entries a name stands for: the exact dotted name, else the same name in other case, else the one
   * entry whose last parts it is (`makeSuite` → `unittest.makeSuite`). A suffix shared by several
   * entries (`getchildren`: `Element` and `ElementTree`) finds none unless exactly one matches in
   * the same case, so an answer never picks between different things at random.
   */
  lookup(name: string): RemovalEntry[] {
    const wanted = normalize(name);
    if (!wanted) return [];
    const exact = this.exact.get(wanted) ?? this.folded.get(wanted.toLowerCase());
    if (exact) return [...exact];
    const found = this.suffixes.get(wanted.toLowerCase()) ?? [];
    if (found.length <= 1) return [...found];
    const sameCase = found.filter((e) => e.name.endsWith(`.${wanted}`));
    return sameCase.length === 1 ? sameCase : [];
  }

  /** Every entry whose last parts a name is, however many (`readfp`: two classes' methods). */
  endingWith(name: string): RemovalEntry[] {
    return [...(this.suffixes.get(normalize(name).toLowerCase()) ?? [])];
  }

  /** The entries of exactly this dotted name, as code writes it (no guessing by suffix). */
  exactly(name: string): RemovalEntry[] {
    return [...(this.exact.get(name) ?? [])];
  }

  /** Every removed keyword argument of that name, whichever function took it (`loop`). */
  keyword(kwarg: string): RemovalEntry[] {
    return this.entries.filter((e) => e.kind === "keyword-argument" && e.name.endsWith(`(${kwarg}=)`));
  }

  /**
   * The arguments releases removed from a function as Python names it in an error (`Random.shuffle`
   * for `random.shuffle(random=)`): its last part, and the part before it as module or class.
   */
  argumentsOf(callable: string): RemovalEntry[] {
    const [owner = "", leaf = ""] = callable.includes(".")
      ? [callable.slice(0, callable.lastIndexOf(".")).toLowerCase(), callable.split(".").at(-1)]
      : ["", callable];
    return this.entries.filter((e) => {
      if (e.kind !== "keyword-argument" || !e.removedIn) return false;
      const called = e.name.slice(0, e.name.indexOf("("));
      const parts = called.toLowerCase().split(".");
      return called.split(".").at(-1) === leaf && (owner === "" || parts.slice(0, -1).includes(owner));
    });
  }

  private topModules?: RemovalEntry[];

  /**
   * The one removed module a lower-case word is a typo of (`distutil`, `asyncor`): the speller
   * leaves such words alone when they are a stem the notes hold. Short words are too close to others.
   */
  nearModule(word: string): RemovalEntry | undefined {
    if (word.length < MIN_NEAR_LENGTH || !/^[a-z][a-z0-9_]*$/.test(word)) return undefined;
    this.topModules ??= this.entries.filter((e) => e.kind === "module" && !e.name.includes("."));
    const near = this.topModules.filter((e) => editDistance(word, e.name, 1) === 1);
    return near.length === 1 ? near[0] : undefined;
  }
}

/** Shortest word read as a typo of a removed module's name. */
const MIN_NEAR_LENGTH = 6;

let shared: RemovalCatalog | undefined;

/** The built-in catalog, read once per process: every `PyVer` shares it. */
export function builtinRemovalCatalog(): RemovalCatalog {
  shared ??= RemovalCatalog.fromData(JSON.parse(readFileSync(REMOVALS_FILE, "utf8")) as RemovalDataFile);
  return shared;
}
