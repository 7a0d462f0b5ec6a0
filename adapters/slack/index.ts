import type { AdapterContext, RunningAdapter } from "../adapter.ts";
import type { SlackSettings } from "../settings.ts";

/** Starts the Slack app in Socket Mode or HTTP mode; resolves once it is listening. */
export async function startSlack(
  _settings: SlackSettings,
  _context: AdapterContext,
): Promise<RunningAdapter> {
  throw new Error("The Slack adapter is not built yet");
}
