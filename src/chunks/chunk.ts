import type { SourceDocument } from "../documents/document.ts";
import { isCodeParagraph, splitParagraphs } from "../documents/paragraphs.ts";

/** The unit the index stores and an answer cites: a section, or one part of a long section. */
export interface Chunk {
  id: number;
  /** The document's path relative to its corpus; the citation's `source`. */
  source: string;
  docTitle: string;
  version?: string;
  /** Headings from the document's top down to this chunk's own heading. */
  headings: string[];
  /** This chunk's own heading. */
  section: string;
  /** The section's address, with its anchor when known. */
  url?: string;
  text: string;
}

/** Turns documents into chunks: one per section, long sections split between paragraphs. */
export function chunkDocuments(documents: SourceDocument[], maxChars: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const doc of documents) {
    for (const section of doc.sections) {
      const url = doc.url
        ? section.anchor
          ? `${doc.url.replace(/#.*$/, "")}#${section.anchor}`
          : doc.url
        : undefined;
      for (const text of splitText(section.text, maxChars)) {
        chunks.push({
          id: chunks.length,
          source: doc.path,
          docTitle: doc.title,
          version: doc.version,
          headings: section.headings,
          section: section.headings.at(-1) ?? doc.title,
          url,
          text,
        });
      }
    }
  }
  return chunks;
}

/**
 * Packs paragraphs into pieces of at most `maxChars`; a code block or REPL transcript is never cut,
 * even when it alone is longer.
 */
export function splitText(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const paragraph of splitParagraphs(text)) {
    const joined = current ? `${current}\n\n${paragraph}` : paragraph;
    if (joined.length <= maxChars || !current) {
      current = joined;
      continue;
    }
    // Introductory prose stays with the code that follows it.
    if (isCodeParagraph(paragraph) && current.length < maxChars / 3) {
      current = joined;
      continue;
    }
    pieces.push(current);
    current = paragraph;
  }
  if (current) pieces.push(current);
  return pieces;
}
