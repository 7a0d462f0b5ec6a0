import { createInterface } from "node:readline";
import { renderPlain } from "../../src/answer/render-plain.ts";
import type { PyVer } from "../../src/pyver.ts";
import type { RunningAdapter } from "../adapter.ts";

export interface ConsoleOptions {
  bot: PyVer;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

const GREETING = "PyVer — ask about Python releases (e.g. “pathlib”, “what's new in 3.12”). Ctrl-D to quit.";

/**
 * A local chat: on a terminal, a prompt; otherwise each input line is answered and the chat ends at
 * end of input. Resolves `done` when the input is finished.
 */
export function startConsole({
  bot,
  input,
  output,
}: ConsoleOptions): RunningAdapter & { done: Promise<void> } {
  const interactive = Boolean(input.isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${GREETING}\n`);
    rl.setPrompt("pyver> ");
    rl.prompt();
  }
  const done = (async () => {
    for await (const line of rl) {
      if (line.trim()) output.write(`${renderPlain(bot.ask(line))}\n\n`);
      if (interactive) rl.prompt();
    }
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
