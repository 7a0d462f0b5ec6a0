import { afterAll, describe, expect, it } from "vitest";
import { LOGGED_QUERY_CHARS, loggedQuery, loggedRequest } from "../../adapters/request-log.ts";
import { openFixtureBot } from "../fixtures/adapter-corpus.ts";
import { bufferLogger } from "./log-lines.ts";

const fixture = openFixtureBot();
const { bot } = fixture;
afterAll(() => fixture.cleanup());

describe("loggedQuery", () => {
  it("keeps a short query as it is and cuts a long one to the limit with an ellipsis", () => {
    expect(loggedQuery("pathlib")).toBe("pathlib");
    expect(loggedQuery("x".repeat(LOGGED_QUERY_CHARS))).toBe("x".repeat(LOGGED_QUERY_CHARS));
    expect(loggedQuery("x".repeat(LOGGED_QUERY_CHARS + 1))).toBe(`${"x".repeat(LOGGED_QUERY_CHARS)}…`);
    expect(loggedQuery("y".repeat(100_000))).toHaveLength(LOGGED_QUERY_CHARS + 1);
  });

  it("counts emoji as one character each and never splits one", () => {
    const cut = loggedQuery("🐍".repeat(LOGGED_QUERY_CHARS + 5));
    expect(Array.from(cut)).toHaveLength(LOGGED_QUERY_CHARS + 1);
    expect(cut).toBe(`${"🐍".repeat(LOGGED_QUERY_CHARS)}…`);
  });
});

describe("loggedRequest", () => {
  it("writes one line with adapter, kind, latency, found, result count and the query", async () => {
    const { lines, logger } = bufferLogger();
    await loggedRequest(logger, { adapter: "slack", kind: "command", query: "pathlib" }, async () => ({
      answer: bot.ask("pathlib"),
    }));
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      msg: "request",
      adapter: "slack",
      kind: "command",
      found: true,
      query: "pathlib",
    });
    expect(line?.results).toBeGreaterThan(0);
    expect(typeof line?.latencyMs).toBe("number");
  });

  it("logs not found with zero results, and a rate-limited request as such", async () => {
    const { lines, logger } = bufferLogger();
    const ask = { adapter: "discord", kind: "mention", query: "kubernetes autoscaling" } as const;
    await loggedRequest(logger, ask, async () => ({ answer: bot.ask("kubernetes autoscaling") }));
    await loggedRequest(logger, ask, async () => ({ limited: "warned" }));
    expect(lines.map((l) => [l.found, l.results, l.rateLimited])).toEqual([
      [false, 0, undefined],
      [false, 0, "warned"],
    ]);
  });

  it("logs a failed request, then lets the error through to the adapter", async () => {
    const { lines, logger } = bufferLogger();
    const failing = loggedRequest(logger, { adapter: "console", kind: "command", query: "q" }, async () => {
      throw new Error("core fell over");
    });
    await expect(failing).rejects.toThrow("core fell over");
    expect(lines).toMatchObject([{ msg: "request", failed: true, found: false }]);
  });

  it("names a button's question from the answer it shows", async () => {
    const { lines, logger } = bufferLogger();
    await loggedRequest(logger, { adapter: "discord", kind: "button", query: "" }, async () => ({
      answer: bot.ask("asyncio"),
    }));
    expect(lines[0]?.query).toBe("asyncio");
  });
});
