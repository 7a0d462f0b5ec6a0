import { describe, expect, it } from "vitest";
import { fitToLimit, furtherResults, resultsPage } from "../../adapters/shared/present.ts";
import { type Answer, citationLabel } from "../../src/index.ts";

const hit = (section: string) => ({
  version: "3.4",
  title: "What's New in Python 3.4",
  section,
  url: `https://docs.python.org/3/whatsnew/3.4.html#${section}`,
  source: "python-3.4.md",
  headings: [section],
  snippet: "",
  score: 1,
});

describe("shared presentation", () => {
  it("labels a citation with its release, or its document's title when it names none", () => {
    expect(citationLabel({ version: "3.4", title: "T", section: "pathlib (PEP 428)" })).toBe(
      "Python 3.4 › pathlib (PEP 428)",
    );
    expect(citationLabel({ version: "", title: "Release blog", section: "Intro" })).toBe(
      "Release blog › Intro",
    );
  });

  it("pages through the results the answer does not already cite", () => {
    const answer: Answer = {
      query: "q",
      found: true,
      kind: "feature",
      answer: "a",
      citations: [hit("a"), hit("b")],
      hits: ["a", "b", "c", "d", "e"].map(hit),
      suggestions: [],
    };
    expect(furtherResults(answer).map((h) => h.section)).toEqual(["c", "d", "e"]);
    expect(furtherResults(answer, 1).map((h) => h.section)).toEqual(["b", "c", "d", "e"]);
    expect(resultsPage(["c", "d", "e"], 2, 2)).toEqual(["e"]);
  });
});

describe("fitToLimit", () => {
  const escapeStars = (text: string) => text.replace(/[*_]/g, "\\$&");

  it("leaves text that fits alone, marked up", () => {
    expect(fitToLimit("a *b*", 20, escapeStars)).toBe("a \\*b\\*");
  });

  it("cuts at a word with an ellipsis, counting the marked-up length, never halving an escapeStars", () => {
    for (let max = 0; max <= 40; max++) {
      const fitted = fitToLimit("some **bold** words and __more__ of them here", max, escapeStars);
      expect(fitted.length).toBeLessThanOrEqual(max);
      expect(fitted.replace(/\\[*_]/g, "")).not.toMatch(/\\/);
    }
    expect(fitToLimit("alpha beta gamma delta", 12)).toBe("alpha beta…");
  });
});
