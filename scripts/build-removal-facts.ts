/**
 * Turns CPython's What's New sources (../shared/reference/cpython-whatsnew/3.0.rst … 3.14.rst) into
 * `corpus/removals.json`: the modules, functions, classes, methods, attributes, aliases and keyword
 * arguments each release removed or deprecated, with the replacement, PEP and What's New section the
 * notes give. Only names, versions, PEP numbers and links carry over; no sentence of the notes does.
 *
 * The notes are prose, so this is a careful reader rather than a grammar: it walks the "Removed",
 * "Deprecated", "Pending removal" and "Porting" sections (and all of 3.0), finds the sentences whose
 * verb removes or deprecates something, and takes the names that verb governs, qualified by the class
 * or module the sentence, its list item or its section names. The Python 3.11 Sphinx inventory says
 * which names are modules and resolves relative references such as `.assertTrue`. When in doubt a
 * name is left out: a missing fact costs less than a wrong one.
 *
 * Usage: npm run build:removal-facts [-- REFERENCE_DIR [OUT_FILE]]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inflateSync } from "node:zlib";
import { RENAMED_MODULES, RENAMED_NAMES } from "../src/api/python2-names.ts";
import type { RemovalDataFile, RemovalEntry, RemovalKind } from "../src/api/removal-fact.ts";
import { makeId, renderInline, titleAt } from "../src/documents/rst.ts";
import { compareVersions } from "../src/documents/version.ts";
import { anchorsFromHtml } from "./whatsnew-anchors.ts";

export const DEFAULT_REFERENCE = fileURLToPath(new URL("../../shared/reference", import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL("../corpus/removals.json", import.meta.url));
export const RELEASES = [
  "3.0",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "3.5",
  "3.6",
  "3.7",
  "3.8",
  "3.9",
  "3.10",
  "3.11",
  "3.12",
  "3.13",
  "3.14",
] as const;
const WHATSNEW = "https://docs.python.org/3/whatsnew/";
const SOURCE =
  "CPython Doc/whatsnew/3.0.rst … 3.14.rst (removal, deprecation and porting sections); names resolved with the Python 3.11 Sphinx inventory";

/** A list of words written as one string, so long vocabularies stay readable. */
const words = (list: string): string[] => list.split(" ");

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const minVersion = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : compareVersions(a, b) <= 0 ? a : b;

// ---------------------------------------------------------------------------------------------
// What the documentation knows: modules, builtins, documented objects

interface Knowledge {
  /** Documented Python objects of the 3.11 docs, name → role ("py:class"). */
  objects: Map<string, string>;
  /** Lower-cased documented name → names, to repair the notes' occasional wrong case. */
  folded: Map<string, string[]>;
  /** Last component → documented names ending in it, for `.assertTrue`-style references. */
  leaves: Map<string, string[]>;
  /** Every module name Python 2 or 3 had, plus the ones the notes mention. */
  modules: Set<string>;
  /** Top-level builtins of Python 3 (`open`, `str`, `input`). */
  builtins: Set<string>;
  /** Builtin types and the interpreter types the notes qualify members with (`dict`, `frame`). */
  types: Set<string>;
  /** Sphinx label → the module documented on the label's page. */
  labelModule: Map<string, string>;
}

const INVENTORY_LINE = /^(.+?)\s+([\w-]+:[\w-]+)\s+-?\d+\s+(\S+)/;

function readKnowledge(referenceDir: string, mentionedModules: Set<string>): Knowledge {
  const bytes = readFileSync(join(referenceDir, "sphinx-inventory", "python-3.11-objects.inv"));
  let at = 0;
  for (let i = 0; i < 4; i++) at = bytes.indexOf(0x0a, at) + 1;
  const objects = new Map<string, string>();
  const pageModule = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const line of inflateSync(bytes.subarray(at)).toString("utf8").split("\n")) {
    const m = INVENTORY_LINE.exec(line);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const [, name, role, uri] = m;
    if (role === "std:label") labels.set(name, uri.split("#")[0] ?? "");
    if (!role.startsWith("py:") || objects.has(name)) continue;
    objects.set(name, role);
    if (role === "py:module") pageModule.set(uri.split("#")[0] ?? "", name);
  }
  const rules = JSON.parse(readFileSync(join(referenceDir, "api-versions", "vermin-rules.json"), "utf8")) as {
    modules: Record<string, unknown>;
  };
  const modules = new Set<string>([
    ...Object.keys(rules.modules),
    ...Object.keys(RENAMED_MODULES),
    ...mentionedModules,
  ]);
  const folded = new Map<string, string[]>();
  const leaves = new Map<string, string[]>();
  const builtins = new Set<string>();
  const types = new Set([
    "object",
    "function",
    "frame",
    "codeobject",
    "generator",
    "coroutine",
    "agen",
    "module",
  ]);
  for (const [name, role] of objects) {
    if (role === "py:module") modules.add(name);
    const lower = name.toLowerCase();
    folded.set(lower, [...(folded.get(lower) ?? []), name]);
    const leaf = name.split(".").at(-1) ?? name;
    leaves.set(leaf, [...(leaves.get(leaf) ?? []), name]);
    if (!name.includes(".") && /^py:(function|class|exception|data)$/.test(role)) builtins.add(name);
    if (!name.includes(".") && role === "py:class") types.add(name);
  }
  const labelModule = new Map<string, string>();
  for (const [label, page] of labels) {
    const module = pageModule.get(page);
    if (module) labelModule.set(label, module);
  }
  return { objects, folded, leaves, modules, builtins, types, labelModule };
}

const IDENT = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const isClassName = (name: string): boolean => /^_?[A-Z]/.test(name.split(".").at(-1) ?? "");

/** Whether a dotted name already starts at a module or a builtin type (`cgi.escape`, `dict.has_key`). */
function isQualified(name: string, know: Knowledge): boolean {
  const parts = name.split(".");
  if (know.types.has(parts[0] ?? "") && parts.length > 1) return true;
  // Private modules (`_pyio`, `_markupbase`) are not all in the inventory.
  if (parts.length > 1 && /^_[a-z]\w*$/.test(parts[0] ?? "")) return true;
  for (let i = parts.length - (parts.length > 1 ? 1 : 0); i > 0; i--) {
    if (know.modules.has(parts.slice(0, i).join("."))) return true;
  }
  return false;
}

/** The documentation's spelling of a name the notes wrote in another case (`threading.thread.getName`). */
function documentedCase(name: string, know: Knowledge): string {
  if (know.objects.has(name)) return name;
  const same = know.folded.get(name.toLowerCase());
  // Only the qualifiers' case is repaired: `typing.io` is not `typing.IO`.
  const fixed = same?.length === 1 ? same[0] : undefined;
  return fixed && fixed.split(".").at(-1) === name.split(".").at(-1) ? fixed : name;
}

// ---------------------------------------------------------------------------------------------
// reStructuredText: sections with their anchors, then blocks (paragraphs, lists, tables)

type Mode = "removed" | "deprecated" | "mixed" | "pending" | "porting" | "py3k" | "skip" | "none";

interface Section {
  title: string;
  level: number;
  parent: Section | undefined;
  /** The section's own id when docutils gives it a stable one (a label or its title's id). */
  ownAnchor: string | undefined;
  /** The nearest stable anchor: its own, else an ancestor's. */
  anchor: string | undefined;
  body: string[];
  mode: Mode;
  /** The release a "Pending removal in Python 3.N" section names. */
  pendingIn?: string;
  /** Modules the title names ("asynchat and asyncore"), for names the text leaves unqualified. */
  modules: string[];
  /** The PEP the title names ("PEP 594: Remove dead batteries"). */
  pep?: number;
}

const SKIP_TITLE =
  /\bC[ -]API|\bC APIs?\b|\bC code\b|\bbuild|bytecode|opcodes|\\bplatform support|operating system|windows|demos and tools|notable changes|documentation|optimi[sz]ation|performance|\bIDLE\b|unsupported|changed in 3\.\d+\.\d+/i;

function modeOf(
  title: string,
  parent: Mode,
  version: string,
  isModule: boolean,
): { mode: Mode; pendingIn?: string } {
  if (SKIP_TITLE.test(title) && !isModule) return { mode: "skip" };
  if (parent === "skip") return { mode: "skip" };
  if (version === "3.0") return { mode: "py3k" };
  const pending = /^pending removal in python (\d\.\d+)/i.exec(title);
  if (pending?.[1]) return { mode: "pending", pendingIn: pending[1] };
  if (/^removed\b|\bremovals?$|^removed modules/i.test(title)) return { mode: "removed" };
  if (/^(new )?deprecat/i.test(title)) return { mode: "deprecated" };
  if (/deprecat/i.test(title)) return { mode: parent === "deprecated" ? "deprecated" : "mixed" };
  if (/^porting to/i.test(title)) return { mode: "porting" };
  return { mode: parent };
}

const TARGET = /^\.\. _(`[^`]+`|[^:`]+):(?:\s+\S.*)?$/;

/**
 * Splits a document into sections. Anchors follow docutils: a title's id is made from its text
 * unless an earlier title or target took it, in which case docutils numbers it ("id3") — such ids
 * shift whenever the page changes, so those sections link to their parent's anchor instead.
 */
