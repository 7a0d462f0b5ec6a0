import type { AddressInfo } from "node:net";
import type { AdapterContext, RunningAdapter } from "../adapter.ts";
import { SettingsError, type SlackSettings } from "../settings.ts";
import {
  createSlackApp,
  EVENTS_PATH,
  INSTALL_PATH,
  OAUTH_REDIRECT_PATH,
  type SlackAppOptions,
} from "./app.ts";

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

/**
 * The start-up line that says which mode PyVer is in and what the Slack app's settings must say for
 * it: the two must agree, or Slack sends its requests where PyVer is not listening.
 */
export function modeLine(
  socketMode: boolean,
  port?: number,
): { message: string; fields: Record<string, string | number> } {
  if (socketMode)
    return {
      message:
        "slack connected in Socket Mode (SLACK_APP_TOKEN is set): the Slack app must have Socket Mode on (socket_mode_enabled: true)",
      fields: { mode: "socket", slackMustHave: "socket_mode_enabled: true" },
    };
  return {
    message: `slack listening in HTTP mode (SLACK_APP_TOKEN is not set) on port ${port}: the Slack app must have Socket Mode off (socket_mode_enabled: false) and request URLs https://YOUR-HOST${EVENTS_PATH}, with TLS in front of this port`,
    fields: {
      mode: "http",
      port: port ?? 0,
      path: EVENTS_PATH,
      slackMustHave: `socket_mode_enabled: false; request URLs https://YOUR-HOST${EVENTS_PATH}`,
    },
  };
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
  } else {
    const server = await app.start({ port: settings.port, host: options.host });
    port = (server.address() as AddressInfo).port;
  }
  const line = modeLine(socketMode, port);
  context.logger.info(line.fields, line.message);
  if (settings.oauth)
    context.logger.info(
      { installPath: INSTALL_PATH, redirectPath: OAUTH_REDIRECT_PATH },
      `slack installs in many workspaces (SLACK_CLIENT_ID is set): install at https://YOUR-HOST${INSTALL_PATH}; the Slack app's redirect URL must be https://YOUR-HOST${OAUTH_REDIRECT_PATH}`,
    );
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
