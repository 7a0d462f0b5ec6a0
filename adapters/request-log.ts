/**
 * One structured log line per request, the same fields from every adapter, so a single query over the
 * logs answers "how fast, how often found, from where". Only what is listed here is logged: never the
 * platform payload, which carries tokens and response URLs.
 */
import type { Logger } from "pino";
import type { Answer } from "../src/index.ts";

/** The longest query kept in a log line: enough to recognise a question, not to store a pasted essay. */
export const LOGGED_QUERY_CHARS = 80;

export type RequestKind = "command" | "mention" | "dm" | "button" | "autocomplete";

export type RequestOutcome =
  | { answer: Answer }
  | { help: true }
  | { limited: "warned" | "dropped" }
  | { results: number }
  | { failed: true };

export interface RequestLine {
  adapter: "discord" | "slack" | "console";
  kind: RequestKind;
  /** The question as typed; cut to `LOGGED_QUERY_CHARS`. */
  query: string;
  /** `performance.now()` when the request reached the adapter. */
  startedAt: number;
  outcome: RequestOutcome;
}

/** At most `LOGGED_QUERY_CHARS` characters of `query`, never splitting a surrogate pair. */
export function loggedQuery(query: string): string {
  // Two UTF-16 units per character at most, so a 100,000-character query is never split whole.
  const kept = Array.from(query.slice(0, LOGGED_QUERY_CHARS * 2))
    .slice(0, LOGGED_QUERY_CHARS)
    .join("");
  return kept.length < query.length ? `${kept}…` : kept;
}

function outcomeFields(outcome: RequestOutcome): Record<string, unknown> {
  if ("answer" in outcome) {
    return {
      found: outcome.answer.found,
      results: outcome.answer.hits.length,
      answerKind: outcome.answer.kind,
    };
  }
  if ("help" in outcome) return { found: true, results: 0, help: true };
  if ("limited" in outcome) return { found: false, results: 0, rateLimited: outcome.limited };
  if ("failed" in outcome) return { found: false, results: 0, failed: true };
  return { found: outcome.results > 0, results: outcome.results };
}

/** Writes the request's line: adapter, kind, latency, found, result count and the truncated query. */
export function logRequest(logger: Logger, line: RequestLine): void {
  logger.info(
    {
      adapter: line.adapter,
      kind: line.kind,
      latencyMs: Math.round((performance.now() - line.startedAt) * 10) / 10,
      ...outcomeFields(line.outcome),
      // A button carries no question of its own; the answer it pages through does.
      query: loggedQuery(line.query || ("answer" in line.outcome ? line.outcome.answer.query : "")),
    },
    "request",
  );
}

/**
 * Runs the work of one request and logs its line when it ends, whether it answered, was limited or
 * failed (the error itself is rethrown for the adapter's own handling).
 */
export async function loggedRequest(
  logger: Logger,
  request: Omit<RequestLine, "startedAt" | "outcome">,
  work: () => Promise<RequestOutcome>,
): Promise<void> {
  const startedAt = performance.now();
  let outcome: RequestOutcome = { failed: true };
  try {
    outcome = await work();
  } finally {
    logRequest(logger, { ...request, startedAt, outcome });
  }
}
