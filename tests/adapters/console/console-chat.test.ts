import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startConsole } from "../../../adapters/console/console-chat.ts";
import { RateLimiter } from "../../../adapters/rate-limit.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";

const fixture = openFixtureBot();
const { bot } = fixture;
afterAll(() => fixture.cleanup());

function collect(stream: PassThrough): () => string {
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return () => text;
}

describe("console chat", () => {
  it("answers each piped line with citations and finishes at end of input", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const chat = startConsole({ bot, input, output });
    input.end("pathlib\nwhen was 3.8 released\n");
    await chat.done;
    const text = read();
    expect(text).toContain("pathlib — new in Python 3.4 (PEP 428)");
    expect(text).toContain("[1] Python 3.4 › pathlib");
    expect(text).toContain("Python 3.8 was released on October 14, 2019.");
  });

  it("ends the chat at a line that says to leave, answering nothing after it", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const chat = startConsole({ bot, input, output });
    input.write("pathlib\n/quit\nwhen was 3.8 released\n");
    await chat.done;
    expect(read()).toContain("pathlib — new in Python 3.4");
    expect(read()).not.toContain("October 14, 2019");
    // "exit" and "quit" too; a question that mentions them is still a question.
    const again = new PassThrough();
    const said = collect(output);
    const second = startConsole({ bot, input: again, output });
    again.end("quit() in the REPL\nexit\npathlib\n");
    await second.done;
    expect(said()).toContain("REPL");
    expect(said()).not.toContain("pathlib — new in Python 3.4");
  });

  it("skips blank lines and says plainly when it finds nothing", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const chat = startConsole({ bot, input, output });
    input.end("\n   \nkubernetes autoscaling\n");
    await chat.done;
    expect(read().trim()).toBe("I found nothing about “kubernetes autoscaling” in the Python release notes.");
  });

  it("applies the shared rate limit: over it, one 'slow down' and then silence", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const limiter = new RateLimiter({ perMinute: 1, burst: 1, now: () => 0 });
    const chat = startConsole({ bot, input, output, limiter });
    input.end("pathlib\nasyncio\nenum\n");
    await chat.done;
    const text = read();
    expect(text).toContain("pathlib — new in Python 3.4");
    expect(text.match(/slow down/g)).toHaveLength(1);
    expect(text.trim()).toMatch(/slow down and try again in 60 s\.$/);
    expect(text).not.toContain("asyncio");
  });
});
