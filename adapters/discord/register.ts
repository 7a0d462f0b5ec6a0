/**
 * `npm run discord:register`: registers /pyver with Discord — to DISCORD_GUILD_ID when set (instant,
 * for development), otherwise globally (can take a while to reach every server).
 * `npm run discord:register -- --clear-guild` removes the guild copy again.
 */
import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { loadSettings, SettingsError } from "../settings.ts";
import { restOptions } from "./client.ts";
import { PYVER_COMMAND, PYVER_GUILD_COMMAND } from "./command.ts";

export interface RegisterTarget {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

/** What registration needs from the environment; a missing value stops it, naming the variable. */
export function registerTarget(env: NodeJS.ProcessEnv): RegisterTarget {
  const { discord } = loadSettings(env);
  if (!discord) throw new SettingsError("DISCORD_TOKEN is required to register the /pyver command");
  if (!discord.applicationId) {
    throw new SettingsError(
      "DISCORD_APPLICATION_ID is required to register the /pyver command (Developer Portal → General Information)",
    );
  }
  return {
    token: discord.token,
    applicationId: discord.applicationId,
    guildId: discord.guildId,
    apiUrl: discord.apiUrl,
  };
}

/**
 * Replaces the application's commands (in the guild, or globally) with /pyver: any other command the
 * application had there is gone afterwards. With `clearGuild`, empties the guild's command list
 * instead, removing the guild copy left from development once /pyver is registered globally.
 */
export async function registerCommands(
  target: RegisterTarget,
  { clearGuild = false }: { clearGuild?: boolean } = {},
): Promise<"guild" | "global" | "cleared"> {
  if (clearGuild && !target.guildId) throw new SettingsError("--clear-guild needs DISCORD_GUILD_ID");
  const rest = new REST(restOptions(target.apiUrl)).setToken(target.token);
  try {
    if (target.guildId) {
      const route = Routes.applicationGuildCommands(target.applicationId, target.guildId);
      await rest.put(route, { body: clearGuild ? [] : [PYVER_GUILD_COMMAND] });
      return clearGuild ? "cleared" : "guild";
    }
    await rest.put(Routes.applicationCommands(target.applicationId), { body: [PYVER_COMMAND] });
    return "global";
  } finally {
    // The REST client keeps sweeper timers; clearing them lets the script exit at once.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

async function main(): Promise<void> {
  (await import("dotenv")).config({ quiet: true });
  const target = registerTarget(process.env);
  const clearGuild = process.argv.includes("--clear-guild");
  const scope = await registerCommands(target, { clearGuild });
  const done = {
    guild: `Registered /pyver in guild ${target.guildId}; it is available there now.`,
    global: "Registered /pyver globally; Discord may take a few minutes to show it in every server.",
    cleared: `Removed the guild copy of /pyver from guild ${target.guildId}; the global one stays.`,
  };
  process.stdout.write(`${done[scope]}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `discord:register: ${error instanceof SettingsError ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
