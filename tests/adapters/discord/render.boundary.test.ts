import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, PRESENTATION } from "../../../adapters/discord/limits.ts";
import {
  clip,
  clipMarkdown,
  escapeMarkdown,
  NO_MENTIONS,
  pageCount,
  renderAnswerPage,
  renderChoices,
  renderPublicCopy,
  safeUrl,
} from "../../../adapters/discord/render.ts";
import type { Answer, Citation, Hit } from "../../../src/answer/answer.ts";
import { ISQRT_FACT } from "../../fixtures/api-fact.ts";
import { expectWithinLimits } from "./expect-within-limits.ts";

const view = { corpusLabel: "Python 3.0–3.14 release notes", ephemeral: false };

function citation(
  section: string,
  version = "3.4",
  url = `https://docs.python.org/3/whatsnew/${version}.html#x`,
): Citation {
  return { version, title: `What's New in Python ${version}`, section, url, source: `python-${version}.md` };
}

function hit(section: string, snippet = `About ${section}.`): Hit {
  return { ...citation(section), headings: [section], snippet, score: 1 };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    query: "pathlib",
    found: true,
    kind: "feature",
    answer: "pathlib — new in Python 3.4 (PEP 428). Object-oriented paths.",
    version: "3.4",
    citations: [citation("pathlib (PEP 428)")],
    hits: [hit("pathlib (PEP 428)")],
    suggestions: [],
    ...overrides,
  };
}

