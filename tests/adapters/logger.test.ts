import { describe, expect, it } from "vitest";
import { logFile } from "../../adapters/logger.ts";

describe("logFile", () => {
  const chat = { consoleChat: true, terminal: true, levelAsked: false, dataDir: "/data" };

  it("keeps the console chat's logs out of the conversation on a terminal", () => {
    expect(logFile(chat)).toBe("/data/pyver.log");
  });

  it("logs to stderr when LOG_LEVEL asks, when piped, or when serving Discord or Slack", () => {
    expect(logFile({ ...chat, levelAsked: true })).toBeUndefined();
    expect(logFile({ ...chat, terminal: false })).toBeUndefined();
    expect(logFile({ ...chat, consoleChat: false })).toBeUndefined();
  });
});
