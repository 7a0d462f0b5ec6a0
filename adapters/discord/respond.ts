import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from "discord.js";
import { PRESENTATION } from "./limits.ts";
import { type RenderedMessage, renderNote } from "./render.ts";

/**
 * Answering an interaction on time, and failing politely. Discord forgets an interaction that gets no
 * response within 3 s ("The application did not respond"), so a reply that is not ready in time is
 * deferred first; and a failed answer can still be told to the asker, ephemerally.
 */

/** The part of a discord.js command or button interaction this module uses. */
export interface Acknowledgeable {
  readonly createdTimestamp: number;
  deferred: boolean;
  replied: boolean;
  ephemeral: boolean | null;
  reply(options: RenderedMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  deferReply(options: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(options: RenderedMessage): Promise<unknown>;
  followUp(options: RenderedMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  deleteReply(): Promise<unknown>;
}

/**
 * Errors after which nothing more can be sent for an interaction: 10062, its token is unknown
 * (expired or never valid), and 40060, it was already acknowledged. Retrying either only repeats it.
 */
export function isFinalInteractionError(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

export interface InTime {
  ephemeral: boolean;
  /** Defer when the reply is not ready this long after the interaction was created. */
  deferAfterMs?: number;
  now?: () => number;
}

/**
 * Replies with what `work` renders. If the interaction is already old when it reaches us (a busy event
 * loop, a slow gateway) or `work` is still running at the deadline, it defers first (type 5: "PyVer
 * is thinking…") and edits the reply in when ready.
 */
export async function replyInTime(
  interaction: Acknowledgeable,
  { ephemeral, deferAfterMs = PRESENTATION.replyBeforeDeferMs, now = Date.now }: InTime,
  work: () => RenderedMessage | Promise<RenderedMessage>,
): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  let deferral: Promise<unknown> | undefined;
  const defer = (): void => {
    deferral ??= interaction.deferReply({ flags });
    // Observed below; this keeps a rejection from being reported as unhandled in the meantime.
    deferral.catch(() => {});
  };
  // The interaction's age comes from its snowflake id, so it counts time spent before we saw it.
  const left = deferAfterMs - (now() - interaction.createdTimestamp);
  const timer = left > 0 ? setTimeout(defer, left) : undefined;
  if (!timer) defer();
  let message: RenderedMessage;
  try {
    message = await work();
  } catch (error) {
    // Let a deferral in flight land first, so the error note sees the interaction as deferred and
    // edits or follows up instead of acknowledging it a second time (40060).
    await deferral?.catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (deferral) {
    await deferral;
    await interaction.editReply(message);
  } else {
    await interaction.reply({ ...message, flags });
  }
}

/** Tells the user something (that their answer failed), ephemerally, whatever state the interaction is in. */
export async function sendPrivateNote(interaction: Acknowledgeable, text: string): Promise<void> {
  const note = renderNote(text);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...note, flags: MessageFlags.Ephemeral });
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply(note);
  } else {
    // A public "thinking…" placeholder cannot become ephemeral: remove it and follow up privately.
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
    await interaction.followUp({ ...note, flags: MessageFlags.Ephemeral });
  }
}

/** Discord refused a message for a permission the bot lacks in that channel (50013). */
export function isMissingPermissions(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.MissingPermissions;
}
