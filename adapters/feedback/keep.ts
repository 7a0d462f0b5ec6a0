/**
 * Keeping answers and votes without ever holding an answer up: a failing store costs the feedback,
 * never the reply, and says so once in the log.
 */
import type { Logger } from "pino";
import type { Answer } from "../../src/index.ts";
import { errorFields } from "../shared/turn.ts";
import type { FeedbackLog, FeedbackPlatform } from "./feedback-log.ts";

/** What the voter is told, on every platform. */
export const THANKS_FOR_FEEDBACK = "Thanks for the feedback.";

export interface Asker {
  platform: FeedbackPlatform;
  workspace: string;
  user: string;
}

let warned = false;

function warnOnce(logger: Logger, error: unknown): void {
  if (warned) return;
  warned = true;
  logger.warn({ err: errorFields(error) }, "feedback could not be kept; answers go on without it");
}

/** Keeps an answer as shown; the id for its vote buttons, or none when feedback is off or failed. */
export async function keepAnswer(
  log: FeedbackLog | undefined,
  asker: Asker,
  answer: Answer,
  logger: Logger,
): Promise<string | undefined> {
  if (!log) return undefined;
  try {
    return await log.asked({
      ...asker,
      question: answer.query,
      found: answer.found,
      ...(answer.citations[0]?.url ? { firstCitation: answer.citations[0].url } : {}),
    });
  } catch (error) {
    warnOnce(logger, error);
    return undefined;
  }
}

export async function keepVote(
  log: FeedbackLog | undefined,
  vote: { id: string; up: boolean } & Omit<Asker, "workspace">,
  logger: Logger,
): Promise<void> {
  try {
    await log?.vote(vote.id, vote.user, vote.up, vote.platform);
  } catch (error) {
    warnOnce(logger, error);
  }
}