describe("clip", () => {
  it("keeps text exactly at the limit and cuts one over with an ellipsis", () => {
    expect(clip("a".repeat(256), 256)).toHaveLength(256);
    const cut = clip("a".repeat(257), 256);
    expect(cut).toHaveLength(256);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("returns empty text for an empty input", () => {
    expect(clip("", 10)).toBe("");
  });
});

describe("escapeMarkdown", () => {
  it("neutralises masked links, emphasis and spoilers but leaves inline code alone", () => {
    expect(escapeMarkdown("[click](https://evil) **bold** ||spoiler|| `a_b * c`")).toBe(
      "\\[click\\](https://evil) \\*\\*bold\\*\\* \\|\\|spoiler\\|\\| `a_b * c`",
    );
  });

  it("escapes a heading or quote marker at the start of a line", () => {
    expect(escapeMarkdown("# big\n> quote")).toBe("\\# big\n\\> quote");
  });
});

describe("clipMarkdown", () => {
  it("never exceeds the limit, even when escaping lengthens the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 120 }), (text, max) => {
        expect(clipMarkdown(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it("never ends with a dangling escape", () => {
    expect(clipMarkdown("a ".repeat(10) + "*".repeat(50), 30).endsWith("\\")).toBe(false);
  });
});

describe("safeUrl", () => {
  it("accepts http(s) and encodes characters that would end a Markdown link", () => {
    expect(safeUrl("https://docs.python.org/3/a (b).html")).toBe(
      "https://docs.python.org/3/a%20%28b%29.html",
    );
  });

  it("rejects other schemes and non-URLs", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("")).toBeUndefined();
  });
});

describe("renderAnswerPage", () => {
  it("titles the answer by its best section and version, linked to the section", () => {
    const [embed] = renderAnswerPage(answer(), 0, view).embeds;
    expect(embed?.title).toBe("pathlib (PEP 428) — Python 3.4");
    expect(embed?.url).toBe("https://docs.python.org/3/whatsnew/3.4.html#x");
    expect(embed?.footer?.text).toBe("Python 3.0–3.14 release notes");
  });

  it("keeps the version in a title whose section is exactly at, or over, the limit", () => {
    const suffix = " — Python 3.4".length;
    const atLimit = "s".repeat(DISCORD_LIMITS.embedTitle - suffix);
    expect(renderAnswerPage(answer({ citations: [citation(atLimit)] }), 0, view).embeds[0]?.title).toBe(
      `${atLimit} — Python 3.4`,
    );
    const over = renderAnswerPage(answer({ citations: [citation(`${atLimit}s`)] }), 0, view).embeds[0]?.title;
    expect(over).toHaveLength(DISCORD_LIMITS.embedTitle);
    expect(over?.endsWith("… — Python 3.4")).toBe(true);
  });

  it("links at most five citations", () => {
    const citations = ["a", "b", "c", "d", "e", "f", "g"].map((s) => citation(s));
    const sources = renderAnswerPage(answer({ citations }), 0, view).embeds[0]?.fields?.[0]?.value ?? "";
    expect(sources.split("\n")).toHaveLength(PRESENTATION.citationsPerPage);
    expect(sources).toContain("[Python 3.4 › a](https://docs.python.org/3/whatsnew/3.4.html#x)");
  });

  it("cuts a description exactly one over the limit, keeps one at the limit", () => {
    const at = "w".repeat(DISCORD_LIMITS.embedDescription);
    const plain = answer({ citations: [], found: false, kind: "refusal" });
    expect(renderAnswerPage({ ...plain, answer: at }, 0, view).embeds[0]?.description).toBe(at);
    const over = renderAnswerPage({ ...plain, answer: `${at}w` }, 0, view).embeds[0]?.description;
    expect(over).toHaveLength(DISCORD_LIMITS.embedDescription);
  });

  it("gives the description only what the 6000-character message budget leaves", () => {
    const long = "x".repeat(3000);
    const citations = [1, 2, 3, 4, 5].map((i) => citation(`${long}${i}`));
    const message = renderAnswerPage(
      answer({ answer: "y ".repeat(5000), citations, suggestions: [long, long] }),
      0,
      { corpusLabel: "z".repeat(5000), ephemeral: true, pagingId: "abcdefgh" },
    );
    expectWithinLimits(message);
  });

  it("says plainly when nothing was found, and lists close matches", () => {
    const [embed] = renderAnswerPage(
      answer({
        found: false,
        kind: "not-found",
        citations: [],
        hits: [],
        suggestions: ["pathlib", "path_hooks"],
      }),
      0,
      view,
    ).embeds;
    expect(embed?.title).toBe("Nothing found in the release notes");
    expect(embed?.fields).toEqual([{ name: "Close matches", value: "• pathlib\n• path\\_hooks" }]);
  });

  it("offers More results only when there are hits beyond those cited, and pages through them", () => {
    expect(pageCount(answer())).toBe(1);
    expect(renderAnswerPage(answer(), 0, { ...view, pagingId: "abcdefgh" }).components).toEqual([]);

    const hits = ["a", "b", "c", "d", "e", "f", "g"].map((s) => hit(s));
    const many = answer({ citations: [citation("a")], hits });
    expect(pageCount(many)).toBe(3);
    const first = renderAnswerPage(many, 0, { ...view, pagingId: "abcdefgh" });
    expect(first.components[0]?.components).toMatchObject([
      { label: "More results", custom_id: "pyver:more:abcdefgh:1" },
    ]);
    const second = renderAnswerPage(many, 1, { ...view, pagingId: "abcdefgh" });
    expect(second.embeds[0]?.title).toBe("More results for “pathlib”");
    expect(second.embeds[0]?.fields?.map((f) => f.name)).toEqual(
      ["b", "c", "d", "e", "f"].map((s) => `Python 3.4 › ${s}`),
    );
    expect(second.embeds[0]?.footer?.text).toBe("Python 3.0–3.14 release notes · page 2 of 3");
    const last = renderAnswerPage(many, 2, { ...view, pagingId: "abcdefgh" });
    expect(last.components[0]?.components).toMatchObject([
      { label: "Back to the answer", custom_id: "pyver:more:abcdefgh:0" },
    ]);
  });

  it("shares the 6000-character total among five long results on a More results page", () => {
    const hits = ["a", "b", "c", "d", "e", "f"].map((s) => hit(s.repeat(300), "w ".repeat(1000)));
    const page = renderAnswerPage(answer({ citations: [], hits }), 1, {
      ...view,
      corpusLabel: "z".repeat(5000),
    });
    expect(page.embeds[0]?.fields).toHaveLength(PRESENTATION.citationsPerPage);
    expectWithinLimits(page);
  });

  it("treats a page number out of range as the nearest page", () => {
    const many = answer({ hits: ["a", "b"].map((s) => hit(s)), citations: [] });
    expect(renderAnswerPage(many, 99, view).embeds[0]?.footer?.text).toContain("page 2 of 2");
  });

  it("adds Post to channel to ephemeral answers only", () => {
    expect(
      renderAnswerPage(answer(), 0, { ...view, ephemeral: true }).components[0]?.components,
    ).toMatchObject([{ label: "Post to channel", custom_id: "pyver:post" }]);
    expect(renderAnswerPage(answer(), 0, view).components).toEqual([]);
  });

  it("holds every limit for any answer", () => {
    const text = fc.string({ maxLength: 5000 });
    const arbCitation = fc.record({
      version: fc.constantFrom("", "3.4", "3.12"),
      title: fc.string({ maxLength: 300 }),
      section: fc.string({ maxLength: 1500 }),
      url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 50 })),
      source: fc.string({ maxLength: 20 }),
    });
    const arbAnswer = fc.record({
      query: fc.string({ maxLength: 500 }),
      found: fc.boolean(),
      kind: fc.constantFrom("feature", "release", "overview", "not-found", "refusal"),
      answer: text,
      citations: fc.array(arbCitation, { maxLength: 8 }),
      hits: fc.array(
        fc.tuple(arbCitation, text).map(([c, snippet]) => ({ ...c, headings: [], snippet, score: 1 })),
        { maxLength: 20 },
      ),
      suggestions: fc.array(fc.string({ maxLength: 2000 }), { maxLength: 3 }),
    }) as fc.Arbitrary<Answer>;
    fc.assert(
      fc.property(arbAnswer, fc.integer({ min: 0, max: 5 }), fc.boolean(), (a, page, ephemeral) => {
        expectWithinLimits(
          renderAnswerPage(a, page, { corpusLabel: "Python release notes", ephemeral, pagingId: "abcdefgh" }),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("renderChoices", () => {
  it("uses the label as the value when it fits, so the chosen version is kept", () => {
    expect(renderChoices([{ label: "pathlib (PEP 428) (Python 3.4)", query: "pathlib (PEP 428)" }])).toEqual([
      { name: "pathlib (PEP 428) (Python 3.4)", value: "pathlib (PEP 428) (Python 3.4)" },
    ]);
  });

  it("keeps names and values of exactly 100 characters, cuts 101", () => {
    const at = "n".repeat(DISCORD_LIMITS.choiceName);
    expect(renderChoices([{ label: at, query: at }])).toEqual([{ name: at, value: at }]);
    const [over] = renderChoices([{ label: `${at}n`, query: `${at}q` }]);
    expect(over?.name).toHaveLength(DISCORD_LIMITS.choiceName);
    expect(over?.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
  });

  it("returns at most 25 choices and drops empty ones", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ label: `name ${i}`, query: `name ${i}` }));
    expect(renderChoices(many)).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    expect(renderChoices([{ label: "", query: "" }])).toEqual([]);
  });
});

describe("renderPublicCopy", () => {
  it("copies only the fields PyVer sets and drops the buttons", () => {
    const copy = renderPublicCopy([
      { title: "t", url: "https://x.org", description: "d", footer: { text: "f", icon_url: "https://i" } },
    ]);
    expect(copy.embeds).toEqual([
      { title: "t", url: "https://x.org", description: "d", footer: { text: "f" } },
    ]);
    expect(copy.components).toEqual([]);
    expect(copy.allowedMentions).toEqual(NO_MENTIONS);
  });
});

describe("API facts", () => {
  const isqrt = ISQRT_FACT;

  it("shows the fact as a linked Library reference field", () => {
    const [embed] = renderAnswerPage(answer({ api: isqrt }), 0, view).embeds;
    expect(embed?.fields?.[0]).toEqual({
      name: "Library reference",
      value: "[math.isqrt — new in Python 3.8](https://docs.python.org/3/library/math.html#math.isqrt)",
    });
  });

  it("answers can-I-use questions with yes or no in the field", () => {
    const api = { ...isqrt, target: { version: "3.7", available: false } };
    const [embed] = renderAnswerPage(answer({ api }), 0, view).embeds;
    expect(embed?.fields?.[0]?.value).toContain("math.isqrt on 3.7: no (new in Python 3.8)");
  });

  it("keeps the field within its limit even for an absurdly long name", () => {
    const message = renderAnswerPage(answer({ api: { ...isqrt, name: "x".repeat(5000) } }), 0, view);
    expectWithinLimits(message);
  });
});
