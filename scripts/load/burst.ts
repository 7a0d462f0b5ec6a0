/**
 * One burst of signed `/pyver` commands at a Slack app with autocannon, each with a response URL of its
 * own at the receiver, and what came of it, added to a running tally per app.
 */
import autocannon from "autocannon";
import { EVENTS_PATH } from "../../adapters/slack/app.ts";
import { sign, slashCommand } from "../../tests/e2e/slack/slack-requests.ts";
import type { AnswerReceiver } from "./answer-receiver.ts";
import { SIGNING_SECRET } from "./protocol.ts";
import { nthQuestion } from "./questions.ts";

/** Slack gives up on a command not acknowledged within 3 s; a later ack counts as an error. */
const ACK_TIMEOUT_S = 3;
/** How long answers may stop arriving, after the last ack, before the missing ones count as lost. */
const ANSWER_GRACE_MS = 15_000;

/** What an app did with the commands sent to it so far. */
export class Tally {
  /** From sending a command to its ack, ms. */
  readonly ackMs: number[] = [];
  /** From sending a command to its answer's arrival, ms. */
  readonly answerMs: number[] = [];
  /** Time from each burst's first command to its last ack, summed. */
  ackSeconds = 0;
  /** Connection errors, timeouts (no ack within 3 s) and non-2xx replies. */
  errors = 0;
  answered = 0;
  duplicates = 0;
  /** Acknowledged commands whose answer never reached their response URL. */
  lost = 0;
  /** Answers that were not a Slack message, and calls to the Web API. */
  malformed = 0;

  get acked(): number {
    return this.ackMs.length;
  }

  get acksPerSecond(): number {
    return this.acked / this.ackSeconds;
  }
}

export interface BurstOptions {
  port: number;
  receiver: AnswerReceiver;
  /** Prefix of the response URL ids, unique per burst. */
  label: string;
  count: number;
  concurrency: number;
  questions: readonly string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the commands, waits for their answers, and adds the outcome to `tally`. */
export async function burst(
  { port, receiver, label, count, concurrency, questions }: BurstOptions,
  tally: Tally,
): Promise<void> {
  receiver.reset();
  const sentAt = new Map<string, number>();
  const acked: string[] = [];
  let lastAck = 0;
  const run = autocannon({
    url: `http://127.0.0.1:${port}${EVENTS_PATH}`,
    connections: concurrency,
    amount: count,
    timeout: ACK_TIMEOUT_S,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const n = sentAt.size;
          const id = `${label}-${n}`;
          context.id = id;
          // One command per user: the per-user rate limit is about people, not about this burst.
          const { body, contentType } = slashCommand({
            text: nthQuestion(questions, n),
            responseUrl: receiver.responseUrl(id),
            userId: `U${label.toUpperCase()}${n}`,
          });
          const timestamp = Math.floor(Date.now() / 1000);
          sentAt.set(id, performance.now());
          return {
            ...request,
            body,
            headers: {
              "content-type": contentType,
              "x-slack-request-timestamp": String(timestamp),
              "x-slack-signature": sign(SIGNING_SECRET, timestamp, body),
            },
          };
        },
        onResponse: (status, _body, context) => {
          const id = context.id;
          if (status < 200 || status >= 300 || typeof id !== "string") return;
          lastAck = performance.now();
          acked.push(id);
          tally.ackMs.push(lastAck - (sentAt.get(id) ?? lastAck));
        },
      },
    ],
  });
  const started = performance.now();
  const result = await run;
  // autocannon's own duration is in whole seconds (it ends on a sampling tick); time the acks instead.
  tally.ackSeconds += (lastAck - started) / 1000;
  tally.errors += result.errors + result.non2xx;

  // Answers follow acks; wait while they keep coming, then a little more to catch any sent twice.
  let last = -1;
  let quietSince = Date.now();
  while (receiver.deliveries.answered < acked.length && Date.now() - quietSince < ANSWER_GRACE_MS) {
    const { answered } = receiver.deliveries;
    if (answered !== last) quietSince = Date.now();
    last = answered;
    await sleep(50);
  }
  await sleep(500);

  for (const id of acked) {
    const arrival = receiver.arrival(id);
    if (arrival === undefined) tally.lost += 1;
    else tally.answerMs.push(arrival - (sentAt.get(id) ?? arrival));
  }
  const deliveries = receiver.deliveries;
  tally.answered += deliveries.answered;
  tally.duplicates += deliveries.duplicates;
  tally.malformed += deliveries.malformed + deliveries.apiCalls;
}
