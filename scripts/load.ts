/**
 * npm run load — PyVer's Slack adapter under signed slash commands, beside a bare Bolt app, with the
 * core on 1 worker thread and on the default (the machine's cores); then the core's own throughput on
 * worker threads and its memory in-process. Prints Markdown tables; exits 1 when a target is missed.
 *
 *   npm run load [-- --commands=10000 --concurrency=50 --warmup=10000 --rounds=5 --paced=4000
 *                    --rate=400 --worst-every=10 --workers=1,2 --questions=100000 --pool-questions=20000
 *                    --discord=400 --discord-rate=100 --replica-commands=10000]
 *
 * Each Slack app runs in HTTP mode on 127.0.0.1, in a process of its own, with signature checks on, and
 * answers through a response URL at a local receiver that counts answers per command. Two kinds of run:
 * a burst (autocannon, `--concurrency` connections, as fast as acks come back) and a paced run (one
 * command every 1/`--rate` s, as users send them, whether or not earlier ones were answered). Every
 * `--worst-every`th command is a worst case for the core: sixty random seven-letter words, new each
 * time. The bare app (ack, then `respond` with a fixed string) is the yardstick: the load generator
 * shares this machine, so PyVer's acks are judged against it, measured in the same run. The Discord
 * run sends `/pyver` interactions at `--discord-rate` a second through a local gateway and REST API
 * to the real discord.js client, and times the first response and the answer. Last, two replicas of
 * PyVer behind a round-robin balancer share one database (scripts/load/replicas.ts).
 * LOAD_CPU_PROF=<dir> writes a CPU profile of each child process there.
 */
import { availableParallelism } from "node:os";
import { AnswerReceiver } from "./load/answer-receiver.ts";
import { burst, paced, Tally } from "./load/burst.ts";
import { runCore, runPool, SlackAppProcess } from "./load/children.ts";
import { type DiscordRun, discordRun } from "./load/discord-run.ts";
import type { AppKind, CoreReport, Memory, PoolReport } from "./load/protocol.ts";
import { evalQuestions, mixedQuestion } from "./load/questions.ts";
import { type ReplicaRun, replicaRun } from "./load/replicas.ts";

const TARGETS = {
  /** PyVer's acks per second in a burst, as a share of the bare app's. */
  minAckRatio: 0.9,
  /** Paced: PyVer's ack p99 as a multiple of the bare app's in the same run. */
  maxPacedAckP99Ratio: 1.2,
  /** Paced: command sent → answer delivered, p99. */
  maxPacedAnswerP99Ms: 500,
  /** Discord: interaction created → answer delivered, p99. */
  maxDiscordAnswerP99Ms: 500,
  /** Answers per second with 2 workers, as a multiple of 1 worker's. */
  minTwoWorkerSpeedup: 1.6,
  /** Growth of the Slack app's resident memory across the measured run. */
  maxRssGrowthMb: 50,
  /** Growth of the core's heap across the in-process run, after collection. */
  maxHeapGrowthMb: 5,
};

