import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveOptions } from "../src/config.ts";
import { cachePath, hashCorpus, openKnowledgeBase } from "../src/knowledge-base.ts";
import { PyVer } from "../src/pyver.ts";
import { TINY_CORPUS } from "./fixtures/tiny.ts";

const options = resolveOptions();

function scratch(): { corpus: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "pyver-kb-"));
  const corpus = join(dir, "corpus");
  cpSync(TINY_CORPUS, corpus, { recursive: true });
  return { corpus, cache: join(dir, "cache") };
}

describe("index cache", () => {
  it("builds once, then reuses the cached index on the next start", () => {
    const { corpus, cache } = scratch();
    const first = openKnowledgeBase(corpus, options, { dir: cache });
    const second = openKnowledgeBase(corpus, options, { dir: cache });
    expect(first.origin).toBe("built");
    expect(second.origin).toBe("cache");
    expect(second.index.size).toBe(first.index.size);
    expect(second.releases).toEqual(first.releases);
  });

  it("rebuilds when the corpus changes, and keeps only the current cache", () => {
    const { corpus, cache } = scratch();
    openKnowledgeBase(corpus, options, { dir: cache });
    writeFileSync(
      join(corpus, "python-3.4.md"),
      `${readFileSync(join(corpus, "python-3.4.md"), "utf8")}\n### extra {#x}\n\nMore.\n`,
    );
    const after = openKnowledgeBase(corpus, options, { dir: cache });
    expect(after.origin).toBe("built");
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toEqual([
      cachePath(after.hash, cache).split("/").pop(),
    ]);
  });

  /** A cache that parses as JSON, with one part of it changed. */
  const edited = (edit: (data: Record<string, unknown>) => void) => (text: string) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    edit(data);
    return JSON.stringify(data);
  };
  const index = (data: Record<string, unknown>) => data.index as Record<string, unknown>;

  it.each([
    ["that is truncated", (text: string) => text.slice(0, text.length / 2)],
    ["that is not JSON", () => "\u0000garbage"],
    ["for another corpus", (text: string) => text.replace(/"hash":"[0-9a-f]+"/, '"hash":"0000"')],
    ["written by an older cache format", edited((data) => void (data.format = Number(data.format) - 1))],
    ["without a format", edited((data) => void delete data.format)],
    ["without releases", edited((data) => void delete data.releases)],
    ["with releases that are not a list", edited((data) => void (data.releases = "3.4"))],
    ["with a release without a version", edited((data) => void (data.releases = [{ title: "x" }]))],
    ["with warnings of the wrong shape", edited((data) => void (data.warnings = [42]))],
    ["without chunks", edited((data) => void delete index(data).chunks)],
    ["with chunks that are not a list", edited((data) => void (index(data).chunks = 7))],
    [
      "with a chunk missing its text",
      edited((data) => void ((index(data).chunks as object[])[0] = { id: 0 })),
    ],
    ["with fewer chunks than it indexed", edited((data) => void (index(data).chunks as object[]).pop())],
    ["with a broken term table", edited((data) => void (index(data).documentFrequency = { a: 1 }))],
    ["with a search index that is not one", edited((data) => void (index(data).miniSearch = "{}"))],
  ])("detects a cache %s and rebuilds instead of half-loading it", (_name, corrupt) => {
    const { corpus, cache } = scratch();
    const built = openKnowledgeBase(corpus, options, { dir: cache });
    const file = cachePath(hashCorpus(corpus, options), cache);
    writeFileSync(file, corrupt(readFileSync(file, "utf8")));
    const reopened = openKnowledgeBase(corpus, options, { dir: cache });
    expect(reopened.origin).toBe("built");
    expect(reopened.index.size).toBe(built.index.size);
    expect(PyVer.fromKnowledgeBase(reopened).ask("pathlib").found).toBe(true);
  });

  it("rebuilds on request even when the cache is fresh", () => {
    const { corpus, cache } = scratch();
    openKnowledgeBase(corpus, options, { dir: cache });
    expect(openKnowledgeBase(corpus, options, { dir: cache, rebuild: true }).origin).toBe("built");
  });
});
