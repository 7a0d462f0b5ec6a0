import { describeFact } from "../api/describe-fact.ts";
import type { Answer } from "./answer.ts";

/** An `Answer` as plain text for terminals: the answer, numbered citations, then suggestions. */
export function renderPlain(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.api) lines.push(`Library reference: ${describeFact(answer.api)} — ${answer.api.url}`);
  if (answer.citations.length > 0) {
    lines.push("");
    answer.citations.forEach((c, i) => {
      const where = [c.version ? `Python ${c.version}` : c.title, c.section].filter(Boolean).join(" › ");
      lines.push(`[${i + 1}] ${where}${c.url ? ` — ${c.url}` : ` (${c.source})`}`);
    });
  }
  if (answer.suggestions.length > 0) lines.push("", `Did you mean: ${answer.suggestions.join(", ")}?`);
  return lines.join("\n");
}