function option(name: string, fallback: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const COMMANDS = option("commands", 10_000);
const CONCURRENCY = option("concurrency", 50);
/**
 * Commands sent first and not measured: the JIT compiles the hot paths, and V8 and the allocator size
 * the heap for the burst, so that memory growth across the measured commands is what the app keeps,
 * not what any process grows to under load (a bare Bolt app grows some 60 MB RSS in its first burst).
 */
const WARMUP = option("warmup", COMMANDS);
/**
 * The measured commands go in rounds, the two apps taking turns, so that whatever else runs on this
 * machine slows both alike rather than whichever app it happens to coincide with.
 */
const ROUNDS = option("rounds", 5);
const QUESTIONS = option("questions", 100_000);
const PACED = option("paced", 4_000);
const RATE = option("rate", 400);
const POOL_QUESTIONS = option("pool-questions", 20_000);
const DISCORD = option("discord", 400);
const DISCORD_RATE = option("discord-rate", 100);
const REPLICA_COMMANDS = option("replica-commands", 10_000);
const WORST_EVERY = (() => {
  const raw = process.argv.find((a) => a.startsWith("--worst-every="))?.split("=")[1];
  const value = raw === undefined ? 10 : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error("--worst-every must be 0 or more");
  return value;
})();
const WORKERS = (
  process.argv.find((a) => a.startsWith("--workers="))?.split("=")[1] ?? `1,${availableParallelism()}`
)
  .split(",")
  .map(Number)
  .filter((n, i, all) => Number.isInteger(n) && n >= 0 && all.indexOf(n) === i);

const mb = (bytes: number) => bytes / 2 ** 20;
const signed = (n: number, digits = 1) => `${n >= 0 ? "+" : ""}${n.toFixed(digits)}`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface SlackRun {
  kind: AppKind;
  /** PyVer's answer workers (0: the main thread); the bare app has none. */
  workers: number;
  tally: Tally;
  paced: Tally;
  workerHeapBytes: number[];
  atStart: Memory;
  before: Memory;
  after: Memory;
  peakRssBytes: number;
  errorsLogged: number;
}

/** Both Slack apps: warmed up, then measured in alternating rounds, as a burst and paced. */
async function measureSlack(receiver: AnswerReceiver, workers: number): Promise<SlackRun[]> {
  const apps = [
    await SlackAppProcess.start("bare", receiver.apiUrl),
    await SlackAppProcess.start("pyver", receiver.apiUrl, workers),
  ];
  const question = mixedQuestion(evalQuestions(), WORST_EVERY);
  try {
    const measureAll = () => Promise.all(apps.map((app) => app.measure()));
    const atStart = await measureAll();
    const common = { receiver, concurrency: CONCURRENCY, question };
    for (const app of apps) {
      await burst({ ...common, port: app.port, label: `${app.kind}w${workers}`, count: WARMUP }, new Tally());
    }
    const before = await measureAll();
    const tallies = apps.map(() => new Tally());
    for (let round = 0; round < ROUNDS; round++) {
      const count =
        round < ROUNDS - 1 ? Math.floor(COMMANDS / ROUNDS) : COMMANDS - round * Math.floor(COMMANDS / ROUNDS);
      // Who goes first alternates too, so neither always follows the other's answers draining.
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const app = apps[i]!;
        await burst(
          { ...common, port: app.port, label: `${app.kind}${workers}r${round}`, count },
          tallies[i]!,
        );
      }
      process.stdout.write(
        `workers ${workers}, burst round ${round + 1}/${ROUNDS}: ${apps.map((a, i) => `${a.kind} ${tallies[i]!.acked} acked`).join(", ")}\n`,
      );
    }
    const after = await measureAll();
    const pacedTallies = apps.map(() => new Tally());
    for (const [i, app] of apps.entries()) {
      await paced(
        { receiver, question, port: app.port, label: `${app.kind}${workers}p`, count: PACED, rate: RATE },
        pacedTallies[i]!,
      );
      process.stdout.write(
        `workers ${workers}, paced at ${RATE}/s: ${app.kind} ${pacedTallies[i]!.acked} acked\n`,
      );
    }
    return apps.map((app, i) => ({
      kind: app.kind,
      workers: app.kind === "pyver" ? workers : 0,
      tally: tallies[i]!,
      paced: pacedTallies[i]!,
      workerHeapBytes: after[i]!.workerHeapBytes,
      atStart: atStart[i]!,
      before: before[i]!,
      after: after[i]!,
      peakRssBytes: after[i]!.peakRssBytes,
      errorsLogged: after[i]!.errorsLogged,
    }));
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
  }
}

const p = (values: readonly number[], q: number) => percentile(values, q).toFixed(0);
const name = (run: SlackRun) =>
  run.kind === "pyver"
    ? `PyVer, ${run.workers ? `${run.workers} worker${run.workers > 1 ? "s" : ""}` : "main thread"}`
    : "bare Bolt app";

