/**
 * Reads the "New in version X" notes of the Python 3.11 library reference (the HTML build, as
 * Debian's python3.11-doc package installs it under /usr/share/doc/python3.11/html) and writes
 * `corpus/api-doc-notes.json`: each documented object or module → the version its own note gives.
 * The notes are the second source of `build-api-facts.ts`, for names the version tables lack; the
 * committed file keeps that build reproducible without the HTML.
 *
 * Usage: npm exec tsx scripts/extract-doc-notes.ts -- HTML_DIR [OUT_FILE]
 *   (HTML_DIR is the html/ folder, holding library/*.html)
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type HTMLElement, parse } from "node-html-parser";

export const DEFAULT_NOTES = fileURLToPath(new URL("../corpus/api-doc-notes.json", import.meta.url));

export const DOC_NOTES_SOURCE =
  "Python 3.11 library reference (Python documentation, PSF License, (c) Python Software Foundation), " +
  '"New in version" notes from the HTML of Debian\'s python3.11-doc 3.11.2-6+deb12u8';

/** Layout of `corpus/api-doc-notes.json`. */
export interface DocNotesFile {
  format: 1;
  source: string;
  /** Dotted name → "3.8", or "3.6.2" where the note names a bugfix release. */
  notes: Record<string, string>;
}

/**
 * Only a plain "New in version 3.8." dates the object it sits in. "New in version 3.8: The *foo*
 * parameter …" dates a part of it, and Debian's own "3.11.2-6+deb12u5" marks a distribution patch.
 */
const OBJECT_NOTE = /^New in version (\d+\.\d+(?:\.\d+)?)\.$/;

/** The version of a `div.versionadded` when the note dates its whole object. */
function plainNote(div: HTMLElement): string | undefined {
  const text = div.querySelector("span.versionmodified.added")?.text.trim() ?? "";
  // The span alone can be the whole note only if nothing follows it in the paragraph.
  const paragraph = div.querySelector("p")?.text.trim() ?? "";
  if (paragraph !== text) return undefined;
  return OBJECT_NOTE.exec(text)?.[1];
}

const isVersionAdded = (e: HTMLElement): boolean => e.classList.contains("versionadded");

/** Blocks that may follow an object's own note: more notes, asides, and the object's members. */
const TRAILING = ["versionadded", "versionchanged", "deprecated", "admonition", "availability"];
const isMember = (e: HTMLElement): boolean => e.rawTagName === "dl" && e.classList.contains("py");
const isTrailing = (e: HTMLElement): boolean => isMember(e) || TRAILING.some((c) => e.classList.contains(c));

/**
 * The notes about the object a `<dd>` describes. The page puts them after the object's prose, and
 * before, between or after its members; a note with prose after it dates that paragraph (the
 * `extra_groups` parameter of `subprocess.Popen`), and one with members on both sides belongs to
 * the member before it (`decimal.Decimal.as_integer_ratio`). An indented block (`<blockquote><div>`,
 * as under `asyncio.Timeout`) counts as the dd's own text unless it follows a list: then it is an
 * item's note that lost its indentation (the parameters of `dataclasses.dataclass`).
 */
function ownNotes(dd: HTMLElement): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  for (const child of dd.children) {
    const after = child.previousElementSibling?.rawTagName ?? "";
    const indented = child.rawTagName === "blockquote" && after !== "ul" && after !== "ol";
    const inner = indented ? child.children.filter((c) => c.rawTagName === "div") : [];
    if (inner.length === 1 && inner[0]?.classList.length === 0) blocks.push(...inner[0].children);
    else blocks.push(child);
  }
  return blocks.filter((block, i) => {
    if (!isVersionAdded(block)) return false;
    const rest = blocks.slice(i + 1);
    if (!rest.every(isTrailing)) return false;
    return !(blocks.slice(0, i).some(isMember) && rest.some(isMember));
  });
}

/**
 * Notes of one page. An object's note sits in its own `<dd>` (see `ownNotes`): notes inside a
 * member's nested `<dl>`, a list item or a table are about that member or item. A module's note
 * follows its heading at once; later notes in the module's section are about its topics.
 */
export function notesOfPage(html: string): Map<string, string> {
  const root = parse(html);
  const found = new Map<string, string>();
  const add = (name: string, version: string): void => {
    const known = found.get(name);
    // Two plain notes for one object (documented twice, or overloads) — the earlier release holds.
    if (!known || compareDotted(version, known) < 0) found.set(name, version);
  };
  for (const dl of root.querySelectorAll("dl.py")) {
    const ids = dl.children.filter((c) => c.rawTagName === "dt" && c.id).map((c) => c.id);
    const dd = dl.children.find((c) => c.rawTagName === "dd");
    if (!dd || ids.length === 0) continue;
    const versions = ownNotes(dd)
      .map(plainNote)
      .filter((v): v is string => v !== undefined);
    const first = versions.sort(compareDotted)[0];
    if (first) for (const id of ids) add(id, first);
  }
  for (const section of root.querySelectorAll('section[id^="module-"]')) {
    const heading = section.children.find((c) => /^h[1-6]$/.test(c.rawTagName));
    let next = heading?.nextElementSibling ?? null;
    while (next && isVersionAdded(next)) {
      const version = plainNote(next);
      if (version) add(section.id.slice("module-".length), version);
      next = next.nextElementSibling;
    }
  }
  return found;
}

/** Orders "3.6" before "3.6.2" before "3.10". */
function compareDotted(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function extractDocNotes(htmlDir: string): DocNotesFile {
  const library = join(htmlDir, "library");
  const notes = new Map<string, string>();
  for (const file of readdirSync(library)
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    for (const [name, version] of notesOfPage(readFileSync(join(library, file), "utf8"))) {
      const known = notes.get(name);
      if (!known || compareDotted(version, known) < 0) notes.set(name, version);
    }
  }
  const sorted = [...notes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { format: 1, source: DOC_NOTES_SOURCE, notes: Object.fromEntries(sorted) };
}

/** One note per line, sorted: the same HTML gives the same bytes, and a changed note is one line. */
export function serializeDocNotes(data: DocNotesFile): string {
  const rows = Object.entries(data.notes).map(([n, v]) => `    ${JSON.stringify(n)}: ${JSON.stringify(v)}`);
  return [
    "{",
    `  "format": ${data.format},`,
    `  "source": ${JSON.stringify(data.source)},`,
    `  "notes": {\n${rows.join(",\n")}\n  }`,
    "}",
    "",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [htmlDir, out = DEFAULT_NOTES] = process.argv.slice(2);
  if (!htmlDir) {
    console.error("usage: extract-doc-notes HTML_DIR [OUT_FILE]");
    process.exit(2);
  }
  const data = extractDocNotes(htmlDir);
  writeFileSync(out, serializeDocNotes(data));
  console.log(`${out}: ${Object.keys(data.notes).length} notes`);
}
