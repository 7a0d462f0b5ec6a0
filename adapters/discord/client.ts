import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordSettings } from "../settings.ts";
import { NO_MENTIONS } from "./render.ts";

/** discord.js's `rest.api` has no trailing slash ("https://discord.com/api"). */
export function restOptions(apiUrl: string | undefined): { api?: string } {
  return apiUrl ? { api: apiUrl.replace(/\/+$/, "") } : {};
}

/**
 * The gateway client. Guilds delivers interactions' context and channels; GuildMessages delivers
 * messages that mention the bot — with their content, which is why MessageContent is not needed.
 * Mentions are off by default for every message, as a second guard behind the renderer's own.
 */
export function createClient(settings: Pick<DiscordSettings, "apiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    rest: restOptions(settings.apiUrl),
  });
}
