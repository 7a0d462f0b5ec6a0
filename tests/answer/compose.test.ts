import { describe, expect, it } from "vitest";
import { noteFact, noteSentence, verdictSentence } from "../../src/answer/compose.ts";
import type { Chunk } from "../../src/chunks/chunk.ts";

/** A What's New section as the chunker makes it: the document, its group, then its own heading. */
const chunk = (version: string | undefined, group: string, section: string, text: string): Chunk => ({
  id: 0,
  source: `python-${version ?? "x"}.md`,
  docTitle: version ? `What's New in Python ${version}` : "Notes",
  ...(version ? { version } : {}),
  headings: [version ? `What's New in Python ${version}` : "Notes", group, section],
  section,
  url: version ? `https://docs.python.org/3/whatsnew/${version}.html` : undefined,
  text,
});

const walrus = chunk(
  "3.8",
  "New Features",
  "Assignment expressions (PEP 572)",
  "There is new syntax `:=` that assigns values to variables as part of a larger expression.",
);
const binhex = chunk(
  "3.11",
  "Removed",
  "binhex",
  "The binhex module, deprecated in Python 3.9, is now removed.",
);
const getdefaultlocale = chunk(
  "3.11",
  "Deprecated",
  "locale.getdefaultlocale()",
  "locale.getdefaultlocale() is deprecated and will be removed in Python 3.15.",
);
const betterErrors = chunk(
  "3.10",
  "New Features",
  "Improved error messages",
  "When parsing code that contains unclosed parentheses the interpreter now names the unclosed bracket.",
);
const fstrings = chunk(
  "3.12",
  "New Features",
  "f-strings: quote reuse, nesting, multi-line expressions, comments and backslashes (PEP 701)",
  "Expression components of f-strings can now be any valid Python expression.",
);

describe("noteFact", () => {
  it("reads a section under a new-features group as an addition, with the PEP from its heading", () => {
    const fact = noteFact(walrus);
    expect(fact.event).toBe("added");
    expect(fact.subject).toBe("Assignment expressions");
    expect(fact.pep).toBe("572");
    expect(fact.version).toBe("3.8");
    expect(fact.summary).toMatch(/^There is new syntax `:=`/);
  });

  it("reads a section under Removed as a removal and one under Deprecated as a deprecation", () => {
    expect(noteFact(binhex).event).toBe("removed");
    expect(noteFact(getdefaultlocale).event).toBe("deprecated");
    expect(noteFact(binhex).pep).toBeUndefined();
  });

  it("reads a section that improves an earlier feature as a change, not an addition", () => {
    expect(noteFact(betterErrors).event).toBe("changed");
    const followUp = chunk(
      "3.12",
      "New Features",
      "asyncio.TaskGroup",
      "TaskGroup, introduced in Python 3.11, now cancels its tasks faster.",
    );
    expect(noteFact(followUp).event).toBe("changed");
  });

  it("takes no verb from a group of several kinds, and reads '(new module)' as an addition", () => {
    const group = "New, improved and deprecated modules";
    const importlib = chunk(
      "3.1",
      group,
      "importlib: pure Python implementation of import (new module)",
      "…",
    );
    expect(noteFact(importlib).event).toBe("added");
    expect(noteFact(chunk("3.1", group, "itertools.compress()", "…")).event).toBe("changed");
  });

  it("takes the verb from the subject and its groups, not from the rest of the heading", () => {
    const print = chunk(
      "3.0",
      "Common Stumbling Blocks",
      "print() is a function: the print statement is removed (PEP 3105)",
      "The print statement has been replaced with a print() function.",
    );
    const fact = noteFact(print);
    expect(fact.subject).toBe("print() is a function");
    expect(fact.event).toBe("changed");
    expect(fact.pep).toBe("3105");
  });

  it("finds the PEP in the opening text when the heading names none", () => {
    const match = chunk(
      "3.10",
      "New Features",
      "Structural pattern matching",
      "PEP 634 adds match statements.",
    );
    expect(noteFact(match).pep).toBe("634");
  });

  it("keeps the whole heading when the PEP asked about is not in the part before the colon", () => {
    // The lead "f-strings" alone would claim f-strings are new in 3.12.
    expect(noteFact(fstrings, ["pep701"]).subject).toBe(
      "f-strings: quote reuse, nesting, multi-line expressions, comments and backslashes",
    );
  });

  it("keeps the whole heading, as a change, when its lead names a feature an earlier release added", () => {
    // f-strings came in 3.6: "f-strings — new in Python 3.12" would be false.
    const fact = noteFact(fstrings, ["fstring"]);
    expect(fact.subject).toBe(
      "f-strings: quote reuse, nesting, multi-line expressions, comments and backslashes",
    );
    expect(fact.event).toBe("changed");
    expect(noteSentence(fact)).toMatch(/backslashes — in Python 3\.12 \(PEP 701\)/);
    const pathlib = chunk(
      "3.4",
      "New Modules",
      "pathlib: object-oriented filesystem paths (PEP 428)",
      "New.",
    );
    expect(noteFact(pathlib, ["pathlib"]).subject).toBe("pathlib");
  });
});

