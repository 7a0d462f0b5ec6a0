import { describe, expect, it } from "vitest";
import { toJson } from "../../src/cli/ask.ts";
import { PyVer } from "../../src/pyver.ts";

const bot = PyVer.open({ now: () => new Date("2025-06-01") });

describe("API answers", () => {
  it("lead with the linked fact, then cite the release notes", () => {
    const a = bot.ask("math.isqrt");
    expect(a.found).toBe(true);
    expect(a.answer.startsWith("`math.isqrt` — new in Python 3.8.")).toBe(true);
    expect(a.api).toEqual({
      name: "math.isqrt",
      kind: "function",
      addedIn: "3.8",
      url: "https://docs.python.org/3/library/math.html#math.isqrt",
    });
    expect(a.citations[0]?.version).toBe("3.8");
  });

  it("date an API by its arrival, not by the removal of one of its forms", () => {
    const a = bot.ask("Trying to import TypedDict from typing of typing_extensions fails");
    expect(a.answer).toMatch(/^`typing\.TypedDict` — new in Python 3\.8 \(PEP 589\)/);
    expect(a.citations[0]?.version).toBe("3.8");
    expect(bot.ask("was the TypedDict keyword-argument syntax removed").answer).toMatch(/3\.13/);
  });

  it("take no section for the API's own that only shares its name in another case", () => {
    // "Numeric literal directly followed by a keyword deprecated" (3.10) is not about `typing.Literal`.
    const a = bot.ask("Cannot Import Literal: Is literal deprecated in new python version?");
    expect(a.answer).toMatch(/^`typing\.Literal` — new in Python 3\.8/);
    expect(a.version).toBe("3.8");
  });

  it("date an API by its arrival when the release a bound names has nothing on it", () => {
    // 3.9's notes do not name it; 3.14's removal of two of its parameters does not date it.
    const a = bot.ask("BooleanOptionalAction is only available on Python 3.9+");
    expect(a.answer).toMatch(/^`argparse\.BooleanOptionalAction` — new in Python 3\.9\./);
    expect(a.version).toBe("3.9");
  });

  it("answer a long message about an API in one release from that release's section on it", () => {
    const a = bot.ask(
      "Fix `random.sample()` usage for Python 3.11 - Sampling from a set has been deprecated since Python 3.9 and was removed in 3.11.",
    );
    expect(a.answer).toMatch(/^random\.sample\(\) requires a sequence/);
    expect(a.version).toBe("3.11");
  });

  it("answer a problem report on a release from what it changed about the API, unless the API came later", () => {
    expect(bot.ask("Is collections.abc.Callable bugged in Python 3.9.1?").version).toBe("3.9");
    const later = bot.ask("prompt_parser functools.cache failed in python3.8");
    expect(later.answer).toMatch(/^No — `functools\.cache` is new in Python 3\.9/);
  });

  it("answer can-I-use questions yes or no, citing the release that added it", () => {
    const no = bot.ask("can I use zoneinfo on 3.7?");
    expect(no.query).toBe("can I use zoneinfo on 3.7?");
    expect(no.answer).toMatch(/^No — `zoneinfo` is new in Python 3\.9/);
    expect(no.api?.target).toEqual({ version: "3.7", available: false });
    expect(no.citations[0]?.version).toBe("3.9");
    const yes = bot.ask("is str.removeprefix available in 3.12?");
    expect(yes.answer).toMatch(/^Yes — `str\.removeprefix` is in Python 3\.12/);
    expect(yes.api?.target?.available).toBe(true);
  });

  it("answer keyword arguments with the function's anchor", () => {
    const a = bot.ask("subprocess.run capture_output");
    expect(a.api).toMatchObject({
      name: "subprocess.run(capture_output=)",
      kind: "keyword-argument",
      addedIn: "3.7",
    });
    expect(a.api?.url).toBe("https://docs.python.org/3/library/subprocess.html#subprocess.run");
  });

  it("list the candidates of an ambiguous bare name instead of guessing", () => {
    const a = bot.ask("run");
    expect(a.query).toBe("run");
    expect(a.found).toBe(true);
    expect(a.api).toBeUndefined();
    expect(a.answer).toContain("`asyncio.run` (Python 3.7)");
    expect(a.answer).toContain("`subprocess.run` (Python 3.5)");
    expect(a.suggestions.length).toBeGreaterThan(1);
    expect(a.suggestions.length).toBeLessThanOrEqual(5);
  });

  it("take the one of an ambiguous name whose owner is written beside it, or the release named speaks of", () => {
    expect(bot.ask("exist_ok for os.makedirs not supported in python2.7").answer).toMatch(
      /^No — the `exist_ok` argument of `os\.makedirs` is new in Python 3\.2/,
    );
    const a = bot.ask("In Python3.7 `CancelledError` extends `Exception`, in 3.8 and above it does not.");
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^asyncio\.CancelledError inherits from BaseException/);
  });

  it("answer a behaviour of a name from the release whose sentence about it tells it in the same words", () => {
    const a = bot.ask(
      "typing.get_type_hints() returns Optional[Any] if the default value of the argument is None",
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toContain("`get_type_hints()` no longer adds Optional for `None` defaults");
    // A name asked about alone, or with its argument, keeps its own date.
    expect(bot.ask("subprocess.run capture_output").answer).toMatch(/3\.7/);
  });

  it("say a name Python 2 already had is in every Python 3, not new in 3.0", () => {
    expect(bot.ask("when was itertools.groupby added").answer).toMatch(
      /^`itertools\.groupby` — in every Python 3 release since 3\.0 \(and in Python 2 since 2\.\d\)\./,
    );
    expect(bot.ask("can I use itertools.groupby on 3.6").answer).toMatch(
      /^Yes — `itertools\.groupby` is in Python 3\.6: it is in every Python 3 release since 3\.0/,
    );
  });

  it("say where Python-2-only names went", () => {
    expect(bot.ask("urllib2").answer).toMatch(
      /^`urllib2` was removed in Python 3\.0.*Use `urllib\.request` instead/,
    );
    const a = bot.ask("ConfigParser on 3.8?");
    expect(a.answer).toMatch(/^No — .*`ConfigParser` was removed in Python 3\.0.*Use `configparser` instead/);
    expect(a.api?.target?.available).toBe(false);
    // Named in code as well as in words.
    const called = bot.ask("while train.has_key((u, j)): … AttributeError: has_key not found");
    expect(called.answer).toMatch(/^`dict\.has_key` was removed in Python 3\.0/);
    expect(called.version).toBe("3.0");
  });

  it("date a name only Python 2 had by the release that left it out, unless asked of a Python 2", () => {
    const gone = bot.ask("is sys.setdefaultencoding available in python 3?");
    expect(gone.version).toBe("3.0");
    expect(gone.answer).toMatch(/Python 2 only \(since Python 2\.0\): Python 3\.0 left it out/);
    expect(gone.citations[0]?.title).toBe("What's New in Python 3.0");
    const there = bot.ask("is sys.setdefaultencoding in python 2.7?");
    expect(there.answer).toMatch(/^Yes — `sys\.setdefaultencoding` is in Python 2\.7/);
  });

  it("leave release-note questions as they were", () => {
    expect(bot.ask("walrus operator").api).toBeUndefined();
    expect(bot.ask("what's new in 3.12").kind).toBe("overview");
    expect(bot.ask("when was 3.6 released").kind).toBe("release");
    const pathlib = bot.ask("pathlib");
    expect(pathlib.answer).toMatch(/^pathlib — new in Python 3\.4 \(PEP 428\)/);
    expect(pathlib.api?.addedIn).toBe("3.4");
  });

  it("offer API names in autocomplete", () => {
    expect(bot.suggest("isqr", 5).map((s) => s.query)).toContain("math.isqrt");
  });
});

describe("CLI JSON", () => {
  it("carries api only when an API matched, other fields unchanged", () => {
    const withApi = JSON.parse(toJson(bot.ask("functools.cache"), 1)) as Record<string, unknown>;
    expect(Object.keys(withApi)).toEqual(["query", "found", "answer", "citations", "api", "tookMs"]);
    expect(withApi.api).toEqual({
      name: "functools.cache",
      kind: "function",
      addedIn: "3.9",
      url: "https://docs.python.org/3/library/functools.html#functools.cache",
    });
    const without = JSON.parse(toJson(bot.ask("walrus operator"), 1)) as Record<string, unknown>;
    expect(Object.keys(without)).toEqual(["query", "found", "answer", "citations", "tookMs"]);
  });
});
