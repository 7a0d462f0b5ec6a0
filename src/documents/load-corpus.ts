import { readdirSync, readFileSync, statSync } from "node:fs";
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

/** Every file of a supported type under `dir`, recursively, sorted so loading is deterministic. */
export function listCorpusFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return; // vanished or unreadable mid-scan
    }
    for (const name of entries) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const full = join(d, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) visit(full);
      else if (PARSERS[extname(name).toLowerCase()] && name.toLowerCase() !== "readme.md") files.push(full);
    }
  };
  visit(dir);
  return files;
}

/** Reads a file as UTF-8 text, or says why it cannot be used. */
export function readText(
  file: string,
): { text: string; warning?: string } | { text?: undefined; warning: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { warning: `unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})` };
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
  for (const file of listCorpusFiles(dir)) {
    const path = relative(dir, file);
    const read = readText(file);
    if (read.warning) warnings.push({ path, reason: read.warning });
    if (read.text === undefined) continue;
    const parse = PARSERS[extname(file).toLowerCase()] as Parser;
    try {
      const doc = parse(path, read.text);
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
