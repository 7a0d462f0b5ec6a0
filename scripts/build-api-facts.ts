/**
 * Turns the version facts of ../shared/reference/api-versions (vermin's rule tables, MIT), the
 * Python 3.11 Sphinx inventory and the library reference's "New in version" notes (the committed
 * `corpus/api-doc-notes.json`, see `extract-doc-notes.ts`) into `corpus/api-versions.json`, the
 * compact file the bot reads. Re-runnable: rows are sorted by code point and written one per line,
 * so the same input gives the same bytes.
 *
 * Usage: npm run build:api-facts [-- REFERENCE_DIR [OUT_FILE [NOTES_FILE]]]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ApiDataFile, ApiKind } from "../src/api/api-fact.ts";
import { python3NameOf } from "../src/api/python2-names.ts";
import { compareVersions } from "../src/documents/version.ts";
import { DEFAULT_NOTES, type DocNotesFile } from "./extract-doc-notes.ts";
import { type InventoryObject, parseInventory } from "./sphinx-inventory.ts";

export const DEFAULT_REFERENCE = fileURLToPath(new URL("../../shared/reference", import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL("../corpus/api-versions.json", import.meta.url));
const DOCS_BASE = "https://docs.python.org/3/";
const PY2_DOCS = "https://docs.python.org/2/";

interface Versions {
  py2: string | null;
  py3: string | null;
}

interface VerminRules {
  modules: Record<string, Versions>;
  members: Record<string, Versions>;
  kwargs: ({ function: string; kwarg: string } & Versions)[];
}

const KIND_OF_ROLE: Record<string, ApiKind> = {
  "py:module": "module",
  "py:class": "class",
  "py:exception": "exception",
  "py:function": "function",
  "py:method": "method",
  "py:classmethod": "method",
  "py:staticmethod": "method",
  "py:attribute": "attribute",
  "py:property": "attribute",
  "py:data": "data",
};

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Links names to the library reference: the inventory's anchor, else one derived from the module page. */
class Linker {
  constructor(private readonly inventory: Map<string, InventoryObject>) {}

  kindOf(name: string): ApiKind {
    return KIND_OF_ROLE[this.inventory.get(name)?.role ?? ""] ?? "member";
  }

  /** Path relative to the docs root where "$" stands for `name`, or an absolute address. */
  pathOf(name: string, kind: "module" | "member", py3: string | null): string {
    if (py3 === null) return this.python2PathOf(name);
    const own = this.inventory.get(name);
    if (own && KIND_OF_ROLE[own.role]) return own.uri;
    const page = this.pageOf(name);
    if (kind === "module") return `${page ?? `library/${name}.html`}#module-$`;
    // Top-level names without a documented prefix are builtins: exceptions have their own page.
    const builtins = /(Error|Warning|Exception|Exit|Interrupt)$/.test(name)
      ? "library/exceptions.html"
      : "library/functions.html";
    return `${page ?? builtins}#$`;
  }

  /** The page of the longest documented prefix: a module's page, or a builtin type's. */
  private pageOf(name: string): string | undefined {
    const parts = name.split(".");
    for (let i = parts.length - 1; i > 0; i--) {
      const uri = this.inventory.get(parts.slice(0, i).join("."))?.uri;
      if (uri) return uri.split("#")[0];
    }
    return undefined;
  }

  /** A name gone from Python 3 links to its replacement when that is documented, else to the Python 2 docs. */
  private python2PathOf(name: string): string {
    const moved = python3NameOf(name);
    const target = moved ? this.inventory.get(moved) : undefined;
    if (moved && target) return target.uri.replace("$", moved);
    const page = moved ? this.pageOf(`${moved}.x`) : undefined;
    if (page) return page;
    const top = (name.split(".")[0] ?? name).toLowerCase();
    return `${PY2_DOCS}library/${top}.html`;
  }
}

/** The inventory's release: names added later cannot be checked against it. */
const INVENTORY_VERSION = "3.11";

/**
 * Where the facts and the documentation disagree, the documentation wins. vermin lists a few modules'
 * own imports as submodules (`dbm.io`, `dbm.os`, …) and one function as a module (`dbm.whichdb`): a
 * dotted "module" old enough to be in the inventory that it lists under another role, or whose last
 * part is a top-level module the inventory does not list under that dotted name, is dropped.
 */
function isNotAModule(name: string, py3: string | null, inventory: Map<string, InventoryObject>): boolean {
  if (py3 === null || compareVersions(py3, INVENTORY_VERSION) > 0 || !name.includes(".")) return false;
  const role = inventory.get(name)?.role;
  if (role) return role !== "py:module";
  return inventory.get(name.split(".").at(-1) ?? "")?.role === "py:module";
}

/**
 * vermin dates `typing_extensions` "0.0": a package from PyPI it treats as always there. It is no
 * part of any release, and "new in Python 0.0" would be a false answer.
 */
