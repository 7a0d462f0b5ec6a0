/**
 * Posting to a command's or button's `response_url` within Slack's rules, through failures. Bolt's own
 * `respond` tries once; a 429, a 500 or a hung connection would lose the answer. Here each post is
 * retried a bounded number of times, waits as long as `Retry-After` asks (or gives up if that is
 * longer than anyone waits for a chat reply), and never uses the URL more than Slack's five times.
 */
import { httpPost, type Post, type PostResponse } from "./http-post.ts";
import { DELIVERY, SLACK_LIMITS } from "./limits.ts";

export interface DeliveryOptions {
  /** Attempts per message, the first included. */
  attempts: number;
  /** How long one attempt may take before it is abandoned and retried. */
  timeoutMs: number;
  /** Wait before the second attempt after a 5xx or timeout; doubled for each further one. */
  backoffMs: number;
  /** Longest `Retry-After` honoured; a longer one means the answer would arrive too late to matter. */
  maxRetryAfterMs: number;
}

/** Thrown when a message could not be delivered; its message names the status, never the URL. */
export class DeliveryError extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds `Retry-After` asks for (seconds, or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What to do after one attempt: done, wait this long and try again, or give up. */
type Next = { done: true } | { retryInMs: number } | { giveUp: string };

function afterResponse(response: PostResponse, backoffMs: number, options: DeliveryOptions): Next {
  if (response.ok) return { done: true };
  if (response.status === 429) {
    const wait = retryAfterMs(response.headers.get("retry-after")) ?? backoffMs;
    return wait > options.maxRetryAfterMs ? { giveUp: `429, retry after ${wait} ms` } : { retryInMs: wait };
  }
  // 4xx other than 429 (an expired or used-up URL, a malformed message) will not get better.
  if (response.status < 500) return { giveUp: String(response.status) };
  return { retryInMs: backoffMs };
}

/** One response URL. It counts its own uses, so no sequence of retries can exceed Slack's limit. */
export class ResponseUrl {
  private used = 0;

  constructor(
    private readonly url: string,
    private readonly options: DeliveryOptions = DELIVERY,
    private readonly post: Post = httpPost,
  ) {}

  get uses(): number {
    return this.used;
  }

  /** Posts `message`, retrying as allowed; rejects with `DeliveryError` when it cannot be delivered. */
  async send(message: object): Promise<void> {
    const body = JSON.stringify(message);
    let backoff = this.options.backoffMs;
    let lastFailure = "";
    for (let attempt = 1; ; attempt += 1) {
      if (this.used >= SLACK_LIMITS.responseUrlUses) throw new DeliveryError("response_url used up");
      this.used += 1;
      let next: Next;
      try {
        const response = await this.post(this.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          timeoutMs: this.options.timeoutMs,
        });
        // The body is not needed, but reading it frees the connection for the next attempt.
        await response.arrayBuffer().catch(() => {});
        next = afterResponse(response, backoff, this.options);
        lastFailure = String(response.status);
      } catch (error) {
        // A timeout or a reset: Slack may or may not have the message, but a lost answer is worse.
        next = { retryInMs: backoff };
        lastFailure = error instanceof Error ? error.name : "network error";
      }
      if ("done" in next) return;
      if ("giveUp" in next) throw new DeliveryError(`response_url refused the message (${next.giveUp})`);
      if (attempt >= this.options.attempts) {
        throw new DeliveryError(`response_url failed after ${attempt} attempts (last: ${lastFailure})`);
      }
      await sleep(next.retryInMs);
      backoff *= 2;
    }
  }
}
