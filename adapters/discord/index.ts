import { once } from "node:events";
import { Events, MessageFlags } from "discord.js";
import { askInProcess } from "../../src/index.ts";
import type { AdapterContext, RunningAdapter } from "../adapter.ts";
import type { DiscordSettings } from "../settings.ts";
import { createClient } from "./client.ts";
import { type HandlerContext, handleInteraction, handleMention } from "./handlers.ts";
import { PagingStore } from "./paging.ts";
import { renderNote } from "./render.ts";

export const RESTARTING = "PyVer is restarting. Please ask again in a minute.";

/** Connects the Discord bot; resolves once it is logged in and has its guilds. */
export async function startDiscord(
  settings: DiscordSettings,
  context: AdapterContext,
): Promise<RunningAdapter> {
  const logger = context.logger.child({ adapter: "discord" });
  const ctx: HandlerContext = {
    bot: context.bot,
    ask: context.ask ?? askInProcess(context.bot),
    logger,
    paging: context.paging ?? new PagingStore(),
    defaultVisibility: settings.defaultVisibility,
    limiter: context.limiter,
    feedback: context.feedback,
  };
  const client = createClient(settings);
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  const track = (work: Promise<void>): void => {
    const done = work
      .catch((error: unknown) => logger.error({ err: error }, "unhandled error in a Discord handler"))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) return track(handleInteraction(interaction, ctx));
    // Still answered, so the user sees why instead of "The application did not respond".
    if (interaction.isRepliable()) {
      track(interaction.reply({ ...renderNote(RESTARTING), flags: MessageFlags.Ephemeral }).then(() => {}));
    }
  });
  client.on(Events.MessageCreate, (message) => {
    if (accepting && client.user) track(handleMention(message, ctx, client.user.id));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "Discord client error"));
  client.on(Events.Warn, (message) => logger.warn(message));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(settings.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "connected to Discord");

  let stopped: Promise<void> | undefined;
  return {
    name: "discord",
    // Idempotent: SIGINT followed by SIGTERM must not destroy the client twice.
    stop: () =>
      (stopped ??= (async () => {
        accepting = false;
        await Promise.allSettled([...inFlight]);
        await client.destroy();
        logger.info("disconnected from Discord");
      })()),
  };
}
