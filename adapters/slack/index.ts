import type { AddressInfo } from "node:net";
import type { AdapterContext, RunningAdapter } from "../adapter.ts";
import { SettingsError, type SlackSettings } from "../settings.ts";
import { createSlackApp, EVENTS_PATH, type SlackAppOptions } from "./app.ts";

export interface RunningSlack extends RunningAdapter {
  /** HTTP mode: the port listened on (useful with PORT=0). */
  port?: number;
}

export interface StartOptions extends SlackAppOptions {
  /** HTTP mode: the interface to listen on; default all. */
  host?: string;
}

function startError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  // auth.test's verdict on the token ("invalid_auth", "account_inactive") is a settings problem.
  if (/invalid_auth|not_authed|account_inactive|token_revoked/.test(message)) {
    return new SettingsError(`SLACK_BOT_TOKEN was refused by Slack (${message})`);
  }
  return error instanceof Error ? error : new Error(message);
}

/** Starts the Slack app in Socket Mode or HTTP mode; resolves once it is listening. */
export async function startSlack(settings: SlackSettings, context: AdapterContext): Promise<RunningAdapter> {
  return startSlackApp(settings, context);
}

/** `startSlack` with the knobs tests need: known bot ids, no token check, a host to listen on. */
export async function startSlackApp(
  settings: SlackSettings,
  context: AdapterContext,
  options: StartOptions = {},
): Promise<RunningSlack> {
  const { app, inFlight, socketMode } = createSlackApp(settings, context, options);
  await app.init().catch((error: unknown) => {
    throw startError(error);
  });
  let port: number | undefined;
  if (socketMode) {
    await app.start();
    context.logger.info("slack connected (Socket Mode)");
  } else {
    const server = await app.start({ port: settings.port, host: options.host });
    port = (server.address() as AddressInfo).port;
    context.logger.info({ port, path: EVENTS_PATH }, "slack listening (HTTP mode)");
  }
  return {
    name: "slack",
    port,
    stop: async () => {
      // Closing the server (or socket) first means no new work arrives while the rest finishes.
      await app.stop();
      await inFlight.drained();
      context.logger.info("slack stopped");
    },
  };
}
