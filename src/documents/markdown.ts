import matter from "gray-matter";
import { isTrailerHeading, stripClutter } from "./clutter.ts";
import { parseDate } from "./dates.ts";
import type { Section, SourceDocument } from "./document.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { inferVersion } from "./version.ts";

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ANCHOR = /\s*\{#([\w.:-]+)\}\s*$/;

/** Markdown with optional YAML front matter; `## Heading {#anchor}` gives a section its anchor. */
export function parseMarkdown(path: string, raw: string): SourceDocument {
  const { data, content } = matter(raw);
  const front = frontMatter(data);
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
      if (field?.[1] && field[2] && stack.length <= 1) meta[field[1].toLowerCase()] = field[2];
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
    inTrailer = isTrailerHeading(text) || (inTrailer && level > 2);
  }
  flush();

  const docTitle = title ?? path;
  return {
    path,
    title: docTitle,
    version: front.version ?? inferVersion(docTitle) ?? inferVersion(stack[0]?.text ?? ""),
    released: front.released ?? (meta.released ? parseDate(meta.released) : undefined),
    endOfLife: front.endOfLife ?? (meta.eol ? parseDate(meta.eol) : undefined),
    url: front.url ?? linkTarget(meta.source),
    sections,
  };
}

/** Removes Markdown emphasis and code marks from a heading, keeping its words. */
export function cleanHeading(text: string): string {
  return text
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*?([^*]+)\*\*?/g, "$1")
    .replace(/^[^\p{L}\p{N}]+/u, "")
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

function frontMatter(data: Record<string, unknown>): FrontMatter {
  const str = (v: unknown): string | undefined => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === "string" || typeof v === "number") return String(v);
    return undefined;
  };
  return {
    title: str(data.title),
    version: str(data.version),
    released: str(data.released),
    endOfLife: str(data.end_of_life),
    url: str(data.source),
  };
}
