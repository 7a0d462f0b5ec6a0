import { describe, expect, it } from "vitest";
import { PyVer } from "../src/pyver.ts";
import { parseQuery } from "../src/query/parse-query.ts";
import { withCompounds } from "../src/search/query-terms.ts";
import { tinyBot } from "./fixtures/tiny.ts";

const bot = tinyBot();

describe("PyVer.ask", () => {
  it("answers a feature question with the version first and the section linked", () => {
    const a = bot.ask("pathlib");
    expect(a.found).toBe(true);
    expect(a.kind).toBe("feature");
    expect(a.answer).toMatch(/^pathlib — new in Python 3\.4 \(PEP 428\)\. /);
    expect(a.citations[0]).toEqual({
      version: "3.4",
      title: "What's New in Python 3.4",
      section: "pathlib: object-oriented filesystem paths (PEP 428)",
      url: "https://docs.python.org/3/whatsnew/3.4.html#pathlib",
      source: "python-3.4.md",
    });
  });

  it("prefers the release that introduced a name over later ones that improved it", () => {
    expect(bot.ask("which version added pathlib?").citations.map((c) => c.version)[0]).toBe("3.4");
  });

  it("answers a synonym with the release notes' own wording", () => {
    expect(bot.ask("@PyVer which version added the walrus operator?").version).toBe("3.8");
    expect(bot.ask("assignment expressions").version).toBe("3.8");
  });

  it("finds a PEP by number however it is spelled", () => {
    expect(bot.ask("PEP 695").version).toBe("3.12");
    expect(bot.ask("pep695").version).toBe("3.12");
  });

  it("limits the search to a version when asked", () => {
    const a = bot.ask("pathlib in 3.12");
    expect(a.version).toBe("3.12");
    expect(a.citations.every((c) => c.version === "3.12")).toBe(true);
    expect(bot.ask("pathlib", { version: "3.8" }).citations[0]?.section).toBe("pathlib.Path.link_to()");
  });

  it("finds removals and deprecations when the question asks for them", () => {
    expect(bot.ask("what was removed in 3.12").citations[0]?.section).toBe("distutils removed (PEP 632)");
    expect(bot.ask("distutils removed").answer).toMatch(
      /^`distutils` was removed in Python 3\.12 \(PEP 632; deprecated since 3\.10\)\./,
    );
  });

  it("caps citations at the requested limit and keeps further hits for paging", () => {
    const a = bot.ask("pathlib", { limit: 1 });
    expect(a.citations).toHaveLength(1);
    expect(a.hits.length).toBeGreaterThan(1);
    expect(a.hits[0]?.snippet.length).toBeGreaterThan(0);
  });

  it("says plainly when nothing is relevant, with no citations", () => {
    const a = bot.ask("kubernetes pod autoscaling");
    expect(a.found).toBe(false);
    expect(a.kind).toBe("not-found");
    expect(a.citations).toEqual([]);
    expect(a.answer).toContain("found nothing");
  });

  it("does not present a weak match as an answer", () => {
    // "enum" matches, but "kubernetes" and "autoscaling" are most of the question.
    expect(bot.ask("kubernetes autoscaling enum").found).toBe(false);
  });

  it("answers a long question about one PEP that no section covers with the PEP", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "With PEP 557 data classes are introduced into python standard library. What exactly are python data classes and when is it best to use them?",
    );
    expect(a.version).toBe("3.7");
    expect(a.answer).toMatch(/PEP 557/);
  });

  it("answers a problem report on a release from what that release changed about its subject", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("SSL errors in Python 3.13").answer).toMatch(/^ssl\.create_default_context.*3\.13/);
    // Within one release a word is rare by that release's sections: 3.13 has two about ssl.
    expect(builtin.ask("Python 3.13.x SSL security changes").version).toBe("3.13");
    // The first clause of a longer report names the trouble and the release.
    expect(
      builtin.ask(
        "multiprocessing error on macOS with Python3.8: I recently updated to Python 3.8 on my Mac and found that examples no longer seemed to run.",
      ).version,
    ).toBe("3.8");
    // Asking whether a release has something is still a verdict about it.
    expect(builtin.ask("walrus operator not working on python 3.7").answer).toMatch(/3\.8/);
  });

  it("falls back from a release with nothing on the subject to a section about it, else the release", () => {
    const builtin = PyVer.open({ cache: false });
    // Not "asyncio.eager_task_factory() needs 3.12", which only shares the word asyncio.
    expect(builtin.ask("Python 3.11 changes to asyncio makes this module incompatible").kind).toBe(
      "overview",
    );
  });

  it("answers a long message about one release from the section that far outscores the rest of it", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "Incompatibility with Python 3.10: TypeError: As of 3.10, the *loop* parameter was removed from Queue() since it is no longer necessary",
    );
    // `Queue()` is today's class, not Python 2's module `Queue`.
    expect(a.answer).toMatch(/^asyncio loop parameter removed/);
    expect(a.version).toBe("3.10");
  });

  it("answers from the asker's own release when one of its sections far outscores every other", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "Python 3.12 SyntaxWarning: invalid escape sequence on triple-quoted string, `\\d` must be `\\\\d`",
    );
    expect(a.version).toBe("3.12");
    expect(a.answer).toMatch(/Invalid escape sequences now emit SyntaxWarning/);
  });

  it("answers a long report on a release from a section about its rarest words, far ahead in that release", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "BUG: float64 nan changes hash. Float64 nan value changes its hashes, which is annoying when transforming array to another structure (e.g. tuple) and wants to compute has. It is happening just for float64 nans and only with Python 3.10.",
    );
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^Hash of float NaN/);
  });

  it("answers a deprecation met on a later release by what that release made of it", () => {
    const builtin = PyVer.open({ cache: false });
    const met = builtin.ask("invalid escape sequence with Python 3.12");
    expect(met.version).toBe("3.12");
    expect(met.answer).toMatch(/^Invalid escape sequences now emit SyntaxWarning/);
    // A release between the two still only has the deprecation.
    expect(builtin.ask("can I use invalid escape sequences in 3.8").version).toBe("3.6");
  });

  it("leads with the release's own section on the subject, not its highlights", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask("when did print become a function");
    expect(a.answer).toMatch(/^print\(\) is a function — in Python 3\.0 \(PEP 3105\)/);
    expect(a.citations[0]?.title).not.toMatch(/highlights/i);
  });

  it("answers an asker on a release about a module the notes often name, unless it is in trouble", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("we run py3.6 in prod is pathlib ok").answer).toMatch(
      /^Yes — Python 3\.6 has “pathlib”: it is new in Python 3\.4/,
    );
    expect(
      builtin.ask("macOS Python3.8+: multiprocessing uses the start method 'spawn' by default and it fails")
        .answer,
    ).not.toMatch(/`multiprocessing` is in/);
  });

  it("takes a method named by an English word for any class's unless the class or a removal is asked about", () => {
    const builtin = PyVer.open({ cache: false });
    const report = builtin.ask("OSError: [Errno 9] write() on read-only GzipNGFile object since Python 3.13");
    expect(report.answer).not.toContain("array.array.write");
    expect(builtin.ask("when was write() removed from array").answer).toMatch(
      /^`array\.array\.write` was removed/,
    );
  });

  it("answers a syntax error told over async on a release that reserves the word by that change", () => {
    const builtin = PyVer.open({ cache: false });
    const told = builtin.ask(
      'I was getting an "async" syntax error with Python 3.8.3, so I renamed async to asynch',
    );
    expect(told.version).toBe("3.7");
    expect(told.answer).toMatch(/`async` and `await` as reserved keywords/);
    const pasted = builtin.ask("python3.8.10 SyntaxError: invalid syntax async keyword problem for celery");
    expect(pasted.version).toBe("3.7");
    // Written as an attribute, too.
    const attribute = builtin.ask(
      "(.async) syntax error. I thought it's the problem of new version of python so tried changing to the earlier version python 3.7.3 but noting changed, the same error occurred again plz help me with this...",
    );
    expect(attribute.version).toBe("3.7");
    // Chat's "syntax err" is a syntax error too.
    expect(builtin.ask("testing on python 3.7 it is a syntax err: node.async").version).toBe("3.7");
    // With no release named, the error is still what the reservation made of such code.
    const untold = builtin.ask("Syntax error on using variable async");
    expect(untold.version).toBe("3.7");
    expect(untold.answer).toMatch(/reserved keywords/);
    // Before 3.7 `async` was a name like any other: the reservation explains nothing there.
    expect(builtin.ask('an "async" syntax error with Python 3.4').version).not.toBe("3.7");
  });

  it("takes a removed method called on self, found by a code search, for the method", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "assertDictContainsSubset is removed in Python 3.11\ntests/test_logger.py:        self.assertDictContainsSubset(expected, scope)",
    );
    expect(a.version).toBe("3.12");
    expect(a.answer).toMatch(/^`unittest\.TestCase\.assertDictContainsSubset` was removed in Python 3\.12/);
  });

  it("answers a deprecation met on the asker's interpreter with that release's deprecation of the name", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask("the imp module is deprecated in python 3.6.8, importing it warns now");
    expect(a.version).toBe("3.6");
    expect(a.answer).toMatch(/^imp module raises DeprecationWarning/);
    // Named as a release, not an interpreter, the release is when it happened: the removal answers.
    expect(builtin.ask("imp deprecated since python 3.4").answer).toMatch(/^`imp` was/);
  });

  it("takes a long removed function's name called on a variable for that function", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      'On Fedora the app no longer starts:\n  File "/usr/lib/python3.11/site-packages/app/i18n.py", line 24, in setup_i18n\n    module.bind_textdomain_codeset("app", "utf8")',
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/`gettext\.bind_textdomain_codeset` was removed in Python 3\.11/);
  });

  it("answers a call in backticks beside a release that changed it with that release's section on it", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "In Python 3.14, `asyncio.get_event_loop()` will error if there is no running loop",
    );
    expect(a.version).toBe("3.14");
    expect(a.answer).toMatch(/^asyncio\.get_event_loop\(\) implicit loop creation removed/);
  });

  it("explains an error by the section headed by the builtin the quoted line calls", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "Value Error : invalid mode when importing a bvh\n  File \"bvh.py\", line 121, in read_bvh\n    file = open(file_path, 'rU')\nValueError: invalid mode: 'rU'",
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/^open\(\) 'U' mode removed/);
    // Without the line, the value the message quotes is what a section writes as code.
    const bare = builtin.ask(
      "I get `ValueError:invalid mode: 'rU'` when i try to open the samples in the data folder.",
    );
    expect(bare.version).toBe("3.11");
  });

  it("explains an error by the section headed by the plural of the decorator the traceback quotes", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      '  File "config.py", line 280, in <module>\n    @dataclass\n     ^^^^^^^^^\nValueError: mutable default CaseConfig for field case_config is not allowed',
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/^dataclasses mutable default check/);
  });

  it("explains an error by the section that writes as code the name the message tells the asker to use", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "python3.12 运行报错 ValueError: mutable default <class 'parser.base.VideoAuthor'> for field author is not allowed: use default_factory",
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/^dataclasses mutable default check/);
  });

  it("answers an unexplained error by the section the release that broke it heads with a call marked as code", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "`locals()` trick stopped working in Python 3.13, NameError: name 'x' is not defined",
    );
    expect(a.version).toBe("3.13");
    expect(a.answer).toMatch(/^Defined semantics for locals\(\)/);
  });

  it("takes a missing module in Python 2's wording for Python 2's, whatever Python 3 the paste shows", () => {
    const builtin = PyVer.open({ cache: false });
    const pip = "Requirement already satisfied: pathlib in /usr/lib/python3.7/site-packages (1.0.1)";
    const python2 = builtin.ask(`from pathlib import Path ImportError: No module named pathlib. ${pip}`);
    expect(python2.version).toBe("3.4");
    // Python 3 quotes the name: that Python 3.7 was built without it.
    const quoted = builtin.ask(`from pathlib import Path ImportError: No module named 'pathlib'. ${pip}`);
    expect(quoted.answer).toMatch(/built or packaged without/);
  });

  it("answers a standard module's own exception by the one section that names its class", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "Building fails: tarfile.AbsoluteLinkError: 'lib/ld.so.1' is a link to an absolute path. Worked on the older Python.",
    );
    expect(a.version).toBe("3.12");
    expect(a.answer).toMatch(/^tarfile extraction filters/);
  });

  it("answers a message about a rare word by its section, whatever other sections share the word", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "ci: force the 'fork' start method for child processes. Since Python 3.14 the default changed to 'forkserver', which needs every shared object to be picklable, so some of our daemon tests that run as another user fail.",
    );
    expect(a.version).toBe("3.14");
    expect(a.answer).toMatch(/forkserver/);
  });

  it("answers a compatibility report set in a release by that release's section far ahead of the rest", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "Python 3.10 compatibility — the plotting GUI will not start on Python 3.10 due to Python no longer implicitly casting float to int.",
    );
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^Integer parameters no longer accept float/);
  });

  it("answers a long message by the one section its rare word finds in the release it sets", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      'My systems all run python 3.8.10. The value of __file__ at line 21 is just the relative "app.py", not the full path, so the test for the parent directory fails. Google says __file__ always has the full path in python 3.9 and later. Is there an easy fix for python 3.8?',
    );
    expect(a.version).toBe("3.9");
    expect(a.answer).toMatch(/^__main__\.__file__ is an absolute path/);
  });

  it("answers a missing package the named release's notes head a section with by that section", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask("ModuleNotFoundError: No module named 'setuptools' in a new venv on Python 3.12");
    expect(a.version).toBe("3.12");
    expect(a.answer).toMatch(/^setuptools wheel removed from ensurepip/);
    // The section's first sentence lists what else the package brought.
    const bundled = builtin.ask(
      "Fresh Python 3.12 venv: import pkg_resources ModuleNotFoundError: No module named 'pkg_resources'",
    );
    expect(bundled.version).toBe("3.12");
    expect(bundled.answer).toMatch(/^setuptools wheel removed from ensurepip/);
    // A call's section is still one headed by it: 3.12's `randrange()` section only mentions `ValueError`.
    const raised = builtin.ask(
      "When the plugin started, it did not show in the menus.  Running the file from a terminal, I got:\n    raise ValueError('Namespace %s not available' % namespace)\nValueError: Namespace Gtk not available\n$ python --version\nPython 3.12.8\nAny suggestion?",
    );
    expect(raised.answer).not.toMatch(/randrange/);
    // A package no note heads stays a third party's.
    expect(builtin.ask("ModuleNotFoundError: No module named 'numpy' on python 3.12").answer).toContain(
      "third-party",
    );
  });

  it("takes a name with a digit for the asker's own, no misspelt removed module", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("is `parse1` gone in python 3.10?").answer).not.toContain("`parser` was removed");
    expect(builtin.ask("when was imghdrr removed").answer).toMatch(/^`imghdr` was removed in Python 3\.13/);
  });

  it("answers a task done without a third-party package from the standard library, its name uncorrected", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("Python equivalent of a dot product without numpy").answer).toMatch(
      /^`math\.sumprod`/,
    );
    expect(builtin.ask("how to get list of all timezones without pytz").answer).toMatch(
      /^zoneinfo — new in Python 3\.9/,
    );
    expect(builtin.ask("numpy install error python 3.13").found).toBe(false);
    // "Non-Anaconda": the setup the change is met outside of.
    const dlls = builtin.ask(
      "Explicitly add the gcc dll directory on Python 3.8+ on Windows: a change in how DLLs are resolved (Non-Anaconda) means folders must be added explicitly",
    );
    expect(dlls.version).toBe("3.8");
    expect(dlls.answer).toMatch(/`os\.add_dll_directory\(\)`/);
  });

  it("leaves a value's complaint to the asker when no release taught that type to do it", () => {
    const builtin = PyVer.open({ cache: false });
    // 3.8 made dicts reversible; no release did so for sets.
    expect(builtin.ask("TypeError: 'set' object is not reversible").found).toBe(false);
    expect(builtin.ask("TypeError: 'dict' object is not callable").found).toBe(false);
  });

  it("answers the unbounded cache asked for by likening it to lru_cache", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("Is there something like functools.lru_cache but without size limit").answer).toMatch(
      /^`functools\.cache` — new in Python 3\.9/,
    );
  });

  it("answers a feature written with a later bound from that release's change to it", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "an f-string that contains unescaped double quotes is valid in Python 3.12+, but crashes in 3.11",
    );
    expect(a.version).toBe("3.12");
    expect(a.answer).toMatch(/^f-strings: quote reuse.* — in Python 3\.12 \(PEP 701\)/);
  });

  it("of a feature and an API named beside the asker's release, answers the one that release lacks", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask("Rewrite f-strings into str.format(): required to support Python 3.5");
    expect(a.answer).toMatch(/^No — f-strings need Python 3\.6/);
  });

  it("answers a deprecation notice with the removal its planned release made", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.",
    );
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^asyncio loop parameter removed .* in Python 3\.10\..*deprecated since 3\.8/);
  });

  it("answers a deprecation notice printed by a release before the planned one with that release's deprecation", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "/usr/lib/python3.10/site-packages/app/info.py:1: DeprecationWarning: The distutils package is deprecated and slated for removal in Python 3.12. Use setuptools or check PEP 632 for potential alternatives",
    );
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/distutils deprecated/);
  });

  it("answers dropping a release to use a feature with the feature's release", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask("Drop Python 3.9 support: we want to use `match case` pattern matching");
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^No — the `match` statement needs Python 3\.10/);
    expect(builtin.ask("drop python 3.8").answer).toMatch(/^Python 3\.8 reached end of life/);
  });

  it("dates a feature named with another form of its own words by the feature", () => {
    const builtin = PyVer.open({ cache: false });
    // "formatting" is the feature's "formatted string literal" again, not a subject of its own.
    expect(builtin.ask("can I use f-string formatting in python 3.5").answer).toMatch(
      /^No — “?f-strings”? needs? Python 3\.6/,
    );
  });

  it("answers a how-to question only from a section about what it asks", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("How to check if a list is empty in Python? [duplicate]").found).toBe(false);
    // A section on how much faster sorting got does not say how to sort.
    expect(builtin.ask("How can I sort a list of dictionaries by a value of the dictionary?").found).toBe(
      false,
    );
    expect(builtin.ask("How do I merge two dictionaries in a single expression in Python?").version).toBe(
      "3.9",
    );
  });

  it.each(["", "   ", "!!!", "\u0000\u0001"])("refuses input with nothing to answer: %j", (q) => {
    const a = bot.ask(q);
    expect(a.found).toBe(false);
    expect(a.kind).toBe("refusal");
    expect(a.citations).toEqual([]);
  });

  it("leads a PEP number with the release that introduced it, not a later revision", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("PEP 563").answer).toMatch(
      /^Postponed evaluation of annotations.* — new in Python 3\.7 \(PEP 563\)/,
    );
    expect(builtin.ask("which version implemented PEP-563?").citations[0]?.version).toBe("3.7");
    // Words about the PEP beside it still ask for its introduction, not 3.14's later work on it.
    expect(builtin.ask("Include a free-threaded PEP703 build in the releases page").version).toBe("3.13");
  });

  it("dates a feature named beside the spelling it replaces, and the verbs of moving to it", () => {
    const builtin = PyVer.open({ cache: false });
    expect(builtin.ask("Switch from using Union to | in type annotations").answer).toMatch(
      /new in Python 3\.10 \(PEP 604\)/,
    );
    // The annotation is where the union is written, not a second subject.
    expect(builtin.ask("union of types annotation not supported by python 3.9").answer).toMatch(
      /need Python 3\.10 or later \(PEP 604\)/,
    );
  });

  it("answers a message from the one clause the notes cover word for word", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask(
      "Remove loop parameter from asyncio calls: Was apparently removed in Python 3.10, not sure if it did something important",
    );
    expect(a.answer).toMatch(/^asyncio loop parameter removed .* in Python 3\.10/);
    expect(a.query).toMatch(/^Remove loop parameter/);
    // A clause that is only partly covered does not stand for the message.
    expect(builtin.ask("Our deploy broke: the loop parameter of our scheduler is gone").found).toBe(false);
  });

  it("survives a question of 10,000 characters", () => {
    const a = bot.ask("pathlib ".repeat(1250));
    expect(a.query.length).toBeLessThanOrEqual(bot.options.maxQueryChars);
    expect(a.found).toBe(true);
  });
});

