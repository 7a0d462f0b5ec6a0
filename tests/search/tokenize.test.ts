import { describe, expect, it } from "vitest";
import { extractIdentifiers, tokenize } from "../../src/search/tokenize.ts";

describe("tokenize", () => {
  it("keeps PEP numbers and versions whole, and drops the word Python", () => {
    expect(tokenize("PEP 572 in Python 3.8")).toEqual(["pep572", "3.8"]);
  });

  it("finds dotted names and their shorter tails", () => {
    expect(tokenize("pathlib.Path.walk")).toEqual(expect.arrayContaining(["pathlib.path.walk", "path.walk"]));
  });

  it("separates a name from Chinese, Japanese or Korean written against it", () => {
    expect(tokenize("在Python中，如何表示Enum(枚举)")).toContain("enum");
    expect(tokenize("3.10已经没有asyncio.Semaphore了")).toEqual(
      expect.arrayContaining(["asyncio.semaphore", "semaphore"]),
    );
  });

  it("also reads a hyphenated word as one", () => {
    expect(tokenize("free-threaded build")).toContain("freethreaded");
  });

  it("drops stop words and placeholder names", () => {
    const terms = tokenize("the d1 | d2 of a dict");
    expect(terms).not.toContain("the");
    expect(terms).not.toContain("d1");
    expect(terms).toContain("dict");
    expect(tokenize("might break everything with the deferred annotations")).toEqual([
      "break",
      "deferred",
      "annotation",
    ]);
    // The asker hedging ("I think it's …", "seems") says nothing of the subject.
    expect(tokenize("I think it seems due to changed enum repr")).toEqual(["due", "enum", "repr"]);
    // So does the asker's hedging of a word ("somewhat unexpected", "kinda broken").
    expect(tokenize("a somewhat unexpected finally, kinda broken")).toEqual([
      "unexpected",
      "finally",
      "broken",
    ]);
    // "including" links the subject to the asker's plan; rarer in the notes than many a module, it
    // would otherwise outweigh the module it introduces.
    expect(tokenize("support it by including pathlib in the requirements")).toEqual([
      "support",
      "pathlib",
      "requirement",
    ]);
  });

  it("reads British and American spellings as one word, and drops the vague 'behaviour'", () => {
    expect(tokenize("optimised serialisation colours")).toEqual(["optimized", "serialization", "color"]);
    expect(tokenize("raise a promise")).toEqual(["raise", "promise"]);
    expect(tokenize("rounding behaviour")).toEqual(["rounding"]);
  });

  it("keeps a dunder name as a name of its own, beside its word", () => {
    expect(tokenize("is __file__ absolute")).toEqual(expect.arrayContaining(["__file__", "file"]));
    expect(tokenize("a _private name")).not.toContain("_private");
  });

  it("keeps snake_case whole and, unless asked not to, its parts too", () => {
    expect(tokenize("literal_eval")).toEqual(["literal_eval", "literal", "eval"]);
    expect(tokenize("literal_eval", { splitSnake: false })).toEqual(["literal_eval"]);
  });
});

describe("extractIdentifiers", () => {
  it("finds code spans, calls and CamelCase names, and known module names in prose", () => {
    const ids = extractIdentifiers(
      "Use `math.isqrt` and gcd() with NormalDist from statistics",
      new Set(["statistics"]),
    );
    expect(ids.split(" ")).toEqual(expect.arrayContaining(["math.isqrt", "gcd", "normaldist", "statistics"]));
  });
});
