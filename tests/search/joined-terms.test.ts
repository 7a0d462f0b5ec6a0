import { describe, expect, it } from "vitest";
import { chunkDocuments } from "../../src/chunks/chunk.ts";
import { resolveOptions } from "../../src/config.ts";
import { loadCorpus } from "../../src/documents/load-corpus.ts";
import type { ParsedQuery } from "../../src/query/parse-query.ts";
import { parseQuery } from "../../src/query/parse-query.ts";
import { joinedTerms } from "../../src/search/coverage.ts";
import { SearchIndex } from "../../src/search/search-index.ts";
import { TINY_CORPUS } from "../fixtures/tiny.ts";

const options = resolveOptions();
const index = SearchIndex.build(chunkDocuments(loadCorpus(TINY_CORPUS).documents, options.maxChunkChars));
const withTerms = (terms: string[]): ParsedQuery => ({ ...parseQuery("x", { maxChars: 500 }), terms });

describe("joinedTerms", () => {
  it("finds an unseen word that is the question's other words run together", () => {
    expect([...joinedTerms(withTerms(["half", "even", "halftoeven"]), index)]).toEqual(["halftoeven"]);
  });

  it("leaves a word that only holds the others among other letters", () => {
    expect(joinedTerms(withTerms(["half", "even", "halfxeven"]), index).size).toBe(0);
  });

  it("does not try to split a long paste, whose pieces it would count by the square of its length", () => {
    const paste = Array(250).fill("ab").join("");
    expect(joinedTerms(withTerms(["ab", "abab", paste]), index).size).toBe(0);
  });
});