describe("noteSentence", () => {
  it("names the subject, the event and the release, then the section's summary", () => {
    expect(noteSentence(noteFact(walrus))).toBe(
      "Assignment expressions — new in Python 3.8 (PEP 572). There is new syntax `:=` that assigns values to variables as part of a larger expression.",
    );
    expect(noteSentence(noteFact(getdefaultlocale))).toMatch(
      /^locale\.getdefaultlocale\(\) — deprecated in Python 3\.11\. /,
    );
    expect(noteSentence(noteFact(binhex))).toMatch(/^binhex — removed in Python 3\.11\. /);
    expect(noteSentence(noteFact(betterErrors))).toMatch(/^Improved error messages — in Python 3\.10\. /);
  });

  it("reads a subject that already says removed straight into the version", () => {
    const removed = chunk("3.12", "Removed", "imp module removed", "The imp module has been removed.");
    expect(noteSentence(noteFact(removed))).toBe(
      "imp module removed in Python 3.12. The imp module has been removed.",
    );
  });

  it("leaves the version out for a document that names none", () => {
    const undated = chunk(undefined, "Guides", "Packaging", "How to package a project.");
    expect(noteSentence(noteFact(undated))).toBe("Packaging. How to package a project.");
  });
});

describe("verdictSentence", () => {
  it("says yes to a release that has an addition and no to one before it", () => {
    const fact = noteFact(walrus);
    expect(verdictSentence(fact, "3.9")).toBe(
      "Yes — Python 3.9 has “Assignment expressions”: it is new in Python 3.8 (PEP 572).",
    );
    expect(verdictSentence(fact, "3.8")).toMatch(/^Yes — Python 3\.8 has /);
    expect(verdictSentence(fact, "3.7")).toBe(
      "No — “Assignment expressions” needs Python 3.8 or later (PEP 572); Python 3.7 does not have it.",
    );
  });

  it("dates a change without claiming an older release lacks the thing changed", () => {
    const fact = { ...noteFact(walrus), event: "changed" as const };
    expect(verdictSentence(fact, "3.7")).toBe(
      "Not in Python 3.7: “Assignment expressions” came in Python 3.8 (PEP 572).",
    );
    expect(verdictSentence(fact, "3.9")).toMatch(/^Yes — Python 3\.9 has .*: it changed in Python 3\.8/);
  });

  it("says no to a release from the removal on and yes to one before it", () => {
    const fact = noteFact(binhex);
    expect(verdictSentence(fact, "3.12")).toBe(
      "No — “binhex” was removed in Python 3.11, so Python 3.12 does not have it.",
    );
    expect(verdictSentence(fact, "3.11")).toMatch(/^No — /);
    expect(verdictSentence(fact, "3.10")).toBe(
      "Yes — Python 3.10 still has “binhex”; it was removed in Python 3.11.",
    );
  });

  it("reads on from a removal's subject that already says what went", () => {
    const fact = { ...noteFact(binhex), subject: "setuptools no longer preinstalled by venv" };
    expect(verdictSentence(fact, "3.11")).toBe("setuptools no longer preinstalled by venv in Python 3.11.");
    expect(verdictSentence(fact, "3.12")).toBe(
      "setuptools no longer preinstalled by venv in Python 3.11, so Python 3.12 does not have it.",
    );
  });

  it("says a deprecated name is still there, deprecated or not yet", () => {
    const fact = noteFact(getdefaultlocale);
    expect(verdictSentence(fact, "3.12")).toMatch(
      /^Yes, but deprecated — .* is deprecated since Python 3\.11/,
    );
    expect(verdictSentence(fact, "3.10")).toMatch(
      /^Yes — Python 3\.10 has it, not yet deprecated: .* came in Python 3\.11/,
    );
  });
});