function parseSections(rst: string, version: string, know: Knowledge): Section[] {
  const lines = rst.replace(/\r\n?/g, "\n").split("\n");
  const taken = new Set<string>();
  const styles: string[] = [];
  const sections: Section[] = [];
  const stack: Section[] = [];
  let labels: string[] = [];
  let current: Section | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const target = TARGET.exec(line.trim());
    if (target?.[1]) {
      const id = makeId(target[1].replace(/`/g, ""));
      const internal = !/:\s+\S/.test(line.trim().slice(4 + target[1].length));
      if (internal && indentOf(line) === 0) labels.push(id);
      taken.add(id);
      continue;
    }
    const found = titleAt(lines, i);
    if (!found) {
      if (line.trim()) labels = [];
      current?.body.push(line);
      continue;
    }
    if (!styles.includes(found.style)) styles.push(found.style);
    const level = styles.indexOf(found.style);
    const title = renderInline(found.title).replace(/\s+/g, " ");
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    const parent = stack.at(-1);
    const titleId = makeId(title);
    const ownTitleId = titleId && !taken.has(titleId) ? titleId : undefined;
    if (titleId) taken.add(titleId);
    const ownAnchor = labels[0] ?? ownTitleId;
    const modules = titleModules(title, know);
    const { mode, pendingIn } = modeOf(title, parent?.mode ?? "none", version, modules.length > 0);
    const pep = /^PEP (\d+)/.exec(title)?.[1];
    current = {
      title,
      level,
      parent,
      ownAnchor,
      anchor: ownAnchor ?? parent?.anchor,
      body: [],
      mode,
      pendingIn,
      modules,
      pep: pep ? Number(pep) : undefined,
    };
    labels = [];
    sections.push(current);
    stack.push(current);
    i += found.span - 1;
  }
  return sections;
}

function titleModules(title: string, know: Knowledge): string[] {
  const words = title.split(/\s*(?:,|\band\b)\s*/).map((w) => w.trim());
  return words.every((w) => know.modules.has(w)) ? words : [];
}

const indentOf = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;

function dedent(lines: string[]): string[] {
  const margin = Math.min(...lines.filter((l) => l.trim()).map(indentOf), 1000);
  return lines.map((l) => (l.trim() ? l.slice(margin) : ""));
}

type Block =
  | { type: "para"; text: string }
  | { type: "list"; items: Block[][] }
  | { type: "table"; header: string[] | undefined; rows: string[][] };

const BULLET = /^([-*+•]|\d+\.|#\.)(\s+)(\S.*)?$/;
const SIMPLE_BORDER = /^=+(\s+=+)+\s*$/;
const GRID_BORDER = /^\+[-=+]+\+\s*$/;
/** Directives whose content is prose about the section; the rest is code, index entries or layout. */
const PROSE_DIRECTIVES = new Set(words("note warning versionchanged versionadded rubric attention"));

function parseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  const n = lines.length;
  while (i < n) {
    const line = lines[i] ?? "";
    if (!line.trim()) {
      i++;
      continue;
    }
    const indent = indentOf(line);
    if (indent > 0) {
      let j = i;
      while (j < n && (!lines[j]?.trim() || indentOf(lines[j] ?? "") >= indent)) j++;
      blocks.push(...parseBlocks(dedent(lines.slice(i, j))));
      i = j;
      continue;
    }
    const text = line.trimEnd();
    if (/^\.\.(\s|$)/.test(text)) {
      let j = i + 1;
      while (j < n && (!lines[j]?.trim() || indentOf(lines[j] ?? "") > 0)) j++;
      const directive = /^\.\.\s+([\w:-]+)::\s*(.*)$/.exec(text);
      if (directive?.[1] && PROSE_DIRECTIVES.has(directive[1])) {
        if (directive[2]) blocks.push({ type: "para", text: directive[2] });
        const content = lines.slice(i + 1, j);
        let k = 0;
        while (k < content.length && /^\s*:[\w-]+:/.test(content[k] ?? "")) k++;
        blocks.push(...parseBlocks(dedent(content.slice(k))));
      }
      i = j;
      continue;
    }
    if (SIMPLE_BORDER.test(text)) {
      i = simpleTable(lines, i, blocks);
      continue;
    }
    if (GRID_BORDER.test(text)) {
      i = gridTable(lines, i, blocks);
      continue;
    }
    if (BULLET.test(text)) {
      const items: Block[][] = [];
      while (i < n) {
        const bullet = BULLET.exec(lines[i] ?? "");
        if (!bullet || indentOf(lines[i] ?? "") > 0) break;
        const column = (bullet[1]?.length ?? 0) + (bullet[2]?.length ?? 0);
        const item = [bullet[3] ?? ""];
        let j = i + 1;
        while (j < n) {
          const next = lines[j] ?? "";
          if (!next.trim()) {
            let k = j;
            while (k < n && !lines[k]?.trim()) k++;
            if (k < n && indentOf(lines[k] ?? "") >= Math.min(column, 2)) {
              for (; j < k; j++) item.push("");
              continue;
            }
            break;
          }
          if (indentOf(next) === 0) break;
          item.push(indentOf(next) >= column ? next.slice(column) : next.trim());
          j++;
        }
        items.push(parseBlocks(item));
        i = j;
        let k = i;
        while (k < n && !lines[k]?.trim()) k++;
        if (k < n && BULLET.test(lines[k] ?? "") && indentOf(lines[k] ?? "") === 0) i = k;
        else break;
      }
      blocks.push({ type: "list", items });
      continue;
    }
    const para: string[] = [];
    let j = i;
    while (j < n && lines[j]?.trim() && indentOf(lines[j] ?? "") === 0 && !BULLET.test(lines[j] ?? "")) {
      para.push((lines[j] ?? "").trim());
      j++;
    }
    if (para.length === 0) {
      para.push(text.trim());
      j = i + 1;
    }
    let joined = para.join(" ");
    if (/::$/.test(joined)) {
      // A literal block follows: code, never prose.
      joined = joined.replace(/\s*::$/, joined.trim() === "::" ? "" : ":");
      let k = j;
      while (k < n && (!lines[k]?.trim() || indentOf(lines[k] ?? "") > 0)) k++;
      j = k;
    }
    if (joined.trim()) blocks.push({ type: "para", text: joined });
    i = j;
  }
  return blocks;
}

function simpleTable(lines: string[], start: number, blocks: Block[]): number {
  const border = lines[start] ?? "";
  const columns: number[] = [];
  for (const m of border.matchAll(/=+/g)) columns.push(m.index ?? 0);
  const cells = (line: string): string[] =>
    columns.map((c, k) => line.slice(c, k + 1 < columns.length ? columns[k + 1] : undefined).trim());
  const rows: string[][] = [];
  let header: string[] | undefined;
  let borders = 1;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (SIMPLE_BORDER.test(line.trim())) {
      borders++;
      if (borders === 2 && rows.length > 0 && SIMPLE_BORDER.test((lines[i + 2] ?? "").trim()) === false) {
        header = rows.splice(0, rows.length).map((r) => r.join(" "));
        header = cells(lines[i - 1] ?? "");
        continue;
      }
      if (!(lines[i + 1] ?? "").trim() || i + 1 >= lines.length) {
        i++;
        break;
      }
      continue;
    }
    if (!line.trim()) continue;
    const row = cells(line);
    const previous = rows.at(-1);
    if (previous && row[0] === "") {
      // A row whose first cell is empty continues the previous one.
      row.forEach((c, k) => {
        previous[k] = `${previous[k] ?? ""} ${c}`.trim();
      });
    } else rows.push(row);
  }
  blocks.push({ type: "table", header, rows });
  return i;
}

function gridTable(lines: string[], start: number, blocks: Block[]): number {
  const rows: string[][] = [];
  let header: string[] | undefined;
  let current: string[] | undefined;
  let i = start;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (GRID_BORDER.test(line)) {
      if (current) rows.push(current);
      current = undefined;
      if (line.includes("=") && !header) header = rows.pop();
      continue;
    }
    if (!line.startsWith("|")) break;
    const cells = line
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
    current = current ? current.map((c, k) => `${c} ${cells[k] ?? ""}`.trim()) : cells;
  }
  blocks.push({ type: "table", header, rows });
  return i;
}

// ---------------------------------------------------------------------------------------------
// Inline markup: Sphinx roles and literals become tokens, the text keeps placeholders for them

type TokKind = "name" | "param" | "keyword" | "pep" | "other";

interface Tok {
  kind: TokKind;
  text: string;
  /** "mod", "func", "meth", "class", "attr", "program", "literal", "plain"; "c" for C API roles. */
  role: string;
  /** Sphinx's leading dot: find the object by its last parts. */
  relative?: boolean;
  /** A :ref: target. */
  ref?: string;
  /** Written as a call: ``sys.callstats()``. */
  call?: boolean;
  /** A literal that names a known module (``threading``): it qualifies like a :mod: role. */
  module?: boolean;
}

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const NAME_ROLES: Record<string, string> = {
  mod: "mod",
  func: "func",
  deco: "func",
  meth: "meth",
  class: "class",
  exc: "exc",
  attr: "attr",
  data: "attr",
  const: "attr",
  obj: "attr",
  program: "program",
};
const NOT_NAMES = new Set(["None", "True", "False", "NotImplemented", "Ellipsis_"]);

interface Masked {
  text: string;
  toks: Tok[];
}

function roleToken(role: string, content: string): Tok {
  const r = role.toLowerCase().replace(/^py:/, "");
  const shown = content.replace(/^[!~]/, "").replace(/\s*<[^>]*>$/, "");
  if (r.startsWith("c:")) return { kind: "other", text: shown, role: "c" };
  if (r === "pep") return { kind: "pep", text: String(Number(/\d+/.exec(content)?.[0] ?? "0")), role: r };
  if (r === "keyword") return { kind: "keyword", text: shown.trim(), role: r };
  if (r === "ref") {
    const target = /<([^>]+)>$/.exec(content)?.[1] ?? content;
    return { kind: "other", text: shown, role: r, ref: target.trim() };
  }
  const nameRole = NAME_ROLES[r];
  if (!nameRole) return { kind: "other", text: shown, role: r };
  const m = /^(.*?)\s*<([^<>]+)>$/.exec(content.trim());
  const clean = (s: string): string =>
    s
      .trim()
      .replace(/^[!~]+/, "")
      .replace(/^@/, "")
      .replace(/\(\)$/, "");
  const target = clean(m?.[2] ?? content);
  const title = m?.[1] !== undefined ? clean(m[1]) : undefined;
  let name = target;
  if (title && IDENT.test(title) && title.includes(".") && !target.endsWith(title)) name = title;
  const relative = name.startsWith(".");
  if (relative) name = name.slice(1);
  const valid = nameRole === "program" ? /^\w[\w.-]*$/.test(name) : IDENT.test(name);
  if (!valid || NOT_NAMES.has(name)) return { kind: "other", text: shown, role: r };
  return { kind: "name", text: name, role: nameRole, relative };
}

function mask(raw: string): Masked {
  const toks: Tok[] = [];
  const put = (tok: Tok): string => {
    toks.push(tok);
    return `${OPEN}${toks.length - 1}${CLOSE}`;
  };
  const text = raw
    .replace(/\\ /g, "")
    .replace(
      /\((?:Contributed|Patch|Original patch|Initial patch|Based on)\b[^()]*(?:\([^()]*\)[^()]*)*\)/g,
      "",
    )
    .replace(/:([a-zA-Z]+(?::[a-zA-Z]+)?):`([^`]+)`/g, (_m, role: string, content: string) => {
      if (role === "term") {
        const shown = content.replace(/\s*<[^>]*>$/, "");
        return /deprecat/i.test(content) ? put({ kind: "other", text: shown, role }) : shown;
      }
      return put(roleToken(role, content));
    })
    .replace(/``(.+?)``/g, (_m, code: string) => {
      const name = code.trim().replace(/^@/, "").replace(/\(\)$/, "");
      if (IDENT.test(name) && !NOT_NAMES.has(name)) {
        return put({ kind: "name", text: name, role: "literal", call: /\(\)$/.test(code.trim()) });
      }
      return put({ kind: "other", text: code, role: "code" });
    })
    .replace(/`([^`<]+?)\s*<[^>]+>`_{1,2}/g, "$1")
    .replace(/`([^`]+)`_{1,2}/g, "$1")
    .replace(/(?<![\w*])\*([A-Za-z_]\w*)\*(?![\w*])/g, (_m, p: string) =>
      put({ kind: "param", text: p, role: "param" }),
    )
    // 3.5's 'The deprecated "strict" mode and argument of HTMLParser': a name in double quotes that
    // the sentence calls an argument is one.
    .replace(/"([a-z_]\w*)"(?:\s+mode\s+and)?(?=\s+(?:argument|parameter)s?\b)/g, (_m, p: string) =>
      put({ kind: "param", text: p, role: "param" }),
    )
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return { text, toks };
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|Mr|Dr)|\.\.\.)$/;

function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]\s+(?=[A-Z\uE000("'*])/g)) {
    const end = (m.index ?? 0) + 1;
    if (ABBREVIATIONS.test(text.slice(start, end - 1))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Verbs: which sentences remove or deprecate, and where their subjects are

/** Removal, deprecation, planned removal (a deprecation), rename (3.0), and a mere possibility. */
type HitType = "R" | "D" | "P" | "N" | "Q";
type Voice = "active" | "passive" | "mid";

interface Hit {
  start: number;
  end: number;
  type: HitType;
  voice: Voice;
}

const ADVERBS =
  "(?:\\s+(?:now|also|all|since|been|entirely|completely|finally|really|officially|just|already|effectively|fully|permanently|thus|therefore|then|likewise|similarly|considered|marked|formally|henceforth|documented\\s+as|being|hereby|still|previously|newly))*";
const CLAUSE_START = "(?:^|[:;]\\s*|\\bAlso,?\\s+)";

interface VerbPattern {
  re: RegExp;
  type: HitType;
  voice: Voice;
  py3kOnly?: boolean;
}

const VERBS: VerbPattern[] = [
  {
    re: /\b(?:will|to|shall)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?(?:removed|dropped)\b/gi,
    type: "P",
    voice: "passive",
  },
  // "may be removed in a future version" is a possibility, not a deprecation.
  {
    re: /\b(?:may|can|could|would|should|might)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?(?:removed|dropped)\b/gi,
    type: "Q",
    voice: "passive",
  },
  { re: /\bremove\s+(?:them|it)\s+in\b/gi, type: "P", voice: "passive" },
  {
    re: new RegExp(
      `\\b(?:is|are|was|were|has|have|had|be|been)\\b${ADVERBS}\\s+(?:removed|gone|dropped|killed|deleted)\\b`,
      "gi",
    ),
    type: "R",
    voice: "passive",
  },
  {
    re: /\b(?:no|not)\s+longer\s+(?:exists?|available|supported|present)\b/gi,
    type: "R",
    voice: "passive",
  },
  { re: /\bshould\s+be\s+treated\s+as\s+gone\b/gi, type: "R", voice: "passive" },
  {
    re: new RegExp(`${CLAUSE_START}(?:remove[sd]?|removing|killed|dropped|removal\\s+of)\\b`, "gi"),
    type: "R",
    voice: "active",
  },
  {
    re: /\b(?:has|have)\s+(?:now\s+)?removed\b|\bno\s+longer\s+(?:has|have|accepts?|takes?|supports?|provides?|contains?)\b/gi,
    type: "R",
    voice: "mid",
  },
  {
    re: new RegExp(
      `\\b(?:is|are|was|were|has|have|be|been|being)\\b${ADVERBS}\\s+(?:deprecated|pending\\s+deprecation)\\b|\\bdeprecated\\s+now\\b|\\bgraduated\\s+to\\s+full\\s+deprecation\\b`,
      "gi",
    ),
    type: "D",
    voice: "passive",
  },
  {
    re: /\b(?:is|are)\s+(?:now\s+|also\s+|still\s+)*(?:slated|scheduled)\s+(?:for|to\s+be)\s+remov\w*/gi,
    type: "P",
    voice: "passive",
  },
  { re: new RegExp(`${CLAUSE_START}(?:deprecate[sd]?|deprecating)\\b`, "gi"), type: "D", voice: "active" },
  { re: /\b(?:has|have)\s+(?:now\s+)?deprecated\b/gi, type: "D", voice: "mid" },
  {
    re: /\b(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?renamed\s+to\b|\b(?:was|were|has\s+been|have\s+been)\s+renamed\b/gi,
    type: "N",
    voice: "passive",
    py3kOnly: true,
  },
  { re: /\bis\s+now\s+(?=\uE000)/g, type: "N", voice: "passive", py3kOnly: true },
  { re: /\b(?:have\s+been|were)\s+grouped\s+into\b/gi, type: "N", voice: "passive", py3kOnly: true },
  { re: new RegExp(`${CLAUSE_START}(?:renamed|moved)\\b`, "gi"), type: "N", voice: "active", py3kOnly: true },
];

function verbHits(sentence: string, py3k: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const v of VERBS) {
    if (v.py3kOnly && !py3k) continue;
    for (const m of sentence.matchAll(v.re)) {
      const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      const lead = /^(?:[:;]\s*|Also,?\s+)/i.exec(sentence.slice(start, start + m[0].length));
      const s = start + (v.voice === "active" && lead ? lead[0].length : 0);
      const end = (m.index ?? 0) + m[0].length;
      if (hits.some((h) => s < h.end && end > h.start)) continue;
      // "has deprecated X" is active: the passive needs "has been".
      if (v.voice === "passive" && /^(?:has|have|had)\b/i.test(m[0].trim()) && !/\bbeen\b/i.test(m[0]))
        continue;
      hits.push({ start: s, end, type: v.type, voice: v.voice });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** "deprecated since Python 3.2", "(deprecated in 3.5)", "deprecated in the docstring since Python 3.2". */
const DEPRECATED_SINCE =
  /\bdeprecated\b((?:(?!remov|schedul|slated|\bwill\b|favou?r|replacement|added|introduced)[^.;])*?)\b(?:since|in)\s+(?:at\s+least\s+|version\s+)?(?:C?Python\s+)?(\d\.\d+)\b(?!\s*(?:,|or\b|and\b)\s*(?:C?Python\s+)?\d)/gi;
const DEPRECATED_AS_OF =
  /\b(?:as\s+of|since)\s+(?:C?Python\s+)?(\d\.\d+),?\s+(?:it|they|this|these)\s+(?:was|were|has\s+been|have\s+been)\s+deprecated/i;
/**
 * "the explicit passing of a *loop* argument has been deprecated … for the following: f, g, C": a
 * keyword argument of each callable listed after the verb.
 */
const PASSING_ARGUMENT =
  /\bpassing\s+(?:of\s+)?(?:an?\s+|the\s+)?\uE000(\d+)\uE001\s+(?:argument|parameter)\b[^:]*\b(?:deprecated|removed)\b[^:]*\bfor\s+the\s+following\s*:?\s*(.*)$/i;

/**
 * "The ``loop`` parameter has been removed from most of :mod:`asyncio`'s high-level API": the notes
 * name no callable, so the removal stands for the keyword arguments earlier notes deprecated there
 * (see `settleFamilies`).
 */
const PARAMETER_REMOVED_FROM =
  /\uE000(\d+)\uE001\s+(?:parameter|argument)\s+(?:has\s+been|was|is)\s+removed\s+from\s+(?:most\s+of\s+|all\s+of\s+)?(?:the\s+)?\uE000(\d+)\uE001/i;

/**
 * "The old :mod:`plistlib` API has been removed, it was deprecated since Python 3.4": the notes name
 * no function, so the removal stands for the module's members that release deprecated (see
 * `settleFamilies`).
 */
const OLD_API_REMOVED =
  /\bold\s+\uE000(\d+)\uE001\s+API\s+(?:has\s+been|was|is)\s+removed\b.*\bdeprecated\s+since\s+(?:Python\s+)?(3\.\d+)/i;

const PLANNED =
  /\b(?:remov(?:ed|al)|remove\s+(?:them|it))\b[^.;]{0,30}?\bin\s+(?:C?Python\s+|version\s+)?(3\.\d+)\b/i;

function deprecatedSince(text: string): string | undefined {
  for (const m of text.matchAll(DEPRECATED_SINCE)) {
    if ((m[1] ?? "").length <= 60 && m[2]) return m[2];
  }
  return DEPRECATED_AS_OF.exec(text)?.[1];
}

// ---------------------------------------------------------------------------------------------
// Noun phrases: which names a verb governs, and what qualifies them

type Atom = { t: "tok"; i: number } | { t: "word"; w: string } | { t: "punct"; p: string };

function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const m of text.matchAll(/\uE000(\d+)\uE001|'s\b|[A-Za-z][\w-]*|\d+(?:\.\d+)*|=>|[(),;:]|\S/g)) {
    if (m[1] !== undefined) atoms.push({ t: "tok", i: Number(m[1]) });
    else if (/^[(),;:]$|^=>$/.test(m[0])) atoms.push({ t: "punct", p: m[0] });
    else atoms.push({ t: "word", w: m[0] });
  }
  return atoms;
}

interface Head {
  tok: Tok;
  /** Qualifiers written in the phrase: "of :class:`X`", ":mod:`X`'s", "from the :mod:`X` module". */
  quals: Tok[];
  /** The noun after the name: "function", "methods", "parameter". */
  kindWord?: string;
  alias?: boolean;
  /** What the phrase says it is an alias of, or the "(use X)" it gives. */
  target?: Tok;
}

const KIND_WORDS: Record<string, RemovalKind> = {
  function: "function",
  functions: "function",
  decorator: "function",
  method: "method",
  methods: "method",
  class: "class",
  classes: "class",
  type: "class",
  abc: "class",
  attribute: "attribute",
  attributes: "attribute",
  property: "attribute",
  properties: "attribute",
  field: "attribute",
  fields: "attribute",
  constant: "attribute",
  constants: "attribute",
  variable: "attribute",
  flag: "attribute",
  flags: "attribute",
  module: "module",
  modules: "module",
  package: "module",
  packages: "module",
  namespace: "module",
  namespaces: "module",
  submodule: "module",
  submodules: "module",
  extension: "module",
  program: "module",
  alias: "alias",
  aliases: "alias",
  parameter: "keyword-argument",
  parameters: "keyword-argument",
  argument: "keyword-argument",
  arguments: "keyword-argument",
};
const MODULE_WORDS = new Set(words("module modules package packages namespace namespaces extension"));
/** Nouns after a name that say it is a qualifier when another name follows ("ast classes Num"). */
const LINK_WORDS = new Set([
  ...Object.keys(KIND_WORDS),
  ...words("constructor getter setter key instance instances and undocumented private deprecated special"),
]);
/** Nouns after a literal that say it is not a Python name at all (``U`` mode, ``SO`` macro). */
const NOT_A_NAME_AFTER = new Set(
  words(
    "mode modes codec codecs key keys macro macros command commands option options directory directories typecode format formats script scripts tool tools file files environment configure build setting settings encoding character characters string strings literal literals syntax statement statements header headers prefix specifier value values escape escapes object objects structure struct features feature support file protocol protocols policy system implementation implementations behavior behaviour wheel command-line",
  ),
);
const PARAM_WORDS = new Set(["parameter", "parameters", "argument", "arguments", "kwarg", "kwargs"]);
const QUALIFIER_PREPOSITIONS = new Set(["of", "from", "in", "on", "to", "for", "within", "into", "at"]);
const SKIPPERS = new Set(
  words(
    "favor favour preference like except including via by than such unlike besides with without through use instead when if where whether whose behavior behaviour ability support use",
  ),
);
const NOT_GERUNDS = new Set(
  words(
    "following corresponding remaining existing string during nothing something thing things missing underlying matching pending encoding decoding warning warnings according long-standing longstanding",
  ),
);

interface Chunked {
  heads: Head[];
  /** Names before a leading colon (":class:`array.array`: ..."). */
  prefix: Tok[];
  /** Every name the phrase uses as a qualifier rather than a subject. */
  quals: Tok[];
}

/** Words that may follow a subject name; any other word means the name is part of something else. */
const AFTER_HEAD = new Set([
  ...Object.keys(KIND_WORDS),
  ...QUALIFIER_PREPOSITIONS,
  ...words(
    "and or as respectively etc which that is are was were has have now also special abstract dummy built-in instance static both together itself were previously deprecated undocumented optional keyword positional api /",
  ),
]);

function chunk(atoms: Atom[], toks: Tok[]): Chunked {
  const heads: Head[] = [];
  const prefix: Tok[] = [];
  const allQuals: Tok[] = [];
  let group: Head[] = [];
  let groupQuals: Tok[] = [];
  let groupParamWord = false;
  let mode: "head" | "qual" | "alias" | "skip" = "head";
  let sinceKind: Head[] = [];
  let aliasFor: Head[] = [];
  let aliasTargets: Tok[] = [];
  let pendingAlias: Tok[] = [];
  let groupAlias = false;
  let last: "head" | "qual" | undefined;
  /** A kind written before the names it is about: "special methods ``__int__``, …". */
  let kindBefore: string | undefined;

  const word = (k: number): string | undefined => {
    const a = atoms[k];
    return a?.t === "word" ? a.w.toLowerCase() : undefined;
  };
  // "of the private and undocumented :mod:`_markupbase` module" names a place; "To wit," and
  // "in Python 2.4" do not.
  const nameFollows = (k: number): boolean => {
    for (let j = k + 1; j <= k + 5 && j < atoms.length; j++) {
      const x = atoms[j];
      if (x?.t === "tok") return toks[x.i]?.kind === "name";
      if (x?.t === "punct" || /^(?:python|version|\d)/i.test(x?.t === "word" ? x.w : "")) return false;
    }
    return false;
  };
  const qualify = (tok: Tok): void => {
    groupQuals.push(tok);
    allQuals.push(tok);
    last = "qual";
  };
  const closeAlias = (): void => {
    if (aliasTargets.length > 0) {
      if (aliasTargets.length === aliasFor.length) {
        aliasFor.forEach((h, k) => {
          h.target ??= aliasTargets[k];
        });
      } else if (aliasTargets.length === 1) for (const h of aliasFor) h.target ??= aliasTargets[0];
      if (aliasFor.length === 0) pendingAlias = aliasTargets;
    }
    aliasTargets = [];
    aliasFor = [];
  };
  const closeGroup = (): void => {
    closeAlias();
    for (const h of group) {
      if (h.tok.kind === "param" && !groupParamWord && !PARAM_WORDS.has(h.kindWord ?? "")) continue;
      h.quals.push(...groupQuals);
      if (groupAlias) h.alias = true;
      heads.push(h);
    }
    group = [];
    groupQuals = [];
    groupParamWord = false;
    groupAlias = false;
    sinceKind = [];
    kindBefore = undefined;
    mode = "head";
  };

  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    if (!a) continue;
    if (a.t === "tok") {
      const tok = toks[a.i];
      if (!tok || (tok.kind !== "name" && tok.kind !== "param")) continue;
      const next = atoms[k + 1];
      if (next?.t === "word" && next.w === "'s") {
        qualify(tok);
        k++;
        continue;
      }
      if (k === 0 && next?.t === "punct" && next.p === ":") {
        prefix.push(tok);
        k++;
        continue;
      }
      if (word(k + 1) === "module" && word(k + 2) === "'s") {
        qualify(tok);
        k += 2;
        continue;
      }
      if (tok.kind === "name") {
        // ":mod:`ast` classes ``Num``", ":class:`X` method aliases", "X parameter *p*": X qualifies.
        let j = k + 1;
        if (word(j) && word(j) !== "and" && LINK_WORDS.has(word(j) ?? "")) {
          // "getter and setter methods" links; "function and :attr:`Y`" lists.
          while (
            word(j) &&
            LINK_WORDS.has(word(j) ?? "") &&
            (word(j) !== "and" || LINK_WORDS.has(word(j + 1) ?? ""))
          )
            j++;
          const after = atoms[j];
          const linksName =
            after?.t === "tok" && (toks[after.i]?.kind === "name" || toks[after.i]?.kind === "param");
          const aliases =
            (word(j - 1) === "alias" || word(j - 1) === "aliases") && !/^(to|of|for)$/.test(word(j) ?? "");
          if (linksName || aliases) {
            qualify(tok);
            if (aliases) groupAlias = true;
            continue;
          }
        }
        // A module named before other words is where things live ("the :mod:`ssl` features").
        if ((tok.role === "mod" || tok.module) && mode === "head") {
          const w = word(k + 1);
          const boundary = next === undefined || next.t === "punct" || w === "and" || w === "or";
          if (!boundary && !MODULE_WORDS.has(w ?? "")) {
            qualify(tok);
            continue;
          }
        }
      }
      if (mode === "skip") continue;
      if (mode === "qual") {
        qualify(tok);
        continue;
      }
      if (mode === "alias") {
        if (word(k + 1) === "alias" || word(k + 1) === "aliases") {
          closeAlias();
          mode = "head";
        } else {
          aliasTargets.push(tok);
          continue;
        }
      }
      const w = word(k + 1);
      if ((next?.t === "word" && !AFTER_HEAD.has(w ?? "")) || NOT_A_NAME_AFTER.has(word(k - 1) ?? "")) {
        last = undefined;
        continue;
      }
      const head: Head = { tok, quals: [], kindWord: kindBefore };
      if (pendingAlias.length === 1) {
        head.target = pendingAlias[0];
        head.alias = true;
      }
      group.push(head);
      sinceKind.push(head);
      aliasFor.push(head);
      last = "head";
      continue;
    }
    if (a.t === "punct") {
      if (a.p === "(") {
        let depth = 1;
        let close = k + 1;
        for (; close < atoms.length; close++) {
          const c = atoms[close];
          if (c?.t === "punct" && c.p === "(") depth++;
          if (c?.t === "punct" && c.p === ")" && --depth === 0) break;
        }
        const inner = atoms.slice(k + 1, close);
        const first = inner[0]?.t === "word" ? inner[0].w.toLowerCase() : undefined;
        const names = inner.filter(
          (x): x is { t: "tok"; i: number } => x.t === "tok" && toks[x.i]?.kind === "name",
        );
        if (first === "use" || first === "superseded" || first === "replaced") {
          const target = names[0] ? toks[names[0].i] : undefined;
          const previous = group.at(-1);
          if (target && previous) previous.target ??= target;
        } else if (
          names.length > 0 &&
          inner.every(
            (x) =>
              x.t === "tok" ||
              (x.t === "punct" && x.p === ",") ||
              (x.t === "word" && /^(and|or)$/i.test(x.w)),
          )
        ) {
          for (const x of names) {
            const tok = toks[x.i];
            if (!tok) continue;
            if (last === "head") group.push({ tok, quals: [] });
            else qualify(tok);
          }
        }
        k = close;
        continue;
      }
      if (a.p === ":" || a.p === ";") {
        closeGroup();
        continue;
      }
      if (a.p === "=>") {
        const target = atoms[k + 1];
        const tok = target?.t === "tok" ? toks[target.i] : undefined;
        const previous = group.at(-1);
        if (tok && previous) previous.target ??= tok;
        k++;
        continue;
      }
      if (a.p === ",") {
        const w = word(k + 1) === "and" || word(k + 1) === "or" ? word(k + 2) : word(k + 1);
        if (w && /^(the|a|an|its|also|all)$/.test(w)) closeGroup();
        else if (mode === "alias" && atoms[k + 1]?.t !== "tok") {
          closeAlias();
          mode = "head";
        }
      }
      continue;
    }
    const w = a.w.toLowerCase();
    if (w === "and" || w === "or" || w === "/") {
      const n = word(k + 1);
      if (n && /^(the|a|an|its|also|all)$/.test(n) && mode !== "alias") closeGroup();
      continue;
    }
    if (PARAM_WORDS.has(w)) groupParamWord = true;
    // "class attribute", "class method": the second word is the kind.
    const kind = w === "class" && KIND_WORDS[word(k + 1) ?? ""] ? undefined : KIND_WORDS[w];
    const nextAtom = atoms[k + 1];
    if (
      kind &&
      mode === "head" &&
      nextAtom?.t === "tok" &&
      toks[nextAtom.i]?.kind === "name" &&
      sinceKind.length === 0
    ) {
      kindBefore = w;
    } else if (kind && mode === "head") {
      for (const h of sinceKind) h.kindWord ??= w;
      sinceKind = [];
      if (kind === "alias") groupAlias = true;
    }
    if ((w === "alias" || w === "aliases") && /^(to|of|for)$/.test(word(k + 1) ?? "")) {
      groupAlias = true;
      mode = "alias";
      k++;
      continue;
    }
    if (mode === "alias") {
      if (!/^(the|a|an)$/.test(w) && !KIND_WORDS[w]) {
        closeAlias();
        mode = "head";
      } else continue;
    }
    // "in Python 2.4" dates something; it does not say where it lives.
    if (QUALIFIER_PREPOSITIONS.has(w) && nameFollows(k)) {
      if (mode !== "skip") mode = "qual";
      continue;
    }
    // "Removed support of the *exclude* argument": what is supported is the subject.
    if (w === "support" && /^(of|for)$/.test(word(k + 1) ?? "")) {
      const after = word(k + 2) === "the" ? atoms[k + 3] : atoms[k + 2];
      if (after?.t === "tok") {
        k += word(k + 2) === "the" ? 2 : 1;
        continue;
      }
    }
    if (SKIPPERS.has(w) || (/^[a-z]+ing$/.test(w) && !NOT_GERUNDS.has(w))) {
      mode = "skip";
    }
  }
  closeGroup();
  return { heads, prefix, quals: allQuals };
}

// ---------------------------------------------------------------------------------------------
// Replacements: "use X instead", "replaced by X", "in favor of X", "X should be used"

const P = "\\uE000(\\d+)\\uE001";
const NAME_LIST = `${P}((?:\\s*(?:,|and|or|,\\s*and|,\\s*or)\\s+${P})*)`;
const CUES: RegExp[] = [
  new RegExp(
    `\\b(?:use|using|try|call)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:new\\s+|built-in\\s+|builtin\\s+|shorter\\s+|corresponding\\s+|public\\s+)?${NAME_LIST}`,
    "gi",
  ),
  new RegExp(`\\b(?:replaced|superseded)\\s+(?:by|with)\\s+(?:the\\s+)?(?:new\\s+)?${NAME_LIST}`, "gi"),
  new RegExp(
    `\\bin\\s+(?:favou?r|preference)\\s+(?:of|for)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?${NAME_LIST}`,
    "gi",
  ),
  new RegExp(`\\bprefer\\s+(?:the\\s+)?${NAME_LIST}`, "gi"),
  new RegExp(`=>\\s*${NAME_LIST}`, "g"),
  new RegExp(`\\balias(?:es)?\\s+(?:to|of|for)\\s+(?:the\\s+)?${NAME_LIST}`, "gi"),
  new RegExp(`\\brenamed\\s+to\\s+(?:the\\s+)?${NAME_LIST}`, "gi"),
  new RegExp(`\\bmoved\\s+${P}\\s+to\\s+${NAME_LIST}`, "gi"),
  new RegExp(`\\bis\\s+now\\s+${NAME_LIST}`, "g"),
  new RegExp(`\\binstead,?\\s+(?:import|use)\\s+(?:the\\s+)?${NAME_LIST}`, "gi"),
  new RegExp(`\\bimported\\s+from\\s+(?:the\\s+)?${NAME_LIST}`, "gi"),
];
/** Cues where the replacement comes first: "X should be used", "X may be an appropriate replacement". */
const CUES_BEFORE: RegExp[] = [
  new RegExp(`${P}(?:\\s+[a-z-]+){0,3}\\s+(?:should|can|may)\\s+be\\s+used\\b(?!\\s+to\\s+replace)`, "gi"),
  new RegExp(
    `${P}(?:\\s+[a-z-]+){0,2}\\s+(?:may\\s+be|is|would\\s+be)\\s+(?:an?\\s+)?(?:appropriate\\s+|suitable\\s+)?replacement`,
    "gi",
  ),
  new RegExp(`${P}\\s+provides\\s+(?:\\([^)]*\\)\\s+)?similar`, "gi"),
];

const IMPERATIVE_BEFORE =
  /(?:^|[:;,(\u2014-]|\b(?:instead|please|simply|just|to|can|should|could|may|must|and|or|you|then|rather|encouraged|recommended|Users|users|code))\s*$/;

interface Replacement {
  toks: Tok[];
  /** "use X etc. instead": the first name stands for a family, so it only replaces the first subject. */
  etc: boolean;
}

/**
 * The replacement a text names. `alone` is for a sentence of its own ("Use X instead."): then a
 * cue after another name ("For ``xgtitle()``, use X") is advice about that name, not the subject.
 */
function replacementIn(text: string, toks: Tok[], alone = false): Replacement | undefined {
  if (/^for example\b|^e\.g\./i.test(text.trim())) return undefined;
  let best: { at: number; toks: Tok[]; etc: boolean } | undefined;
  const usable = (i: number): Tok | undefined => {
    const t = toks[i];
    return t && (t.kind === "name" || t.kind === "keyword" || t.kind === "param") ? t : undefined;
  };
  for (const re of CUES) {
    for (const m of text.matchAll(re)) {
      const all = [...m[0].matchAll(PLACEHOLDER)].map((x) => Number(x[1]));
      const skip = re.source.startsWith("\\bmoved") ? 1 : 0;
      const found = all
        .slice(skip)
        .map(usable)
        .filter((t): t is Tok => t !== undefined);
      if (found.length === 0) continue;
      const at = m.index ?? 0;
      // "X has been an alias for str" is about X alone, not about the sentence's subjects.
      const namedBefore = [...text.slice(0, at).matchAll(PLACEHOLDER)].some(
        (x) => toks[Number(x[1])]?.kind === "name",
      );
      if ((alone || re.source.startsWith("\\balias")) && namedBefore) continue;
      // "use X" advises only as an imperative: "oct() and hex() use __index__ now" describes.
      if (re === CUES[0] && !IMPERATIVE_BEFORE.test(text.slice(0, at))) continue;
      if (!best || at < best.at) {
        const after = text.slice(at + m[0].length, at + m[0].length + 6);
        best = { at, toks: found, etc: /^\s*etc\b/.test(after) };
      }
    }
  }
  for (const re of CUES_BEFORE) {
    for (const m of text.matchAll(re)) {
      const t = usable(Number(m[1]));
      const at = m.index ?? 0;
      if (
        alone &&
        [...text.slice(0, at).matchAll(PLACEHOLDER)].some((x) => toks[Number(x[1])]?.kind === "name")
      )
        continue;
      if (t && (!best || at < best.at)) best = { at, toks: [t], etc: false };
    }
  }
  return best ? { toks: best.toks, etc: best.etc } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Walking the sections

type Status = "removed" | "deprecated";

/** One statement of the notes about one name. Entries merge the mentions of every release. */
export interface Mention {
  name: string;
  kind: RemovalKind;
  release: string;
  status: Status;
  /** "deprecated since 3.2" as the notes date it. */
  since?: string;
  planned?: string;
  replacement?: string;
  pep?: number;
  url: string;
}

/** A verb an intro ("The following … are deprecated:") hands down to the list that follows it. */
interface Inherit {
  status: Status;
  since?: string;
  planned?: string;
  pep?: number;
  quals: string[];
  kindWord?: string;
  alias?: boolean;
  /** "the following classes, deprecated aliases of :class:`X`": what the listed names stand for. */
  repl?: Replacement;
  /** Python 3.0's "renamed" and "grouped into packages": each item names the new home. */
  rename?: boolean;
  /** The intro says it lists names of some kind ("functions and attributes"). */
  named?: boolean;
}

interface Scope {
  version: string;
  section: Section;
  url: string;
  know: Knowledge;
  /** Qualifiers in force: the item's "X:" prefix, its parents' intros, the section title's modules. */
  quals: string[];
  inherit?: Inherit;
  /** The PEP the surrounding prose is about (3.0's library changes: PEP 3108). */
  pep?: number;
}

/** What one item (list item, or a paragraph at section level) states beyond its subjects. */
interface ItemFacts {
  mentions: Mention[];
  since?: string;
  planned?: string;
  pep?: number;
  /** A "Use X instead." sentence of its own, for the subjects named before it. */
  replacement?: { repl: Replacement; quals: string[]; upTo: number };
  status?: Status;
}

function mainStatus(hit: Hit, mode: Mode): Status | undefined {
  switch (mode) {
    case "removed":
      return hit.type === "R" ? "removed" : undefined;
    case "deprecated":
    case "pending":
      return hit.type === "D" || hit.type === "P" || hit.type === "R" ? "deprecated" : undefined;
    case "mixed":
      return hit.type === "D" || hit.type === "P" ? "deprecated" : undefined;
    case "porting":
      return hit.type === "R" ? "removed" : hit.type === "D" || hit.type === "P" ? "deprecated" : undefined;
    case "py3k":
      return hit.type === "R" || hit.type === "N" ? "removed" : undefined;
    default:
      return undefined;
  }
}

/** Where an active verb's object list ends. */
const ACTIVE_END =
  /[;.](?:\s|$)|,\s+(?:which|that|since|because|as|deprecated\s+(?:since|in|as|and)|use|having|previously|along|so|but|now|and\s+(?:is|are|was|were|has|have|will|it|they|its|their))\b|\s(?:which|that|because|due\s+to|in\s+favou?r|used\s+(?:for|to|by)|since|when|so\s+that|instead|along\s+with|after\s+having|to\s+help|as\s+it|as\s+they|as\s+well|if|now|emits?|raises?|returns?|is|are|was|were|will|can|should)\b|:\s|\s--\s/i;

export function extractRelease(version: string, rst: string, know: Knowledge): Mention[] {
  const mentions: Mention[] = [];
  for (const section of parseSections(rst, version, know)) {
    if (section.mode === "skip" || section.mode === "none") continue;
    const url = `${WHATSNEW}${version}.html${section.anchor ? `#${section.anchor}` : ""}`;
    const scope: Scope = {
      version,
      section,
      url,
      know,
      quals: section.modules,
      pep: section.pep,
      inherit:
        section.mode === "pending"
          ? { status: "deprecated", planned: section.pendingIn, quals: [] }
          : undefined,
    };
    walk(parseBlocks(dedent(section.body)), scope, false, mentions);
  }
  return mentions;
}

/**
 * Walks the blocks of a section or of one list item. A paragraph ending in a colon hands its verb to
 * the list or table after it; "Use … instead:" pairs its list with the list before it.
 */
function walk(blocks: Block[], scope: Scope, asItem: boolean, out: Mention[]): ItemFacts {
  const facts: ItemFacts = { mentions: [] };
  let childInherit: Inherit | undefined;
  let topic: string[] = [];
  let replacementList = false;
  let lastList: Mention[][] = [];
  let pep = scope.pep;
  for (const block of blocks) {
    if (block.type === "para") {
      const { text, toks } = mask(block.text);
      markModules(toks, scope.know);
      const peps = toks.filter((t) => t.kind === "pep");
      if (!asItem && block.text.includes("not covered by") && peps.length > 0) pep = undefined;
      else if (!asItem && peps.length === 1 && /\breference\b/.test(block.text)) pep = Number(peps[0]?.text);
      const local: ItemFacts = asItem ? facts : { mentions: [] };
      const result = paragraph(text, toks, { ...scope, pep }, local);
      childInherit = result.intro;
      topic = result.topic;
      replacementList = result.replacementIntro;
      if (!asItem) finishItem(local, scope, out);
      continue;
    }
    if (block.type === "list") {
      if (replacementList) {
        pairReplacements(block, lastList.at(-1) ?? facts.mentions, scope);
        replacementList = false;
        continue;
      }
      const made: Mention[] = [];
      const inherit =
        childInherit ?? (scope.section.mode === "pending" && !asItem ? scope.inherit : undefined);
      for (const item of block.items) {
        const itemScope: Scope = {
          ...scope,
          pep,
          inherit,
          quals: [...(inherit?.quals ?? []), ...topic, ...scope.quals],
        };
        const itemFacts = walkItem(item, itemScope, out);
        made.push(...itemFacts.mentions);
      }
      if (asItem) facts.mentions.push(...made);
      lastList.push(made);
      childInherit = undefined;
      topic = [];
      continue;
    }
    const inherit =
      childInherit ?? scope.inherit ?? (facts.status ? { status: facts.status, quals: [] } : undefined);
    if (!inherit) continue;
    const made = table(block, { ...scope, pep, quals: [...inherit.quals, ...scope.quals] }, inherit);
    if (asItem) facts.mentions.push(...made);
    else out.push(...made);
    lastList = [...lastList, made];
    childInherit = undefined;
  }
  return facts;
}

function markModules(toks: Tok[], know: Knowledge): void {
  for (const t of toks)
    if (t.kind === "name" && t.role === "literal" && know.modules.has(t.text)) t.module = true;
}

function walkItem(blocks: Block[], scope: Scope, out: Mention[]): ItemFacts {
  const facts = walk(blocks, scope, true, out);
  finishItem(facts, scope, out);
  return facts;
}

/** Gives the item's subjects what the item says once for all of them: since, planned, PEP, replacement. */
function finishItem(facts: ItemFacts, scope: Scope, out: Mention[]): void {
  for (const m of facts.mentions) {
    m.since ??= facts.since ?? scope.inherit?.since;
    if (m.status === "deprecated") m.planned ??= facts.planned ?? scope.inherit?.planned;
    m.pep ??= facts.pep ?? scope.inherit?.pep ?? scope.pep;
  }
  if (facts.replacement) {
    const targets = facts.mentions
      .slice(0, facts.replacement.upTo)
      .filter((m) => m.replacement === undefined);
    assignReplacements(targets, facts.replacement.repl, scope, facts.replacement.quals, true);
  }
  out.push(...facts.mentions.filter((m) => !out.includes(m)));
}

function pairReplacements(list: Extract<Block, { type: "list" }>, subjects: Mention[], scope: Scope): void {
  const repl: Tok[] = [];
  for (const item of list.items) {
    const first = item[0];
    if (first?.type !== "para") return;
    const { toks } = mask(first.text);
    const tok = toks.find((t) => t.kind === "name");
    if (tok) repl.push(tok);
  }
  const open = subjects.filter((m) => m.replacement === undefined);
  if (repl.length === open.length) {
    open.forEach((m, k) => {
      const tok = repl[k];
      if (tok) m.replacement = resolveReplacement(tok, m, scope, []);
    });
  }
}

function assignReplacements(
  subjects: Mention[],
  repl: Replacement,
  scope: Scope,
  quals: string[],
  sameKindOnly = false,
): void {
  const open = subjects.filter((m) => m.replacement === undefined);
  if (open.length === 0) return;
  // A later "Use X" for a function and a special method (cmp, __cmp__) cannot say which it replaces.
  if (sameKindOnly && repl.toks.length === 1 && new Set(open.map((m) => m.kind)).size > 1) return;
  if (repl.etc) {
    const first = open[0];
    const tok = repl.toks[0];
    if (first && tok) first.replacement = resolveReplacement(tok, first, scope, quals);
    return;
  }
  if (repl.toks.length === open.length) {
    open.forEach((m, k) => {
      const tok = repl.toks[k];
      if (tok) m.replacement = resolveReplacement(tok, m, scope, quals);
    });
  } else if (repl.toks.length >= 1 && (open.length === 1 || repl.toks.length === 1)) {
    const tok = repl.toks[0];
    if (tok) for (const m of open) m.replacement = resolveReplacement(tok, m, scope, quals);
  }
}

interface ParagraphResult {
  intro?: Inherit;
  replacementIntro: boolean;
  /** A paragraph that only names a topic ("* :mod:`ctypes`:") qualifies the list under it. */
  topic: string[];
}

/** A subject the sentence only points back to: "It is now deprecated", "These two modules have been removed". */
const POINTER =
  /^(?:it|they|them|both|(?:these|this|those|the|both)(?:\s+[\w-]+)?\s+(?:modules?|functions?|methods?|class(?:es)?|submodules?|packages?|aliases|attributes?|constants?|names))$/i;

const resolvedQuals = (toks: Tok[], scope: Scope): string[] =>
  toks.map((t) => resolveQualifier(t, scope)).filter((q): q is string => q !== undefined);

function paragraph(text: string, toks: Tok[], scope: Scope, facts: ItemFacts): ParagraphResult {
  const mode = scope.section.mode;
  const py3k = mode === "py3k";
  const result: ParagraphResult = { replacementIntro: false, topic: [] };
  let previousHeads: Head[] = [];
  let emptyVerb: Inherit | undefined;
  /** "In :class:`X`, …", "Cleanup of the :mod:`sys` module: …": where the item's names live. */
  const leadToks: Tok[] = [];
  let sawMain = false;
  const itemQuals: string[] = [];
  const all = sentences(text.replace(/^Removed\s*[.:]\s+/, "Removed "));
  for (const [index, sentence] of all.entries()) {
    const sentencePep = [...sentence.matchAll(PLACEHOLDER)]
      .map((m) => toks[Number(m[1])])
      .find((t) => t?.kind === "pep");
    if (index === 0 && sentencePep && /^\uE000\d+\uE001:/.test(sentence))
      facts.pep ??= Number(sentencePep.text);
    // "It was deprecated in Python 3.10 by PEP 632" dates and explains the whole item.
    if (
      index > 0 &&
      sentencePep &&
      /deprecat|remov/i.test(sentence) &&
      !/\uE000/.test(sentence.split(/deprecat|remov/i)[0] ?? "")
    ) {
      facts.pep ??= Number(sentencePep.text);
    }
    // Dates in a sentence that names nothing before them ("They were deprecated since Python 3.2")
    // hold for the whole item; a sentence that names something dates only that.
    const since = deprecatedSince(sentence);
    const namesBefore = (re: RegExp): boolean => {
      const at = sentence.search(re);
      return at > 0 && /\uE000/.test(sentence.slice(0, at));
    };
    if (since && !namesBefore(/\bdeprecated\b|\bas\s+of\b/i)) facts.since ??= since;
    const planned = PLANNED.exec(sentence)?.[1];
    if (planned && !namesBefore(/\bremov/i)) facts.planned ??= planned;
    // "In the :mod:`re` module, …", "Cleanup of the :mod:`sys` module: …", ":mod:`asyncio`: …"
    const lead =
      /^(?:(In)\s+(?:the\s+)?|(Cleanup)\s+of\s+the\s+)?\uE000(\d+)\uE001(?:\s+(?:module|type|class|package))?\s*([:,])\s/.exec(
        sentence,
      );
    const leadTok = lead ? toks[Number(lead[3])] : undefined;
    if (leadTok?.kind === "name" && (lead?.[1] || lead?.[2] || lead?.[4] === ":")) {
      const q = resolveQualifier(leadTok, scope);
      if (q) itemQuals.push(q);
      leadToks.push(leadTok);
    }
    const quals = [...itemQuals, ...scope.quals];
    const passing = PASSING_ARGUMENT.exec(sentence);
    const param = passing ? toks[Number(passing[1])] : undefined;
    if (passing && param?.kind === "param") {
      // The callables are listed after the verb, so the usual subject-before-verb reading finds none.
      const owners = [...(passing[2] ?? "").matchAll(PLACEHOLDER)]
        .map((m) => toks[Number(m[1])])
        .filter((t): t is Tok => t?.kind === "name");
      const status: Status =
        /\bremoved\b/i.test(sentence) && !PLANNED.test(sentence) ? "removed" : "deprecated";
      emit(
        [{ tok: param, quals: owners }],
        status,
        sentence,
        toks,
        scope,
        quals,
        facts,
        undefined,
        PLANNED.exec(sentence)?.[1],
      );
      sawMain = true;
      continue;
    }
    const family = PARAMETER_REMOVED_FROM.exec(sentence);
    const familyParam = family ? toks[Number(family[1])] : undefined;
    const familyModule = family ? toks[Number(family[2])] : undefined;
    if (familyParam && familyModule?.role === "mod" && scope.section.mode !== "py3k") {
      facts.mentions.push({
        name: `${familyModule.text}.*(${familyParam.text}=)`,
        kind: "keyword-argument",
        release: scope.version,
        status: "removed",
        url: scope.url,
      });
      sawMain = true;
      continue;
    }
    const oldApi = OLD_API_REMOVED.exec(sentence);
    const oldApiModule = oldApi ? toks[Number(oldApi[1])] : undefined;
    if (oldApi && oldApiModule?.role === "mod" && scope.section.mode !== "py3k") {
      facts.mentions.push({
        name: `${oldApiModule.text}.*`,
        kind: "function",
        release: scope.version,
        status: "removed",
        since: oldApi[2],
        url: scope.url,
      });
      sawMain = true;
      continue;
    }
    const hits = verbHits(sentence, py3k);
    if (!hits.some((h) => mainStatus(h, mode))) {
      const fallback = verblessSubjects(sentence, toks, scope, index, hits.length > 0);
      if (fallback) {
        const made = emit(
          fallback.heads,
          fallback.status,
          sentence,
          toks,
          scope,
          quals,
          facts,
          fallback.since,
        );
        if (fallback.repl) assignReplacements(made, fallback.repl, scope, quals);
        previousHeads = fallback.heads;
        sawMain = true;
        continue;
      }
      const repl = replacementIn(sentence, toks, true);
      if (repl && !facts.replacement) facts.replacement = { repl, quals, upTo: facts.mentions.length };
      if (index === all.length - 1 && /:$/.test(sentence.trim())) {
        const chunked = chunk(atomize(sentence), toks);
        result.topic = resolvedQuals(
          [...chunked.prefix, ...chunked.quals, ...chunked.heads.map((h) => h.tok)].filter(
            (t) => t.kind === "name",
          ),
          scope,
        );
        if (repl) result.replacementIntro = true;
        else if (scope.inherit) {
          result.intro = {
            ...scope.inherit,
            quals: [
              ...resolvedQuals([...chunked.quals, ...chunked.prefix], scope),
              ...itemQuals,
              ...scope.inherit.quals,
            ],
            kindWord: spanKindWord(sentence) ?? scope.inherit.kindWord,
            named: scope.inherit.named || spanKindWord(sentence) !== undefined,
            alias: /\balias/i.test(sentence) || scope.inherit.alias,
          };
        }
      }
      continue;
    }
    let spanStart = 0;
    let previousMain = false;
    let lastHeads: Head[] = [];
    for (const [k, hit] of hits.entries()) {
      const status = mainStatus(hit, mode);
      const previousEnd = k > 0 ? (hits[k - 1]?.end ?? 0) : 0;
      let span: string;
      let spanEnd: number;
      const preQuals: string[] = [];
      let owners: Tok[] = [];
      if (hit.voice === "passive") {
        const semicolon = sentence.lastIndexOf(";", hit.start);
        span = sentence.slice(Math.max(spanStart, previousEnd, semicolon + 1), hit.start);
        // "X must be a sequence, and automatic conversion … is no longer supported": a new clause.
        const clauses = [
          ...span.matchAll(
            /,\s+(?:(?:and|but)\s+(?!\uE000|the\s+\uE000)|(?:since|because|as|while|whereas|although|when)\s+)/g,
          ),
        ];
        const lastClause = clauses.at(-1);
        if (lastClause) span = span.slice((lastClause.index ?? 0) + lastClause[0].length);
        // ":class:`X` is the only subclass of Y and its ``error()`` implementation was removed"
        span = span.replace(/\s(?:is|are|was|were|has|have)(?:\s+(?:now|also|all|been))*\s*$/, " ");
        // … but not "X which was ignored and deprecated since 3.6 has been removed".
        const finite = [...span.matchAll(/(\S+)\s(?:is|are|was|were)\s/g)].at(-1);
        if (finite && !/^(?:which|that|who)$/i.test(finite[1] ?? "")) {
          span = span.slice((finite.index ?? 0) + finite[0].length);
        }
        spanEnd = hit.end;
        const post = new RegExp(
          `^\\s*(?:entirely\\s+|completely\\s+)?(?:from|in)\\s+(?:the\\s+)?(?:private\\s+|undocumented\\s+)?${P}`,
        ).exec(sentence.slice(hit.end));
        const postTok = post ? toks[Number(post[1])] : undefined;
        // "… have been removed from :mod:`importlib`": the place the subjects lived.
        if (postTok?.kind === "name") owners = [postTok];
      } else {
        const rest = sentence.slice(hit.end);
        const stop = rest.replace(/^\s*[:.]\s*/, (m) => " ".repeat(m.length)).search(ACTIVE_END);
        const nextHit = hits[k + 1];
        let end = stop < 0 ? rest.length : stop;
        if (nextHit && nextHit.start - hit.end < end) end = nextHit.start - hit.end;
        span = rest.slice(0, end);
        spanEnd = hit.end + end;
        if (hit.voice === "mid") {
          // "The :class:`X` constructor no longer accepts …": names before the verb own what follows.
          const semicolon = sentence.lastIndexOf(";", hit.start);
          const before = sentence.slice(Math.max(previousEnd, semicolon + 1), hit.start);
          owners = [...before.matchAll(PLACEHOLDER)]
            .map((m) => toks[Number(m[1])])
            .filter((t): t is Tok => t?.kind === "name");
          preQuals.push(...resolvedQuals(owners, scope));
        }
      }
      if (hit.type === "N" && hit.voice === "active") {
        // "Moved :func:`intern` to :func:`sys.intern`", "Renamed module X to Y"
        const to = span.search(/\sto\s/);
        if (to >= 0) {
          spanEnd = hit.end + to;
          span = span.slice(0, to);
        }
      }
      spanStart = Math.max(hit.end, spanEnd);
      let chunked = chunk(atomize(span), toks);
      for (const h of chunked.heads)
        if (h.quals.length === 0) h.quals.push(...(owners.length ? owners : leadToks));
      // Sections that mostly describe new things say "X and text file input are deprecated":
      // there only a phrase of nothing but names is trusted.
      if (mode === "mixed" && !tightPhrase(span)) chunked = { ...chunked, heads: [] };
      preQuals.push(...resolvedQuals(chunked.prefix, scope));
      const colon = sentence.lastIndexOf(":", hit.start);
      if (hit.voice !== "passive" && colon > 0) {
        // "Cleanup of the :mod:`sys` module: removed …"
        const head = sentence.slice(0, colon);
        const named = [...head.matchAll(PLACEHOLDER)].map((m) => toks[Number(m[1])]);
        preQuals.push(
          ...resolvedQuals(
            named.filter((t): t is Tok => t?.kind === "name"),
            scope,
          ),
        );
      }
      const bare = span
        .replace(/^\s*\uE000\d+\uE001:\s*/, "")
        .replace(/^[\s,]*(?:and|but)?\s*/, "")
        .trim();
      if (chunked.heads.length === 0 && /^the\s+(?:latter|former)$/i.test(bare) && index > 0) {
        // "range() now behaves like xrange() used to. The latter no longer exists."
        const named = [...(all[index - 1] ?? "").matchAll(PLACEHOLDER)]
          .map((m) => toks[Number(m[1])])
          .filter((t): t is Tok => t?.kind === "name");
        const pick = /latter/i.test(bare) ? named.at(-1) : named[0];
        chunked = { ...chunked, heads: pick ? [{ tok: pick, quals: [] }] : [] };
      } else if (chunked.heads.length === 0 && bare && POINTER.test(bare)) {
        let heads = previousHeads;
        if (!sawMain && index > 0) heads = leadingHeads(all[0] ?? "", toks, true);
        if (heads.length === 0 && /module/i.test(bare)) {
          const topic = leadTok?.role === "mod" ? [leadTok.text] : scope.section.modules;
          heads = topic.map((m): Head => ({ tok: { kind: "name", text: m, role: "mod" }, quals: [] }));
        }
        chunked = { ...chunked, heads };
      }
      if (chunked.heads.length === 0 && k > 0 && !previousMain && !bare)
        chunked = { ...chunked, heads: lastHeads };
      lastHeads = chunked.heads;
      if (!status) {
        previousMain = false;
        continue;
      }
      previousMain = true;
      sawMain = true;
      facts.status ??= status;
      const group = aliasGroup(span, toks, scope);
      const sentenceSince = deprecatedSince(sentence);
      const allQuals = [...preQuals, ...quals];
      const made = emit(
        chunked.heads,
        status,
        sentence,
        toks,
        scope,
        allQuals,
        facts,
        sentenceSince,
        planned,
      );
      made.push(...emitGroup(group, status, scope, facts));
      if (chunked.heads.length > 0) previousHeads = chunked.heads;
      // A module named once ("Removed the deprecated :mod:`gettext` functions …") holds for the item.
      for (const q of resolvedQuals(
        chunked.heads.flatMap((h) => h.quals),
        scope,
      )) {
        if (scope.know.modules.has(q) && !itemQuals.includes(q)) itemQuals.push(q);
      }
      const after = sentence.slice(spanEnd);
      const repl = replacementIn(hit.type === "N" ? sentence.slice(hit.start) : after, toks);
      if (repl) assignReplacements(made, repl, scope, allQuals);
      if (chunked.heads.length === 0 && group.length === 0 && /^[^.;:]*:\s*\uE000/.test(after)) {
        // "… are deprecated: X is replaced by Y; Z is replaced by W; …"
        const inherit: Inherit = { status, since: sentenceSince, quals: allQuals };
        for (const clause of after.slice(after.indexOf(":") + 1).split(/;\s*/)) {
          const heads = leadingHeads(clause.replace(/^\s*and\s+/, ""), toks, false, true);
          const made2 = emit(
            heads,
            status,
            clause,
            toks,
            { ...scope, inherit },
            allQuals,
            facts,
            sentenceSince,
          );
          const r = replacementIn(clause, toks);
          if (r) assignReplacements(made2, r, scope, allQuals);
        }
      }
      if (made.length === 0 && !emptyVerb) {
        emptyVerb = {
          status,
          since: sentenceSince ?? facts.since,
          planned: PLANNED.exec(sentence)?.[1] ?? (status === "deprecated" ? facts.planned : undefined),
          pep: sentencePep ? Number(sentencePep.text) : undefined,
          quals: [...resolvedQuals(chunked.quals, scope), ...preQuals, ...itemQuals],
          kindWord: spanKindWord(span) ?? spanKindWord(sentence.slice(0, hit.start)),
          alias: /\balias/i.test(span),
          repl,
          rename: hit.type === "N",
          named:
            /\b(?:modules?|functions?|methods?|class(?:es)?|attributes?|aliases|constants?|names|parameters?)\b/i.test(
              `${sentence.slice(0, hit.start)} ${span}`,
            ),
        };
      }
    }
  }
  // "Some modules were renamed …. Here's the list:" hands the verb to the list that follows.
  if (!result.intro && emptyVerb && /:$/.test(all.at(-1)?.trim() ?? "")) result.intro = emptyVerb;
  return result;
}

const FILLER = new Set(words("the a an and or following undocumented old private also both"));

function tightPhrase(span: string): boolean {
  const words = span
    .replace(PLACEHOLDER, " ")
    .split(/[^A-Za-z-]+/)
    .filter(
      (w) =>
        w &&
        !FILLER.has(w.toLowerCase()) &&
        !KIND_WORDS[w.toLowerCase()] &&
        !QUALIFIER_PREPOSITIONS.has(w.toLowerCase()),
    );
  return words.length <= 1;
}

/** The one kind an intro names ("the following functions"); none when it names several. */
function spanKindWord(span: string): string | undefined {
  const words = [...span.matchAll(/[A-Za-z]+/g)].map((m) => m[0].toLowerCase()).filter((w) => KIND_WORDS[w]);
  return new Set(words.map((w) => KIND_WORDS[w])).size === 1 ? words[0] : undefined;
}

/** The names a sentence starts with, up to its first verb or clause: list items under an intro. */
function leadingHeads(sentence: string, toks: Tok[], skipTopic = false, listItem = false): Head[] {
  const text = skipTopic ? sentence.replace(/^\s*\uE000\d+\uE001:\s+(?=[A-Z])/, "") : sentence;
  const stop = text.search(
    /[:;]\s|[:;]$|=>|\s(?:is|are|was|were|has|have|can|could|should|may|will|would|now|emits?|raises?)\b|,\s+(?!\uE000|and\b|or\b|the\b)|\.\s|\.$|\s\((?:use|superseded|replaced)\b/,
  );
  const span = stop < 0 ? text : text.slice(0, stop);
  // A list item that goes on into a sentence of its own ("The X objects … are not exposed") is
  // not a list of names: only a colon, a comma, a bracket or "is replaced by" may follow them.
  const rest = stop < 0 ? "" : text.slice(stop);
  if (listItem && !/^(?:$|[:,(.;]|=>|\s*\(|\s+(?:is|are)\s+(?:replaced|superseded)\b)/.test(rest)) return [];
  if (
    listItem &&
    /\b(?:no|not|longer|exports?|accepts?|returns?|uses?|supports?|provides?|requires?|became|becomes|must|cannot)\b/i.test(
      span,
    )
  ) {
    return [];
  }
  let chunked = chunk(atomize(span), toks);
  if (chunked.heads.length === 0 && /:\s/.test(text)) {
    // "An alias of the :class:`X` class: ``_X``": the name comes after the colon.
    const end = text.search(/\.\s|\.$|\s\(/);
    chunked = chunk(atomize(end < 0 ? text : text.slice(0, end)), toks);
  }
  for (const h of chunked.heads) h.quals.push(...chunked.prefix);
  return chunked.heads;
}

/**
 * A sentence without a removing or deprecating verb still names subjects when an intro handed its
 * verb down ("The following … are removed:" then "* :mod:`aifc`"), or in the lists of a
 * "Deprecated" or "Pending removal" section that only name things ("* :meth:`X`: use :meth:`Y`").
 */
function verblessSubjects(
  sentence: string,
  toks: Tok[],
  scope: Scope,
  index: number,
  hasOtherVerb: boolean,
): { heads: Head[]; status: Status; since?: string; repl?: Replacement } | undefined {
  const mode = scope.section.mode;
  if (index === 0 && scope.inherit?.rename) {
    // ":mod:`http` (:mod:`httplib`, :mod:`BaseHTTPServer`, …)": the old modules and their package.
    const grouped = /^\uE000(\d+)\uE001\s*\(([^)]*)\)/.exec(sentence);
    const home = grouped ? toks[Number(grouped[1])] : undefined;
    if (grouped && home?.kind === "name") {
      const inner = (grouped[2] ?? "").split(/\bexcept\b/)[0] ?? "";
      const heads = [...inner.matchAll(PLACEHOLDER)]
        .map((m) => toks[Number(m[1])])
        .filter((t): t is Tok => t?.kind === "name" && t.text !== home.text)
        .map((tok): Head => ({ tok, quals: [], kindWord: "module", target: home }));
      if (heads.length > 0) return { heads, status: scope.inherit.status };
    }
  }
  if (index === 0 && scope.inherit && !hasOtherVerb) {
    const heads = leadingHeads(sentence, toks, false, true);
    if (heads.length === 0) return undefined;
    // ":class:`inspect.Signature`: positional-only parameters are now required …" is a note about
    // a name, not a list of names — unless the intro said what kind of names it lists.
    if (
      !scope.inherit.named &&
      /^[^:]*\uE001:\s+\S+(?:\s+\S+){3}/.test(sentence) &&
      !/^[^:]*:\s+use\b/i.test(sentence)
    ) {
      return undefined;
    }
    for (const h of heads) {
      if (scope.inherit.kindWord) h.kindWord ??= scope.inherit.kindWord;
      if (scope.inherit.alias) h.alias = true;
    }
    const rest = sentence.slice(Math.max(0, sentence.search(/=>|replaced|\(use|:\s+use|;\s+use/i)));
    const repl = replacementIn(rest, toks) ?? scope.inherit.repl;
    return {
      heads,
      status: scope.inherit.status,
      since: deprecatedSince(sentence) ?? scope.inherit.since,
      repl,
    };
  }
  const onlyNames =
    /^(?:(?:the|undocumented|private)\s+)*(?:\uE000\d+\uE001(?:\s+(?:function|method|class|module|attribute)s?)?(?:\s*,\s*|\s+and\s+|\s+or\s+)?)+(?::\s+(?:use|replaced)\b.*|\s*)$/i;
  if (
    index === 0 &&
    !hasOtherVerb &&
    (mode === "deprecated" || mode === "pending") &&
    /^(deprecat|pending)/i.test(scope.section.title) &&
    onlyNames.test(sentence.replace(/\.$/, ""))
  ) {
    const heads = leadingHeads(sentence, toks);
    if (heads.length > 0) return { heads, status: "deprecated", repl: replacementIn(sentence, toks) };
  }
  // "X, deprecated since Python 3.9, now …" names what is deprecated without a main verb.
  const since = /^(.*?),\s+deprecated\s+(?:since|in)\s+(?:Python\s+)?(\d\.\d+),/i.exec(sentence);
  if (since?.[1] && since[2] && (mode === "deprecated" || mode === "porting")) {
    const heads = chunk(atomize(since[1]), toks).heads;
    if (heads.length > 0) return { heads, status: "deprecated", since: since[2] };
  }
  return undefined;
}

/** A `:ref:` to a module's documentation, named as aliases living in another module. */
function aliasGroup(span: string, toks: Tok[], scope: Scope): { name: string; target: string }[] {
  const m = new RegExp(`aliases\\s+to\\s+${P}\\s+from\\s+(?:the\\s+)?${P}`).exec(span);
  if (!m) return [];
  const ref = toks[Number(m[1])];
  const home = toks[Number(m[2])];
  const module = ref?.ref ? scope.know.labelModule.get(ref.ref) : undefined;
  if (!module || home?.kind !== "name") return [];
  const out: { name: string; target: string }[] = [];
  for (const [name, role] of scope.know.objects) {
    const leaf = name.slice(module.length + 1);
    if (role === "py:class" && name.startsWith(`${module}.`) && IDENT.test(leaf) && !leaf.includes(".")) {
      out.push({ name: `${home.text}.${leaf}`, target: name });
    }
  }
  return out;
}

function emitGroup(
  group: { name: string; target: string }[],
  status: Status,
  scope: Scope,
  facts: ItemFacts,
): Mention[] {
  const made = group.map(
    (g): Mention => ({
      name: g.name,
      kind: "alias",
      release: scope.version,
      status,
      replacement: g.target,
      url: scope.url,
    }),
  );
  facts.mentions.push(...made);
  return made;
}

function emit(
  heads: Head[],
  status: Status,
  sentence: string,
  toks: Tok[],
  scope: Scope,
  quals: string[],
  facts: ItemFacts,
  since?: string,
  planned?: string,
): Mention[] {
  const made: Mention[] = [];
  const pep = [...sentence.matchAll(PLACEHOLDER)]
    .map((m) => toks[Number(m[1])])
    .find((t) => t?.kind === "pep");
  for (const head of heads) {
    for (const { name, kind } of resolveHead(head, quals, scope)) {
      const m: Mention = { name, kind, release: scope.version, status, url: scope.url };
      if (since) m.since = since;
      if (planned && status === "deprecated") m.planned = planned;
      // The PEP the section or its prose is about (3.0's library changes: PEP 3108) beats one the
      // sentence cites in passing ("their old names disobeyed PEP 8").
      const pepNumber = scope.pep ?? (pep ? Number(pep.text) : undefined);
      if (pepNumber) m.pep = pepNumber;
      if (head.target) {
        const target = resolveReplacement(head.target, m, scope, quals);
        if (target && target !== name) m.replacement = target;
      }
      made.push(m);
    }
  }
  facts.mentions.push(...made);
  return made;
}

function table(block: Extract<Block, { type: "table" }>, scope: Scope, inherit: Inherit): Mention[] {
  const made: Mention[] = [];
  const header = block.header;
  const versionColumn = header?.findIndex((h) => /deprecated in|since/i.test(h)) ?? -1;
  const replacementColumn = header ? header.findIndex((_h, k) => k > 0 && k !== versionColumn) : -1;
  const cellToks = (cell: string): Masked => {
    const masked: Masked = IDENT.test(cell.trim())
      ? { text: `${OPEN}0${CLOSE}`, toks: [{ kind: "name", text: cell.trim(), role: "plain" }] }
      : mask(cell);
    markModules(masked.toks, scope.know);
    return masked;
  };
  const facts: ItemFacts = { mentions: [] };
  for (const row of block.rows) {
    const columns = header ? [0] : row.map((_c, k) => k);
    for (const c of columns) {
      const { text, toks } = cellToks(row[c] ?? "");
      const heads = leadingHeads(text, toks);
      if (header && replacementColumn > 0) {
        const repl = cellToks(row[replacementColumn] ?? "");
        const first = /^\s*\uE000(\d+)\uE001/.exec(repl.text);
        const target = first ? repl.toks[Number(first[1])] : undefined;
        if (target?.kind === "name") for (const h of heads) h.target ??= target;
      }
      for (const h of heads) {
        if (inherit.kindWord) h.kindWord ??= inherit.kindWord;
        if (inherit.alias) h.alias = true;
      }
      const since = versionColumn >= 0 ? /(\d\.\d+)/.exec(row[versionColumn] ?? "")?.[1] : undefined;
      made.push(
        ...emit(
          heads,
          inherit.status,
          text,
          toks,
          scope,
          scope.quals,
          facts,
          since ?? inherit.since,
          inherit.planned,
        ),
      );
    }
  }
  for (const m of made) m.pep ??= scope.pep ?? inherit.pep;
  return made;
}

// ---------------------------------------------------------------------------------------------
// Names: qualifying what the notes leave relative to their context

function resolveRelative(tok: Tok, scope: Scope, quals: string[]): string | undefined {
  const candidates = scope.know.leaves.get(tok.text.split(".").at(-1) ?? "") ?? [];
  const matching = candidates.filter((c) => c === tok.text || c.endsWith(`.${tok.text}`));
  if (matching.length === 1) return matching[0];
  for (const q of [...quals, ...scope.quals]) {
    const inQ = matching.filter((c) => c.startsWith(`${q}.`) || c.startsWith(`${q.split(".")[0]}.`));
    if (inQ.length === 1) return inQ[0];
  }
  return undefined;
}

function resolveQualifier(tok: Tok, scope: Scope, extra: string[] = []): string | undefined {
  if (tok.kind !== "name") return undefined;
  if (tok.relative) return resolveRelative(tok, scope, extra);
  if (isQualified(tok.text, scope.know) || tok.role === "mod") return documentedCase(tok.text, scope.know);
  for (const q of [...extra, ...scope.quals]) {
    const joined = joinName(q, tok.text);
    if (joined) return documentedCase(joined, scope.know);
  }
  return isClassName(tok.text) ? undefined : tok.text;
}

function joinName(qualifier: string, name: string): string | undefined {
  if (name === qualifier || name.startsWith(`${qualifier}.`)) return name;
  const q = qualifier.split(".");
  const n = name.split(".");
  if (q.at(-1) === n[0]) return [...q.slice(0, -1), ...n].join(".");
  return `${qualifier}.${name}`;
}

const isClassQualifier = (q: string, know: Knowledge): boolean =>
  /^py:(class|exception)$/.test(know.objects.get(q) ?? "") ||
  (!know.modules.has(q) && (isClassName(q) || (know.types.has(q) && !q.includes("."))));

function kindOf(head: Head, name: string, scope: Scope, builtinContext: boolean): RemovalKind {
  if (head.tok.kind === "param") return "keyword-argument";
  if (head.alias) return "alias";
  const word = head.kindWord ? KIND_WORDS[head.kindWord] : undefined;
  const role = head.tok.role;
  const documented = scope.know.objects.get(name);
  let kind: RemovalKind =
    role === "mod" || role === "program"
      ? "module"
      : word && word !== "keyword-argument"
        ? word
        : role === "class" || role === "exc"
          ? "class"
          : role === "func"
            ? "function"
            : role === "meth"
              ? "method"
              : role === "attr"
                ? "attribute"
                : documented === "py:module"
                  ? "module"
                  : documented === "py:class" || documented === "py:exception"
                    ? "class"
                    : documented === "py:method"
                      ? "method"
                      : documented === "py:function"
                        ? "function"
                        : isClassName(name)
                          ? "class"
                          : literalKind(name, head.tok, scope.know);
  const parent = name.split(".").slice(0, -1).join(".");
  if (kind === "method" && parent && !isClassQualifier(parent, scope.know)) kind = "function";
  if (kind === "function" && parent && isClassQualifier(parent, scope.know)) kind = "method";
  if (!name.includes(".") && builtinContext && (kind === "function" || kind === "class")) kind = "builtin";
  return kind;
}

/** A ``literal`` with nothing said about it: constants and dunders are attributes, calls are callables. */
function literalKind(name: string, tok: Tok, know: Knowledge): RemovalKind {
  const leaf = name.split(".").at(-1) ?? name;
  if (/^__\w+__$/.test(leaf) && know.objects.get(`object.${leaf}`) === "py:method") return "method";
  if (/^[A-Z][A-Z0-9_]*$/.test(leaf) || (/^_?_\w+$/.test(leaf) && !tok.call)) return "attribute";
  const parent = name.split(".").slice(0, -1).join(".");
  if (parent && isClassQualifier(parent, know)) return tok.call ? "method" : "attribute";
  return "function";
}

/**
 * The full names a head stands for. A bare name takes the qualifier its phrase gives ("isAlive of
 * threading.Thread"), else the one its item or section gives; one name per class when the phrase
 * lists several ("getchildren of ElementTree and Element"). A method or parameter whose owner is
 * unknown is dropped rather than guessed.
 */
function resolveHead(head: Head, quals: string[], scope: Scope): { name: string; kind: RemovalKind }[] {
  const know = scope.know;
  const builtinContext = scope.section.mode === "py3k" || scope.section.modules.includes("builtins");
  const explicitToks = head.quals.filter((t) => !(t.role === "exc" && know.builtins.has(t.text)));
  const explicit: string[] = [];
  /** Qualifiers the notes mark as classes (`:class:`distutils.command.sdist.sdist``). */
  const classRoles = new Set<string>();
  for (const t of explicitToks) {
    const q = resolveQualifier(t, scope, quals);
    if (q === undefined) continue;
    explicit.push(q);
    if (t.role === "class" && !know.modules.has(q)) classRoles.add(q);
  }
  const tok = head.tok;
  // "now raises a :exc:`TypeError`": an exception Python still has is never what was removed.
  if (tok.role === "exc" && know.builtins.has(tok.text)) return [];
  const results: { name: string; kind: RemovalKind }[] = [];
  const add = (name: string): void => {
    const fixed = documentedCase(name.replace(/^(?:builtins?|__builtin__)\.(?=[a-z])/, ""), know);
    if (/^_?Py[A-Z_]|^_Py/.test(fixed.split(".").at(-1) ?? "") && !isQualified(fixed, know)) return;
    if (/(?:^|[._])X(?:$|[._])/.test(fixed) && tok.role === "attr") return;
    if (results.some((r) => r.name === fixed)) return;
    results.push({ name: fixed, kind: kindOf(head, fixed, scope, builtinContext) });
  };

  if (tok.kind === "param" || KIND_WORDS[head.kindWord ?? ""] === "keyword-argument") {
    const callables = explicit.filter(
      (q) => !know.modules.has(q) || know.objects.get(q)?.match(/function|method|class/),
    );
    // "argument of HTMLParser, HTMLParser.error, and …": a member of a class listed beside the class
    // is another thing removed, not a second owner of the argument.
    const memberOfListed = (q: string): boolean =>
      callables.some((c) => c !== q && q.startsWith(`${c.split(".").at(-1)}.`));
    for (const q of callables) if (!memberOfListed(q)) add(`${q}(${tok.text}=)`);
    return results.map((r) => ({ ...r, kind: "keyword-argument" }));
  }

  let name = tok.text;
  if (tok.relative) name = resolveRelative(tok, scope, [...explicit, ...quals]) ?? name;
  if (/^object\./.test(name)) {
    const classes = explicit.filter((q) => isClassQualifier(q, know));
    for (const q of classes) add(`${q}.${name.split(".").at(-1)}`);
    return results;
  }
  const moduleLike =
    tok.role === "mod" || tok.role === "program" || KIND_WORDS[head.kindWord ?? ""] === "module";
  // Sphinx's `:meth:`array.tostring`` means the method of the module's namesake class.
  const namesake = name.split(".");
  if (
    tok.role === "meth" &&
    namesake.length === 2 &&
    know.objects.get(`${namesake[0]}.${namesake[0]}`) === "py:class"
  ) {
    name = `${namesake[0]}.${name}`;
  }
  const qualified = name.includes(".")
    ? isQualified(name, know)
    : isQualified(name, know) && (moduleLike || tok.role === "literal" || tok.role === "plain");
  if (qualified || (moduleLike && !explicit.length)) {
    add(name);
    // "X.getmark and setmark methods of the X and Y classes": a member named on one class is named on all.
    const owner = name.split(".").slice(0, -1).join(".");
    const classes = explicit.filter((q) => isClassQualifier(q, know));
    if (classes.includes(owner)) for (const q of classes) add(`${q}.${name.split(".").at(-1)}`);
    return results;
  }
  // A dotted name starting like a module no one knows is a typo or a local variable (`loop.x`).
  if (name.includes(".") && /^[a-z]/.test(name)) return results;
  const methodLike = tok.role === "meth" || /^methods?$/.test(head.kindWord ?? "");
  const classQuals = explicit.filter((q) => isClassQualifier(q, know) || classRoles.has(q));
  if (classQuals.length > 0) {
    for (const q of classQuals) {
      const joined = joinName(q, name);
      if (joined) add(joined);
    }
    return results;
  }
  const moduleQuals = explicit.filter((q) => know.modules.has(q));
  const targetParent = head.target
    ? resolveReplacementName(head.target, scope, [...explicit, ...quals])
    : undefined;
  const parentOfTarget = targetParent?.includes(".")
    ? targetParent.split(".").slice(0, -1).join(".")
    : undefined;
  if (head.alias && parentOfTarget && !name.includes(".")) {
    add(`${parentOfTarget}.${name}`);
    return results;
  }
  const pick = moduleQuals[0] ?? (explicit.length > 0 ? undefined : quals.find((q) => q !== "builtins"));
  if (pick) {
    if (methodLike && !name.includes(".") && !isClassQualifier(pick, know)) return results;
    const joined = joinName(pick, name);
    // A ``literal`` placed only by its section ("the ``st_ctime`` fields …" under os) may well
    // belong to something the sentence does not name: keep it when the docs or the text say what it is.
    const said =
      tok.call ||
      ["function", "method", "class", "module", "alias"].includes(KIND_WORDS[head.kindWord ?? ""] ?? "");
    if (joined && tok.role === "literal" && moduleQuals.length === 0 && !said && !know.objects.has(joined))
      return results;
    if (joined) add(joined);
    return results;
  }
  if (!name.includes(".") && (builtinContext || know.builtins.has(name))) add(name);
  return results;
}

function resolveReplacementName(tok: Tok, scope: Scope, quals: string[]): string | undefined {
  if (tok.kind === "keyword") return tok.text;
  if (tok.kind !== "name") return undefined;
  let name = tok.text;
  if (tok.relative) name = resolveRelative(tok, scope, quals) ?? name;
  return name;
}

/** A replacement as people would write it: builtins bare, a sibling of the subject qualified like it. */
function resolveReplacement(tok: Tok, subject: Mention, scope: Scope, quals: string[]): string | undefined {
  if (tok.kind === "keyword") return tok.text;
  if (tok.kind === "param") {
    const fn = /^(.*)\(\w+=\)$/.exec(subject.name)?.[1];
    return fn ? `${fn}(${tok.text}=)` : undefined;
  }
  if (tok.kind !== "name") return undefined;
  const know = scope.know;
  let name = tok.text;
  if (tok.relative) name = resolveRelative(tok, scope, quals) ?? name;
  name = name.replace(/^(?:builtins?|__builtin__)\.(?=[a-z])/, "");
  if (isQualified(name, know) || know.builtins.has(name) || tok.role === "mod")
    return documentedCase(name, know);
  // A bare name is the subject's sibling; a bare ``literal`` must be documented as one
  // ("``value`` itself should be used" is about a variable, not `ast.value`).
  const guess = (full: string | undefined): string | undefined => {
    if (!full) return undefined;
    const fixed = documentedCase(full, know);
    return tok.role !== "literal" || know.objects.has(fixed) ? fixed : undefined;
  };
  const parent = subject.name.includes(".") ? subject.name.split(".").slice(0, -1).join(".") : undefined;
  if (parent && subject.kind !== "module") return guess(joinName(parent, name));
  const q = quals.find((x) => x !== "builtins");
  if (q) return guess(joinName(q, name));
  return tok.role === "literal" ? undefined : name;
}

// ---------------------------------------------------------------------------------------------
// Python 3.0's syntax and the prose-only facts of its notes

const PY3 = `${WHATSNEW}3.0.html`;

/**
 * What What's New in Python 3.0 says in prose or in code samples rather than in parseable names:
 * the statements, operators and literal forms that became syntax errors, and a few names its text
 * only implies ("The latter no longer exists" about `xrange`). Each links to the section saying it.
 */
const PY3K_PROSE: RemovalEntry[] = [
  {
    name: "print statement",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "print()",
    pep: 3105,
    url: `${PY3}#print-is-a-function`,
  },
  {
    name: "exec statement",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "exec()",
    url: `${PY3}#removed-syntax`,
  },
  {
    name: "backticks",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "repr()",
    url: `${PY3}#removed-syntax`,
  },
  { name: "<> operator", kind: "syntax", removedIn: "3.0", replacement: "!=", url: `${PY3}#removed-syntax` },
  {
    name: "tuple parameter unpacking",
    kind: "syntax",
    removedIn: "3.0",
    pep: 3113,
    url: `${PY3}#removed-syntax`,
  },
  { name: "classic classes", kind: "syntax", removedIn: "3.0", url: `${PY3}#removed-syntax` },
  { name: "L suffix on integer literals", kind: "syntax", removedIn: "3.0", url: `${PY3}#removed-syntax` },
  {
    name: "implicit relative imports",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "from . import name",
    pep: 328,
    url: `${PY3}#removed-syntax`,
  },
  {
    name: "0720 octal literals",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "0o720",
    url: `${PY3}#integers`,
  },
  {
    name: "except exc, var",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "except exc as var",
    pep: 3110,
    url: `${PY3}#changed-syntax`,
  },
  {
    name: "raise exc, args",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "raise exc(args)",
    pep: 3109,
    url: `${PY3}#changes-to-exceptions`,
  },
  {
    name: "string exceptions",
    kind: "syntax",
    removedIn: "3.0",
    replacement: "BaseException",
    pep: 352,
    url: `${PY3}#changes-to-exceptions`,
  },
  {
    name: "xrange",
    kind: "builtin",
    removedIn: "3.0",
    replacement: "range",
    url: `${PY3}#views-and-iterators-instead-of-lists`,
  },
  {
    name: "unicode",
    kind: "builtin",
    removedIn: "3.0",
    replacement: "str",
    url: `${PY3}#text-vs-data-instead-of-unicode-vs-8-bit`,
  },
  {
    name: "cPickle",
    kind: "module",
    removedIn: "3.0",
    replacement: "pickle",
    pep: 3108,
    url: `${PY3}#library-changes`,
  },
  {
    name: "md5",
    kind: "module",
    removedIn: "3.0",
    replacement: "hashlib",
    pep: 3108,
    url: `${PY3}#library-changes`,
  },
  { name: "gopherlib", kind: "module", removedIn: "3.0", pep: 3108, url: `${PY3}#library-changes` },
  // The notes rename the iterator protocol's method without a dotted name to find: every iterator
  // (a generator, a file, `map()`'s result) lost `.next()`.
  {
    name: "iterator.next",
    kind: "method",
    removedIn: "3.0",
    replacement: "next(iterator)",
    pep: 3114,
    url: `${PY3}#operators-and-special-methods`,
  },
  // "urllib, urllib2 and urlparse" became one urllib package: Python 2 urllib's own functions moved
  // into its modules, which the notes say only of the modules.
  ...Object.entries(RENAMED_NAMES)
    .filter(([name]) => name.startsWith("urllib."))
    .map(
      ([name, replacement]): RemovalEntry => ({
        name,
        kind: /^[A-Z]/.test(name.split(".").at(-1) ?? "") ? "class" : "function",
        removedIn: "3.0",
        replacement,
        pep: 3108,
        url: `${PY3}#library-changes`,
      }),
    ),
];

// ---------------------------------------------------------------------------------------------
// Merging the mentions of every release into one entry per name

/**
 * One entry per name: removed in the earliest release that says so; deprecated in the earliest
 * release any note dates it to; a planned removal only while it is not removed; the replacement of
 * the removal note, else of the latest deprecation note; the link of the note the entry is mostly
 * about (its removal, else its first deprecation).
 */
function mergeMentions(mentions: Mention[], know: Knowledge): RemovalEntry[] {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  const entries: RemovalEntry[] = [];
  const order = (a: Mention, b: Mention): number => compareVersions(a.release, b.release);
  for (const [name, list] of byName) {
    list.sort(order);
    const removals = list.filter((m) => m.status === "removed");
    const deprecations = list.filter((m) => m.status === "deprecated");
    const removal = removals[0];
    let deprecatedIn: string | undefined;
    for (const m of list) {
      deprecatedIn = minVersion(deprecatedIn, m.since);
      if (m.status === "deprecated") deprecatedIn = minVersion(deprecatedIn, m.release);
    }
    const removedIn = removal?.release;
    if (removedIn && deprecatedIn && compareVersions(deprecatedIn, removedIn) > 0) deprecatedIn = undefined;
    // A name the 3.11 docs still document was not removed before 3.11: the sentence meant something else.
    if (removedIn && compareVersions(removedIn, "3.11") < 0 && know.objects.has(name) && !name.includes("("))
      continue;
    const latestDeprecation = [...deprecations].reverse();
    const entry: RemovalEntry = {
      name,
      kind: removal?.kind ?? latestDeprecation[0]?.kind ?? "function",
      url: "",
    };
    if (removedIn) entry.removedIn = removedIn;
    if (deprecatedIn) entry.deprecatedIn = deprecatedIn;
    if (!removedIn) {
      const planned = latestDeprecation.find((m) => m.planned)?.planned;
      if (planned && (!deprecatedIn || compareVersions(planned, deprecatedIn) > 0))
        entry.plannedRemoval = planned;
    }
    const replacement =
      removals.find((m) => m.replacement)?.replacement ??
      latestDeprecation.find((m) => m.replacement)?.replacement;
    if (replacement && replacement !== name) entry.replacement = replacement;
    const pep = removals.find((m) => m.pep)?.pep ?? list.find((m) => m.pep)?.pep;
    if (pep) entry.pep = pep;
    entry.url =
      (removal ?? deprecations.find((m) => m.release === deprecatedIn) ?? deprecations[0] ?? list[0])?.url ??
      "";
    entries.push(entry);
  }
  return withSiblingRemovals(withRemovedModules(entries));
}

/**
 * A method still only planned for removal went in its planned release when that release's notes
 * remove the method of the same name from another class of the module: 3.12 says
 * `configparser.ConfigParser` "no longer has" `readfp`, which it inherits from `RawConfigParser`.
 */
function withSiblingRemovals(entries: RemovalEntry[]): RemovalEntry[] {
  const parts = (e: RemovalEntry): { module: string; member: string } => ({
    module: e.name.split(".")[0] ?? "",
    member: e.name.split(".").at(-1) ?? "",
  });
  for (const e of entries) {
    if (e.removedIn || !e.plannedRemoval || e.kind !== "method") continue;
    const { module, member } = parts(e);
    const sibling = entries.find(
      (o) =>
        o !== e &&
        o.kind === "method" &&
        o.removedIn === e.plannedRemoval &&
        parts(o).module === module &&
        parts(o).member === member,
    );
    if (!sibling?.removedIn) continue;
    e.removedIn = sibling.removedIn;
    e.url = sibling.url;
    delete e.plannedRemoval;
  }
  return entries;
}

/**
 * A name still only planned for removal went in its planned release when that release's "Removed"
 * material, in an item about the name's module, says a member of that name was removed without
 * qualifying it the way the docs do: 3.12's importlib item removes "support for `find_module()`",
 * which takes every finder's `find_module` that 3.11 listed for removal in 3.12; 3.13 removes
 * `RawTurtle.settiltangle`, the method behind the module-level `turtle.settiltangle`.
 */
function withPlannedRemovalsDone(
  entries: RemovalEntry[],
  docs: Map<string, string>,
  know: Knowledge,
): RemovalEntry[] {
  const removedItems = new Map<string, { anchor: string; modules: string[]; text: string }[]>();
  const itemsOf = (version: string) => {
    const rst = docs.get(version);
    if (!rst) return [];
    const cached = removedItems.get(version);
    if (cached) return cached;
    const items: { anchor: string; modules: string[]; text: string }[] = [];
    for (const section of parseSections(rst, version, know)) {
      if (section.mode !== "removed" || !section.anchor) continue;
      // A top-level list item with everything nested in it, or a paragraph outside lists.
      let item: string[] = [];
      const flush = () => {
        if (item.length > 0)
          items.push({ anchor: section.anchor ?? "", modules: section.modules, text: item.join("\n") });
        item = [];
      };
      for (const line of section.body) {
        if (
          indentOf(line) === 0 &&
          (BULLET.test(line) || (line.trim() && item.length > 0 && !item.at(-1)?.trim()))
        )
          flush();
        item.push(line);
      }
      flush();
    }
    removedItems.set(version, items);
    return items;
  };
  const SAID_REMOVED = /\bremoved\b|^\s*(?:[-*]\s+)?Remove[sd]?\b/m;
  const STILL_TO_GO = /\b(?:will|to)\s+be\s+removed|\bslated\b|\bscheduled\b/i;
  for (const e of entries) {
    if (e.removedIn || !e.plannedRemoval || !/^(?:method|function|attribute)$/.test(e.kind)) continue;
    const module = e.name.split(".")[0] ?? "";
    const leaf = e.name.split(".").at(-1) ?? "";
    const literal = new RegExp(`(?:\`\`|:\\w+:\`[!~]?)(?:[\\w.]+\\.)?${leaf}(?:\\(\\))?\``);
    for (const item of itemsOf(e.plannedRemoval)) {
      if (!item.modules.includes(module) && !item.text.includes(`:mod:\`${module}\``)) continue;
      const said = item.text
        .split(/\n\s*\n|\n(?=\s*[-*]\s)/)
        .some((part) => literal.test(part) && SAID_REMOVED.test(part) && !STILL_TO_GO.test(part));
      if (!said) continue;
      e.removedIn = e.plannedRemoval;
      e.url = `${WHATSNEW}${e.plannedRemoval}.html#${item.anchor}`;
      delete e.plannedRemoval;
      break;
    }
  }
  return entries;
}

/**
 * A member of a module the notes say was removed went with it (`cgi.log` with `cgi` in 3.13), even
 * where no note names the member again: it takes the module's removal and link, and loses a planned
 * removal that the module's removal overtook.
 */
function withRemovedModules(entries: RemovalEntry[]): RemovalEntry[] {
  const modules = new Map(
    entries.filter((e) => e.kind === "module" && e.removedIn).map((e) => [e.name, e] as const),
  );
  for (const e of entries) {
    if (e.removedIn) continue;
    const parts = e.name.replace(/\(.*$/, "").split(".");
    for (let i = parts.length - 1; i > 0; i--) {
      const module = modules.get(parts.slice(0, i).join("."));
      if (!module?.removedIn) continue;
      if (e.deprecatedIn && compareVersions(e.deprecatedIn, module.removedIn) > 0) break;
      e.removedIn = module.removedIn;
      e.url = module.url;
      delete e.plannedRemoval;
      break;
    }
  }
  return entries;
}

/**
 * A removal written for a family (`asyncio.*(loop=)`: "the loop parameter has been removed from most
 * of asyncio") removes each keyword argument of that module an earlier release deprecated by name;
 * one of a module's old API (`plistlib.*`, deprecated since 3.4) each member that release deprecated.
 */
function settleFamilies(mentions: Mention[]): Mention[] {
  const isFamily = (m: Mention) => m.name.includes(".*(") || m.name.endsWith(".*");
  const families = mentions.filter(isFamily);
  const out = mentions.filter((m) => !isFamily(m));
  for (const family of families) {
    const [module = "", param = ""] = family.name.split(".*");
    const members = new Map(
      out
        .filter(
          (m) =>
            m.status === "deprecated" &&
            m.name.startsWith(`${module}.`) &&
            m.name.endsWith(param) &&
            (param !== "" || m.kind === "function" || m.kind === "class" || m.kind === "method") &&
            (family.since === undefined || m.release === family.since) &&
            compareVersions(m.release, family.release) < 0,
        )
        .map((m) => [m.name, m] as const),
    );
    // A member of an old API keeps its own kind and the replacement its deprecation named.
    for (const [name, member] of members)
      out.push(
        param === ""
          ? { ...family, name, kind: member.kind, replacement: member.replacement ?? family.replacement }
          : { ...family, name },
      );
  }
  return out;
}

/**
 * What later notes say of an ability rather than of a name: "Remove the ability to use Path objects
 * as context managers" is `__enter__` gone, which an error about the protocol asks after.
 */
const LATER_PROSE: RemovalEntry[] = [
  {
    name: "pathlib.Path.__enter__",
    kind: "method",
    removedIn: "3.13",
    deprecatedIn: "3.9",
    url: `${WHATSNEW}3.13.html#removed-modules-and-apis`,
  },
];

function addProse(entries: RemovalEntry[]): RemovalEntry[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const prose of [...PY3K_PROSE, ...LATER_PROSE]) {
    const parsed = byName.get(prose.name);
    if (parsed)
      Object.assign(parsed, { ...prose, ...parsed, replacement: parsed.replacement ?? prose.replacement });
    else byName.set(prose.name, { ...prose });
  }
  return [...byName.values()];
}

const compareEntries = (a: RemovalEntry, b: RemovalEntry): number =>
  byCodePoint(a.name, b.name) || compareVersions(a.removedIn ?? "9.9", b.removedIn ?? "9.9");

// ---------------------------------------------------------------------------------------------
// The data file

function readReleases(referenceDir: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const version of RELEASES) {
    docs.set(version, readFileSync(join(referenceDir, "cpython-whatsnew", `${version}.rst`), "utf8"));
  }
  return docs;
}

export function loadKnowledge(referenceDir: string, docs = readReleases(referenceDir)): Knowledge {
  const mentioned = new Set<string>();
  for (const rst of docs.values()) {
    for (const m of rst.matchAll(/:(?:py:)?mod:`[!~]?([\w.]+)`/g)) if (m[1]) mentioned.add(m[1]);
  }
  return readKnowledge(referenceDir, mentioned);
}

export function buildRemovalData(referenceDir: string): RemovalDataFile {
  const docs = readReleases(referenceDir);
  const know = loadKnowledge(referenceDir, docs);
  const mentions: Mention[] = [];
  for (const [version, rst] of docs) mentions.push(...extractRelease(version, rst, know));
  const entries = withPlannedRemovalsDone(
    addProse(mergeMentions(settleFamilies(mentions), know)),
    docs,
    know,
  ).sort(compareEntries);
  return { format: 1, source: SOURCE, entries };
}

const FIELD_ORDER: (keyof RemovalEntry)[] = [
  "name",
  "kind",
  "removedIn",
  "deprecatedIn",
  "plannedRemoval",
  "replacement",
  "pep",
  "url",
];

/** JSON with one entry per line, fields in a fixed order: re-running gives the same bytes. */
export function serializeRemovals(data: RemovalDataFile): string {
  const line = (e: RemovalEntry): string => {
    const ordered: Record<string, unknown> = {};
    for (const key of FIELD_ORDER) if (e[key] !== undefined) ordered[key] = e[key];
    return `    ${JSON.stringify(ordered)}`;
  };
  return [
    "{",
    `  "format": ${data.format},`,
    `  "source": ${JSON.stringify(data.source)},`,
    `  "entries": [\n${data.entries.map(line).join(",\n")}\n  ]`,
    "}",
    "",
  ].join("\n");
}

export function buildRemovalsFile(referenceDir: string): string {
  return serializeRemovals(buildRemovalData(referenceDir));
}

// ---------------------------------------------------------------------------------------------
// Checks: anchors that exist, and facts known to be in the notes

/** Anchors that really exist on each release's page: the built pages where there are some, else the sources. */
export function realAnchors(referenceDir: string, version: string, know: Knowledge): Set<string> {
  const html = join(referenceDir, "cpython-whatsnew-html", `${version}.html`);
  if (existsSync(html)) return anchorsFromHtml(readFileSync(html, "utf8"));
  const rst = readFileSync(join(referenceDir, "cpython-whatsnew", `${version}.rst`), "utf8");
  return new Set(parseSections(rst, version, know).flatMap((s) => (s.ownAnchor ? [s.ownAnchor] : [])));
}

type Expected = Partial<RemovalEntry> & { name: string };

/** Facts the notes state plainly; a parser change that loses or bends one of them is a regression. */
export const SPOT_CHECKS: Expected[] = [
  {
    name: "asynchat",
    kind: "module",
    removedIn: "3.12",
    deprecatedIn: "3.6",
    replacement: "asyncio",
    pep: 594,
  },
  { name: "asyncore", kind: "module", removedIn: "3.12", deprecatedIn: "3.6", replacement: "asyncio" },
  { name: "smtpd", kind: "module", removedIn: "3.12", pep: 594 },
  { name: "imp", kind: "module", removedIn: "3.12", deprecatedIn: "3.4" },
  { name: "distutils", kind: "module", removedIn: "3.12", deprecatedIn: "3.10", pep: 632 },
  {
    name: "unittest.TestCase.assertEquals",
    removedIn: "3.12",
    deprecatedIn: "3.2",
    replacement: "unittest.TestCase.assertEqual",
  },
  {
    name: "unittest.TestCase.failUnless",
    removedIn: "3.12",
    deprecatedIn: "3.1",
    replacement: "unittest.TestCase.assertTrue",
  },
  {
    name: "configparser.SafeConfigParser",
    removedIn: "3.12",
    deprecatedIn: "3.2",
    replacement: "configparser.ConfigParser",
  },
  {
    name: "ssl.wrap_socket",
    kind: "function",
    removedIn: "3.12",
    deprecatedIn: "3.7",
    replacement: "ssl.SSLContext.wrap_socket",
  },
  { name: "telnetlib", kind: "module", removedIn: "3.13", deprecatedIn: "3.11", pep: 594 },
  { name: "aifc", kind: "module", removedIn: "3.13", deprecatedIn: "3.11", pep: 594 },
  { name: "cgi", kind: "module", removedIn: "3.13", deprecatedIn: "3.11", pep: 594 },
  { name: "mailcap", kind: "module", removedIn: "3.13", replacement: "mimetypes", pep: 594 },
  { name: "lib2to3", kind: "module", removedIn: "3.13", deprecatedIn: "3.11" },
  { name: "2to3", removedIn: "3.13" },
  {
    name: "unittest.makeSuite",
    kind: "function",
    removedIn: "3.13",
    deprecatedIn: "3.11",
    replacement: "unittest.TestLoader.loadTestsFromTestCase",
  },
  {
    name: "unittest.findTestCases",
    removedIn: "3.13",
    replacement: "unittest.TestLoader.loadTestsFromModule",
  },
  { name: "typing.io", kind: "module", removedIn: "3.13", deprecatedIn: "3.8" },
  { name: "locale.resetlocale", kind: "function", removedIn: "3.13", deprecatedIn: "3.11" },
  { name: "asyncio.coroutine", removedIn: "3.11", deprecatedIn: "3.8", replacement: "async def" },
  {
    name: "inspect.getargspec",
    kind: "function",
    removedIn: "3.11",
    deprecatedIn: "3.0",
    replacement: "inspect.signature",
  },
  { name: "inspect.formatargspec", removedIn: "3.11", deprecatedIn: "3.5", replacement: "inspect.signature" },
  { name: "binhex", kind: "module", removedIn: "3.11", deprecatedIn: "3.9" },
  { name: "collections.Mapping", kind: "alias", removedIn: "3.10", replacement: "collections.abc.Mapping" },
  { name: "parser", kind: "module", removedIn: "3.10", deprecatedIn: "3.9" },
  { name: "formatter", kind: "module", removedIn: "3.10", deprecatedIn: "3.4" },
  {
    name: "threading.Thread.isAlive",
    kind: "method",
    removedIn: "3.9",
    deprecatedIn: "3.8",
    replacement: "threading.Thread.is_alive",
  },
  { name: "base64.encodestring", removedIn: "3.9", deprecatedIn: "3.1", replacement: "base64.encodebytes" },
  { name: "base64.decodestring", removedIn: "3.9", replacement: "base64.decodebytes" },
  {
    name: "array.array.tostring",
    kind: "method",
    removedIn: "3.9",
    deprecatedIn: "3.2",
    replacement: "array.array.tobytes",
  },
  { name: "json.loads(encoding=)", kind: "keyword-argument", removedIn: "3.9", deprecatedIn: "3.1" },
  { name: "asyncio.Queue(loop=)", kind: "keyword-argument", removedIn: "3.10", deprecatedIn: "3.8" },
  {
    name: "html.parser.HTMLParser(strict=)",
    kind: "keyword-argument",
    removedIn: "3.5",
    deprecatedIn: "3.4",
  },
  { name: "configparser.RawConfigParser.readfp", kind: "method", removedIn: "3.12", deprecatedIn: "3.2" },
  {
    name: "sys.getcheckinterval",
    removedIn: "3.9",
    deprecatedIn: "3.2",
    replacement: "sys.getswitchinterval",
  },
  { name: "gettext.lgettext", removedIn: "3.11", deprecatedIn: "3.8" },
  {
    name: "xml.etree.ElementTree.Element.getchildren",
    kind: "method",
    removedIn: "3.9",
    deprecatedIn: "3.2",
  },
  { name: "cgi.escape", removedIn: "3.8" },
  { name: "cgi.parse_qs", removedIn: "3.8" },
  {
    name: "time.clock",
    kind: "function",
    removedIn: "3.8",
    deprecatedIn: "3.3",
    replacement: "time.perf_counter",
  },
  { name: "platform.popen", removedIn: "3.8", deprecatedIn: "3.3", replacement: "os.popen" },
  { name: "macpath", kind: "module", removedIn: "3.8", deprecatedIn: "3.7" },
  { name: "ast.Num", kind: "class", removedIn: "3.14", deprecatedIn: "3.8", replacement: "ast.Constant" },
  { name: "typing.Text", deprecatedIn: "3.11", replacement: "str" },
  { name: "locale.getdefaultlocale", deprecatedIn: "3.11", plannedRemoval: "3.15" },
  {
    name: "asyncio.iscoroutinefunction",
    deprecatedIn: "3.14",
    plannedRemoval: "3.16",
    replacement: "inspect.iscoroutinefunction",
  },
  { name: "raw_input", kind: "builtin", removedIn: "3.0", replacement: "input", pep: 3111 },
  { name: "basestring", kind: "builtin", removedIn: "3.0", replacement: "str" },
  { name: "long", removedIn: "3.0", replacement: "int", pep: 237 },
  { name: "reduce", kind: "builtin", removedIn: "3.0", replacement: "functools.reduce" },
  { name: "execfile", kind: "builtin", removedIn: "3.0" },
  { name: "file", removedIn: "3.0", replacement: "open" },
  { name: "apply", kind: "builtin", removedIn: "3.0" },
  { name: "buffer", removedIn: "3.0", replacement: "memoryview" },
  { name: "intern", removedIn: "3.0", replacement: "sys.intern" },
  { name: "reload", removedIn: "3.0", replacement: "imp.reload" },
  { name: "coerce", kind: "builtin", removedIn: "3.0" },
  { name: "cmp", removedIn: "3.0" },
  { name: "dict.has_key", kind: "method", removedIn: "3.0", replacement: "in" },
  { name: "dict.iteritems", kind: "method", removedIn: "3.0" },
  { name: "sys.maxint", removedIn: "3.0", replacement: "sys.maxsize" },
  { name: "StringIO", kind: "module", removedIn: "3.0", replacement: "io" },
  { name: "ConfigParser", kind: "module", removedIn: "3.0", replacement: "configparser" },
  { name: "Queue", kind: "module", removedIn: "3.0", replacement: "queue" },
  { name: "urllib2", kind: "module", removedIn: "3.0", replacement: "urllib" },
  { name: "cPickle", kind: "module", removedIn: "3.0", replacement: "pickle" },
  { name: "print statement", kind: "syntax", removedIn: "3.0", replacement: "print()" },
  { name: "exec statement", kind: "syntax", removedIn: "3.0", replacement: "exec()" },
  { name: "backticks", kind: "syntax", removedIn: "3.0", replacement: "repr()" },
  { name: "<> operator", kind: "syntax", removedIn: "3.0", replacement: "!=" },
  { name: "string exceptions", kind: "syntax", removedIn: "3.0" },
];

/** Problems with built data: spot checks that fail, anchors that do not exist, inconsistent entries. */
export function checkRemovals(data: RemovalDataFile, anchors: (version: string) => Set<string>): string[] {
  const problems: string[] = [];
  const byName = new Map(data.entries.map((e) => [e.name, e]));
  for (const expected of SPOT_CHECKS) {
    const entry = byName.get(expected.name);
    if (!entry) {
      problems.push(`missing: ${expected.name}`);
      continue;
    }
    for (const [key, value] of Object.entries(expected)) {
      const actual = entry[key as keyof RemovalEntry];
      if (actual !== value)
        problems.push(
          `${expected.name}: ${key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`,
        );
    }
  }
  for (const e of data.entries) {
    const m = /^https:\/\/docs\.python\.org\/3\/whatsnew\/(\d\.\d+)\.html#(.+)$/.exec(e.url);
    if (!m?.[1] || !m[2]) problems.push(`${e.name}: not a What's New section address: ${e.url}`);
    else if (!anchors(m[1]).has(m[2])) problems.push(`${e.name}: no anchor #${m[2]} on the ${m[1]} page`);
    if (!e.removedIn && !e.deprecatedIn) problems.push(`${e.name}: neither removed nor deprecated`);
    if (e.removedIn && e.deprecatedIn && compareVersions(e.deprecatedIn, e.removedIn) > 0) {
      problems.push(`${e.name}: deprecated in ${e.deprecatedIn}, after its removal in ${e.removedIn}`);
    }
    if (e.removedIn && e.plannedRemoval) problems.push(`${e.name}: removed, yet a removal is planned`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [referenceDir = DEFAULT_REFERENCE, out = DEFAULT_OUT] = process.argv.slice(2);
  const data = buildRemovalData(referenceDir);
  const text = serializeRemovals(data);
  writeFileSync(out, text);
  const know = loadKnowledge(referenceDir);
  const cache = new Map<string, Set<string>>();
  const anchors = (v: string): Set<string> => {
    const known = cache.get(v) ?? realAnchors(referenceDir, v, know);
    cache.set(v, known);
    return known;
  };
  const problems = checkRemovals(data, anchors);
  const removed = data.entries.filter((e) => e.removedIn).length;
  const deprecated = data.entries.filter((e) => e.deprecatedIn && !e.removedIn).length;
  console.log(`${out}: ${data.entries.length} entries (${removed} removed, ${deprecated} deprecated only)`);
  for (const p of problems) console.error(`check: ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}
