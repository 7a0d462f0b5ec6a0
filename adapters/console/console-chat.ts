import { createInterface } from "node:readline";
import type { Logger } from "pino";
import { type PyVer, renderPlain } from "../../src/index.ts";
import type { RunningAdapter } from "../adapter.ts";
import type { RateLimits } from "../rate-limit.ts";
import { takeTurn } from "../shared/turn.ts";

export interface ConsoleOptions {
  bot: PyVer;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  /** Where each question's request line goes; none when absent. */
  logger?: Logger;
  /** The same per-user limit the chat platforms apply; the console is one user. */
  limiter?: RateLimits;
}

/** The console's one user, counted apart from any platform's. */
const ASKER = "local";

const GREETING =
  "PyVer — ask about Python releases (e.g. “pathlib”, “what's new in 3.12”). Type quit or press Ctrl-D to leave.";

/** A line that ends the chat, as people type it in a terminal: "quit", "exit", "/quit", ":q". */
const LEAVE = /^\s*(?:\/?(?:quit|exit|bye)|:q!?)\s*$/i;

/**
 * A local chat: on a terminal, a prompt; otherwise each input line is answered and the chat ends at
 * end of input. Resolves `done` when the input is finished.
 */
export function startConsole({
  bot,
  input,
  output,
  logger,
  limiter,
}: ConsoleOptions): RunningAdapter & { done: Promise<void> } {
  const interactive = Boolean(input.isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${GREETING}\n`);
    rl.setPrompt("pyver> ");
    rl.prompt();
  }
  const write = (text: string): void => void output.write(`${text}\n\n`);
  const answer = (question: string): Promise<void> =>
    takeTurn(
      { logger, limiter },
      {
        platform: "console",
        kind: "command",
        query: question,
        asker: ASKER,
        slowDown: async (text) => write(text),
        reply: async () => {
          const answer = bot.ask(question);
          write(renderPlain(answer));
          return { answer };
        },
      },
    );
  const done = (async () => {
    for await (const line of rl) {
      if (LEAVE.test(line)) break;
      if (line.trim()) await answer(line);
      if (interactive) rl.prompt();
    }
    rl.close();
  })();
  return {
    name: "console",
    done,
    stop: async () => {
      rl.close();
      await done;
    },
  };
}