function slackRow(run: SlackRun): string {
  const { tally } = run;
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  return [
    name(run),
    `${tally.acksPerSecond.toFixed(0)}/s`,
    `${percentile(tally.ackMs, 50).toFixed(0)} / ${percentile(tally.ackMs, 99).toFixed(0)} ms`,
    String(tally.errors + run.errorsLogged),
    `${tally.answered} / ${tally.acked} (${tally.lost} lost, ${tally.duplicates} twice)`,
    `${seconds(percentile(tally.answerMs, 50))} / ${seconds(percentile(tally.answerMs, 99))} s`,
    `${mb(run.atStart.rssBytes).toFixed(0)} MB`,
    `${mb(run.before.rssBytes).toFixed(0)} → ${mb(run.after.rssBytes).toFixed(0)} MB ` +
      `(${signed(mb(run.after.rssBytes - run.before.rssBytes))})`,
    `${mb(run.before.heapUsedBytes).toFixed(0)} → ${mb(run.after.heapUsedBytes).toFixed(0)} MB`,
    `${mb(run.peakRssBytes).toFixed(0)} MB`,
    run.workerHeapBytes.length ? `${run.workerHeapBytes.map((b) => mb(b).toFixed(0)).join(", ")} MB` : "—",
  ].join(" | ");
}

function pacedRow(run: SlackRun): string {
  const t = run.paced;
  return [
    name(run),
    `${p(t.ackMs, 50)} / ${p(t.ackMs, 99)} ms`,
    `${p(t.answerMs, 50)} / ${p(t.answerMs, 99)} ms`,
    String(t.errors),
    `${t.answered} / ${t.acked} (${t.lost} lost, ${t.duplicates} twice)`,
  ].join(" | ");
}

