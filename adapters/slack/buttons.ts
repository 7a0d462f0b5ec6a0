/**
 * What the "More results" and "Share in channel" buttons carry. The core is deterministic and fast, so
 * a button holds the question (not the answer) and the click asks again: values stay small, and no
 * state has to survive between the answer and the click.
 */
import { z } from "zod";
import { SLACK_LIMITS } from "./limits.ts";

export const ACTION_IDS = {
  moreResults: "pyver_more_results",
  share: "pyver_share",
  /** 👍 / 👎 on an answer; the value is the id the answer was kept under for feedback. */
  voteUp: "pyver_vote_up",
  voteDown: "pyver_vote_down",
} as const;

export interface MoreResultsValue {
  /** The question as asked. */
  q: string;
  /** The `version` the question was asked with, if any. */
  v?: string;
  /** Page of further results to show, from 0. */
  p: number;
}

export type ShareValue = Omit<MoreResultsValue, "p">;

const ShareSchema = z.object({ q: z.string(), v: z.string().optional() });
const MoreResultsSchema = ShareSchema.extend({ p: z.number().int().min(0) });

/**
 * JSON of `value`, within `SLACK_LIMITS.buttonValue`: when the question is too long (JSON escaping can
 * double it) it is cut until the whole value fits.
 */
export function encodeButtonValue(value: MoreResultsValue | ShareValue): string {
  const chars = [...value.q];
  let json = JSON.stringify(value);
  while (json.length > SLACK_LIMITS.buttonValue && chars.length > 0) {
    const over = json.length - SLACK_LIMITS.buttonValue;
    chars.splice(-Math.max(1, Math.ceil(over / 6)));
    json = JSON.stringify({ ...value, q: chars.join("") });
  }
  return json;
}

function decode<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The value of a "More results" button, or undefined when it is not one of ours. */
export function decodeMoreResults(value: string | undefined): MoreResultsValue | undefined {
  return decode(MoreResultsSchema, value);
}

/** The value of a "Share in channel" button, or undefined when it is not one of ours. */
export function decodeShare(value: string | undefined): ShareValue | undefined {
  return decode(ShareSchema, value);
}
