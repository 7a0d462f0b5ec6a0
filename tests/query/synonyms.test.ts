import { describe, expect, it } from "vitest";
import { expandSynonyms } from "../../src/query/synonyms.ts";

const phrases = (q: string) => expandSynonyms(q).map((e) => e.phrase);

describe("expandSynonyms", () => {
  it("finds a concept by the phrase people use and adds the notes' wording", () => {
    expect(phrases("when did we get the walrus")).toContain("assignment expressions");
  });

  it("finds a phrase singular or plural", () => {
    expect(phrases("what is a data class")).toContain("dataclasses");
    expect(phrases("are exception group things new")).toContain("except*");
    // People say folder; the notes say directory.
    expect(phrases("what is the __pycache__ folder")).toContain("directories");
  });

  it("finds a hyphenated phrase typed with a space or run together", () => {
    expect(phrases("roadmap to a GIL free implementation")).toContain("free-threaded");
    expect(phrases("positional only parameters")).toContain("positional-only");
  });

  it("reads people's words for what the notes call otherwise", () => {
    expect(phrases("__file__ is now fully qualified")).toContain("absolute path");
    expect(phrases("return value from test case deprecated")).toContain("test method");
    expect(phrases("Python no longer implicitly casting float to int")).toContain("conversion");
    expect(phrases("a walrus inside square brackets")).toContain("indexes");
    expect(phrases("yield inside genexps")).toContain("generator expressions");
    expect(phrases("async syntax error python 3.7")).toContain("syntaxerror");
  });

  it("reads a parenthesized with statement as the notes' parenthesized context managers", () => {
    expect(phrases("parenthesized with statement syntax error 3.9")).toContain(
      "parenthesized context managers",
    );
  });

  it("never matches a phrase inside a longer word", () => {
    expect(phrases("the enumerator pattern")).toEqual([]);
  });
});
