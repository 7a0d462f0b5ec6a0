import { describe, expect, it } from "vitest";
import { PyVer } from "../../src/pyver.ts";

const bot = PyVer.open({ cache: false, now: () => new Date("2026-12-04T12:00:00Z") });

describe("what breaks across a range of releases", () => {
  const a = bot.ask("what breaks if we go from 3.11 to 3.13");

  it("lists each release after the first, up to the last, with its removals", () => {
    expect(a.found).toBe(true);
    expect(a.kind).toBe("overview");
    expect(a.answer).toMatch(/^Upgrading from Python 3\.11 to 3\.13\b/);
    expect(a.answer).toMatch(/— 3\.12: .*— 3\.13: /);
    expect(a.answer).toContain("distutils");
    expect(a.answer).toContain("lib2to3");
  });

  it("leaves out what the release upgraded from changed itself", () => {
    // 3.11 removed binhex and asyncio.coroutine: someone on 3.11 already lives without them.
    expect(a.answer).not.toMatch(/3\.11:/);
    expect(a.answer).not.toContain("binhex");
    expect(a.hits.every((h) => h.version === "3.12" || h.version === "3.13")).toBe(true);
  });

  it("cites the releases in turn, each one's biggest removal first", () => {
    expect(a.citations.map((c) => c.version).slice(0, 4)).toEqual(["3.12", "3.13", "3.12", "3.13"]);
    // Whole modules removed by a PEP lead.
    expect(a.citations[0]?.section).toMatch(/removed \(PEP \d+\)$/);
    expect(a.citations[1]?.section).toMatch(/removed \(PEP \d+\)$/);
  });

  it("keeps more sections than it cites, for paging", () => {
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.hits.length).toBeGreaterThan(a.citations.length);
    expect(a.hits.slice(0, a.citations.length).map((h) => h.section)).toEqual(
      a.citations.map((c) => c.section),
    );
  });

  it("covers only the later release when comparing two neighbours", () => {
    const next = bot.ask("3.13 vs 3.14");
    expect(next.kind).toBe("overview");
    expect(next.version).toBe("3.14");
    expect(next.answer).toMatch(/— 3\.14: /);
    expect(next.answer).not.toMatch(/3\.13:/);
    expect(next.citations.length).toBeGreaterThan(0);
    expect(next.hits.every((h) => h.version === "3.14")).toBe(true);
  });
});

describe("a range narrowed to a subject", () => {
  const a = bot.ask("python 3.9 to 3.12 what changed in typing");

  it("lists what each release in the range changed about the subject, whatever the kind", () => {
    expect(a.answer).toMatch(
      /^From Python 3\.9 to 3\.12, what changed about typing — 3\.10: .*— 3\.11: .*— 3\.12: /,
    );
    expect(a.answer).toContain("typing.TypeAlias");
    expect(a.hits.every((h) => /typing/i.test(h.section))).toBe(true);
    expect(a.citations[0]?.version).toBe("3.10");
  });

  it("takes a dotted name for the subject, whatever else the message says", () => {
    const named = bot.ask(
      "os.path.isabs() behavior changed on Windows between 3.11.3 -> 3.13.3. Was this change in behavior of `os.path.isabs()` intentional?",
    );
    expect(named.answer).toMatch(/^From Python 3\.11 to 3\.13, what changed about os\.path\.isabs — 3\.13: /);
    // The asker's own file is no name of Python's.
    const file = bot.ask(
      "Upgrade to Python 3.12.0 needed in main/setup.py (I think). There is a need for an upgrade from Python 3.6 to Python 3.12",
    );
    expect(file.answer).toMatch(/^Upgrading from Python 3\.6 to 3\.12/);
  });

  it("takes a dotted name's module for the subject when no heading in the range gives the name", () => {
    const misnamed = bot.ask("Behavior of python enum.Flags has changed between 3.9 and 3.11.");
    expect(misnamed.answer).toMatch(/^From Python 3\.9 to 3\.11, what changed about enum — 3\.11: /);
  });

  it("says a program that stopped working after an upgrade is its maintainers' to answer", () => {
    const broken = bot.ask("our distro upgraded python 3.10 to 3.11 and now I cannot run calibre anymore");
    expect(broken.found).toBe(false);
    expect(broken.answer).toContain('ask "what breaks from 3.10 to 3.11"');
    // Said with what changed, the breaking changes answer it.
    const told = bot.ask("upgraded python 3.10 to 3.11 and calibre broke because of removed modules");
    expect(told.found).toBe(true);
  });

  it("keeps the list of breaking changes when the words name no heading in the range", () => {
    const general = bot.ask(
      "Need to check major differences between 3.10 and 3.11 to see which version to standardize on",
    );
    expect(general.answer).toMatch(/^Upgrading from Python 3\.10 to 3\.11\b/);
  });
});
