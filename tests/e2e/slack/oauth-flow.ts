/** An install through Slack's OAuth v2 flow as a browser walks it, against a PyVer app's base URL. */
import type { SlackSettings } from "../../../adapters/settings.ts";
import { INSTALL_PATH, OAUTH_REDIRECT_PATH } from "../../../adapters/slack/app.ts";
import { httpSettings } from "./app-settings.ts";
import type { RecordedCall } from "./fake-slack-api.ts";

export const CLIENT_ID = "111.222";
const OAUTH = { clientId: CLIENT_ID, clientSecret: "client-secret", stateSecret: "state-secret" };

/** An app in OAuth mode over HTTP, talking to the fake Slack at `apiUrl`. */
export function oauthSettings(apiUrl: string, signingSecret: string): SlackSettings {
  return httpSettings(apiUrl, signingSecret, { oauth: OAUTH });
}

/** Starts an install: the state Slack is sent and the cookie that vouches for it. */
export async function beginInstall(
  base: string,
): Promise<{ status: number; location: URL; state: string; cookie: string }> {
  const response = await fetch(`${base}${INSTALL_PATH}`, { redirect: "manual" });
  const location = new URL(response.headers.get("location") ?? "http://nowhere/");
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { status: response.status, location, state: location.searchParams.get("state") ?? "", cookie };
}

/** Slack's redirect back with `code`, carrying the browser's cookie (or none, as a forger would). */
export async function finishInstall(
  base: string,
  code: string,
  state: string,
  cookie?: string,
): Promise<number> {
  const response = await fetch(
    `${base}${OAUTH_REDIRECT_PATH}?code=${code}&state=${encodeURIComponent(state)}`,
    {
      headers: cookie ? { cookie } : {},
    },
  );
  return response.status;
}

/** A message posted with `token`: the workspace it belongs to was answered. */
export const postedWith =
  (token: string) =>
  (c: RecordedCall): boolean =>
    c.kind === "api" && c.name === "chat.postMessage" && c.headers.authorization === `Bearer ${token}`;
