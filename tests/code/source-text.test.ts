import { describe, expect, it } from "vitest";
import { cutAtLine, dedent, LineIndex, layoutSource, looksBinary } from "../../src/code/source-text.ts";

describe("cutAtLine", () => {
  it("keeps the whole lines that fit, or all of a text that fits", () => {
    expect(cutAtLine("a = 1\nb = 2\nc = 3", 12)).toBe("a = 1\nb = 2");
    expect(cutAtLine("a = 1\nb = 2", 100)).toBe("a = 1\nb = 2");
    expect(cutAtLine("x".repeat(20), 8)).toBe("x".repeat(8));
  });
});

describe("source layout", () => {
  it("numbers lines from 1", () => {
    const lines = new LineIndex("a\nbb\n\nccc");
    expect([0, 1, 2, 4, 5, 6].map((p) => lines.lineAt(p))).toEqual([1, 1, 2, 2, 3, 4]);
    expect(lines.lineText(2)).toBe("bb");
    expect(lines.firstChar(4)).toBe("c");
  });

  it("starts statements only outside strings and brackets", () => {
    const text = 'x = (1,\n2)\ns = """\nnot a statement\n"""\n# comment\ny = 2\n';
    const starts = layoutSource(text).statementStarts.map((p) => text.slice(p, p + 5));
    expect(starts).toEqual(["x = (", 's = "', "y = 2"]);
  });

  it("keeps decorators, else and except with their statement", () => {
    const body = "    pass\n".repeat(300);
    const text = `@deco\ndef f():\n${body}try:\n${body}except E:\n${body}else:\n${body}x = 1\n`;
    const chunks = layoutSource(text).chunks.map((c) => text.slice(c.from, c.to));
    expect(chunks).toHaveLength(3);
    expect(chunks[0]?.startsWith("@deco\ndef f():")).toBe(true);
    expect(chunks[1]?.startsWith("try:")).toBe(true);
    expect(chunks[1]).toContain("else:");
    expect(chunks[2]).toBe("x = 1\n");
  });

  it("covers the whole text with its chunks", () => {
    const text = "a = 1\n".repeat(2_000);
    const chunks = layoutSource(text).chunks;
    expect(chunks[0]?.from).toBe(0);
    expect(chunks.at(-1)?.to).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.from).toBe(chunks[i - 1]?.to);
  });

  it("tracks how deep brackets nest", () => {
    expect(layoutSource("f([{1}])\n").maxDepth).toBe(3);
    expect(layoutSource("s = '((('\n").maxDepth).toBe(0);
  });

  it("removes the indentation every line shares", () => {
    expect(dedent("    if x:\n        y()\n\n    z()")).toBe("if x:\n    y()\n\nz()");
    expect(dedent("a\n  b")).toBe("a\n  b");
  });

  it("tells binary from text", () => {
    expect(looksBinary("print('héllo wörld') # ünïcode ✓\n")).toBe(false);
    expect(looksBinary("\u0000\u0001\u0002\u0003 text")).toBe(true);
  });
});
