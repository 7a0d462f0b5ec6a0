import { join } from "node:path";
import pino, { type Logger } from "pino";

/**
 * JSON lines on stderr (stdout belongs to the console chat). Secrets never reach a log line:
 * tokens and URLs that carry credentials are redacted by key wherever they appear.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: "pyver" },
      redact: {
        paths: [
          "token",
          "*.token",
          "botToken",
          "appToken",
          "signingSecret",
          "response_url",
          "*.response_url",
          "headers.authorization",
          // A failed Discord request's URL carries the interaction token (…/interactions/<id>/<token>/…).
          "err.url",
        ],
        censor: "[redacted]",
      },
    },
    destination as pino.DestinationStream,
  );
}

/**
 * Where logs go instead of stderr, if anywhere: the console chat on a terminal keeps them out of the
 * conversation, in `pyver.log` in the data directory, unless LOG_LEVEL asks for them on screen.
 */
export function logFile(where: {
  consoleChat: boolean;
  terminal: boolean;
  levelAsked: boolean;
  dataDir: string;
}): string | undefined {
  return where.consoleChat && where.terminal && !where.levelAsked
    ? join(where.dataDir, "pyver.log")
    : undefined;
}
