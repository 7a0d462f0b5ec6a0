import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../adapters/discord/limits.ts";
import {
  type RenderedMessage,
  renderAnswerPage,
  renderChoices,
  renderNote,
  renderPublicCopy,
} from "../../adapters/discord/render.ts";
import { expectWithinLimits } from "../adapters/discord/expect-within-limits.ts";
import { tinyBot } from "../fixtures/tiny.ts";
import { anyAnswer, anyQuestion, hasLoneSurrogate, hostileText, longText, stringsIn } from "./hostile.ts";

const bot = tinyBot();
const view = fc.record({
  corpusLabel: fc.oneof(fc.constant(bot.corpusLabel), hostileText, longText(5000)),
  pagingId: fc.constantFrom(undefined, "abcdefgh", "A".repeat(40)),
  ephemeral: fc.boolean(),
});
const page = fc.integer({ min: -2, max: 8 });

/** Limits and mentions, checked on the message and on its "Post to channel" copy. */
function expectSendable(message: RenderedMessage): void {
  expectWithinLimits(message);
  expectWithinLimits(renderPublicCopy(message.embeds));
}

describe("Discord renderer on any answer", () => {
  it("holds every Discord limit and pings nobody, on every page of any answer", () => {
    fc.assert(
      fc.property(anyAnswer, page, view, (answer, at, v) => {
        expectSendable(renderAnswerPage(answer, at, v));
      }),
      { numRuns: 150 },
    );
  });

  it("renders any question's answer on every page as well-formed text", () => {
    fc.assert(
      fc.property(anyQuestion, page, view, (question, at, v) => {
        const message = renderAnswerPage(bot.ask(question), at, { ...v, corpusLabel: bot.corpusLabel });
        expectSendable(message);
        expect(stringsIn(message).filter(hasLoneSurrogate)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps any note within a message's content and pings nobody", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, longText(10_000)), (text) => {
        expectWithinLimits(renderNote(text));
      }),
      { numRuns: 100 },
    );
  });

  it("offers at most 25 non-empty autocomplete choices within 100 characters for anything typed", () => {
    fc.assert(
      fc.property(anyQuestion, (typed) => {
        const choices = renderChoices(bot.suggest(typed, DISCORD_LIMITS.autocompleteChoices));
        expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
        for (const { name, value } of choices) {
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
        }
      }),
      { numRuns: 100 },
    );
  });
});
