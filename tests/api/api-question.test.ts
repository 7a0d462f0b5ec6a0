import { describe, expect, it } from "vitest";
import { builtinApiCatalog } from "../../src/api/api-catalog.ts";
import { findApi } from "../../src/api/api-question.ts";

const catalog = builtinApiCatalog();
const found = (text: string): string[] | undefined =>
  findApi(text, catalog)?.entries.map((e) => (e.kwarg ? `${e.name}(${e.kwarg}=)` : e.name));

describe("findApi", () => {
  it("takes dotted, snake_case and CamelCase names anywhere in a question", () => {
    expect(found("time.time_ns nanosecond resolution")).toEqual(["time.time_ns"]);
    expect(found("is NormalDist any good")).toEqual(["statistics.NormalDist"]);
  });

  it("takes a name said to come from a module as that module's", () => {
    expect(found("ImportError with 'Self' from 'typing' in Python 3.10")).toEqual(["typing.Self"]);
    expect(found("it cannot import Self from the typing module")).toEqual(["typing.Self"]);
  });

  it("takes a name imported from a package as that package's, not the standard library's", () => {
    expect(found("this import is broken: `from more_itertools import pairwise`")).toBeUndefined();
    expect(found("from itertools import pairwise fails on 3.9")).toEqual(["itertools.pairwise"]);
    expect(found("from typing_extensions import Self")).toEqual(["typing.Self"]);
  });

  it("takes no name from the C files a compiler names", () => {
    expect(found("/usr/include/python3.10/object.h:133:58: error: lvalue required")).toBeUndefined();
  });

  it("reads a module's name and a word after it as that module's name only", () => {
    expect(found("Python 3.11 traceback format changed")).toBeUndefined();
    expect(found("math gamma")).toEqual(["math.gamma"]);
  });

  it("never takes a special method alone for the one class that lists it", () => {
    expect(found("When is __init__ called exactly?")).toBeUndefined();
    expect(found("asyncio.Task.__init__")).toEqual(["asyncio.Task.__init__"]);
  });

  it("reads abbreviations and two plain words as prose, not as a dotted name", () => {
    expect(found("links from Markdown (e.g. [text](link)) using regular expressions")).toBeUndefined();
    expect(found("What does r' define in file path")).toBeUndefined();
  });

  it('takes the name just after "added" over one named earlier', () => {
    expect(found("also support TypedDict: Python 3.13 added support for typing.ReadOnly")).toEqual([
      "typing.ReadOnly",
    ]);
    expect(found("TypedDict and typing.ReadOnly")).toEqual(["typing.TypedDict"]);
  });

  it("takes a plain word only when the rest is question words", () => {
    expect(found("isqrt")).toEqual(["math.isqrt"]);
    expect(found("can I use zoneinfo on 3.7?")).toEqual(["zoneinfo"]);
    expect(found("walrus operator")).toBeUndefined();
    expect(found("prompting AI for real code")).toBeUndefined();
    expect(found("what's new in 3.12")).toBeUndefined();
    expect(found("when was 3.6 released")).toBeUndefined();
  });

  it("takes a function and its keyword argument, called an argument, amid any other words", () => {
    expect(found("linemaps for inductor: python 3.9 doesn't have bisect key argument")).toEqual([
      "bisect.bisect(key=)",
    ]);
  });

  it("takes an argument and its function, each written as code, before the argument's other owners", () => {
    // `encoding` alone is also Python 2's `file.encoding`.
    expect(found("The `encoding` argument for `logging.basicConfig` was added in Python 3.9")).toEqual([
      "logging.basicConfig(encoding=)",
    ]);
  });

  it("takes a name of a module written out later over the module it belongs to", () => {
    expect(
      found(
        "There are aliases in the `typing` module that have been deprecated, e.g. instead of `typing.Dict` use dict",
      ),
    ).toEqual(["typing.Dict"]);
  });

  it("takes a module and a keyword argument its functions gained in one release", () => {
    expect(found("Using module 'subprocess' with timeout")).toContain("subprocess.call(timeout=)");
  });

  it("reads an import written either way round", () => {
    expect(found("from itertools import batched fails")).toEqual(["itertools.batched"]);
    expect(found("import Self from typing doesn't work")).toEqual(["typing.Self"]);
  });

  it("takes a keyword argument asked beside a future import over the import", () => {
    const asked =
      "with `from __future__ import print_function` there is no `flush` keyword argument to `print()`";
    expect(found(asked)).toEqual(["print(flush=)"]);
    expect(found("from __future__ import annotations fails on 3.6")).toEqual(["__future__.annotations"]);
  });

  it("takes the names said to come with a release, and the typing backport's names as typing's", () => {
    expect(found("Drop remaining use of `os.walk()`: Python 3.12 has `Path.walk()`.")).toEqual([
      "pathlib.Path.walk",
    ]);
    expect(found("'override' from typing_extensions has no effect")).toEqual(["typing.override"]);
    expect(found("use protocols from typing-extensions")).toEqual(["typing.Protocol"]);
    // A name written as one comes before a word of the sentence that could be one.
    expect(
      found("typing_extensions required only for old Pythons: `Literal` and `Final` are in typing"),
    ).toEqual(["typing.Literal"]);
    expect(found("use the list from typing_extensions")).toBeUndefined();
    // A capital that starts a sentence names nothing.
    expect(found("Any idea why typing_extensions fails? It says Final is missing")).toEqual(["typing.Final"]);
  });

  it("takes a name written as a call for code when it names one thing", () => {
    expect(found("breakpoint() not defined: pyright said breakpoint() function is not defined")).toEqual([
      "breakpoint",
    ]);
    // `replace()` is six APIs of four releases: the words around it decide.
    expect(found("Add generalized replace() function")).toBeUndefined();
  });

  it("takes the name an exception was about before the exception", () => {
    expect(found("I encounter a `ModuleNotFoundError` for `importlib.metadata`.")).toEqual([
      "importlib.metadata",
    ]);
  });

  it("joins a module and a name of it, each written as code, into one name", () => {
    expect(found("Module `random` lacks `randbytes` function")).toEqual(["random.randbytes"]);
  });

  it("takes a coined name as code, but not the plural of a word the notes use", () => {
    const prose = (w: string) => w === "callback";
    expect(findApi("removeprefix py38 alternative", catalog, prose)?.token).toBe("removeprefix");
    expect(findApi("Futures with callbacks cannot be cancelled", catalog, prose)).toBeUndefined();
    // Nor is an attribute's bare name, a word of the message more often than the attribute.
    expect(findApi("TypeError: Expected maxsize to be an integer or None", catalog)).toBeUndefined();
  });

  it("takes a distinctive module name amid words it does not know", () => {
    const rare = () => false;
    const unknown = new Set(["exactly", "realize", "kubernetes", "autoscaling"]);
    const known = (w: string) => !unknown.has(w.toLowerCase());
    const text = "What exactly is using graphlib? I didn't realize graphlib was a 3.9+ library.";
    expect(findApi(text, catalog, rare, known)?.token).toBe("graphlib");
    // A short module name amid unknown words may be a word of something else.
    expect(findApi("kubernetes autoscaling enum", catalog, rare, known)).toBeUndefined();
  });

  it("reads a name with an underscore put between its words", () => {
    expect(found("the `is_close` fct of python")).toEqual(["math.isclose", "cmath.isclose"]);
  });

  it("takes a capitalised name imported without its module for the class of that name", () => {
    expect(found("Cannot Import Literal: Is literal deprecated in new python version?")).toEqual([
      "typing.Literal",
    ]);
    expect(found("Import Error when running the tests")).toBeUndefined();
  });

  it("joins two plain words into one dotted name", () => {
    expect(found("math gamma function")).toEqual(["math.gamma"]);
    expect(found("Counter subtract")).toEqual(["collections.Counter.subtract"]);
  });

  it("joins a lower-case word only to a whole part of a name, never to the end of a class's name", () => {
    expect(found("error code during pip install")).toBeUndefined();
    expect(found("ERROR CODE during pip install")).toBeUndefined();
    expect(findApi("method depracation (random.sample)", catalog)?.token).toBe("random.sample");
  });

  it("takes two plain words in a sentence for a dotted name only when the first names a module", () => {
    expect(found("keep getting the same error msg when I run it")).toBeUndefined();
    expect(found("you could use math gamma for that")).toEqual(["math.gamma"]);
  });

  it("finds keyword arguments by function and argument", () => {
    expect(found("lru_cache typed")).toEqual(["functools.lru_cache(typed=)"]);
    expect(found("subprocess.run capture_output")).toEqual(["subprocess.run(capture_output=)"]);
    expect(found("subprocess.run(capture_output=True)")).toEqual(["subprocess.run(capture_output=)"]);
    expect(found("since when does functools.lru_cache take typed?")).toEqual(["functools.lru_cache(typed=)"]);
    expect(found("print flush")).toEqual(["print(flush=)"]);
    expect(found("capture_output")).toEqual(["subprocess.run(capture_output=)"]);
  });

  it("never takes a name capitalised inside for the lower-case module spelled alike", () => {
    expect(found("our DateTime implementation rejects ISO strings")).toBeUndefined();
    expect(found("`datetime` rejects ISO strings")).toEqual(["datetime"]);
    expect(found("import ConfigParser fails")).toEqual(["ConfigParser"]);
  });

  it("never takes a capitalised name written as code for a lower-case function spelled alike", () => {
    expect(found("formerly `Index` was used as slice type")).toBeUndefined();
    expect(found("`Counter` subtract")).toEqual(["collections.Counter.subtract"]);
  });

  it("takes a plain word in backticks for the one function's keyword argument it is", () => {
    expect(found("the `force` seems to be missing in python 3.7")).toEqual(["logging.basicConfig(force=)"]);
    // Unquoted, it is a word; a built-in's name is the built-in, whatever argument shares it.
    expect(found("the force seems to be missing in python 3.7")).toBeUndefined();
    expect(found("in `py2` the `map` object allows indexing")).toBeUndefined();
  });

  it("marks questions that are only the API as bare, so a version is the can-I-use target", () => {
    expect(findApi("is math.isqrt available in 3.7?", catalog)?.bare).toBe(true);
    expect(findApi("str.format automatic field numbering", catalog)?.bare).toBe(false);
  });
});
