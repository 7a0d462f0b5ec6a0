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

  /** A cache that still parses as JSON, with the value at `path` changed (removed when `change` gives undefined). */
  const edited =
    (path: string[], change: (old: unknown) => unknown) =>
    (text: string): string => {
      const data = JSON.parse(text) as Record<string, unknown>;
      const key = path.at(-1) as string;
      const parent = path.slice(0, -1).reduce((at, k) => at[k] as Record<string, unknown>, data);
      const value = change(parent[key]);
      if (value === undefined) delete parent[key];
      else parent[key] = value;
      return JSON.stringify(data);
    };
  const removed = () => undefined;

  it.each([
    ["that is truncated", (text: string) => text.slice(0, text.length / 2)],
    ["that is not JSON", () => "\u0000garbage"],
    ["for another corpus", (text: string) => text.replace(/"hash":"[0-9a-f]+"/, '"hash":"0000"')],
    ["written by an older cache format", edited(["format"], (format) => Number(format) - 1)],
    ["without a format", edited(["format"], removed)],
    ["without releases", edited(["releases"], removed)],
    ["with releases that are not a list", edited(["releases"], () => "3.4")],
    ["with a release without a version", edited(["releases"], () => [{ title: "x" }])],
    ["with warnings of the wrong shape", edited(["warnings"], () => [42])],
    ["without chunks", edited(["index", "chunks"], removed)],
    ["with chunks that are not a list", edited(["index", "chunks"], () => 7)],
    ["with a chunk missing its text", edited(["index", "chunks", "0"], () => ({ id: 0 }))],
    [
      "with fewer chunks than it indexed",
      edited(["index", "chunks"], (chunks) => (chunks as unknown[]).slice(0, -1)),
    ],
    ["with a broken term table", edited(["index", "documentFrequency"], () => ({ a: 1 }))],
    ["with a search index that is not one", edited(["index", "miniSearch"], () => "{}")],
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
