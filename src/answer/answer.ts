import type { ApiFact } from "../api/api-fact.ts";

/**
 * The platform-neutral answer every adapter renders. Nothing here knows about Discord, Slack or
 * terminals; adapters convert it to their own formats and limits.
 */

/** A link to the place an answer comes from, best first. */
export interface Citation {
  /** Python version the cited section is about ("3.4"), or "" when the document names none. */
  version: string;
  /** Title of the cited document. */
  title: string;
  /** Heading of the cited section. */
  section: string;
  /** Address of the section (with its anchor), or of the document when no anchor is known. */
  url: string;
  /** The document's path within its corpus. */
  source: string;
}

/** One ranked search result, for paging through "more results". */
export interface Hit extends Citation {
  /** Headings from the document's top to the section. */
  headings: string[];
  /** A short extract of the section. */
  snippet: string;
  score: number;
}

/** What kind of answer this is, so adapters can choose a presentation. */
/** `unavailable`: the core could not answer this time (too slow, or too busy); asking again may work. */
export type AnswerKind =
  | "feature"
  | "release"
  | "overview"
  | "not-found"
  | "refusal"
  | "about"
  | "unavailable";

export interface Answer {
  /** The question as asked. */
  query: string;
  found: boolean;
  kind: AnswerKind;
  /** One to three sentences, naming the version first. */
  answer: string;
  /** Version the answer is about, when there is one. */
  version?: string;
  citations: Citation[];
  /** Ranked results beyond the answer itself, best first. */
  hits: Hit[];
  /** Close matches to offer when nothing was found, or the API names a bare name stands for. */
  suggestions: string[];
  /** The version fact of the API the question names (`math.isqrt` — new in 3.8), when it names one. */
  api?: ApiFact;
}

/** Says, for a question the release notes do not cover, whose question it is instead. */
export function outsideNotes(question: string, answer: string): Answer {
  return {
    query: question,
    found: false,
    kind: "not-found",
    answer,
    citations: [],
    hits: [],
    suggestions: [],
  };
}
