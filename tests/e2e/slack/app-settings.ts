import type { SlackSettings } from "../../../adapters/settings.ts";

/** An app in HTTP mode on a free port, talking to the fake Slack at `apiUrl`: one workspace's token, or OAuth. */
export function httpSettings(
  apiUrl: string,
  signingSecret: string,
  auth: Pick<SlackSettings, "botToken" | "oauth">,
  defaultVisibility: SlackSettings["defaultVisibility"] = "ephemeral",
): SlackSettings {
  return { ...auth, signingSecret, port: 0, apiUrl, defaultVisibility };
}
