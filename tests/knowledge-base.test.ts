import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveOptions } from "../src/config.ts";
import { cachePath, hashCorpus, openKnowledgeBase } from "../src/knowledge-base.ts";
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

  it.each([
    ["truncated", (text: string) => text.slice(0, text.length / 2)],
    ["not JSON", () => "\u0000garbage"],
    ["for another corpus", (text: string) => text.replace(/"hash":"[0-9a-f]+"/, '"hash":"0000"')],
  ])("detects a cache that is %s and rebuilds instead of loading it", (_name, corrupt) => {
    const { corpus, cache } = scratch();
    const built = openKnowledgeBase(corpus, options, { dir: cache });
    const file = cachePath(hashCorpus(corpus, options), cache);
    writeFileSync(file, corrupt(readFileSync(file, "utf8")));
    const reopened = openKnowledgeBase(corpus, options, { dir: cache });
    expect(reopened.origin).toBe("built");
    expect(reopened.index.size).toBe(built.index.size);
  });

  it("rebuilds on request even when the cache is fresh", () => {
    const { corpus, cache } = scratch();
    openKnowledgeBase(corpus, options, { dir: cache });
    expect(openKnowledgeBase(corpus, options, { dir: cache, rebuild: true }).origin).toBe("built");
  });
});
