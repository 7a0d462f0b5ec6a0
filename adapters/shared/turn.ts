import type { Logger } from "pino";
import { enforceLimit, type RateLimiter } from "../rate-limit.ts";
import { loggedRequest, type RequestKind, type RequestOutcome } from "../request-log.ts";

export type Platform = "console" | "discord" | "slack";

/**
 * One request from one person, alike on every platform: counted against the asker's allowance
 * (one allowance per person per platform, shared by all adapters of a process), worked out and
 * delivered by the platform, and logged as one line. Each platform says only how it tells the asker
 * to slow down and how it replies.
 */
export interface Turn {
  platform: Platform;
  kind: RequestKind;
  query: string;
  /** The asker's id on the platform, counted for the rate limit; none for requests that ask nothing. */
  asker?: string;
  /** How the platform tells the asker to slow down. */
  slowDown: (text: string) => Promise<unknown>;
  /** What a silently dropped request still needs (a Discord interaction must be acknowledged). */
  dropped?: () => Promise<unknown>;
  /** Works out and delivers the reply; what it returns is logged. */
  reply: () => Promise<RequestOutcome>;
}

export interface TurnContext {
  /** Where the request line goes; none for a console chat run without logs. */
  logger?: Logger;
  limiter?: RateLimiter;
}

/** The key a user's questions are counted under, apart from the same id on other platforms. */
export function limitKey(platform: Platform, asker: string): string {
  return `${platform}:${asker}`;
}

export async function takeTurn(context: TurnContext, turn: Turn): Promise<void> {
  const work = async (): Promise<RequestOutcome> => {
    if (turn.asker !== undefined) {
      const limited = await enforceLimit(context.limiter, limitKey(turn.platform, turn.asker), turn.slowDown);
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
