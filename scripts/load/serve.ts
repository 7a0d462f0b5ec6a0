/**
 * A Slack app under load, in a process of its own so that the load generator does not share its event
 * loop: `pyver` is PyVer's adapter as `npm start` runs it (`startSlackApp`, signature checks on),
 * `bare` a Bolt app that acks and responds with a fixed string, to compare against.
 * PyVer answers in `workers` worker threads as `npm start` does (0: in its main thread).
 * With a database URL, PyVer keeps its shared state (rate limits, Slack retries) there, as replicas do.
 * Usage (started by scripts/load.ts): serve.ts <pyver|bare> <web API url> [workers] [database URL]
 */
import { App, LogLevel } from "@slack/bolt";
import { startAnswering } from "../../adapters/answerer.ts";
import type { SlackSettings } from "../../adapters/settings.ts";
import { EVENTS_PATH } from "../../adapters/slack/app.ts";
import { startSlackApp } from "../../adapters/slack/index.ts";
import { openSharedState } from "../../adapters/store/shared-state.ts";
import { DEFAULT_TIMEOUT_MS, PyVer } from "../../src/index.ts";
import { BOT_ID, BOT_USER_ID } from "../../tests/e2e/slack/slack-requests.ts";
import { countingLogger } from "./log-sink.ts";
import {
  type AppKind,
  BOT_TOKEN,
  type ServerCommand,
  type ServerMessage,
  SIGNING_SECRET,
} from "./protocol.ts";

const [kind, apiUrl, workersArg = "0", databaseUrl] = process.argv.slice(2) as [
  AppKind,
  string,
  string?,
  string?,
];
const workers = Number(workersArg);
const HOST = "127.0.0.1";
const UNLIMITED = { perMinute: 1e9, burst: 1e9 };

function send(message: ServerMessage): void {
  process.send?.(message);
}

const { logger, errorsLogged } = countingLogger(kind);

interface Started {
  port: number;
  stop: () => Promise<void>;
  /** Used heap of each answer worker, in bytes; none when answering in the main thread. */
  workerHeaps?: () => Promise<number[]>;
}

async function startPyVer(): Promise<Started> {
  const settings: SlackSettings = {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    apiUrl,
    defaultVisibility: "ephemeral",
  };
  const bot = PyVer.open();
  bot.warmUp();
  const { ask, pool } = await startAnswering({ workers, timeoutMs: DEFAULT_TIMEOUT_MS }, bot, logger);
  // Every command still goes through the shared rate limit, one upsert each, but none is refused:
  // the load generator is one user sending thousands.
  const shared = databaseUrl
    ? await openSharedState({ databaseUrl, dataDir: "" }, UNLIMITED, logger)
    : undefined;
  const { close: closeStore = async () => {}, store: _store, ...state } = shared ?? {};
  const context = { bot, ask, logger, ...state };
  const slack = await startSlackApp(settings, context, {
    host: HOST,
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    verifyToken: false,
  });
  return {
    port: slack.port ?? 0,
    stop: async () => {
      await slack.stop();
      await pool?.close();
      await closeStore();
    },
    workerHeaps: pool ? () => pool.heapPerWorker() : undefined,
  };
}

async function startBare(): Promise<Started> {
  const app = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    endpoints: EVENTS_PATH,
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command("/pyver", async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: "ephemeral", text: "Python 3.4 added pathlib." });
  });
  const server = await app.start({ port: 0, host: HOST });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    stop: async () => {
      await app.stop();
    },
  };
}

const started: Started = await (kind === "pyver" ? startPyVer() : startBare());
send({ type: "ready", port: started.port });

/** Long enough for V8 to hand back heap it grew during the burst and no longer uses. */
const SETTLE_MS = 2000;

process.on("message", async (command: ServerCommand) => {
  if (command.type === "measure") {
    // Idle, then garbage collected: the figure is what the app holds on to, not what it has yet to free.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    const workerHeapBytes = (await started.workerHeaps?.()) ?? [];
    send({
      type: "memory",
      rssBytes: rss,
      heapUsedBytes: heapUsed,
      peakRssBytes,
      errorsLogged: errorsLogged(),
      workerHeapBytes,
    });
  } else if (command.type === "stop") {
    await started.stop();
    send({ type: "stopped" });
    process.disconnect();
  }
});
