import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../adapters/rate-limit.ts";
import { limitKey, SOMETHING_WENT_WRONG, takeTurn } from "../../adapters/shared/turn.ts";
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

describe("a turn that fails", () => {
  const failing = (extra: Partial<Parameters<typeof takeTurn>[1]>) => ({
    platform: "slack" as const,
    kind: "command" as const,
    query: "pathlib",
    asker: "U1",
    reply: async (): Promise<never> => {
      throw Object.assign(new Error("boom"), { code: "slack_webapi_platform_error", body: "token=xoxb-1" });
    },
    ...extra,
  });

  it("logs the error's name, code and message (never the object), then tells the asker", async () => {
    const { lines, logger } = bufferLogger();
    const said: string[] = [];
    await takeTurn({ logger }, failing({ slowDown: async (text) => said.push(text) }));
    expect(said).toEqual([SOMETHING_WENT_WRONG]);
    const failure = lines.find((line) => line.msg === "answer failed");
    expect(failure).toMatchObject({ err: { code: "slack_webapi_platform_error", message: "boom" } });
    expect(JSON.stringify(lines)).not.toContain("xoxb-1");
  });

  it("leaves an error the platform expects to the platform", async () => {
    const { lines, logger } = bufferLogger();
    const said: string[] = [];
    await takeTurn({ logger }, failing({ apologise: async (text) => said.push(text), expected: () => true }));
    expect(said).toEqual([]);
    expect(lines.some((line) => line.msg === "answer failed")).toBe(false);
  });

  it("never rejects, even when the error note cannot be sent", async () => {
    const { lines, logger } = bufferLogger();
    const turn = failing({
      apologise: async () => {
        throw new Error("network down");
      },
    });
    await expect(takeTurn({ logger }, turn)).resolves.toBeUndefined();
    expect(lines.map((line) => line.msg)).toContain("could not send the error note");
  });
});
