/**
 * The Bolt listeners: each reads what it needs from the payload, asks the core, renders with
 * `render.ts` and delivers. Commands and button clicks answer through their response_url (`respond.ts`,
 * with retries); mentions and direct messages through `chat.postMessage`. Questions count against the
 * per-user rate limit; each request writes one log line. Each listener acks, then hands its answer to
 * the `AnswerQueue`, which works it out after the acks of requests that arrived meanwhile.
 */
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from "@slack/bolt";
import type { Logger } from "pino";
import type { Asker, PyVer } from "../../src/index.ts";
import type { FeedbackLog } from "../feedback/feedback-log.ts";
import { keepAnswer, keepVote, THANKS_FOR_FEEDBACK } from "../feedback/keep.ts";
import type { RateLimits } from "../rate-limit.ts";
import type { RequestOutcome } from "../request-log.ts";
import { errorFields, type Turn, takeTurn } from "../shared/turn.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import { ACTION_IDS, decodeMoreResults, decodeShare } from "./buttons.ts";
import { isHelpRequest, questionFrom } from "./incoming.ts";
import { renderAnswer, renderHelp, renderMoreResults, type SlackMessage } from "./render.ts";
import { DeliveryError, type DeliveryOptions, ResponseUrl } from "./respond.ts";

export const COMMAND = "/pyver";

export interface HandlerContext {
  bot: PyVer;
  /** Answers questions, in worker threads or in this one. */
  ask: Asker;
  logger: Logger;
  /** Whether `/pyver` answers only the asker (with "Share in channel") or the whole channel. */
  defaultVisibility: "ephemeral" | "public";
  /** Per-user limit on questions (commands, mentions, DMs); none when absent. */
  limiter?: RateLimits;
  /** How replies to response URLs are retried; `DELIVERY` unless a test shortens it. */
  delivery?: DeliveryOptions;
  /** Where answers wait their turn, behind the acks of requests that arrived meanwhile. */
  answers: AnswerQueue;
  /** Where answers and 👍 / 👎 votes are kept; none with `FEEDBACK=off`. */
  feedback?: FeedbackLog;
}

const OUTDATED_BUTTON = "That button no longer works; please ask again.";

interface Reply {
  message: SlackMessage;
  outcome: RequestOutcome;
}

async function replyTo(
  { bot, ask, defaultVisibility, feedback, logger }: HandlerContext,
  question: string,
  options: { share: boolean; askedBy?: string },
  asker: { workspace: string; user: string },
): Promise<Reply> {
  if (isHelpRequest(question)) {
    const ephemeral = defaultVisibility === "ephemeral";
    return {
      outcome: { help: true },
      message: renderHelp({ about: bot.about(), command: COMMAND, ephemeral }),
    };
  }
  const answer = await ask(question);
  const feedbackId = await keepAnswer(feedback, { platform: "slack", ...asker }, answer, logger);
  return {
    outcome: { answer },
    message: renderAnswer(answer, { ...options, corpusLabel: bot.corpusLabel, feedbackId }),
  };
}

/**
 * The one wrapper every listener uses: the work waits behind the acks of requests that arrived
 * meanwhile, then takes its turn like a question on any platform (rate limit, reply, one log line).
 * The closure holds only what the reply needs, never the Bolt request itself.
 */
function later(context: HandlerContext, turn: Omit<Turn, "platform">): void {
  context.answers.later(() =>
    takeTurn(context, { platform: "slack", expected: undelivered(context), ...turn }),
  );
}

/**
 * An answer Slack would not take after every retry: logged, but not apologised for, since the note
 * would go the same way (the same response URL, or the same API) and fail alike.
 */
