import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  MessageFlags,
} from "discord.js";
import type { Logger } from "pino";
import type { Answer, Asker, PyVer } from "../../src/index.ts";
import type { FeedbackLog } from "../feedback/feedback-log.ts";
import { keepAnswer, keepVote, THANKS_FOR_FEEDBACK } from "../feedback/keep.ts";
import type { RateLimits } from "../rate-limit.ts";
import type { RequestOutcome } from "../request-log.ts";
import { takeTurn } from "../shared/turn.ts";
import { COMMAND_NAME, OPTION_PUBLIC, OPTION_QUERY, OPTION_VERSION } from "./command.ts";
import { DISCORD_LIMITS, PRESENTATION } from "./limits.ts";
import { type PagedAnswers, parseButtonId } from "./paging.ts";
import {
  pageCount,
  type RenderedMessage,
  renderAnswerPage,
  renderChoices,
  renderNote,
  renderPublicCopy,
} from "./render.ts";
import { isFinalInteractionError, isMissingPermissions, replyInTime, sendPrivateNote } from "./respond.ts";

/** Thin handlers: read the interaction, ask the core, render, respond. */

export interface HandlerContext {
  bot: PyVer;
  /** Answers questions, in worker threads or in this one. */
  ask: Asker;
  logger: Logger;
  paging: PagedAnswers;
  /** Where answers and 👍 / 👎 votes are kept; none with `FEEDBACK=off`. */
  feedback?: FeedbackLog;
  defaultVisibility: "ephemeral" | "public";
  /** Per-user limit on questions (commands, mentions); none when absent. */
  limiter?: RateLimits;
}

export const NOTES = {
  expired: "These results have expired. Ask again with /pyver.",
  notYours: "Only the person who asked can page through these results. Ask /pyver to get your own.",
  unknownButton: "This button is from an older version of PyVer. Ask again with /pyver.",
  emptyMention: "Ask me about a Python feature, module or release, e.g. “@PyVer which version added match?”",
} as const;

/**
 * Renders the first page of an answer, keeping it for "More results" when there is more to show and
 * for feedback, with 👍 / 👎 when it found something.
 */
async function present(
  answer: Answer,
  asker: { id: string; guildId: string | null },
  ephemeral: boolean,
  ctx: HandlerContext,
): Promise<RenderedMessage> {
  const pagingId =
    pageCount(answer) > 1 ? await ctx.paging.put({ askerId: asker.id, answer, ephemeral }) : undefined;
  const feedbackId = await keepAnswer(
    ctx.feedback,
    { platform: "discord", workspace: asker.guildId ?? "dm", user: asker.id },
    answer,
    ctx.logger,
  );
  return renderAnswerPage(answer, 0, { corpusLabel: ctx.bot.corpusLabel, pagingId, ephemeral, feedbackId });
}

function ephemeralNote(text: string): RenderedMessage & { flags: MessageFlags.Ephemeral } {
  return { ...renderNote(text), flags: MessageFlags.Ephemeral };
}

/** `/pyver`: the turn every platform takes, with an interaction's own way to slow down and stay silent. */
function commandTurn(interaction: ChatInputCommandInteraction, ctx: HandlerContext): Promise<void> {
  return takeTurn(ctx, {
    platform: "discord",
    kind: "command",
    query: interaction.options.getString(OPTION_QUERY) ?? "",
    asker: interaction.user.id,
    slowDown: (text) => interaction.reply(ephemeralNote(text)),
    // Acknowledged without a word: an unanswered command would show "The application did not respond".
    dropped: async () => {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.deleteReply();
    },
    reply: () => handleCommand(interaction, ctx),
    apologise: (text) => sendPrivateNote(interaction, text),
    expected: (error) => finalInteractionError(error, ctx),
  });
}

/**
 * An interaction Discord no longer lets us answer (expired, or acknowledged already): a warning, since
 * nothing is lost by not answering it twice, and no error note, which would only fail the same way.
 */
function finalInteractionError(error: unknown, ctx: HandlerContext): boolean {
  if (!isFinalInteractionError(error)) return false;
  ctx.logger.warn(
    { code: (error as { code?: unknown }).code },
    "interaction can no longer be answered; not retrying",
  );
  return true;
}

export async function handleCommand(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
): Promise<RequestOutcome> {
  const query = interaction.options.getString(OPTION_QUERY, true);
  const typedVersion = interaction.options.getString(OPTION_VERSION);
  const ephemeral = !(interaction.options.getBoolean(OPTION_PUBLIC) ?? ctx.defaultVisibility === "public");
  let version: string | undefined;
  if (typedVersion) {
    version = ctx.bot.resolveVersion(typedVersion);
    if (!version) {
      await interaction.reply(ephemeralNote(ctx.bot.noNotesFor(typedVersion)));
      return { results: 0 };
    }
  }
  let answer: Answer | undefined;
  await replyInTime(interaction, { ephemeral }, async () => {
    answer = await ctx.ask(query, { version, limit: PRESENTATION.citationsPerPage });
    return present(answer, { id: interaction.user.id, guildId: interaction.guildId }, ephemeral, ctx);
  });
  return answer ? { answer } : { failed: true };
}

/** Known versions, newest first, that contain what has been typed, as autocomplete choices. */
function versionChoices(bot: PyVer, typed: string): { name: string; value: string }[] {
  return bot
    .versionChoices(typed, DISCORD_LIMITS.autocompleteChoices)
    .map((v) => ({ name: `Python ${v}`, value: v }));
}

