/**
 * Turns the version facts of ../shared/reference/api-versions (vermin's rule tables, MIT) and the
 * Python 3.11 Sphinx inventory into `corpus/api-versions.json`, the compact file the bot reads.
 * Re-runnable: rows are sorted by code point and written one per line, so the same input gives the
 * same bytes.
 *
 * Usage: npm run build:api-facts [-- REFERENCE_DIR [OUT_FILE]]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ApiDataFile, ApiKind } from "../src/api/api-fact.ts";
import { python3NameOf } from "../src/api/python2-names.ts";
import { compareVersions } from "../src/documents/version.ts";
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
 * vermin lists the members added to a module after the module itself; the rest came with it. So a
 * documented member of a module that is new in Python 3 (`secrets.token_hex`, `zoneinfo.ZoneInfo`)
 * that the facts do not list arrived with its module, and takes the module's versions.
 */
function membersOfNewModules(
  rules: VerminRules,
  inventory: Map<string, InventoryObject>,
  link: Linker,
): ApiDataFile["members"] {
  const rows: ApiDataFile["members"] = [];
  for (const [name, object] of inventory) {
    if (name in rules.members || name in rules.modules || object.role === "py:module") continue;
    if (!KIND_OF_ROLE[object.role]) continue;
    const parts = name.split(".");
    for (let i = parts.length - 1; i > 0; i--) {
      const module = rules.modules[parts.slice(0, i).join(".")];
      if (!module) continue;
      if (module.py3 !== null && module.py3 !== "3.0") {
        rows.push([name, link.kindOf(name), module.py2, module.py3, link.pathOf(name, "member", module.py3)]);
      }
      break;
    }
  }
  return rows;
}

export function buildApiData(rules: VerminRules, inventory: Map<string, InventoryObject>): ApiDataFile {
  const link = new Linker(inventory);
  const modules: ApiDataFile["modules"] = Object.entries(rules.modules)
    .filter(([name, v]) => !isNotAModule(name, v.py3, inventory))
    .map(([name, v]) => [name, v.py2, v.py3, link.pathOf(name, "module", v.py3)]);
  const members: ApiDataFile["members"] = Object.entries(rules.members).map(([name, v]) => [
    name,
    link.kindOf(name),
    v.py2,
    v.py3,
    link.pathOf(name, "member", v.py3),
  ]);
  members.push(...membersOfNewModules(rules, inventory, link));
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
      "vermin rule tables (netromdk/vermin 88eab76, MIT, (c) 2018 Morten Kristensen); links from the Python 3.11 Sphinx inventory",
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

export function buildApiFile(referenceDir: string): string {
  const rules = JSON.parse(
    readFileSync(join(referenceDir, "api-versions", "vermin-rules.json"), "utf8"),
  ) as VerminRules;
  const inventory = parseInventory(
    readFileSync(join(referenceDir, "sphinx-inventory", "python-3.11-objects.inv")),
  );
  return serializeApiData(buildApiData(rules, inventory));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [referenceDir = DEFAULT_REFERENCE, out = DEFAULT_OUT] = process.argv.slice(2);
  const text = buildApiFile(referenceDir);
  writeFileSync(out, text);
  const data = JSON.parse(text) as ApiDataFile;
  console.log(
    `${out}: ${data.modules.length} modules, ${data.members.length} members, ${data.kwargs.length} keyword arguments`,
  );
}
