import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncate } from "../../src/answer/text.ts";
import { hasLoneSurrogate, hostileText, longText } from "./hostile.ts";

const wellFormed = fc.oneof(hostileText, longText(2000)).filter((text) => !hasLoneSurrogate(text));

describe("truncate on any text", () => {
  it("stays within the limit, keeps text that fits, and never cuts an emoji in half", () => {
    fc.assert(
      fc.property(wellFormed, fc.integer({ min: 0, max: 300 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        expect(hasLoneSurrogate(cut)).toBe(false);
      }),
      { numRuns: 500, examples: [["a🐍🐍", 3]] },
    );
  });
});
