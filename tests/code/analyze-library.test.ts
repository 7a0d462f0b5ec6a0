import { describe, expect, it } from "vitest";
import { analyzeCode } from "../../src/code/analyze.ts";

const apis = (code: string): Record<string, string> =>
  Object.fromEntries(
    analyzeCode(code)
      .requirements.filter((r) => r.api)
      .map((r) => [r.api, r.version]),
  );

describe("standard-library names", () => {
  it("a module function reached through its import needs its release", () => {
    const a = analyzeCode("import math\n\nprint(math.isqrt(17))\n");
    expect(a.minVersion).toBe("3.8");
    expect(a.requirements[0]).toMatchObject({
      version: "3.8",
      api: "math.isqrt",
      line: 3,
      url: "https://docs.python.org/3/library/math.html#math.isqrt",
    });
  });

  it("names imported with from, and new modules, count at the import", () => {
    expect(apis("from itertools import batched\n")).toMatchObject({ "itertools.batched": "3.12" });
    expect(apis("from typing import Self\n")).toMatchObject({ "typing.Self": "3.11" });
    const a = analyzeCode("import tomllib\n");
    expect(a.requirements[0]).toMatchObject({ version: "3.11", api: "tomllib", what: "the tomllib module" });
  });

  it("names the modules of code that does nothing but import them", () => {
    expect(analyzeCode("import openai\nfrom numpy.linalg import norm\n").onlyImports).toEqual([
      "openai",
      "numpy",
    ]);
    expect(analyzeCode("import os, sys").onlyImports).toEqual(["os", "sys"]);
    expect(analyzeCode("import openai\nopenai.run()\n").onlyImports).toBeUndefined();
  });

  it("aliases and dotted imports are followed", () => {
    expect(apis("import importlib.metadata as md\nmd.version('x')\n")).toMatchObject({
      "importlib.metadata": "3.8",
    });
    expect(apis("from os import path\nimport math as m\nm.isqrt(4)\n")).toMatchObject({
      "math.isqrt": "3.8",
    });
  });

  it("a decorator written without brackets needs the release that allowed it", () => {
    const versions = (code: string) => analyzeCode(code).requirements.map((r) => [r.version, r.line]);
    expect(versions("from functools import lru_cache\n@lru_cache\ndef f(x): return x\n")).toEqual([
      ["3.8", 2],
      ["3.2", 1],
    ]);
    expect(versions("import functools\n@functools.lru_cache(maxsize=None)\ndef f(x): return x\n")).toEqual([
      ["3.2", 2],
    ]);
  });

  it("names and keyword arguments a Python 3 release removed are noted with that release", () => {
    const removed = (code: string) => analyzeCode(code).removedApis?.map((r) => [r.api, r.version]);
    expect(removed("import time\nt = time.clock()")).toEqual([["time.clock", "3.8"]]);
    expect(removed("import json\njson.loads(s, encoding='utf-8')")).toEqual([
      ["json.loads(encoding=)", "3.9"],
    ]);
    // A removed module's members go with it.
    expect(removed("import imp\nimp.reload(m)")).toEqual([["imp", "3.12"]]);
    // Unless the member went first.
    expect(removed("import cgi\nx = cgi.escape(s)")).toEqual([
      ["cgi.escape", "3.8"],
      ["cgi", "3.13"],
    ]);
    expect(removed("import time\nt = time.perf_counter()")).toBeUndefined();
  });

  it("a method no word names, removed from one class alone, is that removal on any object", () => {
    const removed = (code: string) => analyzeCode(code).removedApis?.map((r) => [r.api, r.version]);
    expect(removed("for node in root.getchildren():\n    pass\n")).toEqual([
      ["xml.etree.ElementTree.Element.getchildren", "3.9"],
    ]);
    expect(removed("if worker.isAlive():\n    pass\n")).toEqual([["threading.Thread.isAlive", "3.9"]]);
    // A word ("close") or a method a class of today still has says nothing of whose it is.
    expect(removed("handle.close()\n")).toBeUndefined();
  });

  it("keyword arguments need the release that added them", () => {
    expect(apis("zip(a, b, strict=True)\n")).toMatchObject({ "zip(strict=)": "3.10" });
    expect(apis('print("x", flush=True)\n')).toMatchObject({ "print(flush=)": "3.3" });
    const a = analyzeCode(
      "from dataclasses import dataclass\n\n@dataclass(slots=True)\nclass Point:\n    x: int\n",
    );
    expect(a.requirements[0]).toMatchObject({
      version: "3.10",
      api: "dataclasses.dataclass(slots=)",
      line: 3,
    });
  });

  it("a snippet may leave out its imports", () => {
    expect(apis("n = math.isqrt(10)\n")).toMatchObject({ "math.isqrt": "3.8" });
    expect(apis("@dataclass(slots=True, frozen=True)\nclass P:\n    pass\n")).toMatchObject({
      "dataclasses.dataclass(slots=)": "3.10",
    });
  });

  it("a keyword argument of a method one function alone has, called on any name, is that function's", () => {
    expect(apis("filename.write_text('foo', newline='')\n")).toMatchObject({
      "pathlib.Path.write_text(newline=)": "3.10",
    });
    // A method named by a word could be anyone's.
    expect(apis("job.run(capture_output=True)\n")).toEqual({});
  });

  it("methods of literals are the built-in type's methods", () => {
    expect(apis('"abc".removeprefix("a")\n')).toMatchObject({ "str.removeprefix": "3.9" });
    expect(apis('b"x".hex(sep=":")\n')).toMatchObject({ "bytes.hex(sep=)": "3.8" });
    expect(apis("'x'.isascii()\n")).toMatchObject({ "str.isascii": "3.7" });
  });

  it("methods only one built-in type has are recognised on any object", () => {
    expect(apis("stem = filename.removesuffix('.tar.gz')\n")).toMatchObject({ "str.removesuffix": "3.9" });
    expect(apis("ones = (n).bit_count()\n")).toMatchObject({ "int.bit_count": "3.10" });
    expect(apis("except_obj.add_note('while parsing')\n")).toMatchObject({
      "BaseException.add_note": "3.11",
    });
    expect(analyzeCode("d.items()\nq.put(x)\nf.read()\n").requirements).toEqual([]);
    expect(analyzeCode("import gmpy2\ngmpy2.bit_count(5)\n").requirements).toEqual([]);
  });

  it("new built-in functions and exceptions count", () => {
    expect(apis("breakpoint()\nraise ExceptionGroup('x', [])\n")).toMatchObject({
      breakpoint: "3.7",
      ExceptionGroup: "3.11",
    });
  });

  it("names the code defines itself are not the library's", () => {
    expect(analyzeCode("math = load()\nmath.isqrt(3)\n").requirements).toEqual([]);
    expect(analyzeCode("def breakpoint():\n    pass\nbreakpoint()\n").requirements).toEqual([]);
    const own =
      "def dataclass(cls=None, slots=False):\n    return cls\n\n@dataclass(slots=True)\nclass P:\n    pass\n";
    expect(analyzeCode(own).requirements).toEqual([]);
  });

  it("fallback imports are not requirements", () => {
    const code = "try:\n    import tomllib\nexcept ImportError:\n    import tomli as tomllib\n";
    expect(analyzeCode(code).requirements).toEqual([]);
  });

  it("code behind a version check is not a requirement", () => {
    const newer =
      "import sys\nif sys.version_info >= (3, 11):\n    import tomllib\nelse:\n    import tomli as tomllib\n";
    expect(analyzeCode(newer).requirements).toEqual([]);
    const older =
      "if sys.version_info < (3, 8):\n    from typing_extensions import Literal\nelse:\n    from typing import Literal\n";
    expect(analyzeCode(older).requirements).toEqual([]);
  });

  it("only reports what arrived after Python 3.0", () => {
    expect(analyzeCode("import os, json\nos.path.join('a', 'b')\njson.dumps({})\n").requirements).toEqual([]);
  });
});
