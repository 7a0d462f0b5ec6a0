import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chunkDocuments } from "../../src/chunks/chunk.ts";
import { resolveOptions } from "../../src/config.ts";
import { loadCorpus } from "../../src/documents/load-corpus.ts";
import { parseQuery } from "../../src/query/parse-query.ts";
import { queryTerms } from "../../src/search/query-terms.ts";
import { rank } from "../../src/search/rank.ts";
import { SearchIndex } from "../../src/search/search-index.ts";
import { TINY_CORPUS } from "../fixtures/tiny.ts";

const options = resolveOptions();
const index = SearchIndex.build(chunkDocuments(loadCorpus(TINY_CORPUS).documents, options.maxChunkChars));
const top = (question: string, opts = options) => {
  const [best] = rank(parseQuery(question, { maxChars: options.maxQueryChars }), index, opts);
  return best ? `${best.chunk.version} ${best.chunk.section}` : "nothing";
};

describe("rank", () => {
  it("puts the release that introduced a module first, before later sections about it", () => {
    expect(top("pathlib")).toBe("3.4 pathlib: object-oriented filesystem paths (PEP 428)");
  });

  it("finds a removal first when the question asks about one", () => {
    expect(top("when was distutils removed")).toBe("3.12 distutils removed (PEP 632)");
  });

  it("keeps one hit per section and at most twice maxHits", () => {
    const hits = rank(parseQuery("pathlib", { maxChars: 500 }), index, resolveOptions({ maxHits: 1 }));
    expect(hits.length).toBeLessThanOrEqual(2);
    const keys = hits.map((h) => `${h.chunk.source}#${h.chunk.headings.join("/")}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("scores a section that covers the whole question above one that covers part of it", () => {
    const [best, next] = rank(parseQuery("walrus operator", { maxChars: 500 }), index, options);
    expect(best?.coverage).toBe(1);
    expect(best?.chunk.version).toBe("3.8");
    expect((next?.score ?? 0) < (best?.score ?? 0)).toBe(true);
  });

  it("does not count a word saying the subject got better against a section about the subject", () => {
    const [best] = rank(parseQuery("pathlib improvements", { maxChars: 500 }), index, options);
    expect(best?.coverage).toBe(1);
  });

  it("reads its factors from CoreOptions.ranking: without the prior for new sections a later one wins", () => {
    const noNewPrior = resolveOptions({ ranking: { newSection: 0.01, firstAppearance: 1 } });
    expect(top("pathlib", noNewPrior)).not.toMatch(/^3\.4 /);
  });
});

describe("queryTerms", () => {
  it("matches at most maxFuzzyTerms unknown words fuzzily, the rest exactly", () => {
    const noise = parseQuery("qwxvyvs rltmqak ltxdysn ydomctb grigxzi", { maxChars: 500 });
    const fuzzy = (maxFuzzyTerms: number) =>
      queryTerms(noise, index, resolveOptions({ maxFuzzyTerms })).filter((t) => t.fuzzy !== false);
    expect(fuzzy(2)).toHaveLength(2);
    expect(fuzzy(0)).toHaveLength(0);
  });

  it("searches the rare words the notes hold however many words they lack stand beside them", () => {
    const known = index.frequency("pathlib") > 0;
    const chatty = parseQuery("qwxvyvs rltmqak ltxdysn ydomctb grigxzi pathlib", { maxChars: 500 });
    expect(known).toBe(true);
    const searched = queryTerms(chatty, index, options).map((t) => t.term);
    expect(searched).toContain("pathlib");
    // Words no section holds are searched only as many as may match fuzzily.
    expect(searched.filter((t) => index.frequency(t) === 0)).toHaveLength(options.maxFuzzyTerms);
  });

  it("searches no other wording of the question that no section holds", () => {
    const asked = parseQuery("pathlib", { maxChars: 500 });
    const withOther = {
      ...asked,
      expansions: [{ terms: ["walrus", "qwxvyvs"], standsFor: ["pathlib"] }],
    };
    const searched = queryTerms(withOther, index, options).map((t) => t.term);
    expect(searched).toContain("walrus");
    expect(searched).not.toContain("qwxvyvs");
  });
});

describe("rank, on names written as code", () => {
  const dir = mkdtempSync(join(tmpdir(), "pyver-rank-"));
  const release = (version: string, heading: string, body: string) =>
    writeFileSync(
      join(dir, `python-${version}.md`),
      `---\nversion: "${version}"\ntitle: What's New in Python ${version}\nsource: https://docs.python.org/3/whatsnew/${version}.html\n---\n\n# What's New in Python ${version}\n\n## New features {#new}\n\n### ${heading} {#x}\n\n${body}\n`,
    );
  release("3.2", "__pycache__ directories for .pyc files", "Bytecode goes to a __pycache__ subdirectory.");
  release(
    "3.8",
    "Bytecode cache prefix: pycache_prefix",
    "The pycache_prefix setting moves the bytecode cache out of the __pycache__ folders, as pycache_prefix says.",
  );
  const small = SearchIndex.build(chunkDocuments(loadCorpus(dir).documents, options.maxChunkChars));
  const first = (q: string, opts = options) =>
    rank(parseQuery(q, { maxChars: 500 }), small, opts)[0]?.chunk.version;

  it("puts the heading that writes the asked name exactly above one that shares a word of it", () => {
    expect(first("what is __pycache__")).toBe("3.2");
    expect(first("pycache_prefix")).toBe("3.8");
  });

  it("lifts that heading by the exact-name factor", () => {
    const ratio = (opts = options) => {
      const hits = rank(parseQuery("what is __pycache__", { maxChars: 500 }), small, opts);
      const score = (v: string) => hits.find((h) => h.chunk.version === v)?.score ?? 0;
      return score("3.2") / score("3.8");
    };
    const plain = resolveOptions({ ranking: { ...options.ranking, exactName: 1 } });
    expect(ratio() / ratio(plain)).toBeCloseTo(options.ranking.exactName, 5);
  });
});
