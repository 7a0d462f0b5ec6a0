import type { Answer } from "../answer/answer.ts";
import type { EvalCase } from "./score.ts";

/** An evaluation line about an API rather than a release-notes section. */
export interface ApiEvalCase extends EvalCase {
  /** The version `Answer.api.addedIn` must name. */
  api?: string;
  /** For "can I use X on 3.7?": the verdict `Answer.api.target.available` must give. */
  available?: boolean;
  /** A bare name that stands for APIs of different releases: the answer lists them, no `api`. */
  ambiguous?: boolean;
  /** Must not be taken for an API question: no `api` on the answer. */
  noApi?: boolean;
}

export function isApiCase(c: EvalCase): c is ApiEvalCase {
  return "api" in c || "ambiguous" in c || "noApi" in c;
}

/** What went wrong with one API case, or undefined when the answer is right. */
export function apiMiss(c: ApiEvalCase, answer: Answer): string | undefined {
  const api = answer.api;
  if (c.noApi) return api ? `took it for ${api.name}` : undefined;
  if (c.ambiguous) {
    return !api && answer.found && answer.suggestions.length > 1
      ? undefined
      : `guessed ${api?.name ?? "nothing"}`;
  }
  if (!api) return "no api";
  if (api.addedIn !== c.api) return `${api.name} addedIn ${api.addedIn}`;
  if (c.available !== undefined && api.target?.available !== c.available) {
    return `${api.name} available ${String(api.target?.available)}`;
  }
  return undefined;
}
