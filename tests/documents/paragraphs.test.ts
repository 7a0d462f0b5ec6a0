import { describe, expect, it } from "vitest";
import { isCodeParagraph, splitParagraphs } from "../../src/documents/paragraphs.ts";

describe("splitParagraphs", () => {
  it("splits at blank lines and trims each paragraph", () => {
    expect(splitParagraphs("  One.\nStill one.\n\n\n  Two.  \n   \nThree.")).toEqual([
      "One.\nStill one.",
      "Two.",
      "Three.",
    ]);
  });

  it("keeps a fenced block with blank lines in one paragraph", () => {
    const code = "```python\nimport os\n\n\nprint(os.sep)\n```";
    expect(splitParagraphs(`Before.\n\n${code}\n\nAfter.`)).toEqual(["Before.", code, "After."]);
  });

  it("closes a fence only with the same marker", () => {
    const code = "~~~\n```\n\nstill code\n~~~";
    expect(splitParagraphs(`${code}\n\nAfter.`)).toEqual([code, "After."]);
  });

  it("joins two adjacent unfenced code paragraphs, keeping the blank line", () => {
    expect(splitParagraphs("Example:\n\nimport asyncio\n\nasync def main():\n    pass\n\nDone.")).toEqual([
      "Example:",
      "import asyncio\n\nasync def main():\n    pass",
      "Done.",
    ]);
  });

  // BUG: once two code paragraphs are joined, the blank line inside makes isCodeParagraph() reject the
  // result, so a third code paragraph is not joined and the example can be cut apart when chunking.
  // splitParagraphs("import os\n\nx = 1\n\nprint(x)") gives ["import os\n\nx = 1", "print(x)"].
  it("joins three or more adjacent unfenced code paragraphs into one", () => {
    expect(splitParagraphs("import os\n\nx = 1\n\nprint(x)")).toEqual(["import os\n\nx = 1\n\nprint(x)"]);
  });

  it("does not join a fenced block onto unfenced code before it", () => {
    expect(splitParagraphs("import os\n\n```\nx = 1\n```")).toEqual(["import os", "```\nx = 1\n```"]);
  });

  it("returns nothing for blank text", () => {
    expect(splitParagraphs("\n  \n\n")).toEqual([]);
  });
});

describe("isCodeParagraph", () => {
  it.each([
    ["a fenced block", "```\nanything at all\n```"],
    ["imports", "import os\nfrom sys import path"],
    ["a REPL session", ">>> x = 1\n... y = 2"],
    ["a function with an indented body", "def f(x):\n    return x\n)"],
    ["an assignment and a call", "p = Path('.')\nprint(p)"],
    ["a comment", "# set up the loop"],
  ])("recognizes %s", (_kind, paragraph) => {
    expect(isCodeParagraph(paragraph)).toBe(true);
  });

  it.each([
    ["a sentence", "Python 3.4 adds pathlib."],
    ["prose that mentions code", "Use import os to start.\nThen call it."],
    ["a heading", "Asyncio Gets Better"],
  ])("rejects %s", (_kind, paragraph) => {
    expect(isCodeParagraph(paragraph)).toBe(false);
  });
});
