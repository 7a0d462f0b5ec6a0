import { Writable } from "node:stream";
import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logger.ts";
import { boltLogger, redactSecrets } from "../../../adapters/slack/bolt-logger.ts";

describe("redactSecrets", () => {
  it("masks bot, user and app tokens", () => {
    expect(redactSecrets("token xoxb-123-456-abc and xoxp-1-2 and xapp-1-A0-9-ff")).toBe(
      "token [redacted token] and [redacted token] and [redacted token]",
    );
  });

  it("masks response URLs and Socket Mode tickets", () => {
    expect(redactSecrets("POST https://hooks.slack.com/commands/T0/1/abc failed")).toBe(
      "POST [redacted response_url] failed",
    );
    expect(redactSecrets("wss://wss-primary.slack.com/link/?ticket=abc-123&app_id=A0")).toBe(
      "wss://wss-primary.slack.com/link/?ticket=[redacted]&app_id=A0",
    );
  });

  it("masks the legacy verification token every envelope carries", () => {
    expect(redactSecrets('{"envelope_id":"e1","payload":{"token":"Zx9LegacyTok","team_id":"T0"}}')).toBe(
      '{"envelope_id":"e1","payload":{"token":"[redacted]","team_id":"T0"}}',
    );
    expect(redactSecrets("token=Zx9LegacyTok&team_id=T0")).toBe("token=[redacted]&team_id=T0");
  });

  it("leaves ordinary text alone", () => {
    expect(redactSecrets("Now connected to Slack")).toBe("Now connected to Slack");
  });
});

describe("boltLogger", () => {
  it("writes Bolt's lines to pino, secrets masked, at the matching level", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = boltLogger(createLogger("debug", sink));
    logger.warn("auth failed for", "xoxb-1-2-3", { n: 1 });
    logger.debug(new Error("boom"));
    const [warn, debug] = lines.map(
      (l) => JSON.parse(l) as { level: number; msg: string; component: string },
    );
    expect(warn).toMatchObject({
      level: 40,
      msg: 'auth failed for [redacted token] {"n":1}',
      component: "slack",
    });
    expect(debug).toMatchObject({ level: 20, msg: "boom" });
  });

  it("remembers the level Bolt sets, leaving filtering to pino", () => {
    const logger = boltLogger(createLogger("silent"));
    logger.setLevel(LogLevel.ERROR);
    expect(logger.getLevel()).toBe(LogLevel.ERROR);
  });
});
