/**
 * Web-page clutter that copies of blog posts carry: navigation, newsletter boxes, share bars,
 * photo credits, post metadata and lists of related posts. None of it is about Python releases.
 */

import { isCodeParagraph } from "./paragraphs.ts";

const CLUTTER_LINE: RegExp[] = [
  /^type something to search/i,
  /^(skip to (main )?content|toggle navigation|menu|search|home)$/i,
  /^series:/i,
  /^(photo|image|header image|cover image) (by|credit|courtesy)\b/i,
  /\b(unsubscribe|subscribe to|sign up for|newsletter|delivered .* to your inbox|join thousands of)\b/i,
  /^no spam\b/i,
  /^(share|share this|tweet|follow us|like this)( on .*)?:?$/i,
  /^(read more|continue reading)(\.\.\.|…)?$/i,
  /^(sources?|references?|tags?|categories|filed under):?$/i,
  /^\d{1,2} [a-z]{3} \d{4} at \d{1,2}:\d{2}\s*[ap]m\b/i,
  /^(posted|published) (on|in|by)\b/i,
  /^this is the \d+\w* of the \d+ articles\b/i,
  /^(copyright|©)/i,
  /^(previous|next) (post|article)\b/i,
  /^[\s|·•\u2000-\u200b]+$/,
];

/** Headings after which a page holds only links to other articles. */
const TRAILER_HEADING =
  /^(related (posts|articles|stories)|you (may|might) also like|more (from|stories)|recent posts|popular posts|read next|latest (posts|articles))\b/i;

export function isClutterLine(line: string): boolean {
  const t = line.trim();
  return t !== "" && CLUTTER_LINE.some((re) => re.test(t));
}

export function isTrailerHeading(heading: string): boolean {
  return TRAILER_HEADING.test(heading.trim());
}

/**
 * A lone short lower-case phrase with no punctuation ("green python two 34") is an image's alt
 * text left behind by the copy, not prose.
 */
export function isStrayCaption(paragraph: string): boolean {
  const t = paragraph.trim();
  return (
    /^[a-z0-9 ]+$/.test(t) && t.split(/\s+/).length <= 6 && !/^(import|from|def|class|pip|python)\b/.test(t)
  );
}

/**
 * Drops clutter lines from a paragraph. Code is never touched: `bus.unsubscribe(handler)` is a
 * line of an example, not a newsletter box.
 */
export function dropClutterLines(paragraph: string): string {
  if (isCodeParagraph(paragraph)) return paragraph;
  let fence: string | undefined;
  const lines = paragraph.split("\n");
  const kept = lines.filter((line, i) => {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (fence) {
      if (marker === fence) fence = undefined;
      return true;
    }
    fence = marker;
    return marker !== undefined || !isClutterLine(line) || runsOn(line, lines[i + 1]);
  });
  return kept.join("\n").trim();
}

/**
 * A line whose sentence goes on into the next one is wrapped prose: "tools subscribe to" ending a line
 * before "execution events such as …" is part of a sentence, not a newsletter box.
 */
function runsOn(line: string, next: string | undefined): boolean {
  return next !== undefined && !/[.!?:;]\s*$/.test(line) && /^\s*[a-z`(]/.test(next);
}

/** Drops clutter lines and stray captions from a paragraph; returns "" when nothing of substance is left. */
export function stripClutter(paragraph: string): string {
  const text = dropClutterLines(paragraph);
  return isStrayCaption(text) ? "" : text;
}
