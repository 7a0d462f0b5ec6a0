import { describe, expect, it } from "vitest";
import { notFound } from "../../src/answer/compose.ts";
import { removalAnswer, removalSentence, removalVersion } from "../../src/answer/removal-answer.ts";
import { builtinRemovalCatalog } from "../../src/api/removal-catalog.ts";
import type { RemovalEntry } from "../../src/api/removal-fact.ts";
import { PyVer } from "../../src/pyver.ts";
import { parseQuery } from "../../src/query/parse-query.ts";

const bot = PyVer.open({ cache: false, now: () => new Date("2026-12-04T12:00:00Z") });
const query = (q: string) => parseQuery(q, { maxChars: 500 });

const telnetlib: RemovalEntry = {
  name: "telnetlib",
  kind: "module",
  removedIn: "3.13",
  deprecatedIn: "3.11",
  pep: 594,
  url: "https://docs.python.org/3/whatsnew/3.13.html#whatsnew313-pep594",
};
const asynchat: RemovalEntry = {
  name: "asynchat",
  kind: "module",
  removedIn: "3.12",
  deprecatedIn: "3.6",
  replacement: "asyncio",
  pep: 594,
  url: "https://docs.python.org/3/whatsnew/3.12.html#asynchat-and-asyncore",
};
const getdefaultlocale: RemovalEntry = {
  name: "locale.getdefaultlocale",
  kind: "function",
  deprecatedIn: "3.11",
  plannedRemoval: "3.15",
  replacement: "locale.getlocale",
  url: "https://docs.python.org/3/whatsnew/3.11.html#standard-library",
};
const removedOnly: RemovalEntry = {
  name: "contextlib.nested",
  kind: "function",
  removedIn: "3.2",
  url: "https://docs.python.org/3/whatsnew/3.2.html#porting-to-python-3-2",
};

describe("removalSentence", () => {
  it("says when a name was removed, with its PEP and when it was deprecated", () => {
    expect(removalSentence(telnetlib)).toBe(
      "`telnetlib` was removed in Python 3.13 (PEP 594; deprecated since 3.11).",
    );
    expect(removalSentence(removedOnly)).toBe("`contextlib.nested` was removed in Python 3.2.");
  });

  it("names the replacement the notes give", () => {
    expect(removalSentence(asynchat)).toBe(
      "`asynchat` was removed in Python 3.12 (PEP 594; deprecated since 3.6). Use `asyncio` instead.",
    );
  });

  it("says a name only deprecated is not removed, and when its removal is planned", () => {
    expect(removalSentence(getdefaultlocale)).toBe(
      "`locale.getdefaultlocale` is deprecated, not removed: deprecated since Python 3.11; " +
        "its removal is planned for Python 3.15. Use `locale.getlocale` instead.",
    );
  });

  it("says a removal planned for a release that is out went unrecorded, not that it is still planned", () => {
    expect(removalSentence(getdefaultlocale, undefined, false, true)).toBe(
      "`locale.getdefaultlocale` is deprecated, not removed: deprecated since Python 3.11; " +
        "its removal was planned for Python 3.15, but the 3.15 release notes don't record it. " +
        "Use `locale.getlocale` instead.",
    );
    const a = bot.ask("is Path.link_to still in python 3.13");
    expect(a.answer).toContain(
      "its removal was planned for Python 3.12, but the 3.12 release notes don't record it",
    );
    expect(a.answer).not.toContain("is planned for Python 3.12");
  });

  it("says a name not removed yet is still there when asked when it was removed", () => {
    expect(bot.ask("when was typing.ByteString removed").answer).toMatch(
      /^`typing\.ByteString` is deprecated, not removed: deprecated since Python 3\.9/,
    );
    expect(removalSentence(getdefaultlocale, undefined, true)).toMatch(/is deprecated, not removed/);
  });

  it("answers yes or no for the version the asker runs", () => {
    expect(removalSentence(telnetlib, "3.13")).toBe(
      "No — Python 3.13 does not have it: `telnetlib` was removed in Python 3.13 (PEP 594; deprecated since 3.11).",
    );
    expect(removalSentence(telnetlib, "3.14")).toMatch(/^No — Python 3\.14 does not have it: /);
    expect(removalSentence(telnetlib, "3.12")).toBe(
      "Yes — Python 3.12 still has it, but `telnetlib` was removed in Python 3.13 (PEP 594; deprecated since 3.11).",
    );
  });

  it("leads with the deprecation when that is what the answer is about", () => {
    expect(removalSentence(asynchat, undefined, true)).toBe(
      "`asynchat` was deprecated in Python 3.6 (PEP 594), then removed in Python 3.12. Use `asyncio` instead.",
    );
  });
});

