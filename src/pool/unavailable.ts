import type { Answer } from "../answer/answer.ts";
import { truncate } from "../answer/text.ts";

/**
 * What the asker is told when the core could not answer this time, the same on every platform.
 * Neither is a verdict on the question, so both say that asking again may work.
 */
function unavailable(question: string, answer: string): Answer {
  return {
    query: truncate(question, 500),
    found: false,
    kind: "unavailable",
    answer,
    citations: [],
    hits: [],
    suggestions: [],
  };
}

/** The question ran past the time an answer may take; its worker was replaced. */
export function tookTooLong(question: string): Answer {
  return unavailable(
    question,
    "That took too long to answer, so I stopped. Try a shorter question, or ask again in a moment.",
  );
}

/** More questions are waiting than can be answered soon; a late answer would help nobody. */
export function tooBusy(question: string): Answer {
  return unavailable(question, "I'm busy right now. Please try again in a moment.");
}
