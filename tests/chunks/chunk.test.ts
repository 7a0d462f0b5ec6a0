import { describe, expect, it } from "vitest";
import { chunkDocuments, splitText } from "../../src/chunks/chunk.ts";
import type { SourceDocument } from "../../src/documents/document.ts";

const paragraph = (word: string, length: number): string =>
  `${word} `.repeat(length / (word.length + 1)).trim();

const doc = (overrides: Partial<SourceDocument> = {}): SourceDocument => ({
  path: "python-3.4.md",
  title: "What's New In Python 3.4",
  version: "3.4",
  url: "https://docs.python.org/3/whatsnew/3.4.html",
  sections: [
    { headings: ["What's New In Python 3.4"], anchor: "what-s-new-in-python-3-4", text: "Intro." },
    {
      headings: ["What's New In Python 3.4", "PEP 428: The pathlib module"],
      anchor: "pep-428-the-pathlib-module",
      text: "Paths.",
    },
    { headings: [], text: "Untitled text." },
  ],
  ...overrides,
});

describe("chunkDocuments", () => {
  it("makes one chunk per short section, with source, title, version, headings and section", () => {
    expect(chunkDocuments([doc()], 1000)).toEqual([
      {
        id: 0,
        source: "python-3.4.md",
        docTitle: "What's New In Python 3.4",
        version: "3.4",
        headings: ["What's New In Python 3.4"],
        section: "What's New In Python 3.4",
        url: "https://docs.python.org/3/whatsnew/3.4.html#what-s-new-in-python-3-4",
        text: "Intro.",
      },
      {
        id: 1,
        source: "python-3.4.md",
        docTitle: "What's New In Python 3.4",
        version: "3.4",
        headings: ["What's New In Python 3.4", "PEP 428: The pathlib module"],
        section: "PEP 428: The pathlib module",
        url: "https://docs.python.org/3/whatsnew/3.4.html#pep-428-the-pathlib-module",
        text: "Paths.",
      },
      {
        id: 2,
        source: "python-3.4.md",
        docTitle: "What's New In Python 3.4",
        version: "3.4",
        headings: [],
        section: "What's New In Python 3.4",
        url: "https://docs.python.org/3/whatsnew/3.4.html",
        text: "Untitled text.",
      },
    ]);
  });

  it("replaces a fragment already on the document URL with the section anchor", () => {
    const chunks = chunkDocuments([doc({ url: "https://example.org/page#top" })], 1000);
    expect(chunks[1]?.url).toBe("https://example.org/page#pep-428-the-pathlib-module");
  });

  it("has no URL when the document has none, even with an anchor", () => {
    const chunks = chunkDocuments([doc({ url: undefined })], 1000);
    expect(chunks.map((c) => c.url)).toEqual([undefined, undefined, undefined]);
  });

  it("numbers chunks across documents", () => {
    const chunks = chunkDocuments([doc(), doc({ path: "other.md" })], 1000);
    expect(chunks.map((c) => [c.id, c.source])).toEqual([
      [0, "python-3.4.md"],
      [1, "python-3.4.md"],
      [2, "python-3.4.md"],
      [3, "other.md"],
      [4, "other.md"],
      [5, "other.md"],
    ]);
  });

  it("splits a long section into chunks that share its heading and URL", () => {
    const text = [paragraph("alpha", 60), paragraph("beta", 60), paragraph("gamma", 60)].join("\n\n");
    const chunks = chunkDocuments(
      [doc({ sections: [{ headings: ["T", "Long"], anchor: "long", text }] })],
      100,
    );
    expect(chunks.map((c) => c.text)).toEqual(text.split("\n\n"));
    for (const chunk of chunks) {
      expect(chunk.headings).toEqual(["T", "Long"]);
      expect(chunk.url).toBe("https://docs.python.org/3/whatsnew/3.4.html#long");
    }
  });
});

describe("splitText", () => {
  it("keeps text within the limit as one piece", () => {
    expect(splitText("One.\n\nTwo.", 100)).toEqual(["One.\n\nTwo."]);
  });

  it("packs whole paragraphs into pieces no longer than the limit", () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => paragraph(`p${i}`, 30));
    const pieces = splitText(paragraphs.join("\n\n"), 100);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(100);
    expect(pieces.join("\n\n")).toBe(paragraphs.join("\n\n"));
  });

  it("never cuts a fenced code block longer than the limit", () => {
    const code = [
      "```python",
      ...Array.from({ length: 20 }, (_, i) => `value_${i} = compute(${i})`),
      "",
      "```",
    ].join("\n");
    const text = [paragraph("before", 150), code, paragraph("after", 150)].join("\n\n");
    const pieces = splitText(text, 200);
    expect(code.length).toBeGreaterThan(200);
    expect(pieces).toContain(code);
    expect(pieces.join("\n\n")).toBe(text);
  });

  it("keeps unfenced code paragraphs separated by a blank line together", () => {
    const code = ["import asyncio", "async def main():\n    await asyncio.sleep(1)"].join("\n\n");
    const pieces = splitText(`${paragraph("intro", 80)}\n\n${code}`, 40);
    expect(pieces).toContain(code);
  });

  it("keeps a short introduction with the code that follows it, even past the limit", () => {
    const code = [
      "```",
      "first_value = 1",
      "second_value = 2",
      "print(first_value + second_value)",
      "```",
    ].join("\n");
    const intro = "For example:";
    expect(intro.length).toBeLessThan(60 / 3);
    expect(splitText(`${intro}\n\n${code}`, 60)).toEqual([`${intro}\n\n${code}`]);
  });

  it("puts code in its own piece when the prose before it is not short", () => {
    const code = [
      "```",
      "first_value = 1",
      "second_value = 2",
      "print(first_value + second_value)",
      "```",
    ].join("\n");
    const prose = "The values are added together like so:";
    expect(prose.length).toBeGreaterThan(60 / 3);
    expect(splitText(`${prose}\n\n${code}`, 60)).toEqual([prose, code]);
  });

  it("does not cut a single paragraph longer than the limit", () => {
    const long = paragraph("word", 300);
    expect(splitText(long, 100)).toEqual([long]);
  });

  it("returns no pieces for empty text", () => {
    expect(splitText("", 100)).toEqual([]);
  });
});