describe("removalVersion", () => {
  it("is the removal, unless the question asks when the deprecation was", () => {
    expect(removalVersion(asynchat)).toBe("3.12");
    expect(removalVersion(asynchat, query("when was asynchat removed"))).toBe("3.12");
    expect(removalVersion(asynchat, query("when was asynchat deprecated"))).toBe("3.6");
    expect(removalVersion(asynchat, query("asynchat deprecated"))).toBe("3.6");
  });

  it("is the deprecation for a warning seen, unless it plans a removal or the asker's release is past it", () => {
    const warned = "app.py:3: DeprecationWarning: asynchat is deprecated, use asyncio instead";
    expect(removalVersion(asynchat, query(warned))).toBe("3.6");
    expect(removalVersion(asynchat, query(`${warned} (Python 3.11)`))).toBe("3.6");
    expect(removalVersion(asynchat, query(`${warned} (Python 3.12)`))).toBe("3.12");
    expect(removalVersion(asynchat, query(`${warned}; it will be removed in Python 3.12`))).toBe("3.12");
  });

  it("is the deprecation for a name not removed yet", () => {
    expect(removalVersion(getdefaultlocale)).toBe("3.11");
    expect(removalVersion(getdefaultlocale, query("is locale.getdefaultlocale still there"))).toBe("3.11");
  });
});

describe("removalAnswer", () => {
  const nothingInNotes = (text: string) => ({ answer: notFound(query(text)) });

  it("cites the section the fact names when the release notes have none to add", () => {
    const a = removalAnswer(query("is telnetlib still in 3.12?"), telnetlib, nothingInNotes, []);
    expect(a?.found).toBe(true);
    expect(a?.version).toBe("3.13");
    expect(a?.answer).toMatch(
      /^Yes — Python 3\.12 still has it, but `telnetlib` was removed in Python 3\.13/,
    );
    expect(a?.citations).toEqual([
      {
        version: "3.13",
        title: "What's New in Python 3.13",
        section: "telnetlib removed",
        url: telnetlib.url,
        source: "",
      },
    ]);
    expect(a?.api).toMatchObject({
      name: "telnetlib",
      removedIn: "3.13",
      deprecatedIn: "3.11",
      target: { version: "3.12", available: true },
    });
  });
});

