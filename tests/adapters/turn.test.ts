import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../adapters/rate-limit.ts";
import { limitKey, takeTurn } from "../../adapters/shared/turn.ts";
import { bufferLogger } from "./log-lines.ts";

describe("takeTurn", () => {
  it("replies, and logs one line for the request", async () => {
    const { lines, logger } = bufferLogger();
    const said: string[] = [];
    await takeTurn(
      { logger },
      {
        platform: "slack",
        kind: "mention",
        query: "pathlib",
        asker: "U1",
        slowDown: async (text) => said.push(text),
        reply: async () => {
          said.push("answer");
          return { results: 1 };
        },
      },
    );
    expect(said).toEqual(["answer"]);
    expect(lines).toEqual([expect.objectContaining({ adapter: "slack", kind: "mention", query: "pathlib" })]);
  });

  it("counts each person per platform, says 'slow down' once, then drops silently", async () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1 });
    const events: string[] = [];
    const turn = (platform: "discord" | "slack") =>
      takeTurn(
        { limiter },
        {
          platform,
          kind: "command",
          query: "q",
          asker: "42",
          slowDown: async () => events.push(`${platform}: slow down`),
          dropped: async () => events.push(`${platform}: dropped`),
          reply: async () => {
            events.push(`${platform}: answer`);
            return { results: 1 };
          },
        },
      );
    for (let i = 0; i < 3; i++) await turn("discord");
    await turn("slack");
    expect(events).toEqual(["discord: answer", "discord: slow down", "discord: dropped", "slack: answer"]);
    expect(limitKey("discord", "42")).not.toBe(limitKey("slack", "42"));
  });

  it("does not count a request that asks nothing (a button)", async () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1 });
    let answered = 0;
    for (let i = 0; i < 3; i++)
      await takeTurn(
        { limiter },
        {
          platform: "slack",
          kind: "button",
          query: "",
          slowDown: async () => {},
          reply: async () => {
            answered++;
            return { results: 0 };
          },
        },
      );
    expect(answered).toBe(3);
  });
});
