import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { type Answer, citationLabel, describeFact, type Hit, type Suggestion } from "../../src/index.ts";
import { fitToLimit, furtherResults, resultsPage } from "../shared/present.ts";
import { DISCORD_LIMITS, PRESENTATION } from "./limits.ts";
import { moreButtonId, POST_BUTTON_ID, voteButtonId } from "./paging.ts";

/**
 * `Answer` → Discord message JSON. Every string is cut to its limit as it is built, so no input —
 * however long the query or the corpus heading — can produce a message Discord rejects.
 */

/** Parse nothing: `@everyone`, role and user mentions typed into a query never ping anyone. */
export const NO_MENTIONS = { parse: [], repliedUser: false } satisfies {
  parse: never[];
  repliedUser: boolean;
};

export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

export interface AnswerView {
  /** Footer text, e.g. "Python 3.0–3.14 release notes". */
  corpusLabel: string;
  /** Paging state id; without one, no "More results" button is offered. */
  pagingId?: string;
  /** The id the answer was kept under for feedback: offers 👍 / 👎. None when feedback is off. */
  feedbackId?: string;
  /** Ephemeral answers carry a "Post to channel" button. */
  ephemeral: boolean;
}

const PYTHON_BLUE = 0x3776ab;
const GREY = 0x99aab5;
export const MORE_LABEL = "More results";
export const BACK_LABEL = "Back to the answer";
export const POST_LABEL = "Post to channel";

/** Cuts plain text to `max` characters at a word, with an ellipsis. */
export function clip(text: string, max: number): string {
  return fitToLimit(oneLine(text), max);
}

/** Embeds show text as one paragraph: runs of whitespace, line breaks included, become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const MARKDOWN = /[\\*_~|[\]<>`]/g;
const CODE_SPAN = /(`[^`\n]+`)/;

/**
 * Escapes Markdown outside inline code, so text from a query or the corpus cannot format itself into
 * masked links, headings or spoilers, while `code` from the release notes still shows as code.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(CODE_SPAN)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(MARKDOWN, "\\$&").replace(/^([#>-])/gm, "\\$1")))
    .join("");
}

/** Escaped text within `max` characters: the plain text is cut first, so no escape is cut in half. */
export function clipMarkdown(text: string, max: number): string {
  return fitToLimit(oneLine(text), max, escapeMarkdown);
}

/** An http(s) URL safe to put in a Markdown link or an embed's `url`, or undefined. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    // A parenthesis would end a Markdown link target early (the URL parser has already encoded spaces).
    return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  } catch {
    return undefined;
  }
}

/** "[label](url)" when both fit in `max`, else the escaped label alone. */
function link(label: string, url: string, max: number): string {
  const target = safeUrl(url);
  if (target && target.length + 4 < max)
    return `[${clipMarkdown(label, max - target.length - 4)}](${target})`;
  return clipMarkdown(label, max);
}

/** Lines joined by newlines, as many whole lines as fit in `max`. */
function joinWithin(lines: string[], max: number): string {
  let out = "";
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** Characters Discord counts toward the 6000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Page 0 is the answer; each further page shows up to five more hits. */
export function pageCount(answer: Answer): number {
  return 1 + Math.ceil(furtherResults(answer).length / PRESENTATION.citationsPerPage);
}

function titleOf(answer: Answer): string | undefined {
  const best = answer.citations[0];
  if (answer.found && best) {
    const version = best.version ? ` — Python ${best.version}` : "";
    return `${clip(best.section, DISCORD_LIMITS.embedTitle - version.length)}${version}`;
  }
  return answer.kind === "not-found" ? "Nothing found in the release notes" : undefined;
}

function answerFields(answer: Answer): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const max = DISCORD_LIMITS.embedFieldValue;
  if (answer.api) {
    fields.push({ name: "Library reference", value: link(describeFact(answer.api), answer.api.url, max) });
  }
  const sources = answer.citations
    .slice(0, PRESENTATION.citationsPerPage)
    .map((c) => `• ${link(citationLabel(c), c.url, max - 2)}`);
  if (sources.length > 0) fields.push({ name: "Sources", value: joinWithin(sources, max) });
  const matches = answer.suggestions.map((s) => `• ${clipMarkdown(s, max - 2)}`);
  if (matches.length > 0) fields.push({ name: "Close matches", value: joinWithin(matches, max) });
  return fields;
}

/**
 * One field per hit. Five full fields (5 × 1280 characters) would pass the message's total, so each
 * gets an equal share of the `room` the title and footer leave.
 */
