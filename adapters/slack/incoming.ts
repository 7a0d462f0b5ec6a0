/** What a Slack message or command says, as the question to ask the core. */
import { unescapeSlack } from "./mrkdwn.ts";

/**
 * The question in `text` as the user typed it: mentions of the bot itself removed (a mention's text
 * starts with one), Slack's entities turned back into `&`, `<`, `>`, lines kept. Other
 * mentions stay: they are part of what was asked and are escaped again when quoted back.
 */
export function questionFrom(text: string, botUserId?: string): string {
  const withoutBot =
    botUserId && /^[A-Z0-9]+$/.test(botUserId)
      ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>[ \\t]*`, "g"), "")
      : text;
  // Lines and indentation stay: a pasted traceback or snippet is read line by line by the core.
  return unescapeSlack(withoutBot).trim();
}

/** An empty question, "help" or "?" asks for usage rather than an answer. */
export function isHelpRequest(question: string): boolean {
  return /^(help|\?)?$/i.test(question.trim());
}