/** Prints the tables and the targets met or missed; true when all are met. */
function report(runs: SlackRun[][], discord: DiscordRun[], core: CoreReport, pools: PoolReport[]): boolean {
  const checks: [string, boolean][] = [];
  for (const d of discord) {
    const who = `Discord, ${d.workers} worker${d.workers === 1 ? "" : "s"}`;
    const answerP99 = percentile(d.answerMs, 99);
    checks.push(
      [`${who}: every interaction acknowledged within 3 s (${d.late} late or never)`, d.late === 0],
      [`${who}: every answer delivered (${d.lost} lost), no errors (${d.errors})`, d.lost + d.errors === 0],
      [
        `${who}: answer p99 ${answerP99.toFixed(0)} ms ≤ ${TARGETS.maxDiscordAnswerP99Ms} ms`,
        answerP99 <= TARGETS.maxDiscordAnswerP99Ms,
      ],
    );
  }
  for (const [bare, pyver] of runs as [SlackRun, SlackRun][]) {
    for (const run of [bare, pyver]) {
      const { tally, paced: pacedTally, errorsLogged } = run;
      const all = tally.errors + pacedTally.errors + errorsLogged;
      checks.push(
        [
          `${name(run)}: no errors (${tally.errors + pacedTally.errors} at the client, ${errorsLogged} logged)`,
          all === 0,
        ],
        [
          `${name(run)}: every command acked (${tally.acked} / ${COMMANDS} burst, ${pacedTally.acked} / ${PACED} paced)`,
          tally.acked === COMMANDS && pacedTally.acked === PACED,
        ],
        [
          `${name(run)}: every answer delivered exactly once (${tally.lost + pacedTally.lost} lost, ` +
            `${tally.duplicates + pacedTally.duplicates} twice, ${tally.malformed + pacedTally.malformed} malformed)`,
          tally.lost +
            tally.duplicates +
            tally.malformed +
            pacedTally.lost +
            pacedTally.duplicates +
            pacedTally.malformed ===
            0,
        ],
      );
    }
    const ratio = pyver.tally.acksPerSecond / bare.tally.acksPerSecond;
    const ackP99Ratio = percentile(pyver.paced.ackMs, 99) / percentile(bare.paced.ackMs, 99);
    const answerP99 = percentile(pyver.paced.answerMs, 99);
    const rssGrowth = mb(pyver.after.rssBytes - pyver.before.rssBytes);
    checks.push(
      [
        `${name(pyver)}: burst ack rate ÷ bare ${ratio.toFixed(2)} ≥ ${TARGETS.minAckRatio}`,
        ratio >= TARGETS.minAckRatio,
      ],
      [
        `${name(pyver)}: paced ack p99 ÷ bare ${ackP99Ratio.toFixed(2)} ≤ ${TARGETS.maxPacedAckP99Ratio}`,
        ackP99Ratio <= TARGETS.maxPacedAckP99Ratio,
      ],
      [
        `${name(pyver)}: paced answer p99 ${answerP99.toFixed(0)} ms ≤ ${TARGETS.maxPacedAnswerP99Ms} ms`,
        answerP99 <= TARGETS.maxPacedAnswerP99Ms,
      ],
      [
        `${name(pyver)}: RSS growth ${signed(rssGrowth)} MB < ${TARGETS.maxRssGrowthMb} MB`,
        rssGrowth < TARGETS.maxRssGrowthMb,
      ],
    );
  }
  const heapGrowth = mb(core.after.heapUsedBytes - core.before.heapUsedBytes);
  checks.push([
    `core heap growth ${signed(heapGrowth)} MB < ${TARGETS.maxHeapGrowthMb} MB`,
    heapGrowth < TARGETS.maxHeapGrowthMb,
  ]);
  const rate = (r: PoolReport) => r.answered / r.seconds;
  const one = pools.find((r) => r.workers === 1);
  const two = pools.find((r) => r.workers === 2);
  if (one && two) {
    const speedup = rate(two) / rate(one);
    checks.push([
      `2 workers answer ${speedup.toFixed(2)}× as many questions a second as 1 (≥ ${TARGETS.minTwoWorkerSpeedup})`,
      speedup >= TARGETS.minTwoWorkerSpeedup,
    ]);
  }

  const perQuestion = (core.seconds * 1000) / core.questions;
  const worst = WORST_EVERY
    ? `every ${WORST_EVERY}th a worst case (sixty new random words)`
    : "no worst cases";
  const lines = [
    "",
    `Slack HTTP mode, signed \`/pyver\` commands, ${worst}.`,
    "",
    `Burst: ${COMMANDS.toLocaleString("en")} commands per app at concurrency ${CONCURRENCY}, in ${ROUNDS} ` +
      `alternating rounds, after ${WARMUP.toLocaleString("en")} unmeasured; memory after 2 s idle and a forced GC.`,
    "",
    "| App | Acks | Ack p50 / p99 | Errors | Answers delivered / acked | Answer p50 / p99 | RSS at start " +
      "| RSS before → after | Heap before → after | Peak RSS | Heap per worker |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...runs.flat().map((run) => `| ${slackRow(run)} |`),
    "",
    `Paced: ${PACED.toLocaleString("en")} commands per app at ${RATE}/s (command sent → ack, → answer delivered).`,
    "",
    "| App | Ack p50 / p99 | Answer p50 / p99 | Errors | Answers delivered / acked |",
    "| --- | --- | --- | --- | --- |",
    ...runs.flat().map((run) => `| ${pacedRow(run)} |`),
    "",
    `Discord: ${DISCORD} \`/pyver\` interactions at ${DISCORD_RATE}/s through a local gateway, ${worst} ` +
      "(interaction created → first response, → answer delivered).",
    "",
    "| Workers | First response p50 / p99 / max | Answer p50 / p99 | Deferred | Late (> 3 s) | Lost | Errors |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...discord.map(
      (d) =>
        `| ${d.workers} | ${p(d.ackMs, 50)} / ${p(d.ackMs, 99)} / ${p(d.ackMs, 100)} ms | ` +
        `${p(d.answerMs, 50)} / ${p(d.answerMs, 99)} ms | ${d.deferred} | ${d.late} | ${d.lost} | ${d.errors} |`,
    ),
    "",
    `Core on worker threads, no load generator: ${POOL_QUESTIONS.toLocaleString("en")} questions, ${worst}.`,
    "",
    "| Workers | Answers / s | Per answer | Heap per worker |",
    "| --- | --- | --- | --- |",
    ...pools.map(
      (r) =>
        `| ${r.workers} | ${rate(r).toFixed(0)} | ${((r.seconds * 1000) / r.answered).toFixed(2)} ms | ` +
        `${r.heapBytes.map((b) => mb(b).toFixed(0)).join(", ")} MB |`,
    ),
    "",
    "| Core, in-process | Questions | Time | Per question | Heap after GC, before → after | RSS before → after |",
    "| --- | --- | --- | --- | --- | --- |",
    `| \`PyVer.ask\` | ${core.questions.toLocaleString("en")} | ${core.seconds.toFixed(1)} s | ` +
      `${perQuestion.toFixed(2)} ms | ${mb(core.before.heapUsedBytes).toFixed(1)} → ` +
      `${mb(core.after.heapUsedBytes).toFixed(1)} MB (${signed(heapGrowth, 2)}) | ` +
      `${mb(core.before.rssBytes).toFixed(0)} → ${mb(core.after.rssBytes).toFixed(0)} MB |`,
    "",
    ...checks.map(([text, ok]) => `${ok ? "✓" : "✗"} ${text}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return checks.every(([, ok]) => ok);
}

/** The two-replica table and its checks; true when every command was answered exactly once. */
function replicaReport({ one, two }: ReplicaRun): boolean {
  const row = (label: string, t: Tally) =>
    `| ${label} | ${t.acksPerSecond.toFixed(0)}/s | ${p(t.ackMs, 50)} / ${p(t.ackMs, 99)} ms | ${t.errors} | ` +
    `${t.answered} / ${t.acked} (${t.lost} lost, ${t.duplicates} twice) | ` +
    `${(percentile(t.answerMs, 50) / 1000).toFixed(2)} / ${(percentile(t.answerMs, 99) / 1000).toFixed(2)} s |`;
  const checks: [string, boolean][] = [
    [
      `two replicas: every command acked (${two.acked} / ${REPLICA_COMMANDS}), no errors (${two.errors})`,
      two.acked === REPLICA_COMMANDS && two.errors === 0,
    ],
    [
      `two replicas: every answer delivered exactly once (${two.lost} lost, ${two.duplicates} twice)`,
      two.lost + two.duplicates + two.malformed === 0,
    ],
  ];
  const lines = [
    "",
    `Two replicas (1 worker each) behind a round-robin balancer, sharing one PostgreSQL database (PGlite ` +
      `over the wire protocol, as \`DATABASE_URL\`): ${REPLICA_COMMANDS.toLocaleString("en")} commands at ` +
      `concurrency ${CONCURRENCY}, after as many unmeasured; one replica with the same database beside it.`,
    "",
    "| Replicas | Acks | Ack p50 / p99 | Errors | Answers delivered / acked | Answer p50 / p99 |",
    "| --- | --- | --- | --- | --- | --- |",
    row("one", one),
    row("two", two),
    "",
    `Ack rate, two replicas ÷ one: ${(two.acksPerSecond / one.acksPerSecond).toFixed(2)}`,
    ...checks.map(([text, ok]) => `${ok ? "✓" : "✗"} ${text}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return checks.every(([, ok]) => ok);
}

if (Math.floor(COMMANDS / ROUNDS) < CONCURRENCY || WARMUP < CONCURRENCY) {
  throw new Error("each round and the warm-up need at least as many commands as --concurrency");
}
const receiver = await AnswerReceiver.start();
try {
  const runs: SlackRun[][] = [];
  for (const workers of WORKERS) runs.push(await measureSlack(receiver, workers));
  const discord: DiscordRun[] = [];
  for (const workers of WORKERS) {
    process.stdout.write(`discord, workers ${workers}: ${DISCORD} interactions at ${DISCORD_RATE}/s…\n`);
    discord.push(
      await discordRun({
        workers,
        count: DISCORD,
        rate: DISCORD_RATE,
        question: mixedQuestion(evalQuestions(), WORST_EVERY),
      }),
    );
  }
  const pools: PoolReport[] = [];
  for (const workers of [1, 2]) {
    process.stdout.write(`core on ${workers} worker(s): ${POOL_QUESTIONS.toLocaleString("en")} questions…\n`);
    pools.push(await runPool(workers, POOL_QUESTIONS, WORST_EVERY));
  }
  process.stdout.write(`core in-process: ${QUESTIONS.toLocaleString("en")} questions…\n`);
  const core = await runCore(QUESTIONS);
  const met = report(runs, discord, core, pools);
  process.stdout.write(
    `two replicas sharing one database: ${REPLICA_COMMANDS.toLocaleString("en")} commands…\n`,
  );
  const replicas = await replicaRun(receiver, {
    commands: REPLICA_COMMANDS,
    concurrency: CONCURRENCY,
    workers: 1,
    question: mixedQuestion(evalQuestions(), WORST_EVERY),
  });
  const replicasMet = replicaReport(replicas);
  process.exitCode = met && replicasMet ? 0 : 1;
} finally {
  await receiver.close();
}
