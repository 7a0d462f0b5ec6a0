import { describe, expect, it } from "vitest";
import {
  addedIn,
  asksTechnique,
  broughtBy,
  cleanPaste,
  cleanQuestion,
  happenedIn,
  moveTargets,
  parseQuery,
  wantedReleases,
  withoutTroubleTerms,
} from "../../src/query/parse-query.ts";

const parse = (q: string, version?: string) => parseQuery(q, { maxChars: 500, version });

describe("parseQuery", () => {
  it("reads chat's greetings as nothing and its 'drop' at the end of a when-question as a release", () => {
    expect(parse("yo when did pathlib drop").terms).toEqual(["pathlib"]);
    expect(parse("hey pyver what ver got dataclasses lol").terms).toEqual(
      parse("what ver got dataclasses").terms,
    );
    expect(parse("when did python drop asyncore").terms).toContain("drop");
    expect(parse("Turns out, Python 3.9 may have broken my stuff").terms).not.toContain("out");
    const stuck = parse("we're stuck on 3.4, is async await a thing?").terms;
    expect(stuck).not.toContain("stuck");
    expect(stuck).not.toContain("thing");
    expect(parse("our CI runs 3.5 and f string broke it").terms).not.toContain("run");
  });

  it("reads the release named beside a question asking for one as the asker's", () => {
    const which = parse("dict union was added in which python version? we run 3.8");
    expect(which.version).toBeUndefined();
    expect(which.context).toBe("3.8");
    expect(parse("when was asyncore removed? we're on 3.12").context).toBe("3.12");
    expect(parse("what was added in 3.8").version).toBe("3.8");
  });

  it("reads the release the asker runs as theirs, and a bound beside it as where things changed", () => {
    const running = parse(
      "I'm running Python 3.9.5. Since python 3.8 the process for importing DLL has changed",
    );
    expect(running.version).toBe("3.8");
    expect(parse("I'm running Python 3.9 and the DLL import changed").version).toBe("3.9");
  });

  it("reads the release something is said to have happened in, whichever is named first", () => {
    const since = parse(
      "Since Python 3.3 the way is collections.abc, and the old way stopped working in Python 3.10",
    );
    expect(since.version).toBe("3.10");
    // A feature said to debut or land in a release came in it; that release is no asker's own.
    const debut = parse("task groups would help us, but they are only debuting in 3.11");
    expect(debut.version).toBe("3.11");
    expect(debut.context).toBeUndefined();
    expect(parse("the new REPL that landed in Python 3.13").version).toBe("3.13");
    // A name that behaves or prints differently on a release was changed by it.
    expect(happenedIn("In Python 3.11, IntEnum is printed differently than before")).toBe("3.11");
    expect(happenedIn("on 3.12 the repr behaves differently")).toBe("3.12");
    expect(happenedIn("I run 3.11 and I think differently")).toBeUndefined();
    // So was a thing the message says a release brought a change in.
    expect(happenedIn("Apparently there's a change in `ast` behavior in Python 3.9.")).toBe("3.9");
    // A release's doing told in the present tense.
    expect(happenedIn("Python 3.10 removes the `loop` argument from `asyncio` methods")).toBe("3.10");
    // A release that switches a default, or that a default was switched in.
    expect(happenedIn("Python 3.14 switches `multiprocessing`'s default start method to forkserver")).toBe(
      "3.14",
    );
    expect(happenedIn("the default start method switched in 3.14")).toBe("3.14");
    // A release something is broken on, or broke on.
    expect(happenedIn("The script is broken on 3.13.")).toBe("3.13");
    expect(happenedIn("it broke on Python 3.12")).toBe("3.12");
    // Of those, an addition is a claim the facts can check.
    expect(addedIn("Python 3.8 introduces `lcm` in the `math` module")).toBe("3.8");
    expect(addedIn("Python 3.10 removes the `loop` argument")).toBeUndefined();
  });

  it("reads a release said to be out as the release's standing, never a subject", () => {
    expect(parse("Support python 3.13. Python 3.13 is stable so it should be supported.")).toMatchObject({
      intent: "overview",
      version: "3.13",
    });
    expect(parse("is the stable ABI in python 3.13").terms).toContain("stable");
  });

  it("reads a change since a release and an older line's maintenance release as the older line's", () => {
    expect(parse("Leading zeros are no longer tolerated since Python 3.10 and 3.9.5").version).toBe("3.9");
    expect(parse("Leading zeros are no longer tolerated since Python 3.10").version).toBe("3.10");
  });

  it("reads a release and the ones before it, in Japanese and Chinese too, as the asker's", () => {
    for (const q of [
      "fromisoformat fails on python 3.10 and earlier",
      "python 3.10以前でfromisoformatが死ぬ",
      "python 3.10及更早版本 fromisoformat 报错",
    ])
      expect(parse(q)).toMatchObject({ version: "3.11", context: "3.10" });
  });

  it("reads a micro release typed without its second dot", () => {
    const typed = parse("As I use Python 3.79 there is no math.dist");
    expect(typed.text).toContain("3.7.9");
    expect(typed.version ?? typed.context).toBe("3.7");
    expect(parse("what's new in 3.14").version).toBe("3.14");
  });

  it("takes the release the sentence reporting trouble names for where it happened, of several named", () => {
    const q = parse(
      "The package declares support for Python up to 3.7. Running the tests on Python 3.8 produces two errors.",
    );
    expect(q).toMatchObject({ context: "3.7", troubleIn: "3.8" });
    // One release named is where the trouble is, wherever the words for it stand.
    expect(parse("we run Python 3.9 here. The build fails.").troubleIn).toBe("3.9");
    // A setting that silently does nothing is trouble too.
    expect(parse("3.12 setrecursionlimit is ignored with functools.cache").troubleIn).toBe("3.12");
    expect(parse("on 3.11 the timeout has no effect").troubleIn).toBe("3.11");
    // So are Python's own words for a failure, quoted without the exception's name.
    expect(parse(`Fix "'float' object cannot be interpreted as an integer" in Python 3.10`).troubleIn).toBe(
      "3.10",
    );
    expect(parse("on 3.12: 'NoneType' object is not subscriptable").troubleIn).toBe("3.12");
  });

  it("reads the platform modules os.path is as os.path", () => {
    expect(parse("ntpath.isabs no longer accepts a leading slash").text).toContain("os.path.isabs");
    expect(parse("posixpath.join changed").text).toContain("os.path.join");
    // Not a name that merely ends so.
    expect(parse("mypackage.ntpath.isabs").text).toContain("mypackage.ntpath.isabs");
  });

  it("reads a pre-release as the release it leads to", () => {
    const beta = parse("Python 3.11.0b4 str(enum) giving integer value");
    expect(beta.version ?? beta.context).toBe("3.11");
    expect(parse("3.14.0rc1 whats new")).toMatchObject({ version: "3.14", intent: "overview" });
    expect(parse("2 unit test failures with python 3.11.0a1").terms).not.toContain("0a1");
    expect(parse("output changed between 3.10.4 and 3.11.0b1.").terms).not.toContain("0b1");
    // Spelled out, and "latest" before the release named: words about the release, none to search.
    const spelled = parse("`onerror` is producing warnings in the latest Python 3.12 alpha");
    expect(spelled.troubleIn ?? spelled.version ?? spelled.context).toBe("3.12");
    expect(spelled.terms).toEqual(["onerror", "producing", "warning"]);
  });

  it("reads the release an error came from as the asker's", () => {
    expect(parse("Python 3.4: async await gives SyntaxError").context).toBe("3.4");
  });

  it("reads 'throws an error' as how the asker's run went, not a method's name", () => {
    expect(parse("ctypes throws an error when using python 3.8").terms).not.toContain("throw");
    expect(parse("generator throw() signature deprecated").terms).toContain("throw");
  });

  it("searches no word of a link to anywhere but Python's docs", () => {
    const q = parse("Since https://github.com/python/cpython/pull/106411 cpython strips docstring indent");
    expect(q.terms).toEqual(expect.arrayContaining(["docstring", "indent"]));
    for (const word of ["github", "com", "pull", "106411"]) expect(q.terms).not.toContain(word);
    expect(parse("see docs.python.org/3/library/zoneinfo.html").terms).toContain("zoneinfo");
  });

  it("reads a link to a PEP as the PEP alone", () => {
    expect(parse("https://www.python.org/dev/peps/pep-0515/").terms).toEqual(["pep515"]);
    expect(parse("https://peps.python.org/pep-0604/#abstract").terms).toEqual(["pep604"]);
  });

  it("reads a v-numbered version as another product's when Python's own is named", () => {
    const both = parse("ArcGIS Pro v3.1.2 on python 3.9.16: can I use the walrus operator");
    expect(both.version ?? both.context).toBe("3.9");
    const alone = parse("python v3.9 walrus");
    expect(alone.version ?? alone.context).toBe("3.9");
  });

  it("reads a Python 2 release set beside Python 3 as where 3.0 changed things from", () => {
    expect(parse("in Python 2.6 it prints 99, but in Python 3.x it prints 6").version).toBeUndefined();
    expect(parse("what's new in python 2.7").version).toBe("2.7");
  });

  it("treats a slash-command input as the bare question", () => {
    expect(parse("/pyver pathlib").terms).toEqual(parse("pathlib").terms);
    expect(parse("/pyver pathlib").text).toBe("pathlib");
  });

  it("drops chat mentions of the bot and platform mention syntax", () => {
    expect(parse("@PyVer which version added match?").text).toBe("which version added match?");
    expect(cleanQuestion("<@U123ABC> pathlib <!channel>", 500)).toBe("pathlib");
    expect(cleanQuestion("<@U123|bob> pathlib <!subteam^S1|@core devs> <@&42>", 500)).toBe("pathlib");
    expect(cleanQuestion("which version added match? @everyone @here", 500)).toBe(
      "which version added match?",
    );
  });

  it("cuts a long question to the maximum without leaving half an emoji, and cuts it again after NFKC", () => {
    expect(parse(`${"a".repeat(499)}🐍`).raw).toBe("a".repeat(499));
    expect(cleanQuestion("ﷺ".repeat(500), 500).length).toBeLessThanOrEqual(500);
  });

  it.each([
    ["pathlib in 3.4", "3.4"],
    ["asyncio python 3.12", "3.12"],
    ["what changed in py3.10", "3.10"],
    ["pathlib --version 3.12", "3.12"],
  ])("reads the version filter in %j", (q, version) => {
    expect(parse(q).version).toBe(version);
  });

  it("keeps the version given by the caller unless the question names one", () => {
    expect(parse("pathlib", "3.4").version).toBe("3.4");
    expect(parse("pathlib --version 3.8", "3.4").version).toBe("3.8");
  });

  it("reads PEP references in any spelling as one term", () => {
    expect(parse("PEP 572").terms).toEqual(["pep572"]);
    expect(parse("pep572").terms).toEqual(["pep572"]);
    expect(parse("PEP-0572").terms).toEqual(["pep572"]);
  });

  it("keeps dotted names whole and also their parts", () => {
    const { terms } = parse("functools.lru_cache");
    expect(terms).toContain("functools.lru_cache");
    expect(terms).toContain("lru_cache");
  });

  it("drops question words so only the subject is searched", () => {
    expect(parse("which version added the walrus operator?").terms).toEqual(["walrus", "operator"]);
  });

  it("expands names people use to the words release notes use", () => {
    const walrus = parse("walrus").expansions.flatMap((e) => e.terms);
    expect(walrus).toEqual(expect.arrayContaining(["assignment", "expression"]));
    const noGil = parse("no-GIL build").expansions.flatMap((e) => e.terms);
    expect(noGil).toEqual(expect.arrayContaining(["freethreaded"]));
  });

  it("reads the asker's code rewritten as no release's change, and backwards compatibility as no subject", () => {
    const q = parse(
      "Walrus operator is not compatible with Python 3.7, could this be changed to a regular assignment?",
    );
    expect(q.version).toBeUndefined();
    expect(q.context).toBe("3.7");
    expect(parse("backwards compat issue: dict union (python 3.7 & python 3.8)").terms).not.toContain(
      "backward",
    );
  });

  it('reads "removes" as a change in the release named, and an attribute of self as the attribute', () => {
    expect(parse("Python 3.14 removes pickle support for itertools").version).toBe("3.14");
    expect(parse("Fixes self.async by renaming async").terms).not.toContain("self");
  });

  it("reads a release a project will drop as its own release, not one asked about", () => {
    const q = parse("use functools.cache once python 3.8 is dropped");
    expect(q.version).toBeUndefined();
    expect(q.context).toBe("3.8");
  });

  it("searches no words of how the asker reasons", () => {
    const { terms } = parse(
      "If I understand correctly, the loop argument is removed in 3.10. I don't understand why this resulted in an error",
    );
    expect(terms).not.toEqual(expect.arrayContaining(["understand"]));
    expect(terms).not.toContain("correctly");
    // "Looks like a typo to me": how the asker reads what they saw.
    expect(parse("Ordered **kwargs starts in 3.6. Looks like a typo to me.").terms).toEqual([
      "ordered",
      "kwarg",
      "start",
    ]);
    expect(parse("does not parse JSON correctly on Python 3.5, I tested it").terms).toEqual([
      "parse",
      "json",
    ]);
    expect(parse("Why wouldn't we support 3.10 if it couldn't chdir").terms).toEqual(["chdir"]);
    const restated = parse("tl;dr: python-config no longer links libpython (i.e. linking)").terms;
    expect(restated).toContain("libpython");
    for (const word of ["tl", "dr", "i.e"]) expect(restated).not.toContain(word);
    expect(parse("they've changed the default to forkserver, and we're stuck").terms).toEqual([
      "default",
      "forkserver",
    ]);
  });

  it("reads a release typed without its dot at a sentence's end or after a comparison", () => {
    expect(parse("can I use Literal from the typing module in py38.").context).toBe("3.8");
    expect(parse("typing_extensions needed for py<38").version).toBe("3.8");
  });

  it("reads a thing introduced by a PEP as no change in the release named beside it", () => {
    const q = parse("The Protocol type was introduced in PEP544, which is not supported by Python 3.7.");
    expect(q.version).toBeUndefined();
    expect(q.context).toBe("3.7");
  });

  it("reads a name that starts like a removal word as a name", () => {
    expect(parse("Fix `removeprefix` for py3.8").intent).toBe("feature");
    expect(parse("what was removed in 3.12").intent).toBe("removals");
  });

  it('reads "from 3.14 onwards" as the release things start in', () => {
    const q = parse("free-threaded python is supported from 3.14 onwards");
    expect(q.version).toBe("3.14");
    expect(q.bound).toBe(true);
  });

  it("reads a choice among listed releases as the newest one's standing", () => {
    const q = parse("Which version of Python should I use? Python 3.10.11 Python 3.11.9 Python 3.12.9");
    expect(q.intent).toBe("end-of-life");
    expect(q.version).toBe("3.12");
    const minimal = parse("3.9, 3.10 or 3.11 as minimal version for the next major?");
    expect(minimal.intent).toBe("end-of-life");
    expect(minimal.version).toBe("3.11");
    const latest = parse("should the docs say install 3.10 specifically, or the latest (3.12)?");
    expect(latest.intent).toBe("end-of-life");
    expect(latest.version).toBe("3.12");
  });

  it('reads "3.13t" as the release\'s free-threaded build', () => {
    const q = parse("Drop experimental 3.13t.");
    expect(q.version).toBe("3.13");
    expect(q.terms).toContain("freethreaded");
  });

  it("lets another phrase for a concept stand only for the question's words it does not share", () => {
    // "dictionary merge" for "dict merge": "dictionary" is "dict"; "merge" must be found itself.
    const dictionary = parse("dict merge").expansions.find((e) => e.terms.join(" ") === "dictionary");
    expect(dictionary?.standsFor).toEqual(["dict"]);
  });

  it.each([
    ["when was 3.2 released", "release-date"],
    ["is python 3.14 out yet", "release-date"],
    ["is 3.8 still supported", "end-of-life"],
    ["is 3.9 still getting security patches", "end-of-life"],
    ["3.9.1 patch notes", "overview"],
    ["when does 3.9 reach end of life", "end-of-life"],
    ["3.11 has reached end-of-bugfix so it is no longer available as nightly", "end-of-life"],
    // Whether to move to a release asks for its standing.
    ["is it safe to upgrade to 3.13", "end-of-life"],
    ["should we move to 3.14 yet", "end-of-life"],
    ["should I learn python 3.14 or 3.13", "end-of-life"],
    // Dropping a release, named by its number alone.
    ["can we drop 3.9?", "end-of-life"],
    ["remove 3.9 from CI", "end-of-life"],
    ["we no longer support 3.9", "end-of-life"],
    ["python 3.7 is unsupported now", "end-of-life"],
    ["unsupported python versions like 3.7", "end-of-life"],
    // "Unsupported" said of something else than a release.
    ["ValueError: unsupported pickle protocol: 5 on python 3.7", "feature"],
    ["3.12", "overview"],
    ["what's new in 3.12", "overview"],
    ["pathlib in 3.12", "feature"],
    ["py3.10 release year", "release-date"],
    // "when" that says when something runs, and a release verb sentences later.
    [
      "When launched using a relative path, __file__ is relative on 3.7. Did a release change that?",
      "feature",
    ],
    ["3.13 ship date?", "release-date"],
    [
      "Error at python 3.11: your generated code is out of date and must be regenerated with protoc >= 3.19.0",
      "feature",
    ],
    ["what was removed in 3.12", "removals"],
    ["what got kicked out in 3.13", "feature"],
    ["deprecations in 3.11", "deprecations"],
    ["distutils removed", "feature"],
    ["how much faster is python 3.11", "speedups"],
    ["How Fast Does Python 3.11 Compare with Python 3.10?", "speedups"],
    ["3.12 performance improvements", "speedups"],
    ["Why does this specific code run faster in Python 3.11?", "speedups"],
    ["asyncio performance in 3.12", "feature"],
    ["what syntax is new in python 3.8", "syntax"],
    ["python 3.10 new syntax", "syntax"],
    ["syntax error in python 3.10", "feature"],
  ])("recognizes the intent of %j", (q, intent) => {
    expect(parse(q).intent).toBe(intent);
  });

  it("reads the release a deprecation notice plans the removal for", () => {
    expect(
      parse("The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.")
        .plannedRemoval,
    ).toBe("3.10");
    expect(parse("'cgi' is deprecated and slated for removal in Python 3.13").plannedRemoval).toBe("3.13");
    expect(parse("removed in 3.12").plannedRemoval).toBeUndefined();
    // A warning that "might become a problem for the future release of Python 3.11".
    expect(parse("this may become a problem for the future release of Python 3.11").plannedRemoval).toBe(
      "3.11",
    );
  });

  it("notices questions about deprecations and removals", () => {
    expect(parse("what's deprecated in 3.13").wantsDeprecations).toBe(true);
    expect(parse("what was removed in 3.12").wantsRemovals).toBe(true);
    expect(parse("pathlib").wantsRemovals).toBe(false);
  });

  it.each(["", "   ", "!!!", "\u0000\u0007", "?!.,;"])("refuses input with nothing to search: %j", (q) => {
    expect(parse(q).refusal).toBeTruthy();
  });

  it("cuts long input to the maximum before any work", () => {
    const parsed = parseQuery(`pathlib ${"x".repeat(10_000)}`, { maxChars: 50 });
    expect(parsed.raw.length).toBe(50);
  });

  it("removes control and zero-width characters but keeps the words around them", () => {
    expect(parse("path\u200blib\u0007 enum").text).toBe("pathlib enum");
  });

  it("reads 2.x numbers as versions only when named as Python versions", () => {
    expect(parse("since when does round(2.5) give 2").version).toBeUndefined();
    expect(parse("print statement in python 2.7").version).toBe("2.7");
  });

  it("expands the abbreviations people type", () => {
    const terms = parse("zero arg super()").expansions.flatMap((e) => e.terms);
    expect(terms).toEqual(expect.arrayContaining(["argument"]));
  });

  it("ignores chat filler and example placeholders", () => {
    expect(parse("since when is nonlocal a thing").terms).toEqual(["nonlocal"]);
    expect(parse("d1 | d2 for merging dicts").terms).toEqual(["merging", "dict"]);
  });

  it("tells a how-to question with no release in it from one about releases", () => {
    expect(asksTechnique("How can I sort a list of dictionaries by a value of the dictionary?")).toBe(true);
    expect(asksTechnique("how do I get the walrus operator on python 3.7")).toBe(false);
    expect(asksTechnique("How to use typing with older versions of Python")).toBe(false);
    expect(asksTechnique("which version added the walrus operator")).toBe(false);
  });

  it("reads a why, is-it or what-is question with nothing about a release as asking about Python itself", () => {
    expect(asksTechnique("Why do my lists get modified when passed to a function?")).toBe(true);
    expect(asksTechnique("Is Python a compiled language or an interpreted language?")).toBe(true);
    expect(asksTechnique("What is a data class in python?")).toBe(true);
    expect(asksTechnique("can python be compiled to binary in any case")).toBe(true);
    expect(asksTechnique("can I use match case in python 3.9")).toBe(false);
    expect(asksTechnique("When is __init__ called exactly?")).toBe(true);
    expect(asksTechnique("when is the removeprefix method coming")).toBe(false);
    expect(asksTechnique("Why in PEP 8 was decided both vars and functions to be snake_case?")).toBe(true);
    expect(asksTechnique("What python tools should I be using on every project?")).toBe(true);
    expect(asksTechnique("Why is the walrus operator not in Python 3.7?")).toBe(false);
    expect(asksTechnique("Is there still a distutils module?")).toBe(false);
  });

  it("ignores the asker's own files and a pull request's tags, not files the notes speak of", () => {
    expect(parse("3.11 is faster, so machine.py should use it").terms).toEqual(["faster"]);
    expect(parse("3.11 is significantly faster, so it should be updated").terms).toEqual(["faster"]);
    expect(parse("3 features released in Python 3.1 you should use in 2021").intent).toBe("overview");
    expect(parse("[WIP] walrus in the parser (master)").terms).toEqual(["walrus", "parser"]);
    expect(parse("How to check if a list is empty? [duplicate]").terms).not.toContain("duplicate");
    expect(parse("running a zip that holds __main__.py").terms).toContain("__main__.py");
    expect(parse("the most pythonic way to merge two dicts").terms).toEqual(["merge", "two", "dict"]);
  });
});

