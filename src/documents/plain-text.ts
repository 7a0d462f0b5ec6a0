import { isTrailerHeading, stripClutter } from "./clutter.ts";
import type { Section, SourceDocument } from "./document.ts";
import { parseMarkdown } from "./markdown.ts";
import { isCodeParagraph, splitParagraphs } from "./paragraphs.ts";
import { inferVersion } from "./version.ts";

/**
 * Plain text, usually a web page saved as text. When it uses Markdown headings it is read as
 * Markdown; otherwise short title-like lines standing alone are its headings.
 */
export function parsePlainText(path: string, raw: string): SourceDocument {
  if (/^\s*# \S/.test(raw)) return parseMarkdown(path, raw);

  const paragraphs = splitParagraphs(raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " "));
  let title: string | undefined;
  const sections: Section[] = [];
  let heading: string[] = [];
  let body: string[] = [];
  let lastWasHeading = false;

  const flush = (): void => {
    if (body.length > 0 && heading.length > 0)
      sections.push({ headings: [...heading], text: body.join("\n\n") });
    body = [];
  };

  for (const paragraph of paragraphs) {
    const text = stripClutter(paragraph);
    if (!text) continue;
    if (!title) {
      if (looksLikeHeading(text)) {
        title = cleanTitle(text);
        heading = [title];
      }
      continue;
    }
    // "Related Posts" may head a list of post titles with no blank lines between them: the
    // paragraph then starts, or even ends a prose paragraph, with that line.
    const lines = text.split("\n");
    const trailer = lines.findIndex((line) => looksLikeHeading(line) && isTrailerHeading(line));
    if (trailer >= 0) {
      const before = lines.slice(0, trailer).join("\n").trim();
      if (before) body.push(before);
      break;
    }
    if (looksLikeHeading(text)) {
      const clean = cleanTitle(text);
      if (clean === title) continue;
      // Two headings in a row: the first introduces the second.
      const nested = lastWasHeading && body.length === 0 && heading.length >= 2;
      flush();
      heading = nested ? [...heading.slice(0, 2), clean] : [title, clean];
      lastWasHeading = true;
      continue;
    }
    lastWasHeading = false;
    body.push(text);
  }
  flush();

  const docTitle = title ?? path;
  return { path, title: docTitle, version: inferVersion(docTitle), sections };
}

/**
 * A single short line that reads like a title: most longer words capitalized, no sentence
 * punctuation at its end, not code. A module name may lead in lower case ("asyncio: The …").
 */
export function looksLikeHeading(paragraph: string): boolean {
  if (paragraph.includes("\n")) return false;
  const t = paragraph.trim();
  const words = t.split(/\s+/);
  if (t.length > 80 || words.length > 12 || /[.,;:!)]$/.test(t) || /,/.test(t) || isCodeParagraph(t))
    return false;
  if (/^\d+\.\s/.test(t)) return false;
  const first = words[0] ?? "";
  const leadsWithName = /^[a-z_][\w.]*(\(\))?:?$/.test(first) && /[.(:]/.test(first);
  if (!leadsWithName && !/^[\p{Lu}\p{N}☑✓]/u.test(first)) return false;
  const significant = words.slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalized = significant.filter((w) => /^\p{Lu}/u.test(w)).length;
  return significant.length === 0 || capitalized / significant.length >= 0.6;
}

function cleanTitle(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, "").trim();
}