function isThirdPartyBackport(v: Versions): boolean {
  return v.py2 === "0.0" || v.py3 === "0.0";
}

/** vermin files the `signal` module's enums under a module it calls `signals`. */
const MISNAMED_PREFIXES: Record<string, string> = { "signals.": "signal." };

function renamed(name: string): string {
  for (const [wrong, right] of Object.entries(MISNAMED_PREFIXES)) {
    if (name.startsWith(wrong)) return right + name.slice(wrong.length);
  }
  return name;
}

/**
 * Where the tables contradict a What's New page, the page wins: 3.3's notes list `copy()` and
 * `clear()` as methods new to `list` ("New methods have been added to list and bytearray"), which
 * the tables date 3.0.
 */
const DATED_BY_WHATS_NEW: Record<string, Versions> = {
  "list.copy": { py2: null, py3: "3.3" },
  "list.clear": { py2: null, py3: "3.3" },
};

/**
 * Keyword arguments a What's New page dates that the tables leave out: 3.10's notes bring selecting
 * `importlib.metadata` entry points by group and name (`entry_points(group=…, name=…)`).
 */
const KWARGS_BY_WHATS_NEW: VerminRules["kwargs"] = [
  { function: "importlib.metadata.entry_points", kwarg: "group", py2: null, py3: "3.10" },
  { function: "importlib.metadata.entry_points", kwarg: "name", py2: null, py3: "3.10" },
];

/**
 * Python 2 modules that backported only part of their Python 3 namesake: 2.7's `importlib` held
 * `import_module` alone, so the rest of the package does not inherit the module's Python 2 version.
 */
const PARTIAL_PYTHON2_BACKPORTS: Record<string, readonly string[]> = {
  importlib: ["importlib.import_module"],
};

/** "3.6.2" → "3.6": the catalog, its version comparisons and release links know minor releases only. */
const minorOf = (version: string): string => version.split(".").slice(0, 2).join(".");

/** The longest dotted prefix of `name` that has versions. */
function ownerOf(name: string, known: Map<string, Versions>): [string, Versions] | undefined {
  const parts = name.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const owner = parts.slice(0, i).join(".");
    const versions = known.get(owner);
    if (versions) return [owner, versions];
  }
  return undefined;
}

/**
 * Versions of a documented name the tables do not list. vermin lists what was added to a module or
 * class after it, so an unlisted member came with its owner — the closest one, not the module
 * (`statistics.NormalDist.mean` is 3.8 like its class, not 3.4 like `statistics`). The library
 * reference's own "New in version" note wins over that (`asyncio.Timeout`: 3.11), but a name is
 * never older than its owner: `importlib.resources.abc.ResourceReader` dates from 3.7 elsewhere, its
 * module from 3.11. A name newer than its owner in Python 3 has no Python 2 version: those come
 * from the tables alone.
 */
function datedMember(
  name: string,
  owner: [string, Versions] | undefined,
  note: string | undefined,
): Versions | undefined {
  if (!owner) return note ? { py2: null, py3: minorOf(note) } : undefined;
  const [ownerName, versions] = owner;
  const held = PARTIAL_PYTHON2_BACKPORTS[ownerName];
  const py2 = held && !held.includes(name) ? null : versions.py2;
  if (!note || versions.py3 === null) return { py2, py3: versions.py3 };
  const py3 = minorOf(note);
  if (compareVersions(py3, versions.py3) <= 0) return { py2, py3: versions.py3 };
  return { py2: null, py3 };
}

/**
 * Rows for the documented names the tables do not list, owners before their members so a class's
 * date reaches its methods. A row needs a source that dates it: its own note, or a module new in
 * Python 3 that it came with (`secrets.token_hex`). The members of a dated class in an older module
 * (`ssl.SSLContext.wrap_bio`) get no row: nothing says they came with the class — the catalog infers
 * them when asked, and says so. Names that came with Python 3.0 are left out, as the tables leave
 * them out: the catalog's silence already says "always there". A name with a note but no owner needs
 * a documented top-level name, so stray anchors of the reference (`definition.__qualname__`) stay out.
 */
function documentedMembers(
  known: Map<string, Versions>,
  modules: Map<string, Versions>,
  inventory: Map<string, InventoryObject>,
  notes: Record<string, string>,
  link: Linker,
): ApiDataFile["members"] {
  const depth = (name: string): number => name.split(".").length;
  const names = [...inventory]
    .filter(([name, object]) => KIND_OF_ROLE[object.role] && object.role !== "py:module" && !known.has(name))
    .map(([name]) => name)
    .sort((a, b) => depth(a) - depth(b) || byCodePoint(a, b));
  const rows: ApiDataFile["members"] = [];
  for (const name of names) {
    const owner = ownerOf(name, known);
    const note = Object.hasOwn(notes, name) ? notes[name] : undefined;
    if (!owner && !KIND_OF_ROLE[inventory.get(name.split(".")[0] ?? "")?.role ?? ""]) continue;
    const versions = datedMember(name, owner, note);
    if (!versions) continue;
    known.set(name, versions);
    const module = ownerOf(name, modules)?.[1].py3 ?? null;
    const dated = note !== undefined || (module !== null && module !== "3.0");
    if (dated && versions.py3 !== null && versions.py3 !== "3.0") {
      rows.push([
        name,
        link.kindOf(name),
        versions.py2,
        versions.py3,
        link.pathOf(name, "member", versions.py3),
      ]);
    }
  }
  return rows;
}

