/**
 * The Bolt `App`: Socket Mode when an app token is set, otherwise HTTP mode with every request at
 * `/slack/events`. Global middleware drops retried events and keeps count of work in flight, so
 * `stop` can finish replies already started.
 *
 * In HTTP mode every request's signature is verified — there is deliberately no setting to turn that
 * off, tests sign their requests like Slack does — and bodies over `MAX_REQUEST_BYTES` are refused
 * with 413 before they are read.
 */
import type { ServerResponse } from "node:http";
import {
  type AnyMiddlewareArgs,
  App,
  type AppOptions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type InstallationStore,
  MemoryInstallationStore,
  type Middleware,
  type webApi,
} from "@slack/bolt";
import type { Logger } from "pino";
import { askInProcess, type PyVer } from "../../src/index.ts";
import type { AdapterContext } from "../adapter.ts";
import { SettingsError, type SlackSettings } from "../settings.ts";
import { errorFields } from "../shared/turn.ts";
import { AnswerQueue } from "./answer-queue.ts";
import { boltLogger } from "./bolt-logger.ts";
import { type SeenEvents, SeenIds } from "./dedupe.ts";
import { registerHandlers } from "./handlers.ts";
import { forgetUninstalls } from "./installs.ts";
import { DELIVERY, MAX_REQUEST_BYTES } from "./limits.ts";
import type { DeliveryOptions } from "./respond.ts";

export const EVENTS_PATH = "/slack/events";
export const HEALTH_PATH = "/healthz";

/**
 * A reply more than a few seconds late is worth little in a chat, and Bolt's default (ten retries over
 * thirty minutes) would hold replies, and shutdown, long after anyone waits for them.
 */
const RETRY_POLICY: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };

export interface SlackAppOptions {
  /** The bot's ids, when known in advance (tests); with both set and `verifyToken` off, no `auth.test`. */
  botId?: string;
  botUserId?: string;
  /** Check the bot token with `auth.test` before starting (default true). */
  verifyToken?: boolean;
  /** How replies are retried and when an attempt times out; `DELIVERY` unless a test shortens it. */
  delivery?: DeliveryOptions;
  /** OAuth mode: where workspaces' installations are kept; in memory unless a store is given. */
  installations?: InstallationStore;
}

/** Promises of replies still being worked on. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  get size(): number {
    return this.pending.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves once nothing is in flight, including work that started while waiting. */
  async drained(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

function eventIdOf(body: AnyMiddlewareArgs["body"]): string | undefined {
  return "event_id" in body && typeof body.event_id === "string" ? body.event_id : undefined;
}

/** Drops an event whose `event_id` was already handled: Slack's retries are answered once. */
function dropRetries(seen: SeenEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const id = eventIdOf(body);
    if (id !== undefined && !(await seen.firstSighting(id))) {
      logger.debug(
        { retryNum: context.retryNum, retryReason: context.retryReason },
        "duplicate event dropped",
      );
      return;
    }
    await next();
  };
}

function trackWork(inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    await inFlight.track(next());
  };
}

/** Settings that cannot work together stop the start, naming the variable to fix. */
function checkSettings(settings: SlackSettings): void {
  if (settings.oauth) {
    if (settings.botToken)
      throw new SettingsError(
        "SLACK_BOT_TOKEN and SLACK_CLIENT_ID exclude each other: one workspace's token, or installs in many",
      );
    if (settings.appToken || !settings.signingSecret)
      throw new SettingsError(
        "Slack OAuth (SLACK_CLIENT_ID) runs in HTTP mode: set SLACK_SIGNING_SECRET and unset SLACK_APP_TOKEN",
      );
    return;
  }
  if (!settings.botToken) throw new SettingsError("SLACK_BOT_TOKEN is required");
  if (!settings.appToken && !settings.signingSecret) {
    throw new SettingsError(
      "SLACK_SIGNING_SECRET is required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
}

export interface SlackApp {
  app: App;
  inFlight: InFlight;
  socketMode: boolean;
}

/**
 * `/healthz` for load balancers: 200 once the index is loaded, 503 before. It looks only at this
 * process, never at Slack, so a Slack outage does not get healthy instances taken out of rotation.
 */
function healthCheck(bot: PyVer): (req: unknown, res: ServerResponse) => void {
  return (_req, res) => {
    const { chunks } = bot.status();
    const ready = chunks > 0;
    res.writeHead(ready ? 200 : 503, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: ready ? "ready" : "index not loaded", chunks }));
  };
}