describe("PyVer.ask about removed names", () => {
  it("answers whether a module is still in the standard library with the release that removed it", () => {
    const a = bot.ask("is lib2to3 still in the stdlib");
    expect(a.found).toBe(true);
    expect(a.version).toBe("3.13");
    expect(a.answer).toMatch(/^`lib2to3` was removed in Python 3\.13\b/);
    expect(a.citations[0]?.version).toBe("3.13");
  });

  it("answers when a module was removed", () => {
    const a = bot.ask("when was asynchat removed");
    expect(a.version).toBe("3.12");
    expect(a.answer).toMatch(/^`asynchat` was removed in Python 3\.12 \(PEP 594/);
    expect(a.answer).toContain("Use `asyncio` instead.");
  });

  it("answers when a module was deprecated with the deprecation's release", () => {
    const a = bot.ask("when was asynchat deprecated");
    expect(a.version).toBe("3.6");
    expect(a.answer).toMatch(
      /^`asynchat` was deprecated in Python 3\.6 \(PEP 594\), then removed in Python 3\.12\./,
    );
  });

  it("keeps answering a question about a deprecation from the removal facts", () => {
    const [entry] = builtinRemovalCatalog().lookup("contextlib.nested");
    const a = bot.ask("contextlib.nested deprecated");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("`contextlib.nested`");
    expect(a.api?.name).toBe("contextlib.nested");
    // The deprecation's release when the catalog dates it; the catalog dates only the removal (3.2).
    expect(a.version).toBe(entry?.deprecatedIn ?? entry?.removedIn);
  });

  it("reads a near miss of a removed module's name as that module", () => {
    const a = bot.ask("py312 failures with distutil import");
    expect(a.version).toBe("3.12");
    expect(a.answer).toContain("`distutils` was removed in Python 3.12");
  });

  it("answers for a member of a removed module with the module's removal", () => {
    const a = bot.ask("switch to shlex.quote since pipes.quote is deprecated");
    expect(a.version).toBe("3.13");
    expect(a.answer).toContain("`pipes` was removed in Python 3.13");
  });

  it("takes a module's plain-word name as the module when the release named is the one that removed it", () => {
    expect(bot.ask("fix: use shlex than pipes to support python3.13").answer).toContain(
      "`pipes` was removed in Python 3.13",
    );
    expect(bot.ask("pipes and redirection in python").answer).not.toContain("`pipes` was removed");
  });

  it("reads a long word no dictionary knows as the removed name it ends", () => {
    expect(bot.ask("there is no getargspec in the inspect module").answer).toContain(
      "`inspect.getargspec` was removed in Python 3.11",
    );
    // Only spelt as the removed function is: "traversable" is not the class `Traversable`.
    expect(bot.ask("pairwise traversal of a list or tuple").answer).toMatch(/^`itertools\.pairwise`/);
    // As typed, not as the speller mended it: "unescaped" is not `HTMLParser.unescape`.
    expect(bot.ask("an f-string that contains unescaped double quotes").answer).not.toMatch(
      /unescape` was removed/,
    );
  });

  it("reads a name taken from a module as that module's", () => {
    const a = bot.ask("Python 3.9 removes Callable from collections module");
    expect(a.answer).toContain("`collections.Callable` was removed in Python 3.10");
    expect(bot.ask("Same code comes from the new video").answer).not.toContain("removed");
    // Quoted as an ImportError quotes them.
    expect(bot.ask("our code uses 'Mapping' from 'collections', which stopped working").answer).toContain(
      "`collections.Mapping` was removed in Python 3.10",
    );
  });

  it("takes the module a name used to be imported from instead of the one it comes from now", () => {
    expect(bot.ask("fix for py >= 39 — Import gcd from math instead of fractions.").answer).toMatch(
      /^`fractions\.gcd` was removed in Python 3\.9\b/,
    );
  });

  it("takes a name written as code before a plain word that names a removed module", () => {
    const a = bot.ask(
      "Update config parser class name. `SafeConfigParser` has been renamed in Python 3.2 and will be removed in Python 3.12.",
    );
    expect(a.answer).toMatch(/^`configparser\.SafeConfigParser` was removed in Python 3\.12\b/);
    expect(a.answer).not.toContain("`parser`");
  });

  it("does not take 'came across' for a question about arrival", () => {
    expect(bot.ask('Check for "import imp"? Came across this in a repo on python 3.12.').answer).toContain(
      "`imp` was removed in Python 3.12",
    );
  });

  it("takes, of names that end alike, the one whose owner the message names", () => {
    for (const q of ["Fix ConfigParser: readfp is now read_file", "ConfigParser's `readfp()` is deprecated."])
      expect(bot.ask(q).answer).toMatch(/^`configparser\.ConfigParser\.readfp` was removed in Python 3\.12/);
    // A Python 2 name alone still answers with its removal.
    expect(bot.ask("replace urllib2 with urllib.request").answer).toMatch(
      /^`urllib2` was removed in Python 3\.0/,
    );
  });

  it("carries the removal in the API fact a JSON answer holds", () => {
    expect(bot.ask("asynchat").api).toMatchObject({
      name: "asynchat",
      removedIn: "3.12",
      deprecatedIn: "3.6",
      replacement: "asyncio",
    });
  });
});

describe("a replacement asked for", () => {
  it("adds what the release's own section says of it when the facts name none", () => {
    const answer = bot.ask("what should I use instead of distutils").answer;
    expect(answer).toMatch(/^`distutils` was removed in Python 3\.12/);
    expect(answer).toContain("setuptools");
  });

  it("adds nothing when a replacement is not asked for", () => {
    expect(bot.ask("when was distutils removed").answer).not.toContain("setuptools");
  });
});