function hitFields(hits: Hit[], room: number): APIEmbedField[] {
  const share = Math.floor(room / Math.max(1, hits.length));
  return hits.map((h) => {
    const docs = safeUrl(h.url);
    const tail = docs ? `\n[Read in the docs](${docs})` : "";
    const name = clip(citationLabel(h), DISCORD_LIMITS.embedFieldName) || "Result";
    const max = Math.min(DISCORD_LIMITS.embedFieldValue, share - name.length) - tail.length;
    return { name, value: clipMarkdown(h.snippet || h.section, max) + tail || "—" };
  });
}

function footerText(corpusLabel: string, page: number, pages: number): string {
  const suffix = pages > 1 ? ` · page ${page + 1} of ${pages}` : "";
  return `${clip(corpusLabel, DISCORD_LIMITS.embedFooterText - suffix.length)}${suffix}`;
}

function buttons(page: number, pages: number, view: AnswerView): APIActionRowComponent<APIButtonComponent>[] {
  const row: APIButtonComponent[] = [];
  if (view.pagingId && pages > 1) {
    const next = (page + 1) % pages;
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: clip(next === 0 ? BACK_LABEL : MORE_LABEL, DISCORD_LIMITS.buttonLabel),
      custom_id: moreButtonId(view.pagingId, next),
    });
  }
  if (view.ephemeral) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: clip(POST_LABEL, DISCORD_LIMITS.buttonLabel),
      custom_id: POST_BUTTON_ID,
    });
  }
  if (view.feedbackId && page === 0) {
    for (const up of [true, false])
      row.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: up ? "👍" : "👎" },
        custom_id: voteButtonId(view.feedbackId, up),
      });
  }
  return row.length > 0 ? [{ type: ComponentType.ActionRow, components: row }] : [];
}

/**
 * One page of an answer: page 0 is the answer itself (title linked to the best section, the short
 * answer, its sources); later pages list further hits. The description is built last, from whatever
 * the 6000-character message budget leaves.
 */
export function renderAnswerPage(answer: Answer, page: number, view: AnswerView): RenderedMessage {
  const pages = pageCount(answer);
  const at = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const per = PRESENTATION.citationsPerPage;
  const embed: APIEmbed = {
    color: answer.found ? PYTHON_BLUE : GREY,
    footer: { text: footerText(view.corpusLabel, at, pages) },
  };
  if (at === 0) {
    const title = titleOf(answer);
    const url = answer.found && answer.citations[0] ? safeUrl(answer.citations[0].url) : undefined;
    if (title) embed.title = title;
    if (title && url) embed.url = url;
    embed.fields = answerFields(answer);
    const room = DISCORD_LIMITS.embedTotal - embedLength(embed);
    const description = clipMarkdown(answer.answer, Math.min(DISCORD_LIMITS.embedDescription, room));
    if (description) embed.description = description;
  } else {
    embed.title = `More results for “${clip(answer.query, PRESENTATION.queryInTitle)}”`;
    const room = DISCORD_LIMITS.embedTotal - embedLength(embed);
    embed.fields = hitFields(resultsPage(furtherResults(answer), at, per), room);
  }
  return { embeds: [embed], components: buttons(at, pages, view), allowedMentions: NO_MENTIONS };
}

/** A short text reply (errors, refusals to page); handlers decide whether it is ephemeral. */
export function renderNote(text: string): RenderedMessage {
  return {
    content: clipMarkdown(text, DISCORD_LIMITS.messageContent),
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * "Post to channel": a public copy of the embeds the asker is looking at. Only the fields PyVer
 * itself sets are copied, so nothing Discord added to the received embed is sent back.
 */
export function renderPublicCopy(embeds: APIEmbed[]): RenderedMessage {
  const copies = embeds.slice(0, 1).map(({ title, url, description, color, fields, footer }) => {
    const copy: APIEmbed = { title, url, description, color, fields };
    if (footer) copy.footer = { text: footer.text };
    return copy;
  });
  return { embeds: copies, components: [], allowedMentions: NO_MENTIONS };
}

/** Autocomplete choices: names and values within 100 characters, at most 25, no empty ones. */
export function renderChoices(suggestions: Suggestion[]): APIApplicationCommandOptionChoice<string>[] {
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const s of suggestions) {
    // The label ("pathlib (PEP 428) (Python 3.4)") names the version, which the core reads back as a
    // version filter, so a chosen suggestion answers from the release it showed.
    const value =
      s.label.length <= DISCORD_LIMITS.choiceValue ? s.label : clip(s.query, DISCORD_LIMITS.choiceValue);
    const name = clip(s.label, DISCORD_LIMITS.choiceName);
    if (name && value) choices.push({ name, value });
    if (choices.length === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return choices;
}
