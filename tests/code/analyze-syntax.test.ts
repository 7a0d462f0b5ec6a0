import { describe, expect, it } from "vitest";
import { analyzeCode } from "../../src/code/analyze.ts";
import type { FeatureId } from "../../src/code/language-features.ts";

/** The features the code needs beyond Python 3.0, with the line of each. */
function features(code: string): Partial<Record<FeatureId, number>> {
  const out: Partial<Record<FeatureId, number>> = {};
  for (const r of analyzeCode(code).requirements) if (r.featureId) out[r.featureId] = r.line;
  return out;
}

describe("language features by release", () => {
  it("a match statement needs 3.10", () => {
    const a = analyzeCode("match command:\n    case [x, *rest]:\n        pass\n    case _:\n        pass\n");
    expect(a.minVersion).toBe("3.10");
    expect(a.requirements[0]).toMatchObject({
      version: "3.10",
      featureId: "match",
      line: 1,
      pep: 634,
      url: "https://docs.python.org/3/whatsnew/3.10.html#pep-634-structural-pattern-matching",
    });
  });

  it("the walrus operator needs 3.8, wherever it appears", () => {
    expect(features("if (n := len(a)) > 10:\n    pass\n").walrus).toBe(1);
    expect(features("print(x := 5)\n").walrus).toBe(1);
    expect(features("[y for x in a if (y := f(x))]\n").walrus).toBe(1);
  });

  it("a walrus as an index without its own parentheses needs 3.10", () => {
    expect(analyzeCode("d[k := k.lower()] = 'b'\n").minVersion).toBe("3.10");
    expect(analyzeCode("d[(k := k.lower())] = 'b'\n").minVersion).toBe("3.8");
  });

  it("a walrus in a set display without its own parentheses needs 3.10", () => {
    expect(analyzeCode('foo = {hello := "world"}\n').minVersion).toBe("3.10");
    expect(analyzeCode('foo = {(hello := "world")}\n').minVersion).toBe("3.8");
  });

  it("positional-only parameters need 3.8, in functions and lambdas", () => {
    expect(features("def f(a, /, b):\n    pass\n")["posonly-params"]).toBe(1);
    expect(features("g = lambda a, /, b: a\n")["posonly-params"]).toBe(1);
    expect(features("def f(a, *, b):\n    pass\n")["posonly-params"]).toBeUndefined();
  });

  it("f-strings need 3.6, self-documenting ones 3.8", () => {
    expect(analyzeCode('x = f"{a!r:>10}"\n').minVersion).toBe("3.6");
    expect(analyzeCode('x = f"{a=}"\n').minVersion).toBe("3.8");
  });

  it("f-strings that reuse quotes or hold backslashes or comments need 3.12", () => {
    expect(analyzeCode('x = f"{d["key"]}"\n').minVersion).toBe("3.12");
    expect(analyzeCode("x = f\"{'\\n'.join(a)}\"\n").minVersion).toBe("3.12");
    expect(analyzeCode('x = f"""{a # why\n}"""\n').minVersion).toBe("3.12");
    expect(analyzeCode('x = f"{a\n}"\n').minVersion).toBe("3.12");
    // The outermost quote, inside an f-string nested in a field, still ended the outer string before.
    expect(analyzeCode('x = f"{g(f\'({r["k"]})\')}"\n').minVersion).toBe("3.12");
  });

  it("f-strings that only mix quote kinds stay at 3.6", () => {
    expect(analyzeCode("x = f\"{d['key']}\" + f'''{d[\"k\"]}''' + f\"{x:{width}}\"\n").minVersion).toBe(
      "3.6",
    );
  });

  it("type parameter lists and the type statement need 3.12", () => {
    expect(features("def first[T](xs: list[T]) -> T:\n    return xs[0]\n")["type-params"]).toBe(1);
    expect(features("class Box[T]:\n    pass\n")["type-params"]).toBe(1);
    expect(features("type Point = tuple[float, float]\n")["type-statement"]).toBe(1);
  });

  it("type parameter defaults need 3.13, though the grammar does not know them", () => {
    const a = analyzeCode("def f[T = int](x: T) -> T:\n    return x\n");
    expect(a.minVersion).toBe("3.13");
    expect(a.syntaxErrors).toEqual([]);
  });

  it("template strings need 3.14", () => {
    const a = analyzeCode('name = "x"\ngreeting = t"hello {name}"\n');
    expect(a.requirements[0]).toMatchObject({ version: "3.14", featureId: "tstrings", line: 2 });
    expect(a.syntaxErrors).toEqual([]);
  });

  it("except without brackets needs 3.14 when it lists exception types", () => {
    const a = analyzeCode("try:\n    pass\nexcept ValueError, TypeError:\n    pass\n");
    expect(a.requirements[0]).toMatchObject({ version: "3.14", featureId: "except-without-parens", line: 3 });
    expect(analyzeCode("try:\n    pass\nexcept A, B, C:\n    pass\n").minVersion).toBe("3.14");
  });

  it("except* needs 3.11", () => {
    expect(features("try:\n    pass\nexcept* ValueError as e:\n    pass\n")["except-star"]).toBe(3);
  });

  it("star unpacking in subscripts and annotations needs 3.11", () => {
    expect(features("Shape = tuple[*Ts]\n")["star-in-index"]).toBe(1);
    expect(features("def f(*args: *Ts): pass\n")["star-annotations"]).toBe(1);
  });

  it("parenthesized context managers need 3.10", () => {
    const a = analyzeCode("with (\n    open(a) as f,\n    open(b) as g,\n):\n    pass\n");
    expect(a.minVersion).toBe("3.10");
    expect(a.syntaxErrors).toEqual([]);
    expect(analyzeCode("with (open(a)) as f:\n    pass\n").minVersion).toBeUndefined();
    // The line a SyntaxError quotes from inside the brackets, on its own.
    expect(analyzeCode(") as network,").minVersion).toBe("3.10");
  });

  it("several context managers in one with need 3.1", () => {
    expect(features("with open(a) as f, open(b) as g:\n    pass\n")["multiple-context-managers"]).toBe(1);
  });

  it("anything after a ** unpacking in a call or display needs 3.5", () => {
    expect(features("opts = dict(**base, debug=True)\n")["unpacking-generalizations"]).toBe(1);
    expect(features("f(a=1, **kw)\n")["unpacking-generalizations"]).toBeUndefined();
    // The line a SyntaxError quotes from inside the brackets, on its own.
    expect(analyzeCode("    **s,").minVersion).toBe("3.5");
  });

  it("fields str.format() numbers itself need 3.1; numbered, named or escaped braces do not", () => {
    expect(features("x = 1\ns = '{} + {}'.format(a, b)\n")["format-auto-numbering"]).toBe(2);
    expect(features('s = "{:s}:{:d}".format(a, b)\n')["format-auto-numbering"]).toBe(1);
    expect(features("s = '{0}'.format(a)\n")["format-auto-numbering"]).toBeUndefined();
    expect(features("s = '{name}'.format(name=a)\n")["format-auto-numbering"]).toBeUndefined();
    expect(features("s = '{{}}'.format()\n")["format-auto-numbering"]).toBeUndefined();
  });

  it("any expression as a decorator needs 3.9", () => {
    const a = analyzeCode("@buttons[0].clicked.connect\ndef on_click():\n    pass\n");
    expect(a.minVersion).toBe("3.9");
    expect(a.syntaxErrors).toEqual([]);
    expect(
      analyzeCode("@app.route('/', methods=['GET'])\ndef index():\n    pass\n").minVersion,
    ).toBeUndefined();
    const lone = analyzeCode("@functools.cache");
    expect(lone.requirements.map((r) => r.featureId ?? r.api)).toEqual(["functools.cache"]);
  });

  it("dict union of dict displays needs 3.9, other | operators need nothing", () => {
    expect(features('d = {"a": 1} | {"b": 2}\n')["dict-union"]).toBe(1);
    expect(features("d |= {'a': 1}\n")["dict-union"]).toBe(1);
    // The type named twice is two dicts, not a union of types.
    expect(features("dict | dict\n")["dict-union"]).toBe(1);
    expect(analyzeCode("flags = re.I | re.M\nbits = a | b\ns = {1} | {2}\n").requirements).toEqual([]);
  });

  it("continue in finally needs 3.8, but not inside a loop of its own", () => {
    expect(
      features("for x in y:\n    try:\n        pass\n    finally:\n        continue\n")[
        "continue-in-finally"
      ],
    ).toBe(5);
    expect(analyzeCode("try:\n    pass\nfinally:\n    for x in y:\n        continue\n").requirements).toEqual(
      [],
    );
  });

  it("unparenthesized star unpacking in return and yield needs 3.8", () => {
    expect(features("def f():\n    return 1, *rest\n")["return-unpacking"]).toBe(2);
    expect(features("def g():\n    yield 1, *rest\n")["return-unpacking"]).toBe(2);
  });

  it("async and await need 3.5; async generators and comprehensions 3.6", () => {
    expect(features("async def f():\n    await g()\n")["async-await"]).toBe(1);
    expect(features("async def f():\n    yield 1\n")["async-generators"]).toBe(2);
    expect(features("async def f():\n    return [x async for x in y]\n")["async-comprehensions"]).toBe(2);
    expect(features("async def f():\n    return [await x for x in y]\n")["async-comprehensions"]).toBe(2);
    expect(features("async def f():\n    def g():\n        yield 1\n")["async-generators"]).toBeUndefined();
  });

  it("more unpackings in calls and displays need 3.5, assignment targets only 3.0", () => {
    expect(features("f(*a, *b)\n")["unpacking-generalizations"]).toBe(1);
    expect(features("x = [*a, *b]\n")["unpacking-generalizations"]).toBe(1);
    expect(features("d = {**a, **b}\n")["unpacking-generalizations"]).toBe(1);
    expect(features("f(*args, last)\n")["unpacking-generalizations"]).toBe(1);
    expect(analyzeCode("a, *b = c\n(x, *y) = z\nfor p, *q in r:\n    pass\n").requirements).toEqual([]);
  });

  it("the matrix multiplication operator needs 3.5", () => {
    expect(features("c = a @ b\nc @= d\n").matmul).toBe(1);
  });

  it("underscores in numbers and variable annotations need 3.6", () => {
    expect(features("n = 1_000_000\n")["underscore-numbers"]).toBe(1);
    expect(features("count: int = 0\n")["variable-annotations"]).toBe(1);
  });

  it("a message line that reads as `name: type` up to its second word is no annotation", () => {
    for (const line of [
      "distutils.errors.DistutilsPlatformError: Microsoft Visual C++ 14.0 or greater is required.",
      'Get it with "Microsoft C++ Build Tools": https://visualstudio.microsoft.com/visual-cpp-build-tools/',
      "context.py:284: in _Popen",
    ])
      expect(features(`${line}\n`)["variable-annotations"], line).toBeUndefined();
    // A parameter a traceback quotes from a function's header keeps its comma: the function's
    // annotation, which Python 2 refuses.
    const parameter = analyzeCode("    temp_sens_offsets: list,\n");
    expect(parameter.requirements).toEqual([]);
    expect(parameter.python3Syntax).toEqual([
      expect.objectContaining({ featureId: "function-annotations", version: "3.0", line: 1 }),
    ]);
    // A variable's annotation cut off inside its value's call is still a variable's.
    expect(
      features("parser: ArgumentParser = ArgumentParser(prog='osc_tools.py',\n")["variable-annotations"],
    ).toBe(1);
  });

  it("a YAML, Dockerfile or test-runner line given a string or a tag, without a value, is no annotation", () => {
    for (const line of [
      '    msg: "{{ ip | regex_replace(x) }}"',
      "FROM python:3.6-slim",
      "ERROR: testMultiprocessing (__main__.ClusterTestCase)",
    ])
      expect(features(`${line}\n`)["variable-annotations"], line).toBeUndefined();
    // A string annotation with a value, and a bare one that names a type or calls, still are.
    expect(features('x: "Foo" = None\n')["variable-annotations"]).toBe(1);
    expect(features("tension: IntProperty(min=0)\n")["variable-annotations"]).toBe(1);
  });

  it("yield from, raise from None and u'' strings need 3.3", () => {
    expect(features("def g():\n    yield from other()\n")["yield-from"]).toBe(2);
    expect(features("raise KeyError(k) from None\n")["raise-from-none"]).toBe(1);
    expect(features('s = u"text"\n')["unicode-literals"]).toBe(1);
  });

  it("bytes % formatting needs 3.5", () => {
    expect(features('x = b"%d" % 3\n')["bytes-formatting"]).toBe(1);
  });

  it("Python 3.0 syntax needs nothing beyond 3.0", () => {
    const code = [
      "def f(a, *, key=None):",
      "    nonlocal_total = {k: v for k, v in a}",
      "    s = {1, 2}",
      "    first, *rest = a",
      '    raise ValueError("x") from None if False else ValueError()',
      "class C(Base, metaclass=Meta):",
      "    pass",
      "print(*items, sep=', ')",
      "",
    ].join("\n");
    const a = analyzeCode(code);
    expect(a.requirements).toEqual([]);
    expect(a.minVersion).toBeUndefined();
    expect(a.python2).toEqual([]);
    expect(a.syntaxErrors).toEqual([]);
  });

  it("soft keywords used as names are plain names", () => {
    const a = analyzeCode("match = re.match(p, s)\ntype = 3\nprint(match, type)\ncase = 1\n");
    expect(a.requirements).toEqual([]);
    expect(a.syntaxErrors).toEqual([]);
  });

  it("the highest requirement comes first, then lines in order", () => {
    const a = analyzeCode(
      [
        "import math",
        "x = math.isqrt(10)",
        'print(f"{x=}")',
        "match x:",
        "    case _:",
        "        pass",
        "if (n := x):",
        "    pass",
        "",
      ].join("\n"),
    );
    expect(a.minVersion).toBe("3.10");
    expect(a.requirements.map((r) => [r.version, r.line])).toEqual([
      ["3.10", 4],
      ["3.8", 2],
      ["3.8", 3],
      ["3.8", 7],
      ["3.6", 3],
    ]);
  });

  it("reports each feature once, at its first line", () => {
    const a = analyzeCode("a = 1_0\nb = 2_0\nc = 3_0\n");
    expect(a.requirements).toHaveLength(1);
    expect(a.requirements[0]?.line).toBe(1);
  });

  it("code needing nothing beyond Python 3.0 has no requirements", () => {
    const a = analyzeCode("def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n");
    expect(a).toEqual({ requirements: [], python2: [], syntaxErrors: [], notCode: false });
  });
});

