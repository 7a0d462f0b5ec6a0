/**
 * Bolt (and the Web API and Socket Mode clients it shares its logger with) logging through our pino
 * logger. Their lines are free text, so secrets are masked in the text itself: tokens, response URLs
 * Socket Mode connection tickets and the verification token in every envelope.
 */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";

const SECRETS: [RegExp, string][] = [
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, "[redacted token]"],
  [/https?:\/\/hooks\.[a-z.]*slack\.com\/\S*/gi, "[redacted response_url]"],
  [/([?&]ticket=)[^&\s]+/g, "$1[redacted]"],
  // Every envelope (Socket Mode, logged whole at debug level) carries the legacy verification token.
  [/("token"\s*:\s*")[^"]*(")/g, "$1[redacted]$2"],
  [/(\btoken=)[^&\s"]+/g, "$1[redacted]"],
];

export function redactSecrets(text: string): string {
  return SECRETS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

function line(parts: unknown[]): string {
  const text = parts
    .map((p) => (typeof p === "string" ? p : p instanceof Error ? p.message : JSON.stringify(p)))
    .join(" ");
  return redactSecrets(text);
}

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "slack" });
  // Bolt asks for and sets a level; pino's level (LOG_LEVEL) is the one that filters.
  let level = LogLevel.INFO;
  return {
    debug: (...parts: unknown[]) => log.debug(line(parts)),
    info: (...parts: unknown[]) => log.info(line(parts)),
    warn: (...parts: unknown[]) => log.warn(line(parts)),
    error: (...parts: unknown[]) => log.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
