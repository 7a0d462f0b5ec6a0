import { describe, expect, it } from "vitest";
import { featureSentence, syntaxListAnswer } from "../../src/answer/language-feature-answer.ts";
import { languageFeature } from "../../src/code/language-features.ts";
import { parseQuery } from "../../src/query/parse-query.ts";

describe("featureSentence", () => {
  it("dates a feature with its PEP", () => {
    expect(featureSentence(languageFeature("yield-from"), undefined)).toBe(
      "`yield from` — new in Python 3.3 (PEP 380).",
    );
  });

  it("answers yes or no for the asker's version", () => {
    expect(featureSentence(languageFeature("walrus"), "3.7")).toMatch(
      /^No — the walrus operator `:=` needs Python 3\.8/,
    );
    expect(featureSentence(languageFeature("walrus"), "3.11")).toMatch(/^Yes — Python 3\.11 has/);
  });

  it("agrees with a plural name", () => {
    expect(featureSentence(languageFeature("fstring"), "3.5")).toBe(
      "No — f-strings need Python 3.6 or later (PEP 498); Python 3.5 does not have them.",
    );
    expect(featureSentence(languageFeature("fstring"), "3.9")).toBe(
      "Yes — Python 3.9 has f-strings: they are new in Python 3.6 (PEP 498).",
    );
  });

  it("says a Python 2 construct was removed in 3.0", () => {
    expect(featureSentence(languageFeature("print-statement"), undefined)).toMatch(
      /Python 2 syntax: Python 3\.0 removed it/,
    );
    expect(featureSentence(languageFeature("long-suffix"), "3.8")).toBe(
      "No — long integer literals like `10L` are Python 2 syntax: Python 3.0 removed them (PEP 237), so Python 3.8 rejects them.",
    );
  });

  it("names what came before where there were two events", () => {
    expect(featureSentence(languageFeature("dict-order"), undefined)).toMatch(
      /new in Python 3\.7\. CPython 3\.6 already/,
    );
  });
});

describe("syntaxListAnswer", () => {
  const asked = parseQuery("what syntax is new in 3.5", { maxChars: 500 });

  it("lists the syntax a release added, each with its PEP and cited", () => {
    const listed = syntaxListAnswer(asked, "3.5", [], 3);
    expect(listed?.answer).toBe(
      "New syntax in Python 3.5 (3): `async def` / `await` (PEP 492); the `@` matrix multiplication operator (PEP 465); several `*` / `**` unpackings in calls and displays (PEP 448).",
    );
    expect(listed?.citations.map((c) => c.url)).toContain(
      "https://docs.python.org/3/whatsnew/3.5.html#pep-465-a-dedicated-infix-operator-for-matrix-multiplication",
    );
  });

  it("leaves out behaviours and library people also call features, and says nothing for a release with no syntax", () => {
    expect(syntaxListAnswer(asked, "3.5", [], 3)?.answer).not.toMatch(/type hints|% formatting/);
    expect(syntaxListAnswer(asked, "3.2", [], 3)).toBeUndefined();
  });
});