describe("a version in a question", () => {
  it.each([
    ["Is there no way to get the walrus operator in Python 3.7?", "3.7"],
    ["does `case _:` work on 3.8", "3.8"],
    ["we run 3.6 in prod, can we use contextlib.nullcontext?", "3.6"],
    ["f-strings on py35?", "3.5"],
    ["whats the pythonic way to merge two dicts in 3.8", "3.8"],
    ["is tomllib in 3.10", "3.10"],
  ])("is the asker's context in %j", (q, context) => {
    const parsed = parse(q);
    expect(parsed.context).toBe(context);
    expect(parsed.version).toBeUndefined();
  });

  it.each([
    ["what changed in asyncio in 3.12", "3.12"],
    ["what did 3.9 add to the math module", "3.9"],
    ["pathlib in 3.4", "3.4"],
    // A release compared with another is the one asked about, not where the asker stands.
    ["How Fast Does Python 3.11 Compare with Python 3.10?", "3.11"],
  ])("filters when the question asks what happened in that release: %j", (q, version) => {
    const parsed = parse(q);
    expect(parsed.version).toBe(version);
    expect(parsed.context).toBeUndefined();
  });

  it.each([
    ["Python 3.13 introduces an experimental JIT compiler", "3.13"],
    ["migrate to using Python 3.7's data classes, which does require 3.7", "3.7"],
  ])("filters when the question says what the release brought: %j", (q, version) => {
    expect(parse(q).version).toBe(version);
  });

  it.each([
    ["ISO dates with trailing Z throw error when using Python < 3.11", "3.11"],
    ["Restore support for Python 3.8: the | operator was not supported until 3.9", "3.9"],
    ["Fix Counter to work pre-python-3.10", "3.10"],
    ["BooleanOptionalAction is only available on Python 3.9+", "3.9"],
    // The release a change starts from, before the one it lasted until.
    ["till python 3.10 it was showing 367, but from python 3.11 it became -625", "3.11"],
    ["it appears that, starting from 3.8, python changes its way to load DLLs", "3.8"],
    // A bound that includes the last release before the change.
    ["it is 4 for Python version <=3.7, while it is 5 later", "3.8"],
  ])("reads a version written as a bound as the release where things changed: %j", (q, version) => {
    const parsed = parse(q);
    expect(parsed.version).toBe(version);
    expect(parsed.bound).toBe(true);
    expect(parsed.terms).not.toContain("pre");
  });

  it("reads a release and those before it as the asker's, and the next release as where things changed", () => {
    const older = parse("can I use walrus in 3.7 and older");
    expect(older.version).toBe("3.8");
    expect(older.context).toBe("3.7");
    expect(older.terms).not.toContain("older");
    expect(parse("fix f-string usage for Python 3.11 and earlier").version).toBe("3.12");
  });

  it("takes the release a thing is said to have been introduced in as the release asked about", () => {
    const introduced = parse("We are still supporting 3.9 and union type syntax was introduced in 3.10.");
    expect(introduced.version).toBe("3.10");
    expect(parse("Python 3.9 added two operators to dict").version).toBe("3.9");
  });

  it("takes the release things happened in over a bound beside it", () => {
    expect(
      parse("Fix sample() for Python 3.11: deprecated since Python 3.9 and removed in 3.11").version,
    ).toBe("3.11");
  });

  it("filters when the caller gives it, whatever the wording", () => {
    expect(parse("can I use walrus?", "3.8").version).toBe("3.8");
  });
});

