/**
 * Signed `/pyver` commands at a Slack app, each with a response URL of its own at the receiver, and
 * what came of them, added to a running tally per app: a burst (as fast as `concurrency` connections
 * allow, with autocannon) or a paced run (one command every 1/rate s, on a schedule that does not wait
 * for answers, as users would send them).
 */
import { Agent, request } from "node:http";
import autocannon from "autocannon";
import { EVENTS_PATH } from "../../adapters/slack/app.ts";
import { sign, slashCommand } from "../../tests/e2e/slack/slack-requests.ts";
import type { AnswerReceiver } from "./answer-receiver.ts";
import { SIGNING_SECRET } from "./protocol.ts";

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
  /** The `n`th command's question. */
  question: (n: number) => string;
}

/** A signed slash command from its own user (the per-user rate limit is about people, not this run). */
function signedCommand(question: string, responseUrl: string, user: string) {
  const { body, contentType } = slashCommand({ text: question, responseUrl, userId: user });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": sign(SIGNING_SECRET, timestamp, body),
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the commands, waits for their answers, and adds the outcome to `tally`. */
export async function burst(
  { port, receiver, label, count, concurrency, question }: BurstOptions,
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
          const command = signedCommand(question(n), receiver.responseUrl(id), `U${label.toUpperCase()}${n}`);
          sentAt.set(id, performance.now());
          return { ...request, ...command };
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
  await collectAnswers(receiver, acked, sentAt, tally);
}

export interface PacedOptions extends Omit<BurstOptions, "concurrency"> {
  /** Commands per second. */
  rate: number;
}

/**
 * Sends `count` commands at `rate` a second, each when its time comes whether or not earlier ones
 * were answered, over kept-alive connections; waits for their answers; adds the outcome to `tally`.
 */
export async function paced(
  { port, receiver, label, count, rate, question }: PacedOptions,
  tally: Tally,
): Promise<void> {
  receiver.reset();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const sentAt = new Map<string, number>();
  const acked: string[] = [];
  const pending: Promise<void>[] = [];
  const send = (n: number): Promise<void> => {
    const id = `${label}-${n}`;
    const command = signedCommand(question(n), receiver.responseUrl(id), `U${label.toUpperCase()}${n}`);
    const start = performance.now();
    sentAt.set(id, start);
    return new Promise<void>((resolve) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: EVENTS_PATH,
          method: "POST",
          agent,
          headers: command.headers,
          timeout: ACK_TIMEOUT_S * 1000,
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              acked.push(id);
              tally.ackMs.push(performance.now() - start);
            } else tally.errors += 1;
            resolve();
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("ack timeout")));
      req.on("error", () => {
        tally.errors += 1;
        resolve();
      });
      req.end(command.body);
    });
  };
  const started = performance.now();
  for (let n = 0; n < count; n++) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(send(n));
  }
  await Promise.all(pending);
  tally.ackSeconds += (performance.now() - started) / 1000;
  agent.destroy();
  await collectAnswers(receiver, acked, sentAt, tally);
}

/** Waits for the answers to the acked commands, then adds what arrived (and what did not) to `tally`. */
async function collectAnswers(
  receiver: AnswerReceiver,
  acked: readonly string[],
  sentAt: ReadonlyMap<string, number>,
  tally: Tally,
): Promise<void> {
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