describe("snippets and fragments", () => {
  it("a lone case clause is read as part of a match statement", () => {
    const a = analyzeCode("case _:");
    expect(a.minVersion).toBe("3.10");
    expect(a.requirements[0]?.line).toBe(1);
    expect(a.syntaxErrors).toEqual([]);
  });

  it("a piece cut out of a call gets the partners of its unpaired brackets back", () => {
    const closer = analyzeCode("{**merged[i], **merged[i - 1]})");
    expect(closer.minVersion).toBe("3.5");
    expect(closer.syntaxErrors).toEqual([]);
    expect(analyzeCode("print(f'{x=}'").minVersion).toBe("3.8");
    // A closer that is not its opener's partner is the asker's own syntax error.
    expect(analyzeCode("(1, 2]").syntaxErrors).toEqual([1]);
  });

  it("the tail of a raise cut off above, ending in from, is read as that raise", () => {
    const a = analyzeCode('"Path could not be created: {}".format(error)) from error');
    expect(a.python3Syntax?.[0]?.featureId).toBe("exception-chaining");
    expect(a.syntaxErrors).toEqual([]);
  });

  it("a lone except* clause or block header is completed before analysis", () => {
    expect(analyzeCode("except* ValueError:").minVersion).toBe("3.11");
    expect(analyzeCode("def f[T](x: T):").minVersion).toBe("3.12");
    expect(analyzeCode("match command:").minVersion).toBe("3.10");
  });

  it("code pasted from inside a block keeps its line numbers", () => {
    const a = analyzeCode("        x = 1\n        if (y := x):\n            pass\n");
    expect(a.requirements[0]).toMatchObject({ featureId: "walrus", line: 2 });
    expect(a.syntaxErrors).toEqual([]);
  });

  it("Windows line endings change nothing", () => {
    expect(analyzeCode("x = 1\r\nif (y := x):\r\n    pass\r\n").requirements[0]?.line).toBe(2);
  });
});
