import matter from "gray-matter";
import { isTrailerHeading, stripClutter } from "./clutter.ts";
import { parseDate } from "./dates.ts";
import type { Section, SourceDocument } from "./document.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { inferVersion } from "./version.ts";

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ANCHOR = /\s*\{#([\w.:-]+)\}\s*$/;
/** Bold labels under the title that are document metadata; any other "**Note:** …" line is prose. */
const META_KEYS = new Set(["released", "eol", "end of life", "source", "version"]);

/** Markdown with optional YAML front matter; `## Heading {#anchor}` gives a section its anchor. */
export function parseMarkdown(path: string, raw: string): SourceDocument {
  const warnings: string[] = [];
  const { data, content, yaml } = splitFrontMatter(raw, warnings);
  const front = frontMatter(data, yaml);
  const lines = content.split(/\r?\n/);
  const openFence = unclosedFence(lines);
  if (openFence !== undefined) {
    const line = openFence + 1 + lineOffset(raw, content);
    warnings.push(`code fence opened on line ${line} is never closed; read as text`);
  }
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let title = front.title;
  let body: string[] = [];
  let anchor: string | undefined;
  let inTrailer = false;
  let fence: string | undefined;
  const meta: Record<string, string> = {};

  const flush = (): void => {
    const text = splitParagraphs(body.join("\n")).map(stripClutter).filter(Boolean).join("\n\n");
    if (!inTrailer && text && stack.length > 0) {
      sections.push({ headings: stack.map((h) => h.text), anchor, text });
    }
    body = [];
  };

  for (const [i, line] of lines.entries()) {
    // A fence never closed would swallow every heading after it: its opening line is read as text.
    const marker = i === openFence ? undefined : fenceMarker(line);
    if (fence || marker) {
      if (!fence) fence = marker;
      else if (marker === fence) fence = undefined;
      body.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (!heading?.[1] || heading[2] === undefined) {
      const field = /^\*\*([A-Za-z ]+):\*\*\s*(.+)$/.exec(line.trim());
      const key = field?.[1]?.toLowerCase();
      if (key && field?.[2] && META_KEYS.has(key) && stack.length <= 1) meta[key] = field[2];
      else body.push(line);
      continue;
    }
    flush();
    const level = heading[1].length;
    const text = cleanHeading(heading[2].replace(ANCHOR, ""));
    anchor = ANCHOR.exec(heading[2])?.[1];
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    stack.push({ level, text });
    if (level === 1 && !title) title = text;
    // A page's related-posts list runs to its end, and the other posts' titles there may be
    // headings of any level: nothing after it is this document's content.
    inTrailer ||= isTrailerHeading(text);
  }
  flush();

  const docTitle = title ?? path;
  return {
    path,
    title: docTitle,
    version:
      front.version ??
      inferVersion(meta.version ?? "") ??
      inferVersion(docTitle) ??
      inferVersion(stack[0]?.text ?? ""),
    released: front.released ?? (meta.released ? parseDate(meta.released) : undefined),
    endOfLife: front.endOfLife ?? parseDate(meta.eol ?? meta["end of life"] ?? ""),
    ...(front.bugfixUntil ? { bugfixUntil: front.bugfixUntil } : {}),
    url: front.url ?? linkTarget(meta.source),
    sections,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

const fenceMarker = (line: string): string | undefined => /^\s*(```|~~~)/.exec(line)?.[1];

/** Index of the line that opens a code fence no later line closes, if any. */
function unclosedFence(lines: string[]): number | undefined {
  let open: { marker: string; at: number } | undefined;
  for (const [at, line] of lines.entries()) {
    const marker = fenceMarker(line);
    if (!marker) continue;
    if (!open) open = { marker, at };
    else if (marker === open.marker) open = undefined;
  }
  return open?.at;
}

/** Lines of front matter before `content`, so warnings can name lines of the file. */
function lineOffset(raw: string, content: string): number {
  return raw.endsWith(content) ? raw.slice(0, raw.length - content.length).split("\n").length - 1 : 0;
}

/**
 * Front matter and the Markdown after it. Options are passed so gray-matter does not cache the result:
 * its cache keeps every document's text for the life of the process, and keeps a document whose YAML
 * failed as if it had none. Broken YAML is ignored with a warning; the document is read without it.
 */
function splitFrontMatter(
  raw: string,
  warnings: string[],
): { data: Record<string, unknown>; content: string; yaml: string } {
  try {
    const { data, content, matter: yaml } = matter(raw, {});
    return { data, content, yaml };
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    warnings.push(`front matter is not valid YAML; ignored (${reason})`);
    const block = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
    return { data: {}, content: block ? raw.slice(block[0].length) : raw, yaml: "" };
  }
}

/**
 * Removes Markdown emphasis and code marks from a heading, keeping its words; what a code span holds
 * is kept as written ("several `*` and `**` in calls" is no emphasis).
 */
export function cleanHeading(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length >= 2
        ? part.slice(1, -1)
        : part.replace(/\*\*?(?=\S)([^*]+?)(?<=\S)\*\*?/g, "$1"),
    )
    .join("")
    .replace(/^[^\p{L}\p{N}_]+/u, "")
    .trim();
}

function linkTarget(text: string | undefined): string | undefined {
  return text ? (/\((https?:[^)\s]+)\)/.exec(text)?.[1] ?? /https?:\S+/.exec(text)?.[0]) : undefined;
}

interface FrontMatter {
  title?: string;
  version?: string;
  released?: string;
  endOfLife?: string;
  bugfixUntil?: string;
  url?: string;
}

/**
 * `yaml` is the raw front-matter text. YAML reads an unquoted `version: 3.10` as the number 3.1,
 * so a numeric version is taken as written on its line instead.
 */
function frontMatter(data: Record<string, unknown>, yaml: string): FrontMatter {
  const str = (v: unknown): string | undefined => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === "string" || typeof v === "number") return String(v);
    return undefined;
  };
  return {
    title: str(data.title),
    version:
      typeof data.version === "number"
        ? (/^version:\s*(\d+(?:\.\d+)*)\s*(?:#.*)?$/m.exec(yaml)?.[1] ?? String(data.version))
        : str(data.version),
    released: str(data.released),
    endOfLife: str(data.end_of_life),
    bugfixUntil: str(data.bugfix_until),
    url: str(data.source),
  };
}
