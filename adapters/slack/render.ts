/**
 * An `Answer` as a Slack message (Block Kit). Pure functions: no Bolt, no network. Every text goes
 * through `mrkdwn.ts`, and `withinLimits` drops what does not fit, so each message respects Slack's
 * limits by construction.
 */
import { type Answer, type Citation, citationLabel, describeFact, type Hit } from "../../src/index.ts";
import { resultsPage, furtherResults as sharedFurtherResults } from "../shared/present.ts";
import { ACTION_IDS, encodeButtonValue } from "./buttons.ts";
import { PRESENTATION, SLACK_LIMITS } from "./limits.ts";
import { fitMrkdwn, fitPlain, mrkdwnLink, userMention } from "./mrkdwn.ts";

export interface MrkdwnText {
  type: "mrkdwn";
  text: string;
}
export interface SectionBlock {
  type: "section";
  text: MrkdwnText;
}
export interface ContextBlock {
  type: "context";
  elements: MrkdwnText[];
}
export interface ButtonElement {
  type: "button";
  action_id: string;
  text: { type: "plain_text"; text: string };
  value: string;
}
export interface ActionsBlock {
  type: "actions";
  elements: ButtonElement[];
}
export type Block = SectionBlock | ContextBlock | ActionsBlock;

/** A message body for `respond`, `chat.postMessage` or `chat.postEphemeral`. */
export interface SlackMessage {
  /** Notification and screen-reader fallback (mrkdwn, escaped like the blocks). */
  text: string;
  blocks: Block[];
}

export interface AnswerOptions {
  /** Footer naming the corpus ("Python 3.0–3.14 release notes"). */
  corpusLabel: string;
  /** The `version` the question was asked with, carried by the buttons. */
  version?: string;
  /** Offer "Share in channel" (for answers nobody else can see; only when something was found). */
  share: boolean;
  /** Slack user to credit in the footer, for answers posted in a channel on someone's behalf. */
  askedBy?: string;
  /** The id the answer was kept under for feedback: offers 👍 / 👎. None when feedback is off. */
  feedbackId?: string;
}

const mrkdwn = (text: string): MrkdwnText => ({ type: "mrkdwn", text });
const section = (text: string): SectionBlock => ({ type: "section", text: mrkdwn(text) });

function button(actionId: string, label: string, value: string): ButtonElement {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: fitPlain(label, SLACK_LIMITS.buttonText) },
    value,
  };
}

function quoted(query: string): string {
  return `“${fitMrkdwn(query, PRESENTATION.quotedQuery)}”`;
}

/** The citations an answer shows: one context element each. */
function shownCitations(answer: Answer): Citation[] {
  return answer.citations.slice(0, PRESENTATION.citations);
}

/** Ranked results the answer did not already cite: what "More results" pages through. */
export function furtherResults(answer: Answer): Hit[] {
  return sharedFurtherResults(answer, shownCitations(answer).length);
}

function blockText(block: Block): number {
  if (block.type === "section") return block.text.text.length;
  if (block.type === "context") return block.elements.reduce((n, e) => n + e.text.length, 0);
  return block.elements.reduce((n, e) => n + e.text.text.length, 0);
}

/**
 * Keeps blocks in order while the message stays within `SLACK_LIMITS.blocks` and
 * `PRESENTATION.messageBudget` (fallback text included): context elements are kept one by one, a section
 * that does not fit is left out. Actions blocks are small and always kept, so their room is reserved.
 */
export function withinLimits(message: SlackMessage): SlackMessage {
  const actions = message.blocks.filter((b) => b.type === "actions");
  let used = message.text.length + actions.reduce((n, b) => n + blockText(b), 0);
  let room = SLACK_LIMITS.blocks - actions.length;
  const blocks: Block[] = [];
  for (const block of message.blocks) {
    if (block.type === "actions") {
      blocks.push(block);
      continue;
    }
    if (room === 0) continue;
    if (block.type === "context") {
      const elements: MrkdwnText[] = [];
      for (const e of block.elements.slice(0, SLACK_LIMITS.contextElements)) {
        if (used + e.text.length > PRESENTATION.messageBudget) break;
        used += e.text.length;
        elements.push(e);
      }
      if (elements.length > 0) {
        blocks.push({ type: "context", elements });
        room -= 1;
      }
      continue;
    }
    if (used + blockText(block) > PRESENTATION.messageBudget) continue;
    used += blockText(block);
    blocks.push(block);
    room -= 1;
  }
  return { text: message.text, blocks };
}

/** The question quoted back (a command's text is not shown with its answer), who asked, and the corpus. */
function footer(corpusLabel: string, askedBy: string | undefined, query: string): ContextBlock {
  const question = askedBy ? `Asked by ${userMention(askedBy)}: ${quoted(query)}` : quoted(query);
  return {
    type: "context",
    elements: [mrkdwn(question), mrkdwn(`PyVer · ${fitMrkdwn(corpusLabel, PRESENTATION.quotedQuery)}`)],
  };
}

