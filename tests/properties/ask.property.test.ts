import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { PyVer } from "../../src/pyver.ts";
import { findFeatureMention } from "../../src/query/feature-mention.ts";
import { cleanQuestion, cutQuestion } from "../../src/query/parse-query.ts";
import { TINY_CORPUS, tinyBot } from "../fixtures/tiny.ts";
import { anyQuestion, hasLoneSurrogate, hostileText, longText, stringsIn } from "./hostile.ts";

const tiny = tinyBot();
const builtin = PyVer.open({ cache: false, now: () => new Date("2026-11-22T12:00:00Z") });

/** What every `Answer` promises an adapter, whatever was asked. */
function expectSoundAnswer(bot: PyVer, question: string, answer: Answer, limit: number): void {
  expect(answer.query).toBe(cutQuestion(question, bot.options.maxQueryChars));
  expect(answer.answer).toMatch(/\p{L}/u);
  if (answer.kind === "refusal" || answer.kind === "not-found") {
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
  }
  // A found answer links somewhere (a release-notes section, the API's own documentation), or names
  // the APIs a bare name could mean.
  if (answer.found) {
    const leads = answer.citations.length + answer.suggestions.length + (answer.api ? 1 : 0);
    expect(leads).toBeGreaterThan(0);
  }
  expect(answer.citations.length).toBeLessThanOrEqual(limit);
  expect(answer.hits.length).toBeLessThanOrEqual(bot.options.maxHits);
  expect(stringsIn(answer).filter(hasLoneSurrogate)).toEqual([]);
}

const askOptions = fc.record(
  {
    version: fc.oneof(fc.constantFrom("3.4", "3.12", "2.7", "4.0", ""), hostileText),
    limit: fc.oneof(fc.integer({ min: -3, max: 50 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)),
  },
  { requiredKeys: [] },
);

/** The number of citations `ask` may list for these options: 1 to `maxHits`, the default when unusable. */
function limitFor(bot: PyVer, limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return bot.options.citations;
  return Math.max(1, Math.min(limit, bot.options.maxHits));
}

describe("PyVer.ask on any input", () => {
  it.each([
    ["the tiny corpus", tiny, 300],
    ["the built-in corpus", builtin, 60],
  ])(
    "answers or refuses from %s, never throws, never breaks the Answer's promises",
    (_name, bot, numRuns) => {
      fc.assert(
        fc.property(anyQuestion, askOptions, (question, options) => {
          expectSoundAnswer(bot, question, bot.ask(question, options), limitFor(bot, options.limit));
        }),
        { numRuns },
      );
    },
  );

  it("gives the same answer to the same question, and ignores what lies between the parts it reads", () => {
    // Questions are read up to maxQueryChars; pasted errors and code by the first and last halves of
    // maxPasteChars (a snippet's imports come first, a traceback's error last).
    const short = PyVer.open({ corpusDir: TINY_CORPUS, cache: false, options: { maxPasteChars: 1000 } });
    const max = Math.max(short.options.maxQueryChars, short.options.maxPasteChars);
    const head = longText(max * 2).filter((text) => text.length >= max);
    const tail = longText(max).filter((text) => text.length >= max / 2);
    fc.assert(
      fc.property(head, hostileText, tail, (start, middle, end) => {
        expect(short.ask(start + middle + end)).toEqual(short.ask(start + end));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses what has no letters or digits in words, unless its symbols are a feature (`<>`)", () => {
    const noWords = fc.string({
      unit: fc.constantFrom(" ", "\n", "\u200b", "*", "<", ">", "!", "@", "🐍", "\u0000"),
    });
    fc.assert(
      fc.property(noWords, (question) => {
        fc.pre(findFeatureMention(cleanQuestion(question, 2000)) === undefined);
        const answer = tiny.ask(question);
        expect(answer.kind).toBe("refusal");
        expect(answer.answer).toMatch(/^(Ask me|That doesn't look like a question)/);
      }),
      { numRuns: 100 },
    );
  });

  it("suggests names for any prefix typed, never throws", () => {
    fc.assert(
      fc.property(anyQuestion, fc.integer({ min: 0, max: 30 }), (typed, limit) => {
        const suggestions = builtin.suggest(typed, limit);
        expect(suggestions.length).toBeLessThanOrEqual(limit);
        expect(stringsIn(suggestions).filter(hasLoneSurrogate)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
