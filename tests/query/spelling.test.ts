import { describe, expect, it } from "vitest";
import { Speller } from "../../src/query/spelling.ts";

const speller = new Speller({
  terms: [
    ["walrus", 5],
    ["ipaddress", 3],
    ["module", 900],
    ["asyncio", 80],
    ["enter", 6],
  ],
  questionWords: ["which", "what", "version", "python", "new", "whats"],
  isApiName: (name) => ["functools.cache", "functools", "math.prod"].includes(name),
  modules: ["functools", "math", "asyncio"],
});

describe("Speller", () => {
  it("corrects typos of question words and indexed words", () => {
    expect(speller.correct("waht verison got teh walrus")).toBe("what version got the walrus");
    expect(speller.correct("pytohn 3.12 whats new")).toBe("python 3.12 whats new");
    expect(speller.correct("wich verion added the ipaddres modul")).toBe(
      "which version added the ipaddress module",
    );
  });

  it("leaves a known word with an English ending as typed, however near another word", () => {
    const notes = new Speller({
      terms: [
        ["dedent", 3],
        ["depending", 40],
        ["strip", 5],
      ],
      questionWords: ["what"],
      isApiName: () => false,
      modules: [],
    });
    expect(notes.correct("docstring dedenting")).toBe("docstring dedenting");
    expect(notes.correct("stripped docstrings")).toContain("stripped");
    expect(notes.correct("dependng on it")).toBe("depending on it");
  });

  it("reads chat's spellings of question words that a dictionary also lists", () => {
    const dictionary = new Speller({
      terms: [["walrus", 5]],
      questionWords: ["when", "what"],
      isApiName: () => false,
      modules: [],
      isWord: (w) => ["wen", "wat"].includes(w),
    });
    expect(dictionary.correct("wen was the walrus added")).toBe("when was the walrus added");
    expect(dictionary.correct("wat is the walrus")).toBe("what is the walrus");
  });

  it("gives a class name typed in the wrong case the capitals Python spells it with", () => {
    const cased = new Speller({
      terms: [["module", 900]],
      questionWords: [],
      isApiName: () => false,
      modules: ["pkgutil"],
      isWord: (w) => ["class", "not", "found", "module"].includes(w),
      casedName: (w) => (w.toLowerCase() === "impimporter" ? "ImpImporter" : undefined),
    });
    expect(cased.correct("pkgutil Impimporter class not found")).toBe("pkgutil ImpImporter class not found");
    expect(cased.correct("Module not found")).toBe("Module not found");
  });

  /** A speller whose index holds only the word a chat spelling is nearest to. */
  const nearWordOnly = (word: string) =>
    new Speller({ terms: [[word, 3]], questionWords: [], isApiName: () => false, modules: [] });

  it("leaves chat's interjections as typed, however close to a word", () => {
    const chat = nearWordOnly("him");
    expect(chat.correct("Hmm, the force seems to be missing, afaik")).toBe(
      "Hmm, the force seems to be missing, afaik",
    );
  });

  it("gives a contraction typed without its apostrophe the apostrophe back, never a near word", () => {
    const chat = nearWordOnly("dot");
    expect(chat.correct("Dont work with 3.10, doesnt import")).toBe("don't work with 3.10, doesn't import");
    expect(chat.correct("to keep compat with 3.7")).toBe("to keep compatibility with 3.7");
  });

  it("tries only so many unknown words, leaving the rest as typed", () => {
    expect(speller.correct("waht verison got teh walrus", 2)).toBe("what version got teh walrus");
  });

  it("gives a module's name back its last letter, which the plural-blind index would take as known", () => {
    const plural = new Speller({
      terms: [["functool", 9]],
      questionWords: [],
      isApiName: (name) => ["functools", "functools.cache", "numbers"].includes(name),
      modules: ["functools", "numbers"],
      isWord: (word) => word === "number",
    });
    expect(plural.correct("functool cache only available after python 3.9")).toBe(
      "functools cache only available after python 3.9",
    );
    expect(plural.correct("print a number with commas")).toBe("print a number with commas");
  });

  it("joins two words written apart into the removed name they make, never into a word", () => {
    const joining = new Speller({
      terms: [["range", 9]],
      questionWords: [],
      isApiName: () => false,
      modules: [],
      isWord: (w) => ["base", "string", "range", "x"].includes(w),
      isJoinedName: (name) => name === "xrange" || name === "basestring",
    });
    expect(joining.correct("x range is not defined")).toBe("xrange is not defined");
    expect(joining.correct('error: " Base string is not defined"')).toBe(
      'error: " basestring is not defined"',
    );
    expect(joining.correct("a data range")).toBe("a data range");
  });

  it("corrects the module part of a dotted API name", () => {
    expect(speller.correct("funtools.cache")).toBe("functools.cache");
  });

  it("corrects a dotted name's owner by the member written after it, keeping the first letter", () => {
    const names = ["math.dist", "ast.unparse", "shlex.join"];
    const owners = new Speller({
      terms: [],
      questionWords: ["what"],
      isApiName: (name) => names.includes(name) || ["math", "ast", "shlex"].includes(name),
      modules: [],
      owners: ["math", "ast", "shlex", "mmap"],
    });
    // Two slips in a four-letter name, which only `math` of the near names holds `dist` to settle.
    expect(owners.correct("no mast.dist() on 3.7")).toBe("no math.dist() on 3.7");
    // Other packages named like a module but for the first letter.
    expect(owners.correct("gast.unparse and mslex.join")).toBe("gast.unparse and mslex.join");
  });

  it("leaves known words, identifiers, versions and code spans as typed", () => {
    expect(speller.correct("asyncio in 3.12")).toBe("asyncio in 3.12");
    expect(speller.correct("my_helper SomeClass `wlarus`")).toBe("my_helper SomeClass `wlarus`");
  });

  it("leaves words that are not a close typo of anything it knows", () => {
    expect(speller.correct("kubernetes flexbox")).toBe("kubernetes flexbox");
    // Two edits from "whether" is too far for a seven-letter word.
    expect(speller.correct("weather")).toBe("weather");
    // Two letters are an abbreviation, not a typo of "via".
    expect(speller.correct("walrus in vi")).toBe("walrus in vi");
    // A word in capitals is an abbreviation or a tag, though "walrus" is one letter from it.
    expect(speller.correct("[WALRUX] walrux")).toBe("[WALRUX] walrus");
  });

  it("tells known words from unknown ones", () => {
    expect(speller.isKnown("walrus")).toBe(true);
    expect(speller.isKnown("math.prod")).toBe(true);
    expect(speller.isKnown("flexbox")).toBe(false);
  });
});
