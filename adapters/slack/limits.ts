/**
 * Slack's Block Kit limits, and the presentation choices derived from them, in one table so every
 * truncation in the renderer cites a named limit instead of a magic number.
 * Source: https://docs.slack.dev/reference/block-kit/blocks and …/block-elements/button-element
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** `text` of a section block. */
  sectionText: 3000,
  /** Elements in a context block. */
  contextElements: 10,
  /** Any one text object, such as a context element. */
  textObject: 3000,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Plain-text label of a button. */
  buttonText: 75,
  /** `value` a button carries back to us. */
  buttonValue: 2000,
  /** Roughly where Slack starts to reject or cut a whole message's text (blocks plus fallback). */
  messageText: 12_000,
  /** Posts one `response_url` accepts (it also expires after 30 minutes). */
  responseUrlUses: 5,
  /** Slack gives up on a request it has not seen acknowledged within this long ("operation_timeout"). */
  ackDeadlineMs: 3000,
} as const;

/** How PyVer chooses to present within those limits. */
export const PRESENTATION = {
  /** Total text PyVer puts in one message: two thirds of Slack's ceiling, so escaping and Slack's own
   * accounting never push a message over it. */
  messageBudget: Math.floor((SLACK_LIMITS.messageText * 2) / 3),
  /** The notification (`text`) fallback: the answer, no longer than a section. */
  fallbackText: SLACK_LIMITS.sectionText,
  /** Citations shown under an answer: one context element each. */
  citations: SLACK_LIMITS.contextElements,
  /** Longest link label ("Python 3.4 › pathlib (PEP 428)"); longer headings are cut. */
  linkLabel: 120,
  /** Longest URL linked; a longer one is not a docs.python.org address and is shown as text only. */
  linkUrl: 1000,
  /** The user's question when quoted back ("More results for …", "Asked by … "). */
  quotedQuery: 200,
  /** Results per "More results" page; each is one section block. */
  resultsPerPage: 5,
} as const;

/** How PyVer talks to Slack over HTTP: what it accepts, and how it retries what it sends. */
export const DELIVERY = {
  /** Attempts per reply, the first included: a reply is worth retrying, not worth waiting minutes for. */
  attempts: 3,
  /** One attempt's time limit; longer than Slack's usual answer by far, short of the user giving up. */
  timeoutMs: 5000,
  /** First wait after a 5xx or a timeout, doubled for each further attempt. */
  backoffMs: 500,
  /** Longest `Retry-After` honoured; beyond it the answer would come too late to be read. */
  maxRetryAfterMs: 10_000,
} as const;

/** Largest request body accepted at `/slack/events`; Slack's payloads are a few KiB. */
export const MAX_REQUEST_BYTES = 64 * 1024;
