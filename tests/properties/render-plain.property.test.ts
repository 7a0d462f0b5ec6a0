import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderPlain } from "../../src/answer/render-plain.ts";
import { tinyBot } from "../fixtures/tiny.ts";
import { anyAnswer, anyQuestion, hasLoneSurrogate } from "./hostile.ts";

const bot = tinyBot();

/** C0 and C1 controls other than the line breaks PyVer writes: ESC sequences recolour or clear a terminal. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("renderPlain (console) on any answer", () => {
  it("writes no terminal control characters, whatever text the answer carries", () => {
    fc.assert(
      fc.property(anyAnswer, (answer) => {
        expect(renderPlain(answer)).not.toMatch(TERMINAL_CONTROL);
      }),
      { numRuns: 200, examples: [[{ ...bot.ask("pathlib"), answer: "\u001b[2J\u001b[31mred\u0007" }]] },
    );
  });

  it("shows the answer to any question first, as well-formed text", () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const answer = bot.ask(question);
        const text = renderPlain(answer);
        expect(text.startsWith(answer.answer)).toBe(true);
        expect(hasLoneSurrogate(text)).toBe(false);
        expect(text).not.toMatch(TERMINAL_CONTROL);
      }),
      { numRuns: 200 },
    );
  });
});
