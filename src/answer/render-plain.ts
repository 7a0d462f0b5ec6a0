import { describeFact } from "../api/describe-fact.ts";
import type { Answer } from "./answer.ts";
import { citationLabel } from "./citation-label.ts";

/**
 * C0 and C1 controls except the line break. Text from the corpus or a question could otherwise carry
 * ESC sequences that recolour, move or clear the user's terminal, or a carriage return that hides a line.
 */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** An `Answer` as plain text for terminals: the answer, numbered citations, then suggestions. */
export function renderPlain(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.api) lines.push(`Library reference: ${describeFact(answer.api)} — ${answer.api.url}`);
  if (answer.citations.length > 0) {
    lines.push("");
    answer.citations.forEach((c, i) => {
      lines.push(`[${i + 1}] ${citationLabel(c)}${c.url ? ` — ${c.url}` : ` (${c.source})`}`);
    });
  }
  if (answer.suggestions.length > 0) lines.push("", `Did you mean: ${answer.suggestions.join(", ")}?`);
  return lines.join("\n").replace(TERMINAL_CONTROL, " ");
}
