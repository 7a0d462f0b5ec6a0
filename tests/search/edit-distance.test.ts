import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/search/edit-distance.ts";

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one edit, as typists make them", () => {
    expect(editDistance("secerts", "secrets", 2)).toBe(1);
    expect(editDistance("tomlib", "tomllib", 2)).toBe(1);
    expect(editDistance("teh", "the", 2)).toBe(1);
  });

  it("counts two swapped letters that are not neighbours as two edits", () => {
    expect(editDistance("ehtx", "thex", 2)).toBe(2);
  });

  it("counts a different word form as more than one edit", () => {
    expect(editDistance("printer", "print", 2)).toBe(2);
  });

  it("is zero for equal words and the length for an empty one", () => {
    expect(editDistance("pathlib", "pathlib", 2)).toBe(0);
    expect(editDistance("", "abc", 3)).toBe(3);
  });

  it("stops at max + 1 once the distance must be larger", () => {
    expect(editDistance("asyncio", "zoneinfo", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});
