/**
 * npm run load — PyVer's Slack adapter under a burst of slash commands, beside a bare Bolt app, then
 * the core alone under 100,000 questions. Prints a Markdown table; exits 1 when a target is missed.
 *
 *   npm run load [-- --commands=10000 --concurrency=50 --warmup=10000 --rounds=5 --questions=100000]
 *
 * Phase 1 starts each Slack app in HTTP mode on 127.0.0.1, in a process of its own, with signature
 * checks on, and sends it signed `/pyver` commands with autocannon, each with its own `response_url` at
 * a local receiver that counts answers per command. The bare app (ack, then `respond` with a fixed
 * string) is the yardstick: the load generator shares this machine, so PyVer's ack rate is judged as a
 * ratio to it. Phase 2 asks the core directly and compares the heap before and after, each measured
 * after a forced collection. LOAD_CPU_PROF=<dir> writes a CPU profile of each child process there.
 */
import { AnswerReceiver } from "./load/answer-receiver.ts";
import { burst, Tally } from "./load/burst.ts";
import { runCore, SlackAppProcess } from "./load/children.ts";
import type { AppKind, CoreReport, Memory } from "./load/protocol.ts";
import { evalQuestions } from "./load/questions.ts";

const TARGETS = {
  /** PyVer's acks per second, as a share of the bare app's. */
  minAckRatio: 0.9,
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

const mb = (bytes: number) => bytes / 2 ** 20;
const signed = (n: number, digits = 1) => `${n >= 0 ? "+" : ""}${n.toFixed(digits)}`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface SlackRun {
  kind: AppKind;
  tally: Tally;
  atStart: Memory;
  before: Memory;
  after: Memory;
  peakRssBytes: number;
  errorsLogged: number;
}

/** Both Slack apps: warmed up, then measured in alternating rounds. */
async function measureSlack(receiver: AnswerReceiver, questions: string[]): Promise<SlackRun[]> {
  const apps = [
    await SlackAppProcess.start("bare", receiver.apiUrl),
    await SlackAppProcess.start("pyver", receiver.apiUrl),
  ];
  try {
    const measureAll = () => Promise.all(apps.map((app) => app.measure()));
    const atStart = await measureAll();
    const common = { receiver, concurrency: CONCURRENCY, questions };
    for (const app of apps) {
      await burst({ ...common, port: app.port, label: `${app.kind}w`, count: WARMUP }, new Tally());
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
        await burst({ ...common, port: app.port, label: `${app.kind}${round}`, count }, tallies[i]!);
      }
      process.stdout.write(
        `round ${round + 1}/${ROUNDS}: ${apps.map((a, i) => `${a.kind} ${tallies[i]!.acked} acked`).join(", ")}\n`,
      );
    }
    const after = await measureAll();
    return apps.map((app, i) => ({
      kind: app.kind,
      tally: tallies[i]!,
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

function slackRow(run: SlackRun): string {
  const { tally } = run;
  const name = run.kind === "pyver" ? "PyVer Slack adapter" : "bare Bolt app";
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  return [
    name,
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
  ].join(" | ");
}

/** Prints the tables and the targets met or missed; true when all are met. */
function report(bare: SlackRun, pyver: SlackRun, core: CoreReport): boolean {
  const ratio = pyver.tally.acksPerSecond / bare.tally.acksPerSecond;
  const rssGrowth = mb(pyver.after.rssBytes - pyver.before.rssBytes);
  const heapGrowth = mb(core.after.heapUsedBytes - core.before.heapUsedBytes);
  const checks: [string, boolean][] = [];
  for (const { kind, tally, errorsLogged } of [bare, pyver]) {
    checks.push(
      [
        `${kind}: no errors (${tally.errors} at the client, ${errorsLogged} logged)`,
        tally.errors + errorsLogged === 0,
      ],
      [`${kind}: every command acked (${tally.acked} / ${COMMANDS})`, tally.acked === COMMANDS],
      [
        `${kind}: every answer delivered exactly once (${tally.lost} lost, ${tally.duplicates} twice, ` +
          `${tally.malformed} malformed)`,
        tally.lost + tally.duplicates + tally.malformed === 0,
      ],
    );
  }
  checks.push(
    [`ack rate PyVer ÷ bare ${ratio.toFixed(2)} ≥ ${TARGETS.minAckRatio}`, ratio >= TARGETS.minAckRatio],
    [
      `PyVer RSS growth ${signed(rssGrowth)} MB < ${TARGETS.maxRssGrowthMb} MB`,
      rssGrowth < TARGETS.maxRssGrowthMb,
    ],
    [
      `core heap growth ${signed(heapGrowth)} MB < ${TARGETS.maxHeapGrowthMb} MB`,
      heapGrowth < TARGETS.maxHeapGrowthMb,
    ],
  );

  const perQuestion = (core.seconds * 1000) / core.questions;
  const lines = [
    "",
    `Slack HTTP mode: ${COMMANDS.toLocaleString("en")} signed \`/pyver\` commands per app at concurrency ` +
      `${CONCURRENCY}, in ${ROUNDS} alternating rounds, after ${WARMUP.toLocaleString("en")} unmeasured; ` +
      "memory after 2 s idle and a forced GC.",
    "",
    "| App | Acks | Ack p50 / p99 | Errors | Answers delivered / acked | Answer p50 / p99 | RSS at start " +
      "| RSS before → after | Heap before → after | Peak RSS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${slackRow(bare)} |`,
    `| ${slackRow(pyver)} |`,
    "",
    `PyVer ÷ bare ack rate: **${ratio.toFixed(2)}**`,
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

if (Math.floor(COMMANDS / ROUNDS) < CONCURRENCY || WARMUP < CONCURRENCY) {
  throw new Error("each round and the warm-up need at least as many commands as --concurrency");
}
const questions = evalQuestions();
const receiver = await AnswerReceiver.start();
try {
  const [bare, pyver] = await measureSlack(receiver, questions);
  process.stdout.write(`core: ${QUESTIONS.toLocaleString("en")} questions…\n`);
  const core = await runCore(QUESTIONS);
  process.exitCode = report(bare!, pyver!, core) ? 0 : 1;
} finally {
  await receiver.close();
}