export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: HandlerContext,
): Promise<RequestOutcome> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const choices =
    focused.name === OPTION_VERSION
      ? versionChoices(ctx.bot, typed)
      : renderChoices(ctx.bot.suggest(typed, DISCORD_LIMITS.autocompleteChoices));
  await interaction.respond(choices);
  return { results: choices.length };
}

export async function handleButton(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
): Promise<RequestOutcome> {
  const action = parseButtonId(interaction.customId);
  if (!action) {
    await interaction.reply(ephemeralNote(NOTES.unknownButton));
    return { results: 0 };
  }
  if (action.kind === "vote") {
    await keepVote(
      ctx.feedback,
      { id: action.id, up: action.up, platform: "discord", user: interaction.user.id },
      ctx.logger,
    );
    await interaction.reply(ephemeralNote(THANKS_FOR_FEEDBACK));
    return { results: 0 };
  }
  if (action.kind === "post") {
    // A public reply to the ephemeral answer: everyone in the channel sees what the asker saw.
    await interaction.reply(renderPublicCopy(interaction.message.embeds.map((e) => e.toJSON())));
    return { results: interaction.message.embeds.length };
  }
  const paged = await ctx.paging.get(action.id);
  if (!paged) {
    await interaction.reply(ephemeralNote(NOTES.expired));
    return { results: 0 };
  }
  if (paged.askerId !== interaction.user.id) {
    await interaction.reply(ephemeralNote(NOTES.notYours));
    return { results: 0 };
  }
  await interaction.update(
    renderAnswerPage(paged.answer, action.page, {
      corpusLabel: ctx.bot.corpusLabel,
      pagingId: action.id,
      ephemeral: paged.ephemeral,
    }),
  );
  return { answer: paged.answer };
}

/** The question in a message that mentions the bot, without the mention itself. */
export function questionOf(content: string, botId: string): string {
  // Lines and indentation stay: a pasted traceback or snippet is read line by line by the core.
  return content.replace(new RegExp(`<@!?${botId}>[ \\t]*`, "g"), "").trim();
}

/**
 * `@PyVer which version added match?` in a channel: answered as a reply to that message. Mentions
 * carry their content even without the MessageContent intent. Only a direct mention of the bot counts,
 * not @everyone or a role the bot has.
 */
export async function handleMention(message: Message, ctx: HandlerContext, botId: string): Promise<void> {
  if (message.author.bot || !message.mentions.users.has(botId)) return;
  const question = questionOf(message.content, botId);
  // A message has no ephemeral replies: the slow-down and error notes are (mention-free) replies too.
  const note = (text: string) => message.reply(renderNote(text));
  await takeTurn(ctx, {
    platform: "discord",
    kind: "mention",
    query: question,
    asker: message.author.id,
    slowDown: note,
    reply: async () => {
      if (!question) {
        await message.reply(renderNote(NOTES.emptyMention));
        return { help: true };
      }
      const answer = await ctx.ask(question, { limit: PRESENTATION.citationsPerPage });
      await message.reply(
        await present(answer, { id: message.author.id, guildId: message.guildId }, false, ctx),
      );
      return { answer };
    },
    expected: (error) => {
      if (!isMissingPermissions(error)) return false;
      // The note would be refused too. Said once per channel: every later mention there fails alike.
      const permission = message.channel.isThread()
        ? "Send Messages in Threads"
        : "Send Messages or Embed Links";
      if (rememberOnce(warnedChannels, message.channelId))
        ctx.logger.warn(
          { channelId: message.channelId, permission },
          `cannot reply: the bot lacks ${permission} here (add it to the bot's role or the invite)`,
        );
      return true;
    },
  });
}

/** Channels whose missing permission was already logged; bounded, since channels are many. */
const warnedChannels = new Set<string>();
const MAX_WARNED_CHANNELS = 10_000;

function rememberOnce(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  if (seen.size >= MAX_WARNED_CHANNELS) seen.clear();
  seen.add(key);
  return true;
}

/** Routes one interaction to its turn. A failed autocomplete answers with no choices. */
export async function handleInteraction(interaction: Interaction, ctx: HandlerContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (interaction.commandName !== COMMAND_NAME) return;
    await takeTurn(ctx, {
      platform: "discord",
      kind: "autocomplete",
      query: String(interaction.options.getFocused(true).value),
      reply: () => handleAutocomplete(interaction, ctx),
      apologise: () => interaction.respond([]),
      expected: (error) => {
        if (!isFinalInteractionError(error) && !interaction.responded) return false;
        ctx.logger.warn({ code: (error as { code?: unknown }).code }, "autocomplete could not be answered");
        return true;
      },
    });
    return;
  }
  if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
    await commandTurn(interaction, ctx);
  } else if (interaction.isButton() && interaction.customId.startsWith(`${COMMAND_NAME}:`)) {
    // A click asks nothing new, so it is not counted against the asker's allowance.
    await takeTurn(ctx, {
      platform: "discord",
      kind: "button",
      query: "",
      reply: () => handleButton(interaction, ctx),
      apologise: (text) => sendPrivateNote(interaction, text),
      expected: (error) => finalInteractionError(error, ctx),
    });
  }
}
