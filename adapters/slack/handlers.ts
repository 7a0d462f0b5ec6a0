/**
 * The Bolt listeners: each reads what it needs from the payload, asks the core, renders with
 * `render.ts` and delivers. Commands and button clicks answer through `respond` (their response_url);
 * mentions and direct messages through `chat.postMessage`. Each listener acks, then hands its answer
 * to the `AnswerQueue`, which works it out after the acks of requests that arrived meanwhile.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { Logger } from "pino";
import type { PyVer } from "../../src/pyver.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import { ACTION_IDS, decodeMoreResults, decodeShare } from "./buttons.ts";
import { isHelpRequest, questionFrom } from "./incoming.ts";
import { renderAnswer, renderHelp, renderMoreResults, type SlackMessage } from "./render.ts";

export const COMMAND = "/pyver";

export interface HandlerContext {
  bot: PyVer;
  logger: Logger;
  /** Whether `/pyver` answers only the asker (with "Share in channel") or the whole channel. */
  defaultVisibility: "ephemeral" | "public";
  /** Where answers wait their turn, behind the acks of requests that arrived meanwhile. */
  answers: AnswerQueue;
}

const OUTDATED_BUTTON = "That button no longer works; please ask again.";

interface Reply {
  message: SlackMessage;
  help: boolean;
}

function replyTo(
  { bot, defaultVisibility }: HandlerContext,
  question: string,
  options: { share: boolean; askedBy?: string },
): Reply {
  if (isHelpRequest(question)) {
    const ephemeral = defaultVisibility === "ephemeral";
    return { help: true, message: renderHelp({ corpusLabel: bot.corpusLabel, command: COMMAND, ephemeral }) };
  }
  return {
    help: false,
    message: renderAnswer(bot.ask(question), { ...options, corpusLabel: bot.corpusLabel }),
  };
}

export function registerHandlers(app: App, context: HandlerContext): void {
  const { bot, logger, answers } = context;

  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const ephemeral = context.defaultVisibility === "ephemeral";
    const question = questionFrom(command.text);
    const askedBy = ephemeral ? undefined : command.user_id;
    answers.later(async () => {
      const { message, help } = replyTo(context, question, { share: ephemeral, askedBy });
      // Help is for the asker alone, whatever the default visibility.
      await respond({ response_type: ephemeral || help ? "ephemeral" : "in_channel", ...message });
      logger.debug({ surface: "command", help }, "answered");
    });
  });

  app.event("app_mention", async ({ event, context: bolt, client }) => {
    const question = questionFrom(event.text, bolt.botUserId);
    answers.later(async () => {
      const { message } = replyTo(context, question, { share: false });
      // In the thread the mention belongs to, or a new thread under the mention itself.
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        ...message,
      });
      logger.debug({ surface: "mention" }, "answered");
    });
  });

  app.message(async ({ message: event, context: bolt, client }) => {
    // Only what a person wrote in a DM with PyVer: not edits, joins or other bots' posts.
    if (event.subtype !== undefined || event.channel_type !== "im") return;
    const question = questionFrom(event.text ?? "", bolt.botUserId);
    answers.later(async () => {
      const { message } = replyTo(context, question, { share: false });
      await client.chat.postMessage({
        channel: event.channel,
        ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
        ...message,
      });
      logger.debug({ surface: "dm" }, "answered");
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.moreResults, async ({ ack, action, respond }) => {
    await ack();
    const value = decodeMoreResults(action.value);
    // Further results are for whoever clicked, even under an answer posted in the channel.
    const reply = { response_type: "ephemeral", replace_original: false } as const;
    if (!value) return void (await respond({ ...reply, text: OUTDATED_BUTTON }));
    answers.later(async () => {
      const answer = bot.ask(value.q, { version: value.v });
      await respond({ ...reply, ...renderMoreResults(answer, value.p, { version: value.v }) });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, async ({ ack, action, body, respond }) => {
    await ack();
    const value = decodeShare(action.value);
    if (!value) {
      return void (await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: OUTDATED_BUTTON,
      }));
    }
    const askedBy = body.user.id;
    answers.later(async () => {
      const answer = bot.ask(value.q, { version: value.v });
      const shared = renderAnswer(answer, {
        corpusLabel: bot.corpusLabel,
        version: value.v,
        share: false,
        askedBy,
      });
      await respond({ response_type: "in_channel", replace_original: false, ...shared });
      // The private copy, with its now pointless "Share" button, goes away once the public one is there.
      await respond({ delete_original: true });
    });
  });
}
