import type { AdapterContext, RunningAdapter } from "../adapter.ts";
import type { DiscordSettings } from "../settings.ts";

/** Connects the Discord bot; resolves once it is logged in. */
export async function startDiscord(
  _settings: DiscordSettings,
  _context: AdapterContext,
): Promise<RunningAdapter> {
  throw new Error("The Discord adapter is not built yet");
}