describe("a release asked about for one module", () => {
  const bot = PyVer.open({ cache: false });

  it("lists that release's sections on the module, each cited", () => {
    const a = bot.ask("what's new in asyncio 3.12");
    expect(a.answer).toMatch(/^`asyncio` in Python 3\.12 \(\d+\): /);
    expect(a.citations.length).toBeGreaterThan(1);
    expect(a.citations.every((c) => c.version === "3.12" && /asyncio/i.test(c.section))).toBe(true);
  });

  it("answers a question about one change in it with that change", () => {
    expect(bot.ask("asyncio.TaskGroup in 3.11").answer).not.toMatch(/^`asyncio` in Python/);
  });
});

describe("release questions", () => {
  it("gives the release date of a version", () => {
    const a = bot.ask("when was 3.8 released");
    expect(a.kind).toBe("release");
    expect(a.answer).toContain("Python 3.8 was released on October 14, 2019.");
    expect(a.citations[0]?.url).toBe("https://docs.python.org/3/whatsnew/3.8.html");
  });

  it("says whether a version is still supported, relative to today", () => {
    expect(tinyBot("2026-11-22").ask("is 3.8 still supported").answer).toMatch(
      /^Python 3\.8 reached end of life on October 7, 2024/,
    );
    expect(tinyBot("2024-01-01").ask("is 3.8 still supported").answer).toMatch(
      /^Python 3\.8 is still supported/,
    );
    expect(tinyBot("2026-11-22").ask("when does 3.12 reach end of life").answer).toContain("October 2028");
  });

  it("answers tests a release broke, with nothing more said, by that release's overview", () => {
    const builtin = PyVer.open({ cache: false });
    const broke = builtin.ask("Two cache tests fail with Python 3.14");
    expect(broke.kind).toBe("overview");
    expect(broke.version).toBe("3.14");
    // So is one test, by the name the suite gives it.
    expect(builtin.ask("test_cache_keys fails on Python 3.13").version).toBe("3.13");
    // A bugfix release's regression is no change the feature release's notes hold.
    expect(builtin.ask("Tests fail with Python 3.14.1 when all tables are deleted").found).toBe(false);
  });

  it("answers a version-only question with the overview and linked highlights", () => {
    const a = bot.ask("what's new in 3.12");
    expect(a.kind).toBe("overview");
    expect(a.answer).toMatch(
      /^Python 3\.12 was released on October 2, 2023\. Highlights: Type parameter syntax/,
    );
    expect(a.citations.map((c) => c.url)).toContain(
      "https://docs.python.org/3/whatsnew/3.12.html#whatsnew312-pep695",
    );
  });

  it("lists a release's removals when asked what was removed", () => {
    const a = bot.ask("what was removed in 3.12");
    expect(a.found).toBe(true);
    expect(a.answer).toBe("Removed in Python 3.12 (1): distutils.");
    expect(a.citations[0]?.section).toBe("distutils removed (PEP 632)");
  });

  it("lists a release's speed-ups, its headline group first, when asked how fast it is", () => {
    const builtin = PyVer.open({ cache: false });
    const a = builtin.ask("how much faster is python 3.11");
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/^Speed-ups in Python 3\.11 \(\d+\): Faster CPython: 25% faster on average; /);
    expect(a.citations[0]?.url).toBe("https://docs.python.org/3/whatsnew/3.11.html#faster-cpython");
  });

  it("says so when it has no notes for the version asked about", () => {
    const a = bot.ask("when was 3.15 released");
    expect(a.found).toBe(false);
  });
});

describe("PyVer.suggest", () => {
  it("offers section names that match what was typed, best first, within the limit", () => {
    const choices = bot.suggest("path", 2);
    expect(choices).toHaveLength(2);
    expect(choices[0]?.label.toLowerCase().startsWith("path")).toBe(true);
  });

  it("labels each choice with its version", () => {
    expect(bot.suggest("walrus", 5).map((c) => c.label)).toContain(
      "Assignment expressions: the walrus operator := (PEP 572) (Python 3.8)",
    );
  });
});

