import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "../../src/config.ts";
import { cleanQuestion, parseQuery } from "../../src/query/parse-query.ts";
import { anyQuestion, hasLoneSurrogate, hostileText, longText } from "./hostile.ts";

const maxChars = DEFAULT_OPTIONS.maxQueryChars;
const parse = (text: string, version?: string) => parseQuery(text, { maxChars, version });

describe("parseQuery on any input", () => {
  it("returns a query to search for or a refusal in words, never throws", () => {
    fc.assert(
      fc.property(anyQuestion, fc.option(hostileText, { nil: undefined }), (input, version) => {
        const query = parse(input, version);
        if (query.refusal !== undefined) {
          expect(query.refusal).toMatch(/\w/);
          expect(query.terms).toEqual([]);
        } else {
          const searchable = query.terms.length > 0 || query.expansions.length > 0;
          expect(searchable || query.intent !== "feature").toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps at most the maximum number of characters, without splitting a character in two", () => {
    fc.assert(
      fc.property(anyQuestion, (input) => {
        const query = parse(input);
        expect(query.raw.length).toBeLessThanOrEqual(maxChars);
        expect(query.text.length).toBeLessThanOrEqual(maxChars);
        expect(hasLoneSurrogate(query.raw)).toBe(false);
        expect(hasLoneSurrogate(query.text)).toBe(false);
      }),
      // NFKC turns "ﷺ" into 18 letters: a question of them must still end up within the maximum.
      { numRuns: 300, examples: [["ﷺ".repeat(maxChars)], [`${"🐍".repeat(maxChars)}`]] },
    );
  });

  it("cuts before any work: nothing after the maximum length changes the result", () => {
    const head = longText(maxChars * 2).filter((text) => text.length >= maxChars);
    fc.assert(
      fc.property(head, hostileText, hostileText, (start, tailA, tailB) => {
        expect(parse(start + tailA)).toEqual(parse(start + tailB));
      }),
      { numRuns: 100 },
    );
  });

  it("leaves no control, invisible or mention syntax in the text it searches and quotes back", () => {
    fc.assert(
      fc.property(anyQuestion, (input) => {
        const text = cleanQuestion(input, maxChars);
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/);
        expect(text).not.toMatch(/<[@!][^>]*>|@(everyone|here)\b/i);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 300 },
    );
  });
});
