import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  listCorpusFiles,
  loadCorpus,
  MAX_DOCUMENT_BYTES,
  readText,
} from "../../src/documents/load-corpus.ts";

let dir: string;

const write = (path: string, content: string | Buffer): void => {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, content);
};

const MD = "# Python 3.4\n\nPython 3.4 adds pathlib.\n";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pyver-corpus-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("listCorpusFiles", () => {
  it("lists supported files recursively in sorted order, without README.md, hidden or unsupported files", () => {
    write("b.md", MD);
    write("a/z.rst", "T\n=\n\nx.\n");
    write("a/y.html", "<h1>T</h1><p>x</p>");
    write("c.txt", "T\n\nx.");
    write("d.markdown", MD);
    write("e.HTM", "<h1>T</h1><p>x</p>");
    write("README.md", "# Corpus\n\nHow to add documents.\n");
    write("sub/readme.MD", "# Corpus\n\nMore.\n");
    write("notes.pdf", "%PDF");
    write("data.json", "{}");
    write(".hidden.md", MD);
    write(".git/x.md", MD);
    write("node_modules/pkg/x.md", MD);
    expect(listCorpusFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      "a/y.html",
      "a/z.rst",
      "b.md",
      "c.txt",
      "d.markdown",
      "e.HTM",
    ]);
  });

  it("returns nothing for a missing directory", () => {
    expect(listCorpusFiles(join(dir, "missing"))).toEqual([]);
  });
});

describe("readText", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    write("a.md", "\uFEFF# Café 3.4\n");
    expect(readText(join(dir, "a.md"))).toEqual({ text: "# Café 3.4\n", warning: undefined });
  });

  it("says why a file cannot be used", () => {
    write("bin.md", Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    write("latin1.md", Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    write("empty.md", " \n\n");
    expect(readText(join(dir, "bin.md"))).toEqual({ warning: "binary content" });
    expect(readText(join(dir, "latin1.md"))).toEqual({ warning: "invalid UTF-8" });
    expect(readText(join(dir, "empty.md"))).toEqual({ warning: "empty" });
    expect(readText(join(dir, "missing.md")).warning).toMatch(/^unreadable \(ENOENT\)$/);
  });

  it("cuts a file larger than the limit and says so", () => {
    write("big.txt", "a".repeat(MAX_DOCUMENT_BYTES + 10));
    const read = readText(join(dir, "big.txt"));
    expect(read.text).toHaveLength(MAX_DOCUMENT_BYTES);
    expect(read.warning).toMatch(/truncated/);
  });
});

describe("loadCorpus", () => {
  it("loads every document with its path relative to the corpus, in sorted order", () => {
    write("python-3.4.md", MD);
    write("rst/3.5.rst", "What's New In Python 3.5\n========================\n\nCoroutines.\n");
    write("blog/post.txt", "Python 3.6 Highlights\n\nf-strings arrive.\n");
    write("html/3.7.html", "<h1>Python 3.7</h1><p>Data classes.</p>");
    const { documents, warnings } = loadCorpus(dir);
    expect(warnings).toEqual([]);
    expect(documents.map((d) => [d.path, d.version])).toEqual([
      ["blog/post.txt", "3.6"],
      ["html/3.7.html", "3.7"],
      ["python-3.4.md", "3.4"],
      ["rst/3.5.rst", "3.5"],
    ]);
  });

  it("skips a binary file, invalid UTF-8 and an empty file with a warning naming each, and loads the rest", () => {
    write("good.md", MD);
    write("binary.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    write("latin1.txt", Buffer.from("Caf\xe9 Notes\n\nText.\n", "latin1"));
    write("empty.rst", "");
    const { documents, warnings } = loadCorpus(dir);
    expect(documents.map((d) => d.path)).toEqual(["good.md"]);
    expect(warnings).toEqual([
      { path: "binary.md", reason: "binary content" },
      { path: "empty.rst", reason: "empty" },
      { path: "latin1.txt", reason: "invalid UTF-8" },
    ]);
  });

  it("skips a document without any section text, with a warning", () => {
    write("headings-only.md", "# Title\n\n## Nothing here\n");
    write("good.md", MD);
    const { documents, warnings } = loadCorpus(dir);
    expect(documents.map((d) => d.path)).toEqual(["good.md"]);
    expect(warnings).toEqual([{ path: "headings-only.md", reason: "no sections with text" }]);
  });

  it("does not load README.md or files of unsupported types, and does not warn about them", () => {
    write("README.md", "# Corpus\n\nPython 3.4 notes live here.\n");
    write("notes.pdf", "binary-ish\u0000");
    write("python-3.4.md", MD);
    const { documents, warnings } = loadCorpus(dir);
    expect(documents.map((d) => d.path)).toEqual(["python-3.4.md"]);
    expect(warnings).toEqual([]);
  });

  it("finds the release date in prose when the metadata has none", () => {
    write(
      "python-3.4.md",
      "# What's New In Python 3.4\n\nPython 3.4 was released on March 16 2014, after a long beta.\n",
    );
    write("python-3.5.md", "# Python 3.5\n\nPython 3.5 was released on September 13, 2015.\n");
    const { documents } = loadCorpus(dir);
    expect(documents.map((d) => [d.path, d.released])).toEqual([
      ["python-3.4.md", "2014-03-16"],
      ["python-3.5.md", "2015-09-13"],
    ]);
  });

  it("reads a day-month-year release date in prose", () => {
    write("python-3.4.md", "# Python 3.4\n\nPython 3.4 was released on 16 March 2014.\n");
    expect(loadCorpus(dir).documents[0]?.released).toBe("2014-03-16");
  });

  it("keeps the metadata's release date over one in prose", () => {
    write(
      "python-3.4.md",
      "# Python 3.4\n\n**Released:** March 17, 2014\n\nIt was released on March 16, 2014.\n",
    );
    expect(loadCorpus(dir).documents[0]?.released).toBe("2014-03-17");
  });

  it("does not look for a release date in documents without a version", () => {
    write("history.md", "# History\n\nThe language was released on February 20, 1991.\n");
    expect(loadCorpus(dir).documents[0]?.released).toBeUndefined();
  });
});