describe("on the built-in corpus", () => {
  const builtin = PyVer.open();

  it.each([
    "why is my houseplant dropping leaves",
    "best sourdough starter feeding schedule",
    "the printer on floor 3 is jammed",
  ])("finds nothing for chat that only resembles release notes: %j", (q) => {
    expect(builtin.ask(q).found).toBe(false);
  });

  it("answers what syntax a release added with the list of it", () => {
    const listed = builtin.ask("what syntax is new in python 3.8");
    expect(listed.version).toBe("3.8");
    expect(listed.answer).toMatch(
      /^New syntax in Python 3\.8 \(\d+\): the walrus operator `:=` \(PEP 572\); /,
    );
  });

  it("says code whose pattern `re` refuses from 3.11 fails there with an error, not a syntax error", () => {
    const a = builtin.ask(
      "With Python 3.12, our tool fails with the following:\n    tag = re.compile(r'<b>.*?</b>(?is)')",
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(
      /^No — not on Python 3\.12\. This code runs only on Python 3\.10 or older: global inline flags .* make it an error\./,
    );
  });

  it("reads a module's name among the words naming a language feature as the feature's word", () => {
    const a = builtin.ask("our 3.7 CI chokes on an f-string, had to drop the equal symbol");
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^No — self-documenting f-strings `f"\{x=\}"` need Python 3\.8 or later/);
  });

  it("answers a distribution's package for a module its release removed with that removal, not the machine", () => {
    const gone = builtin.ask("our Dockerfile fails: E: Unable to locate package python3.13-distutils");
    expect(gone.version).toBe("3.12");
    expect(gone.answer).toMatch(/^`distutils` was removed in Python 3\.12/);
    // A package the release still has a module for is the machine's trouble.
    expect(builtin.ask("E: Unable to locate package python3.11-distutils").found).toBe(false);
  });

  it("says another tool's parser refusing syntax the named release has is that tool's matter", () => {
    const tool = builtin.ask("mypy: Parse error on match statement under python 3.11");
    expect(tool.found).toBe(false);
    expect(tool.answer).toMatch(
      /^That is mypy's own parser refusing the code, not Python: the `match` statement is valid from Python 3\.10/,
    );
    // On a release before the syntax, the release is the answer.
    expect(builtin.ask("flake8 E999 SyntaxError on match statement, python 3.9").version).toBe("3.10");
    // So it is when the tool's message names the release it needs.
    const named = builtin.ask(
      "error: Invalid syntax; you likely need to run mypy using Python 3.12 or newer — `type Pair = tuple[int, int]` on 3.12",
    );
    expect(named.found).toBe(true);
  });

  it("gives no release overview for a warning a package raises from its own file", () => {
    const a = builtin.ask(
      "Moving to python 3.12 now shows: /opt/venv/lib/python3.12/site-packages/attr/_make.py:918: DeprecationWarning: the frobnicate option is deprecated",
    );
    expect(a.found).toBe(false);
  });

  it("says a release added no syntax before its overview, rather than passing its library off as syntax", () => {
    const none = builtin.ask("what syntax was added in python 3.4");
    expect(none.version).toBe("3.4");
    expect(none.answer).toMatch(/^Python 3\.4 added no new syntax\. Python 3\.4 was released on /);
  });

  it("answers a release said to run slow with that release's speed-ups, never another release's", () => {
    const slower = builtin.ask("the test suite runs much slower on Python 3.12 than on the older versions");
    expect(slower.version).toBe("3.12");
    expect(slower.answer).toMatch(/^Speed-ups in Python 3\.12 \(\d+\): /);
    // Of two releases compared, the newer one is the news.
    const compared = builtin.ask(
      "3.11 worse optimized than 3.10? the old one runs it in a tenth of the time",
    );
    expect(compared.answer).toMatch(/^Speed-ups in Python 3\.11 /);
    // "perform" is no word about speed.
    expect(builtin.ask("how do I perform a deep copy on python 3.9").found).toBe(false);
  });

  it("answers the regular-expression module's 'bad escape' error by the releases that made unknown escapes errors", () => {
    expect(builtin.ask("re.error: bad escape \\d at position 0").version).toBe("3.6");
    expect(builtin.ask("re.sub() template raises bad escape").version).toBe("3.7");
  });

  it("takes a run-time error raised by code that needs an older release for what the newest release named broke", () => {
    const upgraded = builtin.ask(
      [
        "our distro moved its Python from 3.13 to 3.14 and the tool broke:",
        "    loop = asyncio.get_event_loop()",
        "RuntimeError: There is no current event loop in thread 'MainThread'.",
      ].join("\n"),
    );
    expect(upgraded.version).toBe("3.14");
    expect(upgraded.answer).toMatch(/get_event_loop/);
  });

  it("takes code any Python 3 runs, beside a feature the prose names with its release, as asking about the feature", () => {
    const asked = builtin.ask(
      "Why can the keyword `match` in Python 3.10 be a function name?\n>>> from re import match\n>>> match('A', 'A b')\n<re.Match object; span=(0, 1), match='A'>\n>>> match = 'x'",
    );
    expect(asked.version).toBe("3.10");
    expect(asked.answer).toMatch(/`?match`? statement/i);
  });

  it("takes code older than the release a message says added something as showing that addition", () => {
    const shown = builtin.ask(
      "Python 3.9 added operators to dict: `a | b` does `{*a, *b}`. Let's support them.",
    );
    expect(shown.version).toBe("3.9");
    expect(shown.answer).toMatch(/merge \| and update \|= operators/);
  });

  it("answers a feature said to break on a later release by that release's section headed by it", () => {
    const broke = builtin.ask(
      "Style-check error on f-string for CPython 3.12. ```x = f'{a}({\", \".join(b)})'``` Fine on CPython 3.11, but on 3.12 I get: `a.py:3:12: Q000 Double quotes found but single quotes preferred`.",
    );
    expect(broke.version).toBe("3.12");
    expect(broke.answer).toMatch(/PEP 701/);
    // A heading that only holds the feature's words inside another name is not about it.
    expect(builtin.ask("`yield from` is marked as a syntax error in python 3.5").version).toBe("3.3");
  });

  it("leaves out a removal the asker's release comes before the deprecation of", () => {
    const before = builtin.ask("since python 3.2 the escape function lives in html instead of cgi");
    expect(before.version).toBe("3.2");
    expect(before.answer).toMatch(/html\.escape\(\)/);
    // Asked as a removal, it is still the removal.
    expect(builtin.ask("on python 3.2, is cgi removed?").answer).toMatch(/`cgi` was removed in Python 3\.13/);
  });

  it("answers a generator expression's parenthesis error by the release that stopped accepting a comma beside it", () => {
    const told = builtin.ask("Broke on Python 3.7, SyntaxError: Generator expression must be parenthesized");
    expect(told.version).toBe("3.7");
    expect(told.answer).toMatch(/comma/);
  });

  it("takes code a traceback shows running on a release that has all it needs for no cause of the error", () => {
    const ran = builtin.ask(
      [
        "Getting this from the client",
        '  File "/opt/venv/lib/python3.10/site-packages/app/mappers.py", line 41, in updated',
        '    if (updated_at := datetime.fromisoformat(doc["updated_at"])):',
        "ValueError: Invalid isoformat string: '2025-10-22T23:10:57.624046Z'",
      ].join("\n"),
    );
    expect(ran.answer).not.toMatch(/walrus/);
    expect(ran.version).toBe("3.11");
  });

  it.each([
    // A warning is read without a title the asker set off by a dash before it …
    [
      "Warning with python3.6 — spf.py:1827: FutureWarning: split() requires a non-empty pattern match. Is it gone with 3.7?",
      "3.7",
      /^re: /,
    ],
    // … and without the values it prints by their repr.
    [
      "/usr/lib/python3.14/unittest/case.py:725: DeprecationWarning: It is deprecated to return a value that is not None from a test case (<bound method T.test_a of <app.tests.T testMethod=test_a>> returned 'tuple')",
      "3.11",
      /test methods returning values deprecated/,
    ],
    // … nor by the asker's own line above it that names the warning.
    [
      "Our app on Python 3.6 shows a DeprecationWarning on start:\napp/parse.py:40: DeprecationWarning: Flags not at the start of the expression (?i)foo",
      "3.6",
      /^re inline flags in the middle of a pattern deprecated/,
    ],
    // An error that names the release it comes from is searched in that release.
    [
      "Another problem with newer python versions:\n    super().__init__(loop=loop)\nTypeError: As of 3.10, the *loop* parameter was removed from Queue() since it is no longer necessary",
      "3.10",
      /loop parameter removed/,
    ],
    // Tests failing at random over dict order: 3.3's hash randomization.
    ["Tests fail randomly on Python 3.3. It is caused by non-sorted dict.", "3.3", /^Hash randomization/],
    // An error nothing names: the change to the standard function the message says it called.
    [
      "CPython 3.10.1 rejects math.factorial() with a float like 0.0:\n>>> factorial(0.0)\nTypeError: 'float' object cannot be interpreted as an integer",
      "3.9",
      /^math\.factorial\(\) with float arguments deprecated/,
    ],
    // A run-time error a section quotes, before the code that ran far enough to raise it …
    [
      "This line\nprint 'Rate: {:5.2f} KB/s'.format(size / secs)\nthrows this error:\nValueError: zero length field name in format",
      "3.1",
      /^Auto-numbered replacement fields/,
    ],
    // … and a SyntaxError a section quotes, before a feature its words name.
    [
      "importing the module fails:\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n(Python 3.10.18)",
      "3.11",
      /async comprehensions inside comprehensions/,
    ],
    // … and an error a section prints whole as code, before the code pasted above it.
    [
      "    async for row in conn.execute(query):\n        print(row)\nthe aiomysql demo is broken with python 3.7\nTypeError: 'async for' received an object from __aiter__ that does not implement __anext__: coroutine",
      "3.7",
      /^__aiter__ can no longer be an async method/,
    ],
    // Pickling errors met on a release that changed the start method …
    [
      "Can't start under py=3.14 due to \"_pickle.PicklingError: Can't pickle local object\" when starting the parallel workers",
      "3.14",
      /forkserver/,
    ],
    // … and a value pickle refused: what the release it was met on did to pickling its module.
    [
      "TypeError: cannot pickle 'itertools.count' object on Fedora 43 with Python 3.14",
      "3.14",
      /^itertools copy, deepcopy and pickle support removed/,
    ],
    // A compiler or linker missing a C name: the release that removed or hid it.
    [
      "src/x.c:1913:19: error: implicit declaration of function 'PyUnicode_GET_SIZE'",
      "3.12",
      /^Legacy Py_UNICODE APIs removed/,
    ],
    ["Python 3.13.7: undefined symbol: PyEval_CallObject", "3.13", /PyEval_CallObject\(\) C APIs removed/],
    [
      "wrap_isl.cpp:34:3: error: ‘PyCObject_Check’ was not declared in this scope",
      "3.2",
      /^C API removed: PyCObject/,
    ],
    // MSVC names the struct by its tag.
    [
      "wheels do not build with Python 3.11: x.cpp(180): error C2039: 'frame': is not a member of '_ts'",
      "3.11",
      /^PyThreadState\.frame removed/,
    ],
    // So does clang, in its own words.
    ["plugin.cpp:585:17: error: no member named 'frame' in '_ts'", "3.11", /^PyThreadState\.frame removed/],
    // Told in words, without "function".
    [
      "got compiler warnings for implicit declaration of `PyCObject_Check` and `PyCObject_AsVoidPtr`",
      "3.2",
      /^C API removed: PyCObject/,
    ],
    ["pyaff.c:2831:28: error: no member named 'tp_print' in 'struct _typeobject'", "3.9", /^tp_print slot/],
    [
      "python 3.11: type_caster_base.h:473:38: error: no member named 'f_code' in '_frame'",
      "3.11",
      /^PyFrameObject members hidden/,
    ],
    [
      "building on Python 3.8: psycopgmodule.c:689:18: error: dereferencing pointer to incomplete type ‘PyInterpreterState {aka struct _is}’",
      "3.8",
      /^PyInterpreterState and PyGC_Head made private/,
    ],
  ])("answers the pasted error %j by Python %s's section on what changed", (question, version, section) => {
    const a = builtin.ask(question);
    expect(a.version).toBe(version);
    expect(a.citations[0]?.section).toMatch(section);
  });

  it("answers a deprecation warning by the deprecation the facts record of the name it warns of", () => {
    const constant = builtin.ask(
      "app.py:6: DeprecationWarning: ssl.PROTOCOL_TLSv1_2 is deprecated\n  ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)",
    );
    expect(constant.answer).toMatch(/^`ssl\.PROTOCOL_TLSv1_2` is deprecated/);
    expect(constant.version).toBe("3.10");
    // Once its planned removal is out, the removal leads and says when the deprecation came.
    const planned = builtin.ask(
      [
        "DeprecationWarning: unittest.findTestCases() is deprecated and will be removed in Python 3.13",
        '  File "/home/ci/test/suite.py", line 245, in all_tests',
        "    tests.addTest(unittest.findTestCases(module))",
      ].join("\n"),
    );
    expect(planned.version).toBe("3.13");
    expect(planned.answer).toMatch(/deprecated since 3\.11/);
  });

  it("answers a deprecation warning seen on a release that still has the name by that release's notes on it", () => {
    const warning =
      "DeprecationWarning: ast.Str is deprecated and will be removed in Python 3.14; use ast.Constant instead";
    for (const question of [
      `/opt/homebrew/lib/python3.12/site-packages/csp/node_parser.py:769: ${warning}`,
      `Calling this raises a \`${warning}\` with Python 3.12.`,
    ]) {
      const a = builtin.ask(question);
      expect(a.version).toBe("3.12");
      expect(a.answer).toMatch(/^ast\.Num, ast\.Str, .* deprecated in Python 3\.12\..*3\.14/);
    }
    // Where the asker's release is not told, the removal it plans leads.
    expect(builtin.ask(warning).version).toBe("3.14");
  });

  it("dates C API names a build error reports missing by the release that added or removed them", () => {
    const removed = builtin.ask(
      "tokenizer.c:91:18: error: 'PyUnicode_WCHAR_KIND' undeclared (first use in this function)",
    );
    expect(removed.version).toBe("3.12");
    const added = builtin.ask(
      "error: use of undeclared identifier 'PyLong_AsInt'; did you mean '_PyLong_AsInt'?",
    );
    expect(added.version).toBe("3.13");
    expect(added.citations[0]?.section).toMatch(/^PyLong_AsInt\(\)/);
  });

  it("answers code said to fail on a release by that release's section headed by a function it calls", () => {
    const broke = builtin.ask(
      'get_version fails on Python 3.13: `exec(compile(f.read(), path, "exec"))` `return locals()["__version__"]` KeyError: \'__version__\'',
    );
    expect(broke.version).toBe("3.13");
    expect(broke.citations[0]?.section).toMatch(/locals\(\)/);
  });

  it("answers a message naming a release by that release's section headed by a call it writes out", () => {
    const called = builtin.ask(
      "With the behavior change on py3.13, the locals()[func_total] in features.py raises KeyError.",
    );
    expect(called.version).toBe("3.13");
    expect(called.citations[0]?.section).toMatch(/locals\(\)/);
    // A word before a bracket in prose is no call.
    expect(
      builtin.ask(
        "make float->int conversion explicit. This used to be a warning but now it's a hard error (not sure exactly when it changed, maybe python 3.9).",
      ).found,
    ).toBe(false);
  });

  it("answers a DLL that failed to load by 3.8's DLL search change on 3.8 and later, else as the machine's trouble", () => {
    const failed =
      "ImportError: DLL load failed while importing _cairo: The specified module could not be found.";
    const on38 = builtin.ask(`Windows 10, Python 3.8.2 64bit … ${failed}`);
    expect(on38.version).toBe("3.8");
    expect(on38.citations[0]?.section).toMatch(/DLL/);
    expect(builtin.ask(`I ran my script and received ${failed}`).found).toBe(false);
    // ctypes' own words from 3.8 on say which release changed the search.
    const ctypes = builtin.ask(
      "FileNotFoundError: Could not find module 'node.dll'. Try using the full path with constructor syntax.",
    );
    expect(ctypes.version).toBe("3.8");
    expect(ctypes.citations[0]?.section).toMatch(/DLL/);
    // …however the library is named.
    const bare = builtin.ask(
      "Python 3.8.0\nFileNotFoundError: Could not find module 'libopenvr_api_64'. Try using the full path with constructor syntax.",
    );
    expect(bare.citations[0]?.section).toMatch(/DLL/);
    // A DLL told not found where it was looked for, on a release from 3.8, in the asker's words.
    const told = builtin.ask("Python 3.9 no longer finds mylib.dll although its folder is on PATH");
    expect(told.version).toBe("3.8");
    expect(told.citations[0]?.section).toMatch(/DLL/);
    // On an earlier release the same words are the machine's matter.
    expect(
      builtin.ask("Python 3.7 no longer finds mylib.dll although its folder is on PATH").version,
    ).not.toBe("3.8");
  });

  it("answers a release said to remove something from a module by that release's section on it", () => {
    const a = builtin.ask(
      "Python 3.10 removes the `loop` argument from `asyncio` methods This PR makes this custom component work again",
    );
    expect(a.version).toBe("3.10");
    expect(a.citations[0]?.section).toMatch(/loop parameter removed/);
    // A release said to add a name the facts date elsewhere is corrected by them.
    expect(builtin.ask("Python 3.8 introduces `lcm` in the `math` module, let's use it").version).toBe("3.9");
  });

  it("answers from the asker's own release what it brought, not a later release's improvement of it", () => {
    const own = builtin.ask("py3.13 free threading how to enable");
    expect(own.version).toBe("3.13");
    expect(own.answer).not.toMatch(/^Not in Python 3\.13/);
  });

  it("answers the repr of BaseException losing its trailing comma from 3.7's own section on it", () => {
    const a = builtin.ask("BaseException repr changed, the trailing comma is gone");
    expect(a.version).toBe("3.7");
    expect(a.citations[0]?.section).toBe("repr() of exceptions without a trailing comma");
  });

  it("answers a warning asked about beside code any Python 3 runs by the release that began giving it", () => {
    const a = builtin.ask(
      "Why do I now get a SyntaxWarning about is with a literal?\n```\nn = 5\nif n is 5:\n    print(n)\n```",
    );
    expect(a.version).toBe("3.8");
    expect(a.citations[0]?.section).toMatch(/SyntaxWarning/);
  });

  it("answers the missing-comma warning, pasted with its line, by the release that began giving it", () => {
    const a = builtin.ask(
      "seeing this at start-up:\n/usr/lib/python3.8/site-packages/pkg/__init__.py:297: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?\n  raise Exception(u\"range end (%s) precedes start (%s)\" % (end, start))",
    );
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^SyntaxWarning for a missing comma/);
  });

  it("answers Python's words for a failure, quoted without the exception's name, by what the release named changed", () => {
    const a = builtin.ask(`Fix "'float' object cannot be interpreted as an integer" in Python 3.10`);
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^Integer parameters no longer accept float/);
  });

  it("answers sip refusing a float for an int parameter by 3.10's change, unless met on an earlier release", () => {
    const a = builtin.ask(
      "The app fails at start-up:\nTypeError: setValue(self, int): argument 1 has unexpected type 'float'",
    );
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^Integer parameters no longer accept float/);
    const earlier = builtin.ask(
      "On Python 3.6 I get TypeError: setValue(self, int): argument 1 has unexpected type 'float'",
    );
    expect(earlier.answer).not.toMatch(/^Integer parameters no longer accept float/);
  });

  it("answers a DeprecationWarning two releases deprecate alike by the release that began emitting it", () => {
    const a = builtin.ask(
      "lib/client.py:51: DeprecationWarning: 'async' and 'await' will become reserved keywords in Python 3.7\n  def async(self):",
    );
    expect(a.version).toBe("3.6");
    expect(a.answer).toMatch(/^async and await as names deprecated/);
  });

  it("answers the context manager protocol's TypeError on a class of the asker's by 3.11, which words it so", () => {
    const a = builtin.ask(
      "Under Python 3.11 the tests fail:\n    with mycontext():\nTypeError: 'mycontext' object does not support the context manager protocol",
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/^TypeError instead of AttributeError/);
    // A path's, on a release that removed it, is that removal.
    const path = builtin.ask(
      "Python 3.13: TypeError: 'PosixPath' object does not support the context manager protocol",
    );
    expect(path.version).toBe("3.13");
  });

  it("answers a compiler missing Python 2's module initialisation call by 3.0's new scheme", () => {
    for (const said of [
      "module.c:710:5: error: 'Py_InitModule' was not declared in this scope",
      "when i import the extension on python 3.4 i get 'undefined symbol: Py_InitModule4'",
    ]) {
      const a = builtin.ask(said);
      expect(a.version).toBe("3.0");
      expect(a.answer).toMatch(/PEP 3121/);
    }
  });

  it("answers a warning after a title set off by a hyphen, naming a file type, by the warning's words", () => {
    const a = builtin.ask('Ubuntu 22.04.1 LTS - .deb SyntaxWarning: "is" with a literal.');
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^SyntaxWarning for is with a literal/);
  });

  it("answers by the section whose heading writes the very call the question does", () => {
    const a = builtin.ask("thousands separators in format specs, as in format(n,',d'): which release?");
    expect(a.version).toBe("3.1");
  });

  it("answers a module run as a program by the release that gave it that command line", () => {
    expect(builtin.ask("since when can I do python -m json instead of python -m json.tool?").version).toBe(
      "3.14",
    );
    expect(builtin.ask("python3 -m asyncio gives a REPL with await?").version).toBe("3.8");
    // An option the asker names is answered by the release that added it.
    expect(builtin.ask("python -m uuid --count 3 prints an error").version).toBe("3.14");
  });

  it("answers an error message quoted amid other words by the section that quotes it", () => {
    const quoted = builtin.ask(
      'our parser keeps failing with "global flags not at the start of the expression" on the new server',
    );
    expect(quoted.version).toBe("3.11");
    expect(quoted.citations[0]?.section).toBe(
      "re global inline flags allowed only at the start of a pattern",
    );
    // The exception's name is only the kind of error: re.error's own rename (3.13) is not the news.
    const pasted = builtin.ask("re.error: global flags not at the start of the expression at position 5");
    expect(pasted.version).toBe("3.11");
    // So is one set in backticks, the way chat marks a message as printed.
    const marked = builtin.ask(
      "All patterns in the extract box error with `global flags not at the start of the expression`.",
    );
    expect(marked.version).toBe("3.11");
    // An error named after "the error:" ends with its sentence: the position it reports and the
    // asker's plea after it are not the message's words.
    const named = builtin.ask(
      "I keep getting the error: global flags not at the start of the expression at position 17. Could anyone help me out?",
    );
    expect(named.version).toBe("3.11");
    // Pasted bare, a sentence of its own after the asker's, with the log's number before it.
    const bare = builtin.ask(
      'I see trouble with "async" in other components since the new Python... could it be it? [1406157] Passing coroutines is forbidden, use tasks explicitly.',
    );
    expect(bare.version).toBe("3.11");
    expect(bare.answer).toMatch(/^asyncio\.wait\(\) no longer accepts coroutine objects/);
  });

  it("says a release lacks a feature its asker calls missing there, whatever else a section says of the word", () => {
    const a = builtin.ask("the | op for dict is missing in py3.8");
    expect(a.answer).toBe(
      "No — the dict union operator `|` needs Python 3.9 or later (PEP 584); Python 3.8 does not have it.",
    );
  });

  it("answers a name that is there but misbehaves with the later release that changed it", () => {
    const a = builtin.ask("datetime.fromisoformat can't parse timestamps ending in Z");
    expect(a.version).toBe("3.11");
    expect(a.citations[0]?.section).toBe("datetime.fromisoformat() parses most ISO 8601 formats");
    // A name Python 2 had is no later release's doing.
    expect(builtin.ask("dict.keys() does not support indexing").version).toBe("3.0");
  });

  it("answers a longer message about a release's standing with that release", () => {
    const standing = builtin.ask(
      "Time to make 3.12 our image default: it has been stable for a while, thoughts about the CI matrix and the nightly jobs?",
    );
    expect(standing.answer).toMatch(/^Python 3\.12 was released on /);
    // Without a word of its standing, a long message that found nothing is about something else.
    expect(
      builtin.ask("Time to make 3.12 our image default, thoughts about the CI matrix and the nightly jobs?")
        .found,
    ).toBe(false);
  });

  it("answers Python 2 syntax refused by a Python 3 release as Python 2's, whatever section shares the words", () => {
    const a = builtin.ask(
      'Fix the syntax errors in a few except clauses: "except Exception, e" fails on Python 3.7, the right spelling is "except Exception as e".',
    );
    expect(a.answer).toMatch(/^No — `except E, name:` is Python 2 syntax: Python 3\.0 removed it/);
  });

  it("still forgives a typo", () => {
    expect(builtin.ask("secerts module for tokens").version).toBe("3.6");
  });

  it("reads two words the notes write as one name as that name", () => {
    // "data class transforms" (3.11) uses the words; dataclasses (3.7) is the thing.
    expect(builtin.ask("What is a data class in python?").version).toBe("3.7");
    expect(builtin.ask("what is a task group").version).toBe("3.11");
  });

  it("takes a name inside a feature's phrase as part of naming the feature", () => {
    const a = builtin.ask("[Python 3.8.8] Unsupported `|` operation for types `dict`");
    expect(a.answer).toMatch(/^No — the dict union operator `\|` needs Python 3\.9/);
  });

  it("answers a message moving to a release with that release, whatever release it leaves", () => {
    const a = builtin.ask(
      "python 3.9: any chance you might update this to python 3.9? cause 3.7 apparently hates me",
    );
    expect(a.version).toBe("3.9");
    expect(a.answer).toMatch(/^Python 3\.9 was released on/);
  });

  it("answers the more specific of two features named, when the notes found the plainer one", () => {
    for (const q of [
      "How to use newline '\\n' in f-string to format output in Python 3.6?",
      "Python version 3.10 does not allow nested string literals with the same reference type in f strings",
    ])
      expect(builtin.ask(q).answer, q).toMatch(/need Python 3\.12 or later \(PEP 701\)/);
  });

  it("answers a question about Python itself from a section about most of it, or far ahead of the rest", () => {
    expect(builtin.ask("Why do script entrypoints require a function be specified?").found).toBe(false);
    expect(builtin.ask("How do I merge two dictionaries in a single expression in Python?").version).toBe(
      "3.9",
    );
  });

  it("answers a message that opens by asking what a thing is about that thing", () => {
    const a = builtin.ask(
      "What is __pycache__? From what I understand, a cache is an encrypted file of similar files. What do we do with the __pycache__ folder? This folder keeps getting created, what it is for?",
    );
    expect(a.version).toBe("3.2");
  });

  it("answers a feature met in a third-party package's docs", () => {
    const a = builtin.ask(
      "I recently encountered the `/` in a function signature (in the numpy docs). Why does it exist?",
    );
    expect(a.version).toBe("3.8");
  });

  it.each([
    // A package listed beside standard modules is one of the places the asker looked.
    [
      "I need to compute combinatorials (nCr) in Python but cannot find the function to do that in 'math', 'numpy' or 'stat' libraries.",
      "3.8",
      "math.comb",
    ],
    // The function asked for, not the one it is likened to.
    ["What's the function like sum() but for multiplication?", "3.8", "math.prod"],
    // How to do a thing on the asker's release: a verdict.
    ["whats the pythonic way to merge two dicts in 3.8", "3.9", "No — "],
    // "ordered dict" also joins into `OrderedDict`; its synonym "insertion order" still answers it.
    ["ordered dict vs dict in 3.7+", "3.7", "insertion order"],
    // A plain plural is prose, never a package's submodule (`email.errors`).
    ["whats new in python 3.11 for errors", "3.11", "error locations"],
    ["why does my code say SyntaxError on match in 3.9", "3.10", "`match` statement needs Python 3.10"],
    // Asked whether it is gone, the section about it answers, though it stayed.
    ["is the GIL gone in 3.13", "3.13", "Free-threaded"],
    // Every call a heading lists is its subject.
    ["why does zip return an iterator now", "3.0", "zip()"],
    // A removed builtin asked after, though its name is an English word.
    ["Where did reduce go in python 3", "3.0", "functools.reduce"],
    // A release before the API's, whose notes never name it, is the asker's.
    ["functools.cache in 3.8", "3.9", "No — `functools.cache` is new in Python 3.9"],
    ["is tomllib in 3.10", "3.11", "No — `tomllib` is new in Python 3.11"],
    // A coined name no prose uses is code wherever it stands.
    ["removeprefix py38 alternative", "3.9", "No — `str.removeprefix` is new in Python 3.9"],
    // Of two APIs named beside the asker's release, the one it lacks.
    ["need TypedDict NotRequired but stuck on 3.10", "3.11", "No — `typing.NotRequired`"],
    // A Python 2 behaviour Python 3.0 changed, named in words or by its TypeError.
    ["TypeError: '<' not supported between instances of 'str' and 'int'", "3.0", "Python 2 behaviour"],
    // Code using `async` as a name is what 3.7's reserved keywords break.
    ["Build fails on python3.7 due to usage of async keyword", "3.7", "reserved keywords"],
    // The type a message prints a value by is not the asker naming `types.NoneType`.
    ["TypeError: unorderable types: NoneType() < int()", "3.0", "Python 2 behaviour"],
    ["Python integer division yields float. Is this intended?", "3.0", "`//` is floor division"],
    ["Accessing dict_keys element by index in Python3", "3.0", "cannot be indexed"],
    // Two releases with a word or two before the first are a range.
    [
      "what's the difference between using python3.9 and python3.10 here?",
      "3.10",
      "Upgrading from Python 3.9 to 3.10",
    ],
    // A name Python 2 already had dates nothing; the feature named beside it does.
    ["What does the slash mean in help() output?", "3.8", "Positional-only parameters"],
    // Nothing about speed asked: what changed, not what got faster.
    ["Python 3 integer division", "3.0", "true division"],
    // What the dict methods return, said in words.
    ["why does the keys method return a view instead of a list", "3.0", "they return views"],
    // `<>` however the asker calls it.
    ["my old library uses <> and python 3.3 gives an error", "3.0", "the `<>` operator is Python 2 syntax"],
    // A builtin hoped for that the facts know only as a module's member: the task described decides.
    [
      "Is there a built-in product() like sum()? I want the product of items in a list",
      "3.8",
      "`math.prod` — new in Python 3.8",
    ],
    // Removed modules whose names are short or start with a digit.
    ["is uu still available in python 3.13", "3.13", "`uu` was removed in Python 3.13"],
    ["is 2to3 still available in python 3.13", "3.13", "`2to3` was removed in Python 3.13"],
    // A class whose name ends like a lock file is still a class.
    ["asyncio.Lock", "3.4", "`asyncio.Lock` — new in Python 3.4"],
    // Asked about the API alone, a later change to it does not date it.
    ["which python version added asyncio.Queue", "3.4", "`asyncio.Queue` — new in Python 3.4"],
    // A heading's "deprecated" is no `warnings.deprecated`.
    ["is warnings.deprecated in 3.12", "3.13", "No — `warnings.deprecated` is new in Python 3.13"],
    // A feature written in symbols alone.
    ["which python version added <>", "3.0", "The `<>` operator is Python 2 syntax"],
    ["@=", "3.5", "matrix multiplication operator"],
    // Today's name of a renamed module, said beside its renaming.
    ["it said that configparser was renamed to all lowercase, what would be a fix?", "3.0", "`ConfigParser`"],
    ["python 3 wants socketserver spelled in lower case", "3.0", "`SocketServer`"],
    // A behaviour Python 3 changed, met as an error, said as what Python 3 does instead.
    [
      "TypeError: 'map' object is not subscriptable",
      "3.0",
      "was Python 2 behaviour; from Python 3.0 they return iterators",
    ],
    // A removal planned for a release the notes do not cover yet: the deprecation is what is known.
    [
      "'asyncio.get_event_loop_policy' is deprecated and slated for removal in Python 3.16 when running with python 3.14",
      "3.14",
      "deprecated since Python 3.14",
    ],
    // A snippet inside a long account is not asked to run, whether or not a release is named.
    [
      "Running with JIT compilation enabled? It seems like running a script with `PYTHON_JIT=1` does not use JIT compilation",
      "3.13",
      "PYTHON_JIT",
    ],
    // A snippet inside a long account of a release's behaviour is not asked to run.
    [
      "Error running in Python 3.7: @lru_cache — I believe in Python 3.7, you need to have parentheses on any use of @lru_cache. So `@lru_cache()` instead of `@lru_cache`.",
      "3.8",
      "plain decorator",
    ],
    // Of the names a message gives beside the release it says things changed in, the one that
    // release's notes are headed by.
    [
      "`str.format()` output for `enum.Enum` with `str` mixin changed in 3.11.0b1 — The following script changes output between 3.10.4 (and earlier) to 3.11.0b1.",
      "3.11",
      "Enum",
    ],
    // A removed function's last part, called a module beside the release that removed it.
    ["atropos does not work with python 3.8 because of clock module", "3.8", "time.clock"],
    // A removal told after the releases a name was there in is the news, not the range.
    [
      "Between Python 3.3 and 3.9, `Mapping` was in both `collections` and `collections.abc` But in Python 3.10 it was removed from `collections` and is only available in `collections.abc`.",
      "3.10",
      "collections.Mapping",
    ],
    // So is a removal by the upgrade itself, of a word called a module.
    [
      'Crashes due to module chunk unavailable in Python 3.13 — since upgrading my Python from 3.11 to 3.13 it cannot load module "chunk."',
      "3.13",
      "`chunk` was removed in Python 3.13",
    ],
    // Python 2's way to name the exception caught, quoted in a sentence.
    ['I think line 67: "except Exception, e:" should be "except Exception as e:"', "3.0", "Python 2 syntax"],
    // A standard name in backticks beside a project named like a package is what broke.
    ["[BUG] - `TypeAlias` usage breaks conda-store-server for python <3.10", "3.10", "TypeAlias"],
    // So is Python's own error about a standard module, beside the tool the asker runs it in.
    [
      'Loading the store fails with "ValueError: unsupported pickle protocol: 5". My setup: conda, python 3.7.4',
      "3.8",
      "Pickle protocol 5",
    ],
    // Private names a release removed from a module: what that release changed in the module.
    [
      "Python3.12 compatibility: Python3.12 removed _Flavour and _PosixFlavour from `pathlib`.",
      "3.12",
      "pathlib.Path subclassing",
    ],
    // A deprecation said to be planned for a release the notes do not cover: what is known of it.
    [
      "[Enabler] locale.getdefaultlocale will be deprecated in python 3.15. Given the codes usage of `locale.getdefaultlocale`, consider early adjustment of such.",
      "3.11",
      "deprecated since Python 3.11",
    ],
    // A module in trouble on a release whose notes on it no section of the report's words names:
    // what that release changed in it.
    ["sqlite3 stopped working in python 3.12, any idea?", "3.12", "`sqlite3` in Python 3.12"],
    // "in 3.10 it will stop working": the planned removal, once out, is what the warning meant.
    [
      "fix import of ABC from collections. DeprecationWarning: Using or importing the ABCs from 'collections' instead of from 'collections.abc' is deprecated since Python 3.3, and in 3.10 it will stop working",
      "3.10",
      "removed",
    ],
    // A name that cannot be imported from a module the facts do not place it in, met on a release:
    // that release's section headed by it.
    [
      "Python 3.8 CancelledError. Just removing '.futures' from line 5 avoids an error in 3.8. ImportError: cannot import name 'CancelledError' from 'asyncio.futures'",
      "3.8",
      "BaseException",
    ],
    // A name written as code beside its deprecation is asked about, not given to run.
    [
      "Fix test failures on Python 3.14 caused by deprecated `asyncio.get_event_loop_policy()`",
      "3.14",
      "deprecated since Python 3.14",
    ],
    // A removed member the prose names is asked about, not the removed module the code imports.
    [
      "cgi.escape does not work on newer pythons. Please change `import cgi` to `import html`",
      "3.8",
      "`cgi.escape` was removed in Python 3.8",
    ],
    // A behaviour of Python 3 as a whole is what 3.0 changed.
    ["Python 3.x rounding behavior", "3.0", "round-half-to-even"],
    // Python 3 against Python 2 as a whole is 3.0's overview, in any language.
    ["difference between python 2 and 3", "3.0", "Python 3.0 was released"],
    ["Python2和3的区别", "3.0", "Python 3.0 was released"],
    // Of two names beside a release neither is missing from, the one that release added.
    ["`gather` 用着挺好，为什么 Python 3.11 又搞了个 `TaskGroup` 出来？", "3.11", "asyncio.TaskGroup"],
    // A set's order changing between runs is string hashing salted per process.
    ["set order changes between runs", "3.3", "Hash randomization"],
    // A name said to be gone from a release that still has it lost an argument there.
    ["3.10已经没有asyncio.Semaphore了", "3.10", "asyncio.Semaphore(loop=)"],
    // A feature a release lacks, reported as a bug there.
    ["[bug]: use of `match` keyword breaks Python 3.9", "3.10", "Python 3.9 does not have it"],
    // A warning named beside a deprecated method is about its deprecation.
    [
      "When running tests (`make test`), there is a `DeprecationWarning` on the `setDaemon` method (class `threading.Thread`)",
      "3.10",
      "deprecated since Python 3.10",
    ],
    // A notice quoted whole says what changed, whatever the asker says around it.
    [
      'Warning "datetime adapter is deprecated as of Python 3.12". Running 1.74 inside official python Docker container.',
      "3.12",
      "adapters",
    ],
    // The numbers of the asker's run are no words of a warning.
    [
      'Getting the error "FutureWarning: Possible nested set at position 33" Ubuntu 16.04 LTS Python 3.7',
      "3.7",
      "re",
    ],
    // Two spans quoted in an account of a release's behaviour are told about, not asked to run.
    [
      "in Python 3.11, using a base of `class MyEnum(str, Enum)` instead of `class MyEnum(StrEnum)` will cause it to put the enum name instead of its string value when used in an f-string",
      "3.11",
      "StrEnum",
    ],
    // A message leaving a release for the support or features of a newer one: what the newer brings.
    ["Removed python36, added python310 support", "3.10", "Python 3.10 was released"],
    [
      "Drop support for Python 3.8: it allows you to take advantage of features introduced in Python 3.9",
      "3.9",
      "Python 3.9 was released",
    ],
    // A word the notes lack ("billiard") beside many they know is the asker's, not the subject.
    [
      "macOS Python3.8+: On maOS with Python3.8+ multiprocessing uses the start method 'spawn' by default and it should no longer be necessary to use billiard.",
      "3.8",
      "spawn",
    ],
    // A dunder name finds the section about it, not every section about files.
    ["is __file__ always absolute in 3.9", "3.9", "__main__.__file__"],
    // A plain word and a module that together name a removed function.
    ["Python 3.8 dropped escape from cgi", "3.8", "`cgi.escape` was removed in Python 3.8"],
    // A name said to print differently on a release: that release's changes to its module.
    ["In Python 3.11, IntEnum is printed differently", "3.11", "Enum.__format__() changes"],
    // An argument Python 3 added, beside a Python 2 module's name, is today's function.
    ["Add usedforsecurity flag to md5 hashing", "3.9", "The `usedforsecurity` argument of `hashlib.md5`"],
    // A long message on what a release did: that release's section about its rarest words, far ahead.
    [
      "Remove most explicit use of asyncio loop: Seems Python 3.10 has removed a bunch of deprecated loop parameters in favour of the per-thread global loop",
      "3.10",
      "asyncio loop parameter removed from the high-level API in Python 3.10",
    ],
    [
      "Update Python results. Would be interesting to see how a Python 3.13 build with JIT enabled and GIL disabled would perform in these tests.",
      "3.13",
      "Experimental JIT compiler — in Python 3.13",
    ],
    // One its heading does not anchor, further ahead still and on more than one of its words.
    [
      'The bill scraper fails to run on Python 3.11 and later. `scrapers/mt/actions.py` defines an action pattern with the inline `(?i)` flag placed *after* the `^` anchor: `"^(?i)amendment.{,200}introduced"`',
      "3.11",
      "re global inline flags allowed only at the start of a pattern",
    ],
    // A package the notes head a section with is theirs to answer, whichever package came first.
    [
      "With python 3.12 `pkg_resources` is no longer available with `python -m venv` because setuptools is no longer included",
      "3.12",
      "setuptools wheel removed from ensurepip; venv no longer preinstalls it in Python 3.12.",
    ],
    // A change the message says a release made, beside an error naming a name that release left alone.
    [
      "Python 3.14 changed the default multiprocessing method from fork to forkserver. This causes errors like: TypeError: cannot pickle 'select.epoll' object",
      "3.14",
      "multiprocessing defaults to forkserver on Linux — in Python 3.14",
    ],
    // A pasted error an earlier release's section answers word for word: the change the asker's release carries.
    [
      "Fix random.sample for python312 ... TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).",
      "3.11",
      "random.sample() requires a sequence",
    ],
    // A feature the asker's release lacks is the trouble, whatever section its other words find.
    [
      "Remove dict union operator for 3.8 compatibility. Shame about the newer syntax, it is a bit nicer.",
      "3.9",
      "No — the dict union operator `|` needs Python 3.9",
    ],
    // A module a name is said not to come from is not the subject.
    [
      "math.dist isn't from distutils, it's part of the standard math module, since python3.8",
      "3.8",
      "math.dist()",
    ],
    // A deprecated name a later release's syntax forbids is that release's change.
    [
      "It seems that for Python 3.7 the syntax `asyncio.async` is no longer valid",
      "3.7",
      "`async` and `await` as reserved keywords",
    ],
    // A deprecation the asker's release no longer has: the removal, not "yes, but deprecated".
    [
      "Deprecation warnings due to deprecated features in the ast module. Can we do the updates accordingly to ensure this library still works after Python 3.14?",
      "3.14",
      "No — Python 3.14 does not have it: `ast.Num` was removed in Python 3.14",
    ],
    // A method removed from two classes at once is one removal, whichever class it was called on.
    [
      "getchildren() is no longer supported",
      "3.9",
      "`xml.etree.ElementTree.Element.getchildren` was removed in Python 3.9",
    ],
    // A standard name a dropped release lacks is why the project drops it.
    [
      "Drop support for Python 3.11. We'd like to use `itertools.batched` in our chunking tools",
      "3.12",
      "No — `itertools.batched` is new in Python 3.12",
    ],
    ["Switch to python 3.9 to use builtin type hints", "3.9", "PEP 585"],
    // Symbols beside the asker's release: the feature, not the release's overview.
    [":= in Python3.7?", "3.8", "No — the walrus operator `:=` needs Python 3.8"],
    // An API that misbehaves on the asker's release and not on a later one: the later change.
    [
      "datetime.date.fromisoformat('20191204') does not work using python 3.8.0: ValueError: Invalid isoformat string",
      "3.11",
      "parses most ISO 8601 formats",
    ],
    // What a value of a standard type could not do, and the release that made it do it.
    ["TypeError: 'staticmethod' object is not callable with python 3.9.2", "3.10", "static methods callable"],
    // Python's own words for the value, pasted without the exception's name.
    ["'dict_items' object is not reversible", "3.8", "reversed() works on dict and dict views"],
    // A warning quoted in corner brackets, the release it was seen on no filter.
    ["Python3.13で「SyntaxWarning: invalid escape sequence '\\.'」が表示される", "3.12", "3.12"],
    // What the asker wrote before a warning's file path is theirs, however long.
    [
      "Since I moved my distro from ubuntu 22.04 to 24.04 I am getting the following error at FreeCAD startup: /usr/local/Mod/StartPage.py:189: SyntaxWarning: invalid escape sequence '\\/' Probably the newer python",
      "3.12",
      "SyntaxWarning",
    ],
    // A warning's file path says only which module raised it.
    [
      "/usr/lib64/python3.14/unittest/case.py:725: DeprecationWarning: It is deprecated to return a value that is not None from a test case.",
      "3.11",
      "returning values deprecated",
    ],
    // An error met on a release, in Python's own words: what that release changed.
    [
      "I run `server.py` on Python 3.14, and I got this error: RuntimeError: There is no current event loop in thread 'MainThread'.",
      "3.14",
      "get_event_loop()",
    ],
    // An error beside code that dates nothing: what the error's message says.
    [
      "`negatives = random.sample(self.all_entities, k=3)` will raise: TypeError: Population must be a sequence. For dicts or sets, use sorted(d).",
      "3.11",
      "random.sample()",
    ],
    // No dict was reversible before 3.8, so the complaint is no bug of the asker's; a view speaks for its dict.
    ["calling reversed(handles) throws: TypeError: 'dict' object is not reversible", "3.8", "reversed()"],
    ["tests failing on 3.7.16: TypeError: 'dict_keys' object is not reversible", "3.8", "reversed()"],
    // A `type` statement written into a sentence without backticks.
    [
      "my Python 3.10.12 fails on: type Mode_Enum = Literal['Error','Wrap'] it seems to be a syntax error",
      "3.12",
      "the `type` statement",
    ],
    // The message alone answers when the exception's name beside it does not.
    [
      "TypeError: Population must be a sequence. For dicts or sets, use sorted(d) — on python 3.11.2, fine on 3.10.12",
      "3.11",
      "random.sample() requires a sequence",
    ],
    // What the asker made of it is no subject; how a dict keeps order, said in words, is.
    ["is it normal that my dict keeps order? on 3.5 it didnt", "3.7", "insertion order"],
    // A release that complains is trouble in that release; so is one an exception was met on.
    [
      "on python 3.14 I got: RuntimeError: There is no current event loop in thread 'MainThread'.",
      "3.14",
      "get_event_loop",
    ],
    ["why does 3.12 complain about my regex strings?", "3.12", "SyntaxWarning"],
    // "the new | syntax": no Python 2 `new` module, but union types.
    ["we pin python 3.9 - can we use the new | syntax for Optional?", "3.10", "union types"],
    // `@cache` called by its name in words, on a release without it.
    ["Fix cache py3.8. At install Python complained about the cache decorator.", "3.9", "`functools.cache`"],
    // A standard name written as code beside a third-party one is what the message is about.
    [
      "`pkg_resources` has been deprecated. We're supposed to use `importlib.metadata` instead on python 3.8+.",
      "3.8",
      "importlib.metadata",
    ],
    // `|` named beside unions, not dicts.
    [
      "could we use unions instead of the | operator to keep python 3.9 compatibility?",
      "3.10",
      "needs Python 3.10",
    ],
    // What the integer-string limit does, in the asker's words.
    [
      "Python 3.10.7 is now more careful with huge integers",
      "3.10",
      "Integer string conversion length limit",
    ],
    // Where the asker is stuck, and chat's "a thing", are no subject.
    ["we're stuck on 3.4, is async await a thing?", "3.5", "3.5"],
    // The error a release without the feature gives is what the asker saw, not a second subject.
    ["f string gives SyntaxError on python 3.5", "3.6", "No — f-strings need Python 3.6"],
    ["Python 3.9: match case gives SyntaxError", "3.10", "needs Python 3.10"],
    // A word the section found does not say is no subject it answers: "looking" beside symtable's
    // symbols, "values" beside OrderedDict.
    [
      "What does the @ symbol do? I'm looking at some Python code which used the @ symbol",
      "3.5",
      "matrix multiplication operator",
    ],
    ["Why aren't the values added to the dictionary in order?", "3.7", "3.7"],
    // Code an earlier release runs, beside a bound: what changed at the bound.
    [
      "Drop `from __future__ import annotations` from all files. This is not needed with Python 3.14+",
      "3.14",
      "__future__",
    ],
    // A future import the release asked about deprecated: that release's section on it.
    [
      "We're moving to Python 3.14, is `from __future__ import annotations` still fine there?",
      "3.14",
      "from __future__ import annotations deprecated",
    ],
    // A title moving to a release says what the long message after it is about.
    [
      "Upgrade to Python3.11. Our internal build container uses Centos 9 which comes with Python 3.9 and unfortunately explicitly skips Python 3.10 in the package repositories, so we need to go up to Python 3.11",
      "3.11",
      "Python 3.11 was released",
    ],
    // A message saying which release brought a subject the notes do not name: that release.
    [
      "Although we made it official in 3.10, it works on 3.9. Tools supporting 3.9 don't need to support this",
      "3.10",
      "Python 3.10 was released",
    ],
    // …also when the message's code is dated by that feature.
    [
      "Python 3.12 changed how f-strings are handled. When finding escaped curly brackets in an f-string like `f'{{x}} {y}'` the tokenizer differs.",
      "3.12",
      "f-strings: quote reuse, nesting",
    ],
    // A change told in its own words beside the tests it broke.
    [
      "Test suite fails on Python 3.8. Python 3.8 now preserves XML attribute insertion order, rather than sorting them, when writing XML into a file.",
      "3.8",
      "XML attribute order kept",
    ],
    // A feature a release is said to have changed: that release's section on it by name.
    [
      "Python 3.12 changed how f-strings are handled and what they're capable of. It's likely because of this reason that the `tokenizer` module changed too.",
      "3.12",
      "f-strings: quote reuse, nesting",
    ],
    // Where the asker's code runs is no `run()`.
    ["our CI runs 3.5 and f string broke it", "3.6", "Python 3.5 does not have them"],
    // An argument a function no longer takes is dated by its removal, not the function's arrival.
    [
      "From Python 3.10 and up, when `asyncio.Lock()` is called with the `loop` parameter, an exception is raised",
      "3.10",
      "`asyncio.Lock(loop=)` was removed in Python 3.10",
    ],
    [
      "asyncio.wait_for no longer takes the loop kwarg in python 3.10",
      "3.10",
      "`asyncio.wait_for(loop=)` was removed in Python 3.10",
    ],
    // A class named bare, which Python 2's module of that name is not.
    [
      "The loop parameter to Queue is deprecated/removed",
      "3.10",
      "`asyncio.Queue(loop=)` was removed in Python 3.10",
    ],
    [
      "does json.loads still accept an encoding argument",
      "3.9",
      "`json.loads(encoding=)` was removed in Python 3.9",
    ],
    [
      "asyncio.sleep(1, loop=loop) stopped working after upgrading python",
      "3.10",
      "`asyncio.sleep(loop=)` was removed",
    ],
    // Only Python 2 rejects print() with keyword arguments: Python 2 ran the code.
    [
      "I am using Python 3.8 and I get this: `print(msg, file=sys.stderr)` SyntaxError: invalid syntax",
      "3.0",
      "This needs Python 3.0 or later: the `print()` function",
    ],
    // What the 3.13 shell no longer takes from readline, asked in the words of someone who met it.
    [
      "REPL vi bindings broken in python 3.13.0 shipped in Homebrew. My .editrc has bind -v; on 3.12 this works perfectly.",
      "3.13",
      "New interactive interpreter",
    ],
    // What a release's new default makes code meet, in the notes' words for the change.
    [
      "NotImplementedError on Windows 10 with Python 3.8.0: our resolver raises NotImplementedError in add_reader",
      "3.8",
      "ProactorEventLoop on Windows",
    ],
    [
      "On Windows, Python 3.8, calling `jupyter-book build` fails with a `NotImplementedError` coming from `asyncio\\events.py`",
      "3.8",
      "ProactorEventLoop on Windows",
    ],
    // A traceback a build log printed behind "#" is the traceback itself.
    [
      'The build stops with:\n  #     raise Error, "cannot move %s" % src\n  #                   ^\n  # SyntaxError: invalid syntax',
      "3.0",
      "This is Python 2 code: `raise E, value`",
    ],
    // A call written for a later release, refused on the asker's: where that release heads the function.
    [
      "On Python 3.9: TypeError: format_exception() missing 2 required positional arguments: 'value' and 'tb'",
      "3.10",
      "traceback.format_exception() accepts an exception object",
    ],
    // The feature in the words of someone who met it: brackets around a with block.
    [
      "On 3.8 the brackets around the with block give me a syntax error",
      "3.10",
      "parenthesized context managers need Python 3.10",
    ],
    // Code that unwrapped an index from the AST meets 3.9's simpler subscripts.
    [
      "my linter plugin fails on python 3.9: `node.slice.value` raises AttributeError: 'Name' object has no attribute 'value'",
      "3.9",
      "Simplified AST for subscripts",
    ],
    // Fields `str.format()` numbers itself, written in the code Python 3.0 (and 2.6) refused.
    [
      'our plugin breaks on centos 6: `addr = "{:s}:{:d}".format(host, port)` raises a zero length field name error',
      "3.1",
      "auto-numbered replacement fields",
    ],
    // A builtin's name is the builtin, not a module's function spelled alike (`codecs.open`).
    [
      "my script stopped working because the `U` mode of `open()` was removed",
      "3.11",
      "open() 'U' mode removed",
    ],
    // Leaving a release to use something: what the releases after it brought, in the message's words.
    [
      "Time to drop 3.8 support? It is annoying that we cannot use generic dict and list for typing in our functions.",
      "3.9",
      "Type hinting generics in standard collections",
    ],
    // Python 2 refused it, and Python 3 runs it only from the release that took what else it uses.
    [
      '  File "setup.py", line 12\n    print("done", flush=True)\n                       ^\nSyntaxError: invalid syntax',
      "3.0",
      "It also needs Python 3.3 or later for `print(flush=)`.",
    ],
    [
      "Python 3.12 doesn't like \\ in strings. So we have a few regexps in the code that contain \\ escape sequences that are now syntax errors.",
      "3.12",
      "Invalid escape sequences",
    ],
    // A hyphenated word is also searched run together; unseen, that form is its words again.
    ["New REPL and readline's vi editing-mode", "3.13", "New interactive interpreter"],
    ["is it because of the round half-to-even method?", "3.0", "round()"],
    // A name Python 2 had is dated by the section headed by it, about what is said of it.
    ["StopIteration RuntimeError python 3.7", "3.7", "StopIteration in generators becomes RuntimeError"],
    // A section about another feature, found by the named feature's own words, is not the answer.
    [
      'Don\'t use "match" as a variable — As of Python 3.10, `match` is a reserved keyword, and should not be used as a variable.',
      "3.10",
      "Yes — the `match` statement is new in Python 3.10",
    ],
    // A Python 2 name said missing from Python 3, in Chinese: 3.0's section headed by it, of two.
    ["修改unicode函数不存在造成的python3 NameError", "3.0", "str is Unicode text and bytes is binary data"],
    // The walrus operator's Korean name, beside the asker's release.
    ["바다코끼리 연산자 적극 도입 — 이제 파이썬 3.7 이전도 없으니까", "3.8", "No — the walrus operator"],
    // Of the features a release's dropping is for, one the dropped release lacks.
    [
      "Deprecating Python 3.7. Python 3.7 is reaching its end-of-life date. This will allow us to use new neat features introduced in Python 3.8: The walrus operator, positional-only and keywords-only parameters",
      "3.8",
      "No — the walrus operator `:=` needs Python 3.8 or later",
    ],
    // A package the notes head a section with, asked about what that section says.
    ["3.12 support and no setuptools/wheel on 3.12+", "3.12", "setuptools wheel removed from ensurepip"],
    // Named beside the release whose notes head a section with it, whatever else the message says.
    [
      "Add setuptools to requirements.txt — CI Python version is now 3.12. It needs `setuptools`",
      "3.12",
      "setuptools wheel removed from ensurepip",
    ],
    // Breakage on a release with nothing on the name: the latest change to it before, still in effect.
    [
      "raising StopIteration causes a RunTime error on Python 3.8",
      "3.7",
      "StopIteration in generators becomes RuntimeError",
    ],
    // A feature another release's highlights name in passing is dated by its own release.
    [
      "F-strings not available on raspbian stable — The python on raspbian is 3.5.3.",
      "3.6",
      "No — f-strings need Python 3.6",
    ],
    // The asker's release's sections far ahead of every other release's: its first answers.
    ["Python 3.13.0b1: exec() does not populate locals()", "3.13", "Defined semantics for locals()"],
    // A report of breakage in a release reads that release's section on the name first.
    [
      "Raise StopIteration causes breakage in Python 3.7. In Python 3.7, due to PEP 479, StopIteration errors raised inside generator functions are converted to RuntimeErrors.",
      "3.7",
      "StopIteration in generators becomes RuntimeError",
    ],
    // Dropped by 3.0, accepted again by 3.3.
    ["does python 3.2 accept the u prefix on strings", "3.3", "needs Python 3.3"],
    // A value an exception's message quotes is the asker's data.
    [
      "Error in Python3.14: \"RuntimeError: There is no current event loop in thread 'MainThread'.\"",
      "3.14",
      "asyncio.get_event_loop() implicit loop creation removed",
    ],
    // A choice between two releases, a date said beside the first.
    [
      "Should I download Python 3.8.5 (released on July 20th, 2020) or Python 3.5.10 (released on September 5th, 2020)?",
      "3.8",
      "Python 3.8 reached end of life",
    ],
    // A warning other than a deprecation is answered by any section on what it says.
    [
      'SyntaxWarning: "is not" with a literal. Did you mean "!="? `if pid is not 0:`',
      "3.8",
      "SyntaxWarning for is with a literal",
    ],
    // The notes' own words for a mode a release stopped accepting.
    ["ValueError: invalid mode: 'rU'", "3.11", "open() 'U' mode removed"],
    [
      "shouldn't the `match` and `case` statements added in Python 3.10 be recognized by the editor?",
      "3.10",
      "`match` statement",
    ],
    ["Whether to support Python3.6 ?", "3.6", "Python 3.6 was released"],
    // Of two phrases overlapping in part, the one starting first says which feature.
    [
      "Some retrievals fail with Python 3.8 due to the new dict union operator `|`, only available in 3.9",
      "3.9",
      "dict union operator",
    ],
    // The quote that opens a quoted error is no source.
    [
      'Match statements require Python 3.10 or newer. Used Python 3.9.13, "SyntaxError: invalid syntax" raised due to Match statement',
      "3.10",
      "`match` statement",
    ],
    // Division giving a float, in the words people use.
    [
      "In Python 3, the division operator always produces a float, even if both operands are integers",
      "3.0",
      "PEP 238",
    ],
    ["why does division give a float in python 3", "3.0", "PEP 238"],
    // Python 3 as a whole asked against Python 2: what 3.0 changed.
    ["in Python 3 how is dict.keys() different from dict?", "3.0", "return views"],
    ["in python 3 how is division different", "3.0", "True division"],
    // A project that stopped supporting a release asks about the release's standing.
    ["PR #5092 has stopped support for Python 3.4, why?", "3.4", "Python 3.4 reached end of life"],
    [
      "Syntax errors with unicode string literals on python 3.2.3. Removing the u made the errors go away",
      "3.3",
      "need Python 3.3",
    ],
    // When a release came, in words, is release talk.
    [
      "Support Python 3.13. Python 3.13 became the latest stable version since October 2024",
      "3.13",
      "Python 3.13 was released",
    ],
    // f-strings by their prefix; built-in generics by their other name.
    [
      'SyntaxError: invalid syntax ... Removing the letter "f" before each string solved the problem.',
      "3.6",
      "3.6",
    ],
    [
      "Use type hint generics `dict` and `list` instead of `typing.Dict`, supported from Python 3.9 onwards",
      "3.9",
      "built-in generic types",
    ],
    // The asker wants the release, so the one named is theirs.
    ["dict union was added in which python version? we run 3.8", "3.9", "3.9"],
    // An upgrade asked in Japanese.
    ["python3.10から3.12にバージョンアップしたい", "3.11", "Upgrading from Python 3.10 to 3.12"],
    // An exception's name and its message are one clause of a longer message.
    [
      "SyntaxWarning: invalid escape sequence with Python 3.12. Our CI image uses Python 3.12, when installing the package this is shown.",
      "3.12",
      "SyntaxWarning",
    ],
    // A project asked to support a feature the notes know by other words is asked about the release.
    [
      "has any plan to upgrade support python 3.13. python 3.13+ support free-threading, it's import feature",
      "3.13",
      "Python 3.13",
    ],
    // 3.11's tracebacks, in a user's words.
    [
      "Since Python 3.11, Python get a new verbose and better error message with pointer on the location of the error.",
      "3.11",
      "Fine-grained error locations",
    ],
    // Python 2 behaviours 3.0 changed, in the askers' words.
    [
      "Why does Python 3 raise NameError if name is bound by except...as? It is assigned to in the try...except block.",
      "3.0",
      "the name is deleted when the handler ends",
    ],
    [
      "Python list comprehension overriding value: in Python 2.6 it prints 99, in Python 3.x it prints 6.",
      "3.0",
      "loop variable is local to it",
    ],
    // A name Python 2 already had is dated by the named release's section on its module.
    [
      "pickle.HIGHEST_PROTOCOL is 4 for Python version <=3.7, while it is 5 for Python 3.8, so databases created with 3.8 do not load",
      "3.8",
      "Pickle protocol 5",
    ],
    // Code the asker's release runs, beside a name in the prose it lacks, is about that name.
    [
      "Replace usage of `@functools.lru_cache(maxsize=None)` with `@functools.cache` once python 3.8 is dropped",
      "3.9",
      "No — `functools.cache` is new in Python 3.9",
    ],
    // A release dropped for an API it lacks, beside a feature's name it has: the API is the news.
    [
      "Now that Python 3.9 support has been dropped, we can import ParamSpec from the built-in typing module instead of typing_extensions.",
      "3.10",
      "No — `typing.ParamSpec` is new in Python 3.10",
    ],
    // A name Python 2 had, said of Python 3 as a whole, by the 3.0 section headed by it.
    ["In Python 3 long is a bad word. Just replacing from long to int works", "3.0", "int and long unified"],
    // Python 3 said at a sentence's end, its full stop no release's dot.
    ["round() rounds oddly in Python 3. We rely on it for invoices.", "3.0", "round()"],
    [
      "For py3 better compatibility `map` object should not return. In `py2` `map` object allow indexing but not in `py3`.",
      "3.0",
      "map(), filter() and zip() return iterators",
    ],
    // A module in trouble on a release, with nothing else found, by what that release changed in it.
    [
      "Python 3.14 support, ast. Error on how ast doesn't have certain members now for python 3.14.0",
      "3.14",
      "`ast` in Python 3.14",
    ],
    // A bare 2.7 beside Python 3 as a whole is Python 2, in any language.
    ["Differences between versions 3.x and 2.7 of Python", "3.0", "Python 3.0 was released"],
    ["Diferenças entre as versões 3.x e 2.7 do Python", "3.0", "Python 3.0 was released"],
    // A bare name the message also writes out in full is that full name.
    [
      "removal of ByteString. The `collections.abc.ByteString` type has been deprecated since Python 3.12 and is slated to be removed",
      "3.12",
      "`collections.abc.ByteString` is deprecated",
    ],
    // A bare name's one module is as good as the module written.
    [
      "population must be a sequence. In Python 3.11 `sample()` has to operate on a list.",
      "3.11",
      "random.sample() requires a sequence",
    ],
    // A PEP a release implemented dates the code beside it, and is a subject a project may support.
    ["Add support for PEP 692: `**kwargs: typing.Unpack[TypedDict]`", "3.12", "PEP 692"],
    [
      "Are there any plans to support PEP-657 style enhanced tracebacks when on py 3.11?",
      "3.11",
      "Fine-grained error locations",
    ],
    // A Python 2 module's name beside a dotted name a later release added is today's talk.
    [
      "Override the default backend to prefer gdbm or ndbm. Python 3.13+ defaults to dbm.sqlite3 which fsyncs every write",
      "3.13",
      "dbm.sqlite3",
    ],
    // A build error's C API names are its subject, whatever package or channel it names.
    [
      "minepy fails to build on conda-forge for py311: error: invalid use of incomplete typedef 'PyFrameObject' {aka 'struct _frame'}",
      "3.11",
      "PyFrameObject",
    ],
    // The system's release is where the asker runs; "aka" gives another name.
    [
      "‘PyTypeObject’ {aka ‘struct _typeobject’} has no member named ‘tp_print’ on Ubuntu 21.04",
      "3.9",
      "tp_print",
    ],
    // A field the struct by its C name lost.
    [
      "src/tracer.c:88:31: error: 'struct _err_stackitem' has no member named 'exc_traceback'",
      "3.11",
      "exc_traceback",
    ],
    ["fatal error: longintrepr.h: No such file or directory on Python 3.11", "3.11", "Include/cpython"],
    // A compiler's report quotes C, whatever of it parses as Python.
    [
      "Build failures on Python 3.11: PyFrameObject\n  type_caster_base.h:482:26: error: invalid use of incomplete type 'PyFrameObject' {aka 'struct _frame'}\n    482 |     frame = frame->f_back;",
      "3.11",
      "PyFrameObject",
    ],
    // …whatever the file it compiled is called (SWIG's inline sources end `.inl`).
    [
      "Freecad and Python 3.8 build error\n/var/tmp/portage/freecad/src/Base/swigpyrun.inl:75:31: error: invalid use of incomplete type ‘PyInterpreterState’ {aka «struct _is»}\n   75 |     PyObject *modules = interp->modules;",
      "3.8",
      "PyInterpreterState",
    ],
    // Whatever releases the message compares.
    [
      "fatal error: longintrepr.h: No such file or directory. It seems related to a newer Python (3.11.2 vs 3.9).",
      "3.11",
      "Include/cpython",
    ],
    // A compiler refusing the `const char *` a function returns from that release on.
    [
      "src/util.cpp:50:35: error: invalid conversion from 'const char*' to 'char*' [-fpermissive]\n   char* c = PyUnicode_AsUTF8(item);",
      "3.7",
      "const char *",
    ],
    // Clang's words for a function no header declares.
    [
      "launcher.c:108:5: error: call to undeclared function 'Py_SetPath'; ISO C99 and later do not support implicit function declarations",
      "3.13",
      "Py_SetPath",
    ],
    [
      "implicit declaration of function ‘Py_TRASHCAN_SAFE_BEGIN’ with Python 3.13",
      "3.13",
      "Py_TRASHCAN_BEGIN",
    ],
    // A traceback a host application logged, its tag before every line.
    [
      '[cursor_recorder_for_obs.py]   File "<fstring>", line 1\n[cursor_recorder_for_obs.py]     (name=)\n[cursor_recorder_for_obs.py] SyntaxError: invalid syntax',
      "3.8",
      'f"{x=}"',
    ],
    // Parameters cut out of a function's header, annotated: the function's annotations, on Python 2.
    [
      'File "C:\\anaconda2\\lib\\site-packages\\peartree\\parallel.py", line 18\n    target_time_start: int,\n                     ^\nSyntaxError: invalid syntax',
      "3.0",
      "function annotations",
    ],
    // A bound the notes of that release say nothing about is the asker's, not where it changed.
    [
      "Deprecation warning due to invalid escape sequences in Python 3.7 and above",
      "3.6",
      "Invalid escape sequences deprecated",
    ],
    // A release's section on another part of the module is not about the member the asker named.
    ["asyncio.get_event_loop() deprecated in Python 3.10", "3.14", "`asyncio.get_event_loop()` now raises"],
    // The release a deprecation warning named as the day a default changes is the answer.
    [
      "Tar extraction semantics will change in a breaking way in 3.14, so what does extractall do now?",
      "3.14",
      "default extraction filter is now `'data'`",
    ],
  ])("answers %j from %s, saying %j", (question, version, says) => {
    const a = builtin.ask(question);
    expect(a.version).toBe(version);
    expect(a.answer).toContain(says);
  });

  it("answers yes or no of the asker's own release only when asked whether it has the thing", () => {
    const byDefault = builtin.ask("is the jit on by default in 3.13?");
    expect(byDefault.version).toBe("3.13");
    expect(byDefault.answer).toMatch(/^Experimental JIT compiler — in Python 3\.13/);
    expect(byDefault.answer).toContain("not enabled in default builds");
    expect(builtin.ask("can I use walrus in 3.8").answer).toMatch(/^Yes — Python 3\.8 has/);
  });

  it("reads a builtin's name as no removed class of another case", () => {
    const a = builtin.ask("The `str()` method on Python 3.11 gives the raw integer value of my enum");
    expect(a.answer).not.toContain("ast.Str");
    expect(builtin.ask("is ast.Str removed").answer).toMatch(/^`ast\.Str` was removed in Python 3\.14/);
  });

  it("reads code that only imports a package that is not Python's own as about that package", () => {
    const a = builtin.ask(
      "Slow import times: On average, it takes nearly 0.5 seconds to just `import openai`.",
    );
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^`openai` is a third-party package/);
    expect(builtin.ask("is `import tomllib` ok on 3.10?").version).toBe("3.11");
  });

  it("reads pip put to work as pip's own doing, and only whether Python comes with it as 3.4's", () => {
    for (const question of [
      "is there a way to make pip use http instead of https behind my proxy?",
      "`pip install --upgrade pip` fails on our Windows runners with Python 3.10",
    ]) {
      const a = builtin.ask(question);
      expect(a.found, question).toBe(false);
      expect(a.answer).toMatch(/^`pip` is a third-party package/);
    }
    expect(builtin.ask("does python come with pip by default?").version).toBe("3.4");
    expect(builtin.ask("tomllib error after a pip install on 3.10").version).toBe("3.11");
  });

  it("still reads a package named on its own as third-party", () => {
    expect(builtin.ask("numpy installation fails on python 3.12").answer).toContain("third-party");
  });

  it("dates a warning a later release replaced by the release that began it", () => {
    const old = builtin.ask("we get DeprecationWarning: invalid escape sequence '\\d' all over our code");
    expect(old.version).toBe("3.6");
    expect(old.answer).toContain("Python 3.6");
    // The replacement named is the later release's news.
    expect(builtin.ask("SyntaxWarning: invalid escape sequence '\\d'").version).toBe("3.12");
  });

  it("answers a later change to a feature when its section is headed by the kind of thing asked about", () => {
    const a = builtin.ask("are async and await keywords");
    expect(a.version).toBe("3.7");
    expect(a.citations[0]?.section).toBe("async and await are reserved keywords");
    expect(builtin.ask("are async and await new syntax").version).toBe("3.5");
  });

  it("answers a feature the asker's release lacks before another feature a section found by its words", () => {
    const a = builtin.ask("Inline variable attribution type hints are breaking 3.5 compatibility");
    expect(a.version).toBe("3.6");
    expect(a.answer).toMatch(/^No — variable annotations/);
  });

  it.each([
    // A deprecation warning the named release gives.
    [
      "Our tests on Python 3.10 print: DeprecationWarning: ssl.SSLContext() without protocol argument is deprecated.",
      "3.10",
      "`ssl` in Python 3.10",
      "ssl protocol constants, ssl.wrap_socket() and NPN deprecated",
    ],
  ])("answers %j by that release's changes to the module", (question, version, lead, section) => {
    const a = builtin.ask(question);
    expect(a.version).toBe(version);
    expect(a.answer.startsWith(lead)).toBe(true);
    expect(a.answer).toContain(section);
  });

  it("answers a missing package named after a removed module, named beside it, with the module's removal", () => {
    const a = builtin.ask(
      "ModuleNotFoundError: No module named 'pyaudioop' on Python 3.13, audioop removed?",
    );
    expect(a.version).toBe("3.13");
    expect(a.answer).toMatch(/^`audioop` was removed in Python 3\.13/);
    // Alone, the package is a third party's.
    expect(builtin.ask("ModuleNotFoundError: No module named 'pyaudioop'").answer).toContain("third-party");
    // Named by a backport's naming in a question about the removal, it stands for the module.
    const told = builtin.ask("ModuleNotFoundError: No module named 'pyaudioop' — deleted in 3.13?");
    expect(told.answer).toMatch(/^`audioop` was removed in Python 3\.13/);
    // So it does on a release from the removal, as the traceback's paths show it.
    const running = builtin.ask(
      "File \"/srv/app/venv/lib/python3.13/site-packages/pydub/utils.py\", line 16, in <module>\nModuleNotFoundError: No module named 'pyaudioop'",
    );
    expect(running.answer).toMatch(/^`audioop` was removed in Python 3\.13/);
    // Before it, the module is still there: the package is a third party's.
    const before = builtin.ask("ModuleNotFoundError: No module named 'pyaudioop' on Python 3.11");
    expect(before.answer).toContain("third-party");
  });

  // One shape, one row each: the behaviour, a question showing it, the release and the section that
  // must lead the answer.
  it.each([
    {
      behaviour: "reads square brackets as the notes' indexes",
      question: "can a walrus expression go inside square brackets rather than parentheses?",
      version: "3.10",
      section: "Walrus operator := allowed unparenthesized in sets and indexes",
    },
    {
      behaviour: "searches two quoted outputs said to have become one another, whatever surrounds them",
      question:
        'CI is red since the upgrade: "optional arguments" has become "options" and the snapshot tests fail',
      version: "3.10",
      section: 'argparse help says "options" instead of "optional arguments"',
    },
    {
      behaviour: "takes a heading that holds a synonym's whole wording as about the words it stands for",
      question:
        "Python 3.11: mismatch in test_cli_errors. now that the exceptions underline parts of code that are wrong, the expected output doesn't match",
      version: "3.11",
      section: "Fine-grained error locations in tracebacks (PEP 657)",
    },
    {
      behaviour:
        "answers a standard package's name written as code, in trouble on a release, with that release's changes to it",
      question:
        "3.14.0a1: `_pickle.PicklingError: Can't pickle local object` when a multiprocessing.Process is started with a target defined in a function. A regression? 3.13 runs it fine.",
      version: "3.14",
      section: "multiprocessing defaults to forkserver on Linux",
    },
    {
      behaviour: "answers a release said to stop allowing what an older release allowed with what it did",
      question:
        "continue inside a finally clause isn't allowed anymore? Python 3.14 does not support 'continue' inside 'finally'",
      version: "3.14",
      section: "SyntaxWarning for return, break and continue in finally blocks (PEP 765)",
    },
    {
      behaviour:
        "answers with the top section when every close rival is another section of its release headed alike",
      question: "`_pickle.PicklingError` since 3.14 because the start method went from fork to forkserver",
      version: "3.14",
      section: "multiprocessing defaults to forkserver on Linux",
    },
    {
      behaviour:
        "reads Python's own words for a lost keyword argument as a pasted error, without the exception's name",
      question: "sending mail now fails: SMTP_SSL.__init__() got an unexpected keyword argument 'keyfile'",
      version: "3.12",
      section: "keyfile and certfile parameters and ftplib FTP_TLS.ssl_version removed",
    },
    {
      behaviour: "finds the removal of a method's keyword argument by the module its class is in",
      question: "TypeError: SMTP.starttls() got an unexpected keyword argument 'keyfile'",
      version: "3.12",
      section: "keyfile and certfile parameters and ftplib FTP_TLS.ssl_version removed",
    },
    {
      behaviour: "answers a warning with the section headed by what it warns of, not a release's highlights",
      question:
        'Syntax warning about comparison of literals — ./app.py:12: SyntaxWarning: "is" with a literal. Did you mean "=="?',
      version: "3.8",
      section: "SyntaxWarning for is with a literal",
    },
    {
      behaviour: "answers a tool's error by the message underneath it that a section quotes word for word",
      question:
        "Received SyntaxError: Can't build lexer\nERROR: /Users/me/Library/Python/3.11/lib/python/site-packages/ddl/ddl_parser.py:155: Invalid regular expression for rule 't_AUTOINCREMENT'. global flags not at the start of the expression at position 50",
      version: "3.11",
      section: "re global inline flags allowed only at the start of a pattern",
    },
    {
      behaviour:
        "answers an old name in trouble on a release by that release's one section writing it as code",
      question:
        'adapt test for python3.5 ... def test_interrupted(self, conn): """Make sure to get InterruptedError if a read was interrupted""" ... otherwise that test will fail in python3.5',
      version: "3.5",
      section: "System calls retried automatically on EINTR (PEP 475)",
    },
    {
      behaviour: "reads no word of a warning's file path, even one with a space in it",
      question:
        'Anki 2.1.23 Python 3.8.0 Qt 5.13.1\n/Users/nick/Library/Application Support/Anki2/addons21/importer.py:127: SyntaxWarning: "is" with a literal. Did you mean "=="?',
      version: "3.8",
      section: "SyntaxWarning for is with a literal",
    },
    {
      behaviour:
        "answers an error raised inside a standard function by the latest change to it up to the release running",
      question:
        "n = pick_one(1e6)  # noqa: S311\n  File \"/usr/lib/python3.12/random.py\", line 301, in randrange\n    istart = _index(start)\nTypeError: 'float' object cannot be interpreted as an integer",
      version: "3.12",
      section: "random.randrange() rejects floats",
    },
    {
      behaviour:
        "answers a local function pickling refused by the section of the release it was met on that quotes it",
      question:
        "Testsuite failure when using Python3.14 or later\nFAILED tests/test_timeout_decorator.py::test_timeout_decorator_arg[False] - _pickle.PicklingError: Can't pickle local object <function test_timeout_decorator_arg.<locals>.f at 0x7add66f66c40>\nwhen serializing tuple item 1",
      version: "3.14",
      section: "multiprocessing defaults to forkserver on Linux",
    },
    {
      behaviour: "answers a local function pickling refused on 3.8 by that release's section that quotes it",
      question: "MacOS, Python 3.8: \"AttributeError: Can't pickle local object 'fork.<locals>.child'\"",
      version: "3.8",
      section: "multiprocessing uses the spawn start method by default on macOS",
    },
    {
      behaviour:
        "answers an error raised inside a standard module with the running release's section headed by the module",
      question:
        'Running `--update` with the latest master branch is giving this error-\n  File "/usr/lib/python3.13/dbm/sqlite3.py", line 79, in _execute\n    return closing(self._cx.execute(*args))\nsqlite3.ProgrammingError: SQLite objects created in a thread can only be used in that same thread.',
      version: "3.13",
      section: "dbm.sqlite3: SQLite backend, now the default dbm",
    },
    {
      behaviour:
        "answers the warning an ast node built without a required field gives with 3.13's stricter constructors",
      question: "DeprecationWarning: Name.__init__ missing 1 required positional argument: 'id'",
      version: "3.13",
      section: "ast node constructors stricter, with defaults for omitted fields",
    },
    {
      behaviour:
        "answers a handshake an old server now fails with the release that made the TLS defaults stricter",
      question:
        "connecting to an old server fails since Python 3.10: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1000)",
      version: "3.10",
      section: "ssl secure defaults: TLS 1.2 minimum and no weak ciphers",
    },
    {
      behaviour:
        "answers a float refused where an integer is expected with the release that ended the implicit conversion",
      question:
        "[python3.10] implicit float to int conversion — TypeError: startTimer(self, int): argument 1 has unexpected type 'float'",
      version: "3.10",
      section: "Integer parameters no longer accept float, Decimal or Fraction",
    },
    {
      behaviour:
        "answers a package used as the way out of a change by the change, when its release's section is far ahead",
      question: "switched to numpy.sum since python 3.12 changed builtin sum of floats to Neumaier summation",
      version: "3.12",
      section: "sum() uses Neumaier summation for floats",
    },
    {
      behaviour: "answers a deprecation warning retold in its own words with the section that quotes it",
      question: "my workers log that use of fork() may lead to deadlocks in the child, what is that about",
      version: "3.12",
      section: "os.fork() in a multithreaded process and Windows st_ctime deprecated",
    },
    {
      behaviour: "answers the warning get_event_loop() gives without a loop with the release that began it",
      question: "DeprecationWarning: There is no current event loop — printed at start-up of our service",
      version: "3.12",
      section: "asyncio child watchers and implicit loop creation in get_event_loop() deprecated",
    },
    {
      behaviour: "takes a CamelCase class in backticks for the asker's own, not a subject the notes lack",
      question: "Mutable Default `SearchSettingsConfig` Exception with Python 3.11",
      version: "3.11",
      section: "dataclasses mutable default check uses hashability",
    },
  ])("$behaviour", ({ question, version, section }) => {
    const a = builtin.ask(question);
    expect(a.version).toBe(version);
    expect(a.citations[0]?.section).toBe(section);
  });

  it("answers a removal asked after a word that is all the question names, though the word is English", () => {
    const reduce = builtin.ask("when was reduce removed");
    expect(reduce.version).toBe("3.0");
    expect(reduce.answer).toContain("functools.reduce");
    expect(builtin.ask("is reload still there in python").answer).toContain("importlib.reload");
    // Beside other words, the English word is still just a word.
    expect(builtin.ask("when was the reduce step removed from the pipeline").version).not.toBe("3.0");
  });

  it("takes a removed name written as a call for code, though its word is English", () => {
    const escaped = builtin.ask("escape() no longer works");
    expect(escaped.version).toBe("3.8");
    expect(escaped.answer).toMatch(/^`cgi\.escape` was removed in Python 3\.8/);
  });

  it("never answers trouble on a release with a yes for something an older release brought", () => {
    const failing = builtin.ask(
      "Test failure on 3.14 — test_handler_initializers_start fails in /usr/lib64/python3.14/multiprocessing/popen_forkserver.py",
    );
    expect(failing.answer).not.toMatch(/^Yes — Python 3\.14 has/);
    expect(failing.version).toBe("3.14");
    // Nor a message that asks no such question.
    expect(
      builtin.ask("Wondering why exactly Python 3.7 is required here, any thoughts?").answer,
    ).not.toMatch(/^Yes — /);
    expect(builtin.ask("Cannot properly set up a virtual env in Python 3.12").answer).not.toMatch(/^Yes — /);
    // Nor code that release runs, pasted under the report: what the release changed answers it.
    const pasted = builtin.ask(
      "our plugin fails tests on Python 3.12\n    with venv.VirtualEnv() as v:\n        code = 'from pkg_resources import working_set'",
    );
    expect(pasted.answer).not.toMatch(/^Yes — /);
    expect(pasted.version).toBe("3.12");
    // Nor one naming an API the release has long had.
    expect(builtin.ask("fix IntEnum str output for python3.11").answer).toMatch(
      /^`enum\.IntEnum` — new in Python 3\.4/,
    );
    expect(builtin.ask("does python 3.11 have IntEnum?").answer).toMatch(
      /^Yes — `enum\.IntEnum` is in Python 3\.11/,
    );
    // So does a bare question: a few words and a question mark.
    expect(builtin.ask("pairwise on 3.12?").answer).toMatch(
      /^Yes — `itertools\.pairwise` is in Python 3\.12/,
    );
    // A question whether it can be used still gets its yes.
    expect(builtin.ask("we run py3.6 in prod, will pathlib work").answer).toMatch(/^Yes — Python 3\.6 has/);
  });

  it("never joins words the notes only hyphenate", () => {
    const terms = (q: string) => withCompounds(parseQuery(q, { maxChars: 500 }), builtin.kb.index).terms;
    expect(terms("the data class decorator")).toContain("dataclass");
    expect(terms("a keyword argument of zip")).toEqual(expect.arrayContaining(["keyword", "argument"]));
    expect(terms("a keyword argument of zip")).not.toContain("keywordargument");
  });
});
