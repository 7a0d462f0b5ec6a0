import { describe, expect, it } from "vitest";
import { holdsWord } from "../../src/search/query-terms.ts";

describe("holdsWord", () => {
  it("finds a term as a whole word, at either end or inside the text", () => {
    expect(holdsWord("walrus operator", "walrus")).toBe(true);
    expect(holdsWord("the walrus", "walrus")).toBe(true);
    expect(holdsWord("new (walrus) syntax", "walrus")).toBe(true);
  });

  it("finds plural forms", () => {
    expect(holdsWord("frozen dataclasses", "dataclass")).toBe(true);
    expect(holdsWord("new type hints", "hint")).toBe(true);
    expect(holdsWord("__pycache__ directories", "directory")).toBe(true);
    expect(holdsWord("a dictionary", "directory")).toBe(false);
  });

  it("does not find a term inside a longer word", () => {
    expect(holdsWord("subprocess", "process")).toBe(false);
    expect(holdsWord("settings", "set")).toBe(false);
    expect(holdsWord("print_function", "print")).toBe(false);
  });

  it("keeps looking past a match inside a longer word", () => {
    expect(holdsWord("subprocess and process", "process")).toBe(true);
  });
});
