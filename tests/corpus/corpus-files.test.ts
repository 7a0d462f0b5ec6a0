import { readFileSync } from "node:fs";
import { basename } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { listCorpusFiles } from "../../src/documents/load-corpus.ts";
import { parseMarkdown } from "../../src/documents/markdown.ts";
import { BUILTIN_CORPUS } from "../../src/knowledge-base.ts";

const files = listCorpusFiles(BUILTIN_CORPUS).filter((f) => f.endsWith(".md"));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_OR_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** gray-matter turns unquoted YAML dates into Date objects; the corpus may write either. */
const isoDate = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : "";

describe("built-in corpus", () => {
  it("has one release file for every Python 3 feature release, 3.0 to 3.14", () => {
    const names = files.map((f) => basename(f)).sort();
    const expected = Array.from({ length: 15 }, (_, i) => `python-3.${i}.md`).sort();
    expect(names).toEqual(expected);
  });

  describe.each(files.map((f) => [basename(f), f]))("%s", (_name, file) => {
    const raw = readFileSync(file, "utf8");
    const { data, content } = matter(raw);
    const version = basename(file).replace(/^python-|\.md$/g, "");
    const doc = parseMarkdown(basename(file), raw);

    it("has complete, well-typed front matter", () => {
      expect(data.version).toBe(version);
      expect(typeof data.title).toBe("string");
      expect(data.title).toContain(version);
      expect(isoDate(data.released)).toMatch(DATE);
      expect(isoDate(data.end_of_life)).toMatch(MONTH_OR_DATE);
      expect(isoDate(data.end_of_life) > isoDate(data.released)).toBe(true);
      expect(data.source).toBe(`https://docs.python.org/3/whatsnew/${version}.html`);
    });

    it("gives every ## and ### heading an anchor on its release's page", () => {
      const headings = content.split("\n").filter((l) => /^#{2,3} /.test(l));
      expect(headings.length).toBeGreaterThan(20);
      const withoutAnchor = headings.filter((h) => !/\{#[\w.-]+\}\s*$/.test(h));
      expect(withoutAnchor).toEqual([]);
      for (const section of doc.sections) {
        expect(section.anchor, section.headings.join(" › ")).toBeTruthy();
      }
    });

    it("has no duplicate headings and no empty sections", () => {
      const headings = content.split("\n").filter((l) => /^#{2,3} /.test(l));
      expect(new Set(headings).size).toBe(headings.length);
      const level3 = content.split(/^### .*$/m).slice(1);
      const empty = level3.filter((body) => body.split(/^## /m)[0]?.trim() === "");
      expect(empty).toEqual([]);
    });

    it("links only to docs.python.org pages of the same release", () => {
      const links = [...raw.matchAll(/https:\/\/docs\.python\.org\/[^\s)>]+/g)].map((m) => m[0]);
      const foreign = links.filter(
        (l) => !l.startsWith(`https://docs.python.org/3/whatsnew/${version}.html`),
      );
      expect(foreign).toEqual([]);
    });

    it("names every PEP its text mentions in a heading or a link", () => {
      const headingsAndLinks = content
        .split("\n")
        .filter((l) => /^#{1,3} /.test(l) || /\]\(https?:/.test(l))
        .join("\n");
      const inText = new Set([...content.matchAll(/\bPEP (\d{1,4})\b/g)].map((m) => m[1]));
      const unnamed = [...inText].filter((n) => !new RegExp(`\\bPEP ${n}\\b`).test(headingsAndLinks));
      expect(unnamed).toEqual([]);
    });
  });
});