describe("a message that says which release brought something", () => {
  it("names that release, and only when it names one", () => {
    expect(broughtBy("Although we made it official in 3.10, it works on 3.9")).toBe("3.10");
    expect(broughtBy("the bug was introduced in 3.11.10, so is there a fix")).toBe("3.11");
    expect(broughtBy("newly supported in Python 3.10 not 3.9")).toBe("3.10");
    expect(broughtBy("added in 3.8 and made official in 3.9")).toBeUndefined();
    expect(broughtBy("it fails on 3.10 with a TypeError")).toBeUndefined();
  });
});

describe("a message that moves to a release", () => {
  it("names where it moves, and two places to go are no range", () => {
    expect(
      moveTargets("We should upgrade the project to use python 3.13, or even upgrading to 3.14"),
    ).toEqual(["3.13", "3.14"]);
    expect(moveTargets("ENH: Transition to Python 3.8 as Python 3.6 is deprecated")).toEqual(["3.8"]);
    expect(moveTargets("Raise the minimum compatible Python version to 3.6")).toEqual(["3.6"]);
    expect(moveTargets("3.6 will be EOL, so we should move on 3.7 (or later)")).toEqual(["3.7"]);
    // An error raised on a release is no move to it.
    expect(moveTargets("it raises ValueError on 3.9")).toEqual([]);
    expect(parse("Upgrade to python 3.13; could even consider upgrading to 3.14.").intent).not.toBe("range");
    expect(parse("upgrading from 3.9 to 3.11, what breaks?").range).toEqual({ from: "3.9", to: "3.11" });
    expect(parse("Migrate to Python >=3.10: currently we support >=3.9").range).toEqual({
      from: "3.9",
      to: "3.10",
    });
    // A test matrix moved along: from the oldest it leaves to the newest it reaches.
    expect(parse("Upgrade from python 3.7 + 3.8 to 3.8 + 3.9").range).toEqual({ from: "3.7", to: "3.9" });
    // ">" between two releases is the way from one to the other.
    expect(parse("notable changes from python 3.9 > 3.10").range).toEqual({ from: "3.9", to: "3.10" });
    // A notice's timeline is no range.
    expect(
      parse("distutils is deprecated in Python 3.10 and will be removed in Python 3.12.").intent,
    ).not.toBe("range");
    // The difference between two releases, asked in another language.
    expect(parse("简述python3.9和python3.11的区别").range).toEqual({ from: "3.9", to: "3.11" });
    expect(parse("python3.12と3.13の違いは？").range).toEqual({ from: "3.12", to: "3.13" });
    expect(parse("Apa perbedaan python 3.11 dan 3.12?").range).toEqual({ from: "3.11", to: "3.12" });
    expect(parse("upgrade to 3.12 broke my tests").range).toEqual({ from: "3.11", to: "3.12" });
    expect(parse("Aggiornamento da Python 3.9 a 3.12").range).toEqual({ from: "3.9", to: "3.12" });
  });
});

