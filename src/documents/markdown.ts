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
  const { data, content, matter: yaml } = matter(raw);
  const front = frontMatter(data, yaml);
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

  for (const line of content.split(/\r?\n/)) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
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
    url: front.url ?? linkTarget(meta.source),
    sections,
  };
}

/** Removes Markdown emphasis and code marks from a heading, keeping its words. */
export function cleanHeading(text: string): string {
  return text
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*?([^*]+)\*\*?/g, "$1")
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
    url: str(data.source),
  };
}
