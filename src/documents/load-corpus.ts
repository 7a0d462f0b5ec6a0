import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { extname, join, relative } from "node:path";
import { parseDate } from "./dates.ts";
import type { LoadWarning, SourceDocument } from "./document.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
import { parsePlainText } from "./plain-text.ts";
import { parseRst } from "./rst.ts";

type Parser = (path: string, raw: string) => SourceDocument;

const PARSERS: Record<string, Parser> = {
  ".md": parseMarkdown,
  ".markdown": parseMarkdown,
  ".rst": parseRst,
  ".txt": parsePlainText,
  ".html": parseHtml,
  ".htm": parseHtml,
};

/** Largest document read; a bigger file is cut here so one huge file cannot stall a start. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface LoadedCorpus {
  documents: SourceDocument[];
  warnings: LoadWarning[];
}

/**
 * Every regular file of a supported type under `dir`, recursively, sorted so loading is deterministic.
 * A symlink back into a directory already read is not followed (each file is listed once); what
 * cannot be listed safely (a broken link, a named pipe that would block the read) is left out with a
 * warning in `warnings`.
 */
export function listCorpusFiles(dir: string, warnings: LoadWarning[] = []): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const warn = (full: string, reason: string): void => {
    warnings.push({ path: relative(dir, full), reason });
  };
  const visit = (d: string): void => {
    let entries: string[];
    try {
      const real = realpathSync(d);
      if (seen.has(real)) {
        warn(d, "a directory already read (via a symlink); not followed");
        return;
      }
      seen.add(real);
      entries = readdirSync(d).sort();
    } catch (error) {
      if (d !== dir) warn(d, `unreadable (${errorCode(error)})`);
      return; // the corpus directory itself may simply not exist yet
    }
    for (const name of entries) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const full = join(d, name);
      let stats: Stats;
      try {
        stats = statSync(full);
      } catch (error) {
        warn(full, `unreadable (${errorCode(error)})`);
        continue;
      }
      if (stats.isDirectory()) visit(full);
      else if (!PARSERS[extname(name).toLowerCase()] || name.toLowerCase() === "readme.md") continue;
      else if (!stats.isFile()) warn(full, "not a regular file");
      else files.push(full);
    }
  };
  visit(dir);
  return files;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "error";
}

/**
 * The bytes of `file` that loading uses: at most one byte over `MAX_DOCUMENT_BYTES`, so a huge file
 * is never read whole and the caller can tell it was cut. Opened without blocking and refused unless
 * it is a regular file, so a file swapped for a named pipe after listing cannot hang the start.
 */
export function readDocumentBytes(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    const bytes = Buffer.alloc(Math.min(stats.size, MAX_DOCUMENT_BYTES + 1));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break; // shrunk since fstat
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads a file as UTF-8 text, or says why it cannot be used. */
export function readText(
  file: string,
): { text: string; warning?: string } | { text?: undefined; warning: string } {
  let bytes: Buffer;
  try {
    bytes = readDocumentBytes(file);
  } catch (error) {
    return { warning: `unreadable (${errorCode(error)})` };
  }
  let warning: string | undefined;
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    bytes = bytes.subarray(0, MAX_DOCUMENT_BYTES);
    warning = `larger than ${MAX_DOCUMENT_BYTES} bytes; truncated`;
  }
  if (bytes.includes(0)) return { warning: "binary content" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    if (!warning) return { warning: "invalid UTF-8" };
    text = new TextDecoder("utf-8").decode(bytes); // the cut may split a character
  }
  if (text.trim() === "") return { warning: "empty" };
  return { text: text.replace(/^\uFEFF/, ""), warning };
}

/** Loads every document under `dir`; a file that cannot be used is skipped with a warning naming it. */
export function loadCorpus(dir: string): LoadedCorpus {
  const documents: SourceDocument[] = [];
  const warnings: LoadWarning[] = [];
  for (const file of listCorpusFiles(dir, warnings)) {
    const path = relative(dir, file);
    const read = readText(file);
    if (read.warning) warnings.push({ path, reason: read.warning });
    if (read.text === undefined) continue;
    const parse = PARSERS[extname(file).toLowerCase()] as Parser;
    try {
      const doc = parse(path, read.text);
      for (const reason of doc.warnings ?? []) warnings.push({ path, reason });
      if (doc.sections.length === 0) {
        warnings.push({ path, reason: "no sections with text" });
        continue;
      }
      documents.push(withReleaseDate(doc));
    } catch (error) {
      warnings.push({ path, reason: `could not be parsed: ${(error as Error).message}` });
    }
  }
  return { documents, warnings };
}

/**
 * Prose such as "Python 3.4 was released on March 16 2014" (or "on 16 March 2014") supplies a date
 * the metadata lacks.
 */
function withReleaseDate(doc: SourceDocument): SourceDocument {
  if (doc.released || !doc.version) return doc;
  const early = doc.sections
    .slice(0, 4)
    .map((s) => s.text)
    .join("\n");
  const match = /\breleased (?:on )?([A-Z][a-z]+ \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})/.exec(early);
  const released = match?.[1] ? parseDate(match[1]) : undefined;
  return released ? { ...doc, released } : doc;
}
