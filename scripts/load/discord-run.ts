/**
 * `/pyver` interactions at PyVer's Discord adapter through a local Discord (gateway and REST, the
 * project's test double, driven by the real discord.js client), one every 1/rate s, and what came of
 * each: when its first response arrived (the acknowledgement Discord wants within 3 s), whether that
 * was a deferral, and when the answer itself arrived (in the first response, or in the edit after a
 * deferral).
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import {
  callbackType,
  FakeDiscord,
  type RecordedRequest,
  sentMessage,
} from "../../tests/e2e/discord/fake-discord.ts";

export interface DiscordRun {
  workers: number;
  sent: number;
  /** Interaction created → first response, ms. */
  ackMs: number[];
  /** Interaction created → answer delivered, ms. */
  answerMs: number[];
  deferred: number;
  /** Acknowledged later than Discord's 3 s, or never. */
  late: number;
  /** Interactions whose answer never came. */
  lost: number;
  /** Errors Discord returned for interactions (10062, 40060), and warnings or errors PyVer logged. */
  errors: number;
}

const DISCORD_DEADLINE_MS = 3000;
const ANSWER_GRACE_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a request delivers an answer: a reply with content, or the edit of a deferred reply. */
function delivers(r: RecordedRequest): boolean {
  if (r.path.endsWith("/callback")) return callbackType(r) === 4;
  const message = sentMessage(r);
  return r.method === "PATCH" && (message.embeds !== undefined || message.content !== undefined);
}

export async function discordRun(options: {
  workers: number;
  count: number;
  rate: number;
  question: (n: number) => string;
}): Promise<DiscordRun> {
  const fake = await FakeDiscord.start();
  const script = fileURLToPath(new URL("./serve-discord.ts", import.meta.url));
  const child = fork(script, [fake.apiUrl, String(options.workers)], { execArgv: process.execArgv });
  const run: DiscordRun = {
    workers: options.workers,
    sent: 0,
    ackMs: [],
    answerMs: [],
    deferred: 0,
    late: 0,
    lost: 0,
    errors: 0,
  };
  try {
    const [ready] = (await once(child, "message")) as [{ type: string }];
    if (ready.type !== "ready") throw new Error("the Discord adapter did not start");
    const sentAt = new Map<string, number>();
    const acked = new Set<string>();
    const answered = new Set<string>();
    const tokenOf = (r: RecordedRequest) => [...sentAt.keys()].find((t) => r.path.includes(t));
    const stop = fake.watchRequests((r) => {
      const token = tokenOf(r);
      const sent = token === undefined ? undefined : sentAt.get(token);
      if (token === undefined || sent === undefined) return;
      const now = performance.now();
      if (!acked.has(token)) {
        acked.add(token);
        run.ackMs.push(now - sent);
        if (callbackType(r) === 5) run.deferred += 1;
      }
      if (!answered.has(token) && delivers(r)) {
        answered.add(token);
        run.answerMs.push(now - sent);
      }
    });
    const started = performance.now();
    for (let n = 0; n < options.count; n++) {
      const wait = started + (n * 1000) / options.rate - performance.now();
      if (wait > 1) await sleep(wait);
      const user = { id: String(800000000000000000n + BigInt(n)), username: `user${n}` };
      const { token } = fake.command(user, { query: options.question(n) });
      sentAt.set(token, performance.now());
      run.sent += 1;
    }
    const deadline = Date.now() + ANSWER_GRACE_MS;
    while (answered.size < run.sent && Date.now() < deadline) await sleep(50);
    stop();
    run.late = run.ackMs.filter((ms) => ms > DISCORD_DEADLINE_MS).length + (run.sent - acked.size);
    run.lost = run.sent - answered.size;
    run.errors = fake.interactionErrors.length;
  } finally {
    if (child.connected) {
      child.send({ type: "stop" });
      const [stopped] = (await once(child, "message")) as [{ type: string; errorsLogged?: number }];
      run.errors += stopped.errorsLogged ?? 0;
    }
    if (child.exitCode === null) await once(child, "exit");
    await fake.close();
  }
  return run;
}