/** The bot scopes an install asks for; the manifest's `oauth_config.scopes.bot` lists the same. */
export const BOT_SCOPES = ["commands", "chat:write", "app_mentions:read", "im:history"];
export const INSTALL_PATH = "/slack/install";
export const OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

/** OAuth v2 installs: Bolt's install provider, with each workspace's installation kept in `installations`. */
function oauthOptions(
  settings: SlackSettings,
  installations: InstallationStore,
): Partial<HTTPReceiverOptions> {
  if (!settings.oauth) return {};
  return {
    clientId: settings.oauth.clientId,
    clientSecret: settings.oauth.clientSecret,
    stateSecret: settings.oauth.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: installations,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      // The state is checked against the cookie set when the install began: a redirect from another
      // browser, or a replayed one, installs nothing.
      stateVerification: true,
      directInstall: true,
      ...(settings.apiUrl ? { clientOptions: { slackApiUrl: settings.apiUrl } } : {}),
    },
  };
}

function httpReceiver(
  settings: SlackSettings,
  bot: PyVer,
  logger: Logger,
  installations: InstallationStore,
): HTTPReceiver {
  return new HTTPReceiver({
    ...oauthOptions(settings, installations),
    signingSecret: settings.signingSecret ?? "",
    signatureVerification: true,
    bodyLimit: MAX_REQUEST_BYTES,
    endpoints: EVENTS_PATH,
    port: settings.port,
    logger: boltLogger(logger),
    customRoutes: [{ path: HEALTH_PATH, method: ["GET"], handler: healthCheck(bot) }],
  });
}

export function createSlackApp(
  settings: SlackSettings,
  context: AdapterContext,
  options: SlackAppOptions = {},
): SlackApp {
  checkSettings(settings);
  const socketMode = Boolean(settings.appToken);
  const delivery = options.delivery ?? DELIVERY;
  const installations = options.installations ?? context.slackInstallations ?? new MemoryInstallationStore();
  const common: AppOptions = {
    // In OAuth mode there is no one token: Bolt authorizes each request with its workspace's install.
    ...(settings.oauth ? {} : { token: settings.botToken }),
    botId: options.botId,
    botUserId: options.botUserId,
    tokenVerificationEnabled: options.verifyToken ?? true,
    // `init()` runs auth.test where we can await it and turn a bad token into a clear start error.
    deferInitialization: true,
    logger: boltLogger(context.logger),
    clientOptions: {
      retryConfig: RETRY_POLICY,
      // Without a timeout a hung connection would hold a reply, and shutdown, forever.
      timeout: delivery.timeoutMs,
      ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    },
  };
  const app = socketMode
    ? new App({
        ...common,
        socketMode: true,
        appToken: settings.appToken,
        // Socket Mode opens its connection (apps.connections.open) with these, not with `clientOptions`.
        installerOptions: { clientOptions: common.clientOptions },
      })
    : new App({ ...common, receiver: httpReceiver(settings, context.bot, context.logger, installations) });

  const inFlight = new InFlight();
  app.use(trackWork(inFlight));
  app.use(dropRetries(context.seenEvents ?? new SeenIds(), context.logger));
  const logFailure = (error: unknown) =>
    context.logger.error({ err: errorFields(error) }, "slack handler failed");
  // Answers are queued apart from their requests; tracking them lets `stop` finish those still queued.
  const answers = new AnswerQueue({ onError: logFailure, track: (done) => inFlight.track(done) });
  registerHandlers(app, {
    ...context,
    ask: context.ask ?? askInProcess(context.bot),
    defaultVisibility: settings.defaultVisibility,
    delivery,
    answers,
  });
  if (settings.oauth) forgetUninstalls(app, installations, context.logger);
  app.error(async (error) => logFailure(error));
  return { app, inFlight, socketMode };
}