describe("unsupported", () => {
  it("is a release's status, but an operation or type an error calls unsupported is not", () => {
    expect(parse("is python 3.8 unsupported now").intent).toBe("end-of-life");
    expect(parse("[Python 3.8.8] Unsupported `|` operation for types `dict`").intent).toBe("feature");
    expect(parse("unsupported operand type(s) for |: 'dict' and 'dict' in 3.8").intent).toBe("feature");
  });
});

describe("an upgrade beside a release's support window", () => {
  it("reads the support, not a range", () => {
    expect(
      parse("Python 3.10 end of security updates is 2026-10, could you consider upgrading to Python 3.11?")
        .intent,
    ).toBe("end-of-life");
  });
});

describe("release questions in any phrasing", () => {
  it.each([
    ["3.9 main changes", "overview"],
    ["python 3.5 new stuff", "overview"],
    ["3.13 highlights pls", "overview"],
    ["O que há de novo no python 3.12", "overview"],
    ["quoi de neuf dans python 3.13", "overview"],
    ["python 3.11 新特性", "overview"],
    ["CI: add 3.13 to the test matrix", "overview"],
    ["Python 3.9: All You need to know", "overview"],
    ["Bump minimum python to 3.10", "overview"],
    ["latest python version", "latest"],
    // A claim about the newest release is checked against the facts.
    ["Build and test with python 3.13. The last released version of python is now 3.13", "latest"],
    ["which versions are still supported", "supported"],
    ["is 3.8 dead", "end-of-life"],
    ["when does 3.12 stop getting bugfixes", "end-of-life"],
    ["how long is 3.12 getting fixes", "end-of-life"],
    ["Sunsetting support for Python 3.10: official support ends in October 2026", "end-of-life"],
    ["o que tem de novo no python 3.11", "overview"],
    ["is 3.7 deprecated", "end-of-life"],
    ["is 3.13 stable enough for prod", "end-of-life"],
    ["should I still use python 3.8 in 2026", "end-of-life"],
    ["what's deprecated in 3.12", "deprecations"],
    ["which python version should i use for a new project", "latest"],
    ["which python version should I use for match statements", "feature"],
    ["whats the oldest python still supported", "supported"],
  ])("reads %j as %s", (q, intent) => {
    expect(parse(q).intent).toBe(intent);
  });

  it("reads two releases and what breaks between them as the upgrade from one to the other", () => {
    const parsed = parse("We prefer 3.11 instead of 3.12 atm for python due to some breaking changes");
    expect(parsed.intent).toBe("range");
    expect(parsed.range).toEqual({ from: "3.11", to: "3.12" });
  });

  it("reads no subject into a range's talk of migration notes", () => {
    expect(parse("3.10 → 3.12 migration notes").terms).toEqual([]);
    expect(parse("what changed in typing from 3.9 to 3.12").terms).toEqual(["typing"]);
  });

  it.each([
    ["what changed between 3.8 and 3.12", { from: "3.8", to: "3.12" }],
    ["Python Versions Explained (3.8 vs 3.9 vs 3.10 vs 3.11)", { from: "3.8", to: "3.11" }],
    ["upgrading from 3.9 to 3.11, what breaks?", { from: "3.9", to: "3.11" }],
    ["3.13 vs 3.14", { from: "3.13", to: "3.14" }],
    ["what breaks if we go from 3.12 to 3.10", { from: "3.10", to: "3.12" }],
    ["Migrate to Python >=3.10: currently we support Python >=3.9", { from: "3.9", to: "3.10" }],
    ["what's different in 3.13 compared to 3.12", { from: "3.12", to: "3.13" }],
    ["is 3.12 backwards compatible with 3.11", { from: "3.11", to: "3.12" }],
    ["breaking changes python 3.12", { from: "3.11", to: "3.12" }],
    ["py 3.13 porting notes", { from: "3.12", to: "3.13" }],
    ["differences 3.10 3.12", { from: "3.10", to: "3.12" }],
    // An arrow drawn with more than one dash.
    ["py3.11 --> py3.12", { from: "3.11", to: "3.12" }],
    // Upgrades in scripts where a regular expression's word boundary finds none.
    ["python3.10から3.12にバージョンアップしたい", { from: "3.10", to: "3.12" }],
    ["обновить python 3.8 до 3.12", { from: "3.8", to: "3.12" }],
  ])("reads the range in %j", (q, range) => {
    const parsed = parse(q);
    expect(parsed.intent).toBe("range");
    expect(parsed.range).toEqual(range);
  });

  it("reads a feature's standing in a release as a question about that release", () => {
    const standing = parse("is free-threading still experimental in 3.14");
    expect(standing.version).toBe("3.14");
    expect(standing.context).toBeUndefined();
  });

  it("reads a support message about several releases as about the one its status words are about", () => {
    expect(parse("Drop support for Python 3.8 & 3.9 - 3.9 went EOL in October 2025.").version).toBe("3.9");
    // A message that opens on something else keeps the release it opens with.
    const opens = parse("Add support for Python 3.14: also drop 3.9, since it's EOL in October.");
    expect(opens.version).toBe("3.14");
    // An opening that acts on one release is about it, whatever else goes EOL later in the message.
    expect(
      parse("Drop Python 3.5 from CI and README. It's EOL since December 2020. We could also drop 3.6 soon.")
        .version,
    ).toBe("3.5");
    // A statement that acts on a release names it after itself.
    expect(
      parse(
        "Drop Python 3.8? Projects drop Python 3.8 and Python 3.12 just came out. Are we ok dropping Python 3.8?",
      ).version,
    ).toBe("3.8");
  });

  it("reads the releases a support message wants for their support or features, not where it moves", () => {
    expect(
      wantedReleases("drop support for python 3.6 and bump dependencies to support python 3.11"),
    ).toEqual(["3.11"]);
    expect(wantedReleases("Removed 3.6, added 3.10 support")).toEqual(["3.10"]);
    expect(wantedReleases("will allow us to make use of newer 3.12 features")).toEqual(["3.12"]);
    expect(wantedReleases("features and improvements introduced in Python 3.9 and later")).toEqual(["3.9"]);
    expect(wantedReleases("3.10 end of life is near, consider upgrading to Python 3.11")).toEqual([]);
    expect(wantedReleases("drop support for python 3.6")).toEqual([]);
  });

  it("reads a backport to older releases as a question about what is carried back", () => {
    expect(parse('Backport "ExceptionGroup" from Python 3.11 to Python 3.7-3.10').intent).toBe("feature");
  });

  it("reads versions typed without their dot", () => {
    expect(parse("walrus on py37").context).toBe("3.7");
    expect(parse("python310 new stuff").version).toBe("3.10");
    expect(parse("walrus on python 37?").context).toBe("3.7");
  });
});

describe("cleanPaste", () => {
  it("keeps a long paste's first and last lines, where imports and the error are", () => {
    const frames = Array.from({ length: 500 }, (_, i) => `  File "app_${i}.py", line ${i}, in f`);
    const traceback = ["Traceback (most recent call last):", ...frames, "KeyError: 'x'"].join("\n");
    const kept = cleanPaste(traceback, 1000);
    expect(kept.length).toBeLessThanOrEqual(1000);
    expect(kept.startsWith("Traceback (most recent call last):")).toBe(true);
    expect(kept.endsWith("KeyError: 'x'")).toBe(true);
    expect(kept.split("\n").every((line) => line.startsWith("  File") || !line.includes("File"))).toBe(true);
  });
});

describe("withoutTroubleTerms", () => {
  it("leaves out a value a message quotes but keeps a builtin type's name Python printed", () => {
    const text = "TypeError: 'float' object cannot be interpreted as an integer, thread 'MainThread'";
    const terms = withoutTroubleTerms(["float", "interpreted", "integer", "mainthread"], text);
    expect(terms).toEqual(["float", "interpreted", "integer"]);
  });
});
