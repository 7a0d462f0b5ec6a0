import type { Logger } from "pino";
import { enforceLimit, type RateLimits } from "../rate-limit.ts";
import { loggedRequest, type RequestKind, type RequestOutcome } from "../request-log.ts";

export type Platform = "console" | "discord" | "slack";

/** What the asker is told when their answer failed, on every platform. */
export const SOMETHING_WENT_WRONG = "Something went wrong while answering. Please try again in a moment.";

/**
 * One request from one person, alike on every platform: counted against the asker's allowance
 * (one allowance per person per platform, shared by all adapters of a process), worked out and
 * delivered by the platform, and logged as one line; an error is logged and the asker told, never
 * thrown back at the platform. Each platform says only how it tells the asker things and how it replies.
 */
export interface Turn {
  platform: Platform;
  kind: RequestKind;
  query: string;
  /** The asker's id on the platform, counted for the rate limit; none for requests that ask nothing. */
  asker?: string;
  /** How the platform tells the asker to slow down; needed only with an `asker`. */
  slowDown?: (text: string) => Promise<unknown>;
  /** What a silently dropped request still needs (a Discord interaction must be acknowledged). */
  dropped?: () => Promise<unknown>;
  /** Works out and delivers the reply; what it returns is logged. */
  reply: () => Promise<RequestOutcome>;
  /** How the platform tells the asker their answer failed; by default as it tells them to slow down. */
  apologise?: (text: string) => Promise<unknown>;
  /**
   * Whether an error is one the platform expects and has dealt with itself (a reply that can no longer
   * be sent, a channel the bot may not post in): it is neither logged as a failure nor apologised for.
   */
  expected?: (error: unknown) => boolean;
}

export interface TurnContext {
  /** Where the request line goes; none for a console chat run without logs. */
  logger?: Logger;
  limiter?: RateLimits;
}

/** The key a user's questions are counted under, apart from the same id on other platforms. */
export function limitKey(platform: Platform, asker: string): string {
  return `${platform}:${asker}`;
}

/**
 * What a failure's log line keeps of the error: never the whole object, since platform errors can carry
 * request bodies with tokens and response URLs.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as Error & { code?: unknown };
  return {
    type: error.name,
    ...(code === undefined ? {} : { code }),
    message: error.message,
    stack: error.stack,
  };
}

/** Takes the turn; never rejects, so no platform needs a guard of its own. */
export async function takeTurn(context: TurnContext, turn: Turn): Promise<void> {
  try {
    await answerTurn(context, turn);
  } catch (error) {
    if (turn.expected?.(error)) return;
    context.logger?.error(
      { err: errorFields(error), adapter: turn.platform, kind: turn.kind },
      "answer failed",
    );
    try {
      await (turn.apologise ?? turn.slowDown)?.(SOMETHING_WENT_WRONG);
    } catch (noteError) {
      context.logger?.warn({ err: errorFields(noteError) }, "could not send the error note");
    }
  }
}

async function answerTurn(context: TurnContext, turn: Turn): Promise<void> {
  const work = async (): Promise<RequestOutcome> => {
    if (turn.asker !== undefined) {
      const { slowDown = async () => {} } = turn;
      const limited = await enforceLimit(context.limiter, limitKey(turn.platform, turn.asker), slowDown);
      if (limited === "dropped") await turn.dropped?.();
      if (limited) return { limited };
    }
    return turn.reply();
  };
  if (!context.logger) {
    await work();
    return;
  }
  await loggedRequest(context.logger, { adapter: turn.platform, kind: turn.kind, query: turn.query }, work);
}
