/**
 * The feedback report as Markdown: the questions most often answered "not found", and the answers
 * most often voted down, over the last days.
 */
import type { StoredAsk, StoredVote } from "./feedback-log.ts";

export interface ReportOptions {
  days: number;
  /** Rows per table. Default 20. */
  top?: number;
  now?: Date;
}

/** Questions compared as people would: case, spacing and trailing punctuation aside. */
function normalized(question: string): string {
  return question
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[?!.\s]+$/, "")
    .trim();
}

/** A table cell: one line, no pipes to break the table. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 120);
}

export function feedbackReport(asks: StoredAsk[], votes: StoredVote[], options: ReportOptions): string {
  const top = options.top ?? 20;
  const lines = [`# PyVer feedback, last ${options.days} days`, ""];

  const unanswered = new Map<string, { question: string; count: number; platforms: Set<string> }>();
  for (const ask of asks) {
    if (ask.found) continue;
    const key = normalized(ask.question);
    const row = unanswered.get(key) ?? { question: ask.question, count: 0, platforms: new Set<string>() };
    row.count++;
    row.platforms.add(ask.platform);
    unanswered.set(key, row);
  }
  lines.push("## Most asked questions it could not answer", "");
  const asked = [...unanswered.values()].sort((a, b) => b.count - a.count).slice(0, top);
  if (asked.length === 0) lines.push("None.");
  else {
    lines.push("| times | question | platforms |", "|---:|---|---|");
    for (const row of asked)
      lines.push(`| ${row.count} | ${cell(row.question)} | ${[...row.platforms].sort().join(", ")} |`);
  }

  const byAsk = new Map(asks.map((a) => [a.id, a]));
  const tally = new Map<string, { question: string; citation: string; down: number; up: number }>();
  for (const vote of votes) {
    const ask = byAsk.get(vote.askId);
    if (!ask) continue;
    const key = `${normalized(ask.question)}\u0000${ask.firstCitation ?? ""}`;
    const row = tally.get(key) ?? {
      question: ask.question,
      citation: ask.firstCitation ?? "—",
      down: 0,
      up: 0,
    };
    if (vote.up) row.up++;
    else row.down++;
    tally.set(key, row);
  }
  lines.push("", "## Most down-voted answers", "");
  const down = [...tally.values()]
    .filter((r) => r.down > 0)
    .sort((a, b) => b.down - a.down || a.up - b.up)
    .slice(0, top);
  if (down.length === 0) lines.push("None.");
  else {
    lines.push("| 👎 | 👍 | question | first citation |", "|---:|---:|---|---|");
    for (const row of down)
      lines.push(`| ${row.down} | ${row.up} | ${cell(row.question)} | ${cell(row.citation)} |`);
  }
  const votesUp = votes.filter((v) => v.up).length;
  lines.push(
    "",
    `${asks.length} answers shown, ${asks.filter((a) => !a.found).length} not found; ${votesUp} 👍 and ${votes.length - votesUp} 👎.`,
  );
  return `${lines.join("\n")}\n`;
}