/**
 * The short answer in a section, its citations as links in a context block, a footer, and buttons:
 * "More results" when there are results the answer does not cite, "Share in channel" when asked for.
 */
export function renderAnswer(answer: Answer, options: AnswerOptions): SlackMessage {
  const suggestions =
    answer.suggestions.length > 0 ? `\nDid you mean: ${answer.suggestions.join(", ")}?` : "";
  const blocks: Block[] = [section(fitMrkdwn(answer.answer + suggestions, SLACK_LIMITS.sectionText))];
  const citations = shownCitations(answer);
  const reference = answer.api ? [mrkdwn(mrkdwnLink(answer.api.url, describeFact(answer.api)))] : [];
  if (citations.length > 0 || reference.length > 0) {
    blocks.push({
      type: "context",
      elements: [...reference, ...citations.map((c) => mrkdwn(mrkdwnLink(c.url, citationLabel(c))))].slice(
        0,
        SLACK_LIMITS.contextElements,
      ),
    });
  }
  blocks.push(footer(options.corpusLabel, options.askedBy, answer.query));
  const buttons: ButtonElement[] = [];
  const asked = { q: answer.query, ...(options.version ? { v: options.version } : {}) };
  if (furtherResults(answer).length > 0) {
    buttons.push(button(ACTION_IDS.moreResults, "More results", encodeButtonValue({ ...asked, p: 0 })));
  }
  if (options.share && answer.found)
    buttons.push(button(ACTION_IDS.share, "Share in channel", encodeButtonValue(asked)));
  if (options.feedbackId && answer.found) {
    buttons.push(button(ACTION_IDS.voteUp, "👍", options.feedbackId));
    buttons.push(button(ACTION_IDS.voteDown, "👎", options.feedbackId));
  }
  if (buttons.length > 0) blocks.push({ type: "actions", elements: buttons });
  return withinLimits({ text: fitMrkdwn(answer.answer, PRESENTATION.fallbackText), blocks });
}

/** One result: its link in bold, then its extract, within `SLACK_LIMITS.sectionText`. */
function resultSection(hit: Hit): SectionBlock {
  const head = `*${mrkdwnLink(hit.url, citationLabel(hit))}*`;
  const room = SLACK_LIMITS.sectionText - head.length - 1;
  return section(hit.snippet ? `${head}\n${fitMrkdwn(hit.snippet, room)}` : head);
}

/** Page `page` (from 0) of the results the answer did not cite, with a button for the next page. */
export function renderMoreResults(
  answer: Answer,
  page: number,
  options: Pick<AnswerOptions, "version">,
): SlackMessage {
  const results = furtherResults(answer);
  const pages = Math.ceil(results.length / PRESENTATION.resultsPerPage);
  const shown = resultsPage(results, page + 1, PRESENTATION.resultsPerPage);
  if (shown.length === 0) {
    const text = `No more results for ${quoted(answer.query)}.`;
    return withinLimits({ text, blocks: [section(text)] });
  }
  const title = `More results for ${quoted(answer.query)} (page ${page + 1} of ${pages})`;
  const blocks: Block[] = [{ type: "context", elements: [mrkdwn(title)] }, ...shown.map(resultSection)];
  if (page + 1 < pages) {
    const value = encodeButtonValue({
      q: answer.query,
      ...(options.version ? { v: options.version } : {}),
      p: page + 1,
    });
    blocks.push({ type: "actions", elements: [button(ACTION_IDS.moreResults, "More results", value)] });
  }
  return withinLimits({ text: title, blocks });
}

export interface HelpOptions {
  /** What PyVer answers from and when that was updated (`PyVer.about()`). */
  about: string;
  /** The slash command, for the examples ("/pyver"). */
  command: string;
  /** Whether command answers are ephemeral by default, which the help explains. */
  ephemeral: boolean;
}

/** `/pyver help`, an empty `/pyver` or a bare mention: what PyVer does, with examples. */
export function renderHelp({ about, command, ephemeral }: HelpOptions): SlackMessage {
  const examples = ["pathlib", "walrus operator", "what's new in 3.12", "when does 3.8 reach end of life"];
  const text = [
    // The core's own words, the same as `about` and `help` in the console and on Discord.
    fitMrkdwn(about, PRESENTATION.quotedQuery * 2),
    "",
    "*Ask with the command*",
    ...examples.map((e) => `• \`${command} ${e}\``),
    "",
    "*Or mention me* in a channel (I answer in the thread), or send me a direct message.",
    ephemeral
      ? "Command answers are only visible to you until you press *Share in channel*. *More results* lists further matches."
      : "Command answers are posted in the channel. *More results* lists further matches, only for you.",
  ].join("\n");
  return withinLimits({ text: "How to use PyVer", blocks: [section(text)] });
}
