import { describe, expect, it } from "vitest";
import { chunkDocuments } from "../../src/chunks/chunk.ts";
import { resolveOptions } from "../../src/config.ts";
import { loadCorpus } from "../../src/documents/load-corpus.ts";
import { rememberedPerIndex } from "../../src/search/per-index.ts";
import { SearchIndex } from "../../src/search/search-index.ts";
import { TINY_CORPUS } from "../fixtures/tiny.ts";

const options = resolveOptions();
const build = () =>
  SearchIndex.build(chunkDocuments(loadCorpus(TINY_CORPUS).documents, options.maxChunkChars));

describe("rememberedPerIndex", () => {
  it("works a word's answer out once per index, and again for another index", () => {
    const asked: string[] = [];
    const known = rememberedPerIndex((index, word) => {
      asked.push(word);
      return index.frequency(word) > 0;
    });
    const first = build();
    const second = build();
    expect(known(first, "walrus")).toBe(known(first, "walrus"));
    expect(known(first, "houseplant")).toBe(false);
    expect(known(second, "walrus")).toBe(known(first, "walrus"));
    expect(asked).toEqual(["walrus", "houseplant", "walrus"]);
  });
});