function undelivered({ logger }: HandlerContext) {
  return (error: unknown): boolean => {
    if (!(error instanceof DeliveryError)) return false;
    logger.error({ err: errorFields(error) }, "answer could not be delivered");
    return true;
  };
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type MentionArgs = SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs;
type MessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;
type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** `/pyver …`: acked at once, answered through the response URL. */
function onCommand(context: HandlerContext) {
  return async ({ command, ack }: CommandArgs): Promise<void> => {
    // Acknowledged before anything else, so whatever happens next Slack never shows operation_timeout.
    await ack();
    const reply = new ResponseUrl(command.response_url, context.delivery);
    const question = questionFrom(command.text);
    later(context, {
      kind: "command",
      query: question,
      asker: command.user_id,
      slowDown: (text) => reply.send({ response_type: "ephemeral", text }),
      reply: async () => {
        const ephemeral = context.defaultVisibility === "ephemeral";
        const { message, outcome } = await replyTo(
          context,
          question,
          { share: ephemeral, askedBy: ephemeral ? undefined : command.user_id },
          { workspace: command.team_id, user: command.user_id },
        );
        // Help is for the asker alone, whatever the default visibility.
        const visibleToAll = !ephemeral && !("help" in outcome);
        await reply.send({ response_type: visibleToAll ? "in_channel" : "ephemeral", ...message });
        return outcome;
      },
    });
  };
}

/** `@PyVer …` in a channel: answered in the thread the mention belongs to, or under it. */
function onMention(context: HandlerContext) {
  return async ({ event, context: bolt, client }: MentionArgs): Promise<void> => {
    const question = questionFrom(event.text, bolt.botUserId);
    const thread_ts = event.thread_ts ?? event.ts;
    const user = event.user;
    later(context, {
      kind: "mention",
      query: question,
      ...(user ? { asker: user } : {}),
      slowDown: (text) =>
        client.chat.postEphemeral({ channel: event.channel, user: user ?? "", thread_ts, text }),
      reply: async () => {
        const { message, outcome } = await replyTo(
          context,
          question,
          { share: false },
          { workspace: bolt.teamId ?? "", user: user ?? "" },
        );
        await client.chat.postMessage({ channel: event.channel, thread_ts, ...message });
        return outcome;
      },
    });
  };
}

/** A direct message to PyVer: answered in the DM. */
function onDirectMessage(context: HandlerContext) {
  return async ({ message: event, context: bolt, client }: MessageArgs): Promise<void> => {
    // Only what a person wrote in a DM with PyVer: not edits, joins or other bots' posts.
    if (event.subtype !== undefined || event.channel_type !== "im") return;
    const question = questionFrom(event.text ?? "", bolt.botUserId);
    const thread = event.thread_ts ? { thread_ts: event.thread_ts } : {};
    later(context, {
      kind: "dm",
      query: question,
      asker: event.user,
      // A DM is private already, so the warning is an ordinary message there.
      slowDown: (text) => client.chat.postMessage({ channel: event.channel, ...thread, text }),
      reply: async () => {
        const { message, outcome } = await replyTo(
          context,
          question,
          { share: false },
          { workspace: bolt.teamId ?? "", user: event.user },
        );
        await client.chat.postMessage({ channel: event.channel, ...thread, ...message });
        return outcome;
      },
    });
  };
}

/** Further results and shared answers are for whoever clicked; a click asks nothing new and is not counted. */
const PRIVATELY = { response_type: "ephemeral", replace_original: false } as const;

/**
 * A button's listener: acked at once, its value decoded, and `answer` run for a value this version
 * of PyVer wrote; an outdated button gets a note instead.
 */
function onButton<V extends { q: string; v?: string }>(
  context: HandlerContext,
  decode: (value: string | undefined) => V | undefined,
  answer: (value: V, reply: ResponseUrl, body: ButtonArgs["body"]) => Promise<RequestOutcome>,
) {
  return async ({ ack, action, body }: ButtonArgs): Promise<void> => {
    await ack();
    const reply = new ResponseUrl(body.response_url, context.delivery);
    const value = decode(action.value);
    later(context, {
      kind: "button",
      query: value?.q ?? "",
      slowDown: (text) => reply.send({ ...PRIVATELY, text }),
      reply: async () => {
        if (value) return answer(value, reply, body);
        await reply.send({ ...PRIVATELY, text: OUTDATED_BUTTON });
        return { results: 0 };
      },
    });
  };
}

/** *More results*: the next page, for whoever clicked, even under an answer posted in the channel. */
function onMoreResults(context: HandlerContext) {
  return onButton(context, decodeMoreResults, async (value, reply) => {
    const answer = await context.ask(value.q, { version: value.v });
    await reply.send({ ...PRIVATELY, ...renderMoreResults(answer, value.p, { version: value.v }) });
    return { answer };
  });
}

/** *Share in channel*: the private answer posted publicly, credited to the asker; the private copy goes. */
function onShare(context: HandlerContext) {
  return onButton(context, decodeShare, async (value, reply, body) => {
    const { bot } = context;
    const answer = await context.ask(value.q, { version: value.v });
    const shared = renderAnswer(answer, {
      corpusLabel: bot.corpusLabel,
      version: value.v,
      share: false,
      askedBy: body.user.id,
    });
    await reply.send({ response_type: "in_channel", replace_original: false, ...shared });
    // The private copy, with its now pointless "Share" button, goes away once the public one is there.
    await reply.send({ delete_original: true });
    return { answer };
  });
}

/** 👍 / 👎 under an answer: the vote kept, the voter thanked privately. */
function onVote(context: HandlerContext, up: boolean) {
  return async ({ ack, action, body }: ButtonArgs): Promise<void> => {
    await ack();
    const reply = new ResponseUrl(body.response_url, context.delivery);
    later(context, {
      kind: "button",
      query: "",
      reply: async () => {
        await keepVote(
          context.feedback,
          { id: action.value ?? "", up, platform: "slack", user: body.user.id },
          context.logger,
        );
        await reply.send({ ...PRIVATELY, text: THANKS_FOR_FEEDBACK });
        return { results: 0 };
      },
    });
  };
}

export function registerHandlers(app: App, context: HandlerContext): void {
  app.command(COMMAND, onCommand(context));
  app.event("app_mention", onMention(context));
  app.message(onDirectMessage(context));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.moreResults, onMoreResults(context));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, onShare(context));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.voteUp, onVote(context, true));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.voteDown, onVote(context, false));
}
