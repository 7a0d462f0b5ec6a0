/**
 * Slack mrkdwn text: escaping, cutting to a limit and links. Every piece of user or corpus text goes
 * through here before it reaches a message, so `<!channel>`, `<!here>` or `<@U…>` typed into a question
 * is shown as text and never notifies anyone.
 */
import { fitToLimit } from "../shared/present.ts";
import { PRESENTATION } from "./limits.ts";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const UNESCAPES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">" };

/** The three characters Slack gives meaning to in mrkdwn, as entities. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);
}

/** Slack sends message and command text with `&`, `<`, `>` as entities; this gives back what was typed. */
export function unescapeSlack(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (entity, name: string) => UNESCAPES[name] ?? entity);
}

/** `text` escaped for mrkdwn and cut to at most `max` characters (counted after escaping). */
export function fitMrkdwn(text: string, max: number): string {
  return fitToLimit(text, max, escapeMrkdwn);
}

/** `text` for a `plain_text` object (Slack shows it verbatim), cut to at most `max` characters. */
export function fitPlain(text: string, max: number): string {
  return fitToLimit(text, max);
}

/**
 * `<url|label>`. The label is escaped, cut to `PRESENTATION.linkLabel`, and loses `|` (Slack would end
 * the URL there); the URL has `&` as an entity and `<`, `>`, `|` percent-encoded. A URL that is not
 * http(s), holds whitespace or is longer than `PRESENTATION.linkUrl` is not linked: the label alone shows.
 */
export function mrkdwnLink(url: string, label: string): string {
  const text = fitMrkdwn(label.replaceAll("|", "¦"), PRESENTATION.linkLabel);
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > PRESENTATION.linkUrl) return text;
  const href = url.replace(/[<>|]/g, (c) => encodeURIComponent(c)).replaceAll("&", "&amp;");
  return `<${href}|${text}>`;
}

/** A mention of the Slack user `userId`, or "someone" when it is not a user id Slack would issue. */
export function userMention(userId: string): string {
  return /^[UW][A-Z0-9]{2,20}$/.test(userId) ? `<@${userId}>` : "someone";
}