export function buildApiData(
  verminRules: VerminRules,
  inventory: Map<string, InventoryObject>,
  notes: Record<string, string>,
): ApiDataFile {
  const rules: VerminRules = {
    modules: verminRules.modules,
    members: Object.fromEntries(
      Object.entries(verminRules.members).map(([n, v]) => [renamed(n), DATED_BY_WHATS_NEW[renamed(n)] ?? v]),
    ),
    kwargs: [
      ...verminRules.kwargs.map((k) => ({ ...k, function: renamed(k.function) })),
      ...KWARGS_BY_WHATS_NEW.filter(
        (extra) => !verminRules.kwargs.some((k) => k.function === extra.function && k.kwarg === extra.kwarg),
      ),
    ],
  };
  const link = new Linker(inventory);
  const kept = Object.entries(rules.modules).filter(
    ([name, v]) => !isNotAModule(name, v.py3, inventory) && !isThirdPartyBackport(v),
  );
  const modules: ApiDataFile["modules"] = kept.map(([name, v]) => [
    name,
    v.py2,
    v.py3,
    link.pathOf(name, "module", v.py3),
  ]);
  const members: ApiDataFile["members"] = Object.entries(rules.members).map(([name, v]) => [
    name,
    link.kindOf(name),
    v.py2,
    v.py3,
    link.pathOf(name, "member", v.py3),
  ]);
  const known = new Map<string, Versions>([...kept, ...Object.entries(rules.members)]);
  members.push(...documentedMembers(known, new Map(kept), inventory, notes, link));
  const kwargs: ApiDataFile["kwargs"] = rules.kwargs.map((k) => [
    k.function,
    k.kwarg,
    k.py2,
    k.py3,
    link.pathOf(k.function, "member", k.py3),
  ]);
  modules.sort((a, b) => byCodePoint(a[0], b[0]));
  members.sort((a, b) => byCodePoint(a[0], b[0]));
  kwargs.sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1]));
  return {
    format: 1,
    source:
      "vermin rule tables (netromdk/vermin 88eab76, MIT, (c) 2018 Morten Kristensen); links from the Python 3.11 Sphinx inventory; " +
      'names the tables lack dated by the "New in version" notes of the Python 3.11 library reference ' +
      "(Python documentation, PSF License, (c) Python Software Foundation), bugfix releases given as their minor release",
    docsBase: DOCS_BASE,
    modules,
    members,
    kwargs,
  };
}

/** JSON with one row per line: small, and a changed fact shows as one changed line. */
export function serializeApiData(data: ApiDataFile): string {
  const rows = (list: unknown[][]): string => list.map((r) => `    ${JSON.stringify(r)}`).join(",\n");
  return [
    "{",
    `  "format": ${data.format},`,
    `  "source": ${JSON.stringify(data.source)},`,
    `  "docsBase": ${JSON.stringify(data.docsBase)},`,
    `  "modules": [\n${rows(data.modules)}\n  ],`,
    `  "members": [\n${rows(data.members)}\n  ],`,
    `  "kwargs": [\n${rows(data.kwargs)}\n  ]`,
    "}",
    "",
  ].join("\n");
}

export function buildApiFile(referenceDir: string, notesFile = DEFAULT_NOTES): string {
  const rules = JSON.parse(
    readFileSync(join(referenceDir, "api-versions", "vermin-rules.json"), "utf8"),
  ) as VerminRules;
  const inventory = parseInventory(
    readFileSync(join(referenceDir, "sphinx-inventory", "python-3.11-objects.inv")),
  );
  const notes = JSON.parse(readFileSync(notesFile, "utf8")) as DocNotesFile;
  return serializeApiData(buildApiData(rules, inventory, notes.notes));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [referenceDir = DEFAULT_REFERENCE, out = DEFAULT_OUT, notesFile = DEFAULT_NOTES] =
    process.argv.slice(2);
  const text = buildApiFile(referenceDir, notesFile);
  writeFileSync(out, text);
  const data = JSON.parse(text) as ApiDataFile;
  console.log(
    `${out}: ${data.modules.length} modules, ${data.members.length} members, ${data.kwargs.length} keyword arguments`,
  );
}
