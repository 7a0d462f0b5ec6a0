import { formatDate } from "../documents/dates.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { publicWhatsNewUrl } from "../update/release-cycle.ts";
import type { Answer } from "./answer.ts";

/** Where every release's What's New page is listed. */
const WHATS_NEW_INDEX = "https://docs.python.org/3/whatsnew/index.html";

/** What the notes cover: the releases answered from, and when they were last brought up to date. */
export interface Coverage {
  first?: string;
  last?: string;
  /** Releases whose notes come from the docs site before their release date. */
  inDevelopment: string[];
  /** Last successful update of the downloaded notes (ISO timestamp); none for the built-in corpus alone. */
  updated?: string;
}

/** ", updated December 4, 2026", or nothing when the date is not known. */
export function updatedPhrase(c: Coverage): string {
  return c.updated ? `, updated ${formatDate(c.updated.slice(0, 10))}` : "";
}

/** "Python 3.0–3.15 (3.16 in development), updated December 4, 2026" */
export function coverageLabel(c: Coverage): string {
  const range =
    c.first && c.last
      ? c.first === c.last
        ? `Python ${c.first}`
        : `Python ${c.first}–${c.last}`
      : "no releases";
  const dev = c.inDevelopment.length > 0 ? ` (${c.inDevelopment.join(", ")} in development)` : "";
  return `${range}${dev}${updatedPhrase(c)}`;
}

/** `/pyver about`: what the notes cover and when they were last updated. */
export function aboutSentence(c: Coverage): string {
  return `PyVer answers from the official What's New notes of ${coverageLabel(c)}, with links to the exact section.`;
}

/**
 * A release newer than the notes: say so, and link the official page in the text — never "found
 * nothing in the 3.15 notes", which reads as if the notes were there.
 */
export function beyondNotesAnswer(query: ParsedQuery, version: string, c: Coverage): Answer {
  const range = c.first && c.last ? `${c.first}–${c.last}` : "no release";
  return {
    query: query.raw,
    found: false,
    kind: "not-found",
    answer: `Python ${version} isn't in my notes yet (they cover ${range}${updatedPhrase(c)}). The official notes: ${publicWhatsNewUrl(version)}`,
    version,
    citations: [],
    hits: [],
    suggestions: [],
  };
}

/** `about` and `help`: what PyVer answers from, when that was updated, and how to ask. */
export function aboutAnswer(raw: string, c: Coverage): Answer {
  return {
    query: raw,
    found: true,
    kind: "about",
    answer: `${aboutSentence(c)} Ask about a feature, module or release — “pathlib”, “walrus operator”, “what's new in 3.12”, “is 3.8 still supported” — or paste an error or code.`,
    citations: [
      {
        version: c.last ?? "",
        title: "What's New in Python",
        section: "Every release's What's New",
        url: WHATS_NEW_INDEX,
        source: "docs.python.org",
      },
    ],
    hits: [],
    suggestions: [],
  };
}
