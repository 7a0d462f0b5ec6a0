import { describe, expect, it } from "vitest";
import { extractCode } from "../../src/code/extract-code.ts";

describe("finding code in a chat message", () => {
  it("takes an exception printed in backticks for no annotated name", () => {
    const told = "the fallback `locals()['validate']` worked, now it fails with `KeyError: 'validate'`";
    expect(extractCode(told)?.code).toBe("locals()['validate']");
  });

  it("ends a bracket a cut paste left open at the asker's out-dented prose after a blank line", () => {
    const told = "  assert(\n\nI believe the syntax has changed, the correct way is `assert x, msg` instead";
    expect(extractCode(told)?.code).not.toContain("I believe");
    // A docstring's sentences after a blank line stay at its indentation and stay in the code.
    const docstring =
      'def f():\n    """Sum it.\n\n    The numbers are added in order.\n    """\n    return 1';
    expect(extractCode(docstring)?.code).toContain("The numbers are added in order.");
  });

  it("takes a string prefix the asker set in bold for the prefix", () => {
    const told = "You have a syntax problem in line 16.\n    result.append(**f**'Core {count}: ' + x)";
    expect(extractCode(told)?.code).toContain("result.append(f'Core {count}: ' + x)");
  });

  it("takes Python 2's print to a file for a line of code", () => {
    expect(extractCode("print >>p.stdin, msg")?.code).toBe("print >>p.stdin, msg");
    expect(extractCode("print >> the printer, then stop")).toBeUndefined();
  });

  it("takes the line a notebook's traceback marks without its arrow and number", () => {
    const told = "does not run on python3:\n--> 226     for key_1, key_2 in pairs_dict.iteritems():";
    expect(extractCode(told)?.code).toBe("for key_1, key_2 in pairs_dict.iteritems():");
  });

  it("takes a file and line in backticks for a place, not an annotated name", () => {
    const told = "a SyntaxError occurs from a Unicode literal at ``click/utils.py:301``:\nfile.write(u'\\n')";
    expect(extractCode(told)?.code).toBe("file.write(u'\\n')");
  });

  it("reads a line of words with code in backticks as words around quoted code", () => {
    const told =
      "yapf fails to parse legal `@lambda _: _()` decorator\nlib2to3.pgen2.parse.ParseError: bad input: type=1, value='lambda'";
    expect(extractCode(told)?.code).toBe("@lambda _: _()");
  });

  it("keeps of a session pasted from the prompt only the lines typed, not their output", () => {
    const session = [
      "When using Python 3.10, in `python -Wd`:",
      ">>> from kafka import KafkaConsumer",
      "<frozen importlib._bootstrap>:914: ImportWarning: Finder.find_spec() not found; falling back to find_module()",
    ].join("\n");
    expect(extractCode(session)?.code).toBe("from kafka import KafkaConsumer");
  });

  it("takes the code a system log quotes without the log's stamp, host and process", () => {
    const logged =
      "I get this:\nAug 21 12:28:30 raspberrypi web[1869]:     if found := match(pattern, line):\nAug 21 12:28:30 raspberrypi web[1869]: SyntaxError: invalid syntax";
    expect(extractCode(logged)?.code).toBe("    if found := match(pattern, line):");
  });

  it("takes a fenced python block and keeps the question around it", () => {
    const message = "does this run on 3.8?\n```python\nmatch x:\n    case 1:\n        pass\n```\nthanks";
    expect(extractCode(message)).toEqual({
      code: "match x:\n    case 1:\n        pass",
      prose: "does this run on 3.8?\nthanks",
    });
  });

  it("takes unlabelled and ~~~ fences, and a fence left open", () => {
    expect(extractCode("```\nx: int = 1\n```")?.code).toBe("x: int = 1");
    expect(extractCode("~~~py\nimport tomllib\n~~~")?.code).toBe("import tomllib");
    expect(extractCode("is this ok?\n```python\nunclosed = True\n")?.code).toBe("unclosed = True");
  });

  it("keeps only what was typed in an interactive session", () => {
    const message = "```pycon\n>>> x = 1\n>>> print(f'{x=}')\nx=1\n```";
    expect(extractCode(message)?.code).toBe("x = 1\nprint(f'{x=}')");
  });

  it("ignores fences of other languages and tracebacks", () => {
    expect(extractCode("```js\nconst x = 1;\n```")).toBeUndefined();
    expect(
      extractCode('```\nTraceback (most recent call last):\n  File "x.py", line 1\n```'),
    ).toBeUndefined();
  });

  it("takes inline code that is code, leaving names to the name questions", () => {
    expect(extractCode("what version supports `case _:`?")).toEqual({
      code: "case _:",
      prose: "what version supports?",
    });
    expect(extractCode("does `int | None` work in 3.9?")?.code).toBe("int | None");
    expect(extractCode("is `breakpoint()` available in 3.6?")?.code).toBe("breakpoint()");
    expect(extractCode("is `math.isqrt` in 3.7?")).toBeUndefined();
    expect(extractCode("what does `except*` do")).toBeUndefined();
    // A command's option is no Python.
    expect(extractCode("not compiled with `--enable-experimental-jit=yes-off`")).toBeUndefined();
    expect(extractCode("run it with `-X perf`")).toBeUndefined();
    // Nor is a tool's message, though it parses as an annotated name.
    expect(extractCode("pip stops with `error: externally-managed-environment`")).toBeUndefined();
    expect(extractCode("`x: int = 1` fails on 3.5")?.code).toBe("x: int = 1");
  });

  it("wraps an inline expression that is only valid in brackets", () => {
    expect(extractCode("can I use `x := 1` in python 3.7?")?.code).toBe("(x := 1)");
  });

  it("completes a statement's header quoted without its body", () => {
    expect(extractCode("can i do `def f[T](x: T) -> T` in 3.11")?.code).toBe("def f[T](x: T) -> T: ...");
    expect(extractCode("is `class Box[T]` valid in 3.11")?.code).toBe("class Box[T]: ...");
  });

  it("takes a message that is itself code", () => {
    const code = "def f(a, /, b):\n    return a + b";
    expect(extractCode(code)).toEqual({ code, prose: "" });
    expect(extractCode("import tomllib")?.code).toBe("import tomllib");
    expect(extractCode("if (n := len(a)) > 10:")?.code).toBe("if (n := len(a)) > 10:");
    expect(extractCode("print 'hello'")?.code).toBe("print 'hello'");
    // Where a code search found a line is no part of it.
    expect(extractCode("src/app.py:12:    x: int = f(y)")?.code).toBe("x: int = f(y)");
  });

  it("never takes a decorator's name with words after it for code", () => {
    expect(extractCode("@override decorator typing 3.11 missing")).toBeUndefined();
    expect(extractCode("@functools.cache\ndef f(): ...")?.code).toBe("@functools.cache\ndef f(): ...");
    // A mention and words in any language after it.
    expect(extractCode("x: int = 1\n@zhaobenx 你好，这句话报语法错误")?.code).toBe("x: int = 1");
  });

  it("ends a line of code at a dash between spaces, but not a sentence or a comment", () => {
    expect(extractCode("x = compute(a)  # fast path — see below\ny: int = 2")?.code).toBe(
      "x = compute(a)  # fast path — see below\ny: int = 2",
    );
    expect(
      extractCode("self._keypoints1:List[cv2.KeyPoint] = None — 这句话报语法错误，我是python3.5的")?.code,
    ).toBe("self._keypoints1:List[cv2.KeyPoint] = None");
    // Words and quoted names before the dash are a title: only the quoted calls are code.
    expect(extractCode("`__anext__` to `anext()` — Python 3.10 has a new `anext()` awaitable")?.prose).toBe(
      "`__anext__` to — Python 3.10 has a new awaitable",
    );
  });

  it("never takes a word and a comment after it for code, though Python parses it", () => {
    expect(extractCode("Refs #4211 -- Used os.scandir() instead of os.listdir() (x = 1)")).toBeUndefined();
    expect(extractCode("x = f(a)  # keeps the comment")?.code).toBe("x = f(a)  # keeps the comment");
  });

  it("takes a pasted module whole, docstrings and comments included", () => {
    const module = [
      '"""Helpers for the inventory.',
      "",
      "The loader reads one item per line; see `Item` for the fields.",
      '"""',
      "import tomllib",
      "",
      "",
      "def load(path):",
      "    # Read the whole file: it is small.",
      "    with open(path, 'rb') as fh:",
      "        return tomllib.load(fh)",
    ].join("\n");
    expect(extractCode(module)).toEqual({ code: module, prose: "" });
  });

  it("splits code from the sentences before and after it", () => {
    const message = "Here is my code:\nimport math\nx = math.isqrt(10)\nwhy does it fail on 3.7?";
    expect(extractCode(message)).toEqual({
      code: "import math\nx = math.isqrt(10)",
      prose: "Here is my code:\nwhy does it fail on 3.7?",
    });
  });

  it("a plain English question is not code", () => {
    expect(extractCode("which version added the walrus operator?")).toBeUndefined();
    expect(extractCode("is math.prod available in 3.7")).toBeUndefined();
    expect(extractCode("for example, what does this do?")).toBeUndefined();
    expect(extractCode("Python 3.12 release date")).toBeUndefined();
    expect(extractCode("nonlocal statement")).toBeUndefined();
  });

  it("a lone dotted name is not code", () => {
    expect(extractCode("functools.cache")).toBeUndefined();
    expect(extractCode("os.PathLike and __fspath__")).toBeUndefined();
  });

  it("a lone call counts as code only when it needs something", () => {
    expect(extractCode("zip(strict=True)")?.code).toBe("zip(strict=True)");
    expect(extractCode("frobnicate(strict=True)")).toBeUndefined();
    expect(extractCode("Drop remaining use of `os.walk()`: Python 3.12 has `Path.walk()`.")).toBeUndefined();
    expect(extractCode("does `zip(strict=True)` work on 3.9")?.code).toBe("zip(strict=True)");
    // What a later release refuses dates the call as much as what an earlier one added.
    expect(extractCode('this fails on 3.11: `re.compile("a(?i)b")`')?.code).toBe('re.compile("a(?i)b")');
  });

  it("takes a requirement in backticks for text, not a comparison", () => {
    expect(extractCode("`tomllib` not supported in `python<3.11`")).toBeUndefined();
    expect(extractCode("the project supports `python >=3.7`")).toBeUndefined();
  });

  it("Markdown prose with links and inline names is not code", () => {
    expect(
      extractCode("Some *text* with [links](http://example.com) and `code`.\n\n- item one\n- item two"),
    ).toBeUndefined();
  });

  it("a long sentence in another language with code in backticks is prose, its spans the code", () => {
    const message =
      "De lo que entendí del código es que busca `b0.dll` en mi directorio de trabajo, pero una posible solución era hacer `os.add_dll_directory(dll_base_path)` en el programa";
    expect(extractCode(message)?.code).toBe("os.add_dll_directory(dll_base_path)");
  });

  it("a traceback's quoted lines are not taken for the code", () => {
    const message =
      "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    import tomllib\nModuleNotFoundError: No module named 'tomllib'";
    expect(extractCode(message)?.code ?? "").not.toMatch(/File|Traceback|ModuleNotFoundError/);
  });

  it("takes a fence that chat joined onto the question's line", () => {
    const found = extractCode("does this run on 3.8? ```python\nif (n := len(a)) > 3:\n    pass\n```");
    expect(found?.code).toBe("if (n := len(a)) > 3:\n    pass");
    expect(found?.prose).toMatch(/does this run on 3\.8\?/);
  });

  it("reads a Markdown label in bold as prose, not as `**` unpacking", () => {
    expect(
      extractCode(
        "Tests fail on 3.5.\n**Expected behavior:** Tests should pass always\n**Actual behavior:** Tests sometimes fail",
      ),
    ).toBeUndefined();
  });

  it("takes code written into a sentence without backticks when it needs a release", () => {
    expect(extractCode("Python 3.8 does not support list[JobEntry] for type hint")?.code).toBe(
      "list[JobEntry]",
    );
    expect(extractCode("3.8 won't take syntax like this: with (ctx1, ctx2): .")?.code).toBe(
      "with (ctx1, ctx2):",
    );
    expect(extractCode("can i write int | None on 3.8")?.code).toBe("int | None");
    expect(extractCode("what's the difference between list[int] and List[int]?")?.code).toBe("list[int]");
    // An f-string holding the other quote inside its braces is one f-string.
    expect(extractCode(`Erro de sintaxe na linha 9. f"Total: {row['total']}" SyntaxError`)?.code).toBe(
      `f"Total: {row['total']}"`,
    );
    // A class head with type parameters written into a sentence, its bases cut off or not.
    expect(extractCode("class Box[T] : python 3.8 不支持此语法")?.code).toBe("class Box[T] :");
    expect(
      extractCode("fails due to invalid syntax in catalog.py:\n    class Catalog[T](Base, Tool")?.code,
    ).toBe("class Catalog[T]: ...");
    // So is one holding its own quote escaped.
    expect(
      extractCode("a syntax error at line 31: f.write(f'v = \\'{v}\\'\\n'). Using Python 3.5.2")?.code,
    ).toBe("f'v = \\'{v}\\'\\n'");
    // A printed list of one-letter strings holds no f-string: the `f` is a string's text.
    expect(extractCode("splits into ['', '#', 'd', 'e', 'f', 'i', 'n', 'e'] on 3.7")).toBeUndefined();
    // An input method's typographic closing quote still closes the f-string it ends.
    expect(extractCode('SyntaxError:invalid syntax 中的f"conv_{module_i}“ 出现该错误')?.code).toBe(
      'f"conv_{module_i}"',
    );
    expect(extractCode('a syntax error with something like this: x = u"Hello world"')?.code).toBe(
      'u"Hello world"',
    );
    expect(extractCode("Line 251: self._lookup = { **word_idx } # deal with null cases")?.code).toBe(
      "{ **word_idx }",
    );
    // A line typed at the prompt, dated by what it needs or by what a later release forbids.
    expect(extractCode("not raising exception on the expression? >>> a : 2 >>> I'd expect")?.code).toBe(
      "a : 2",
    );
    expect(extractCode("These examples illustrate: >>> [(yield x) for x in ('a','b')]")?.code).toBe(
      "[(yield x) for x in ('a','b')]",
    );
    expect(
      extractCode("For versions < 3.7: from __future__ import unicode_literals, annotations")?.code,
    ).toBe("from __future__ import unicode_literals, annotations");
  });

  it("takes a time, offset or version in backticks for text, not code", () => {
    expect(extractCode("`fromisoformat` requires `+00:00` instead of `Z`")).toBeUndefined();
    expect(extractCode("valid ISO-8601 dates e.g. `2021-05-14T10:35:00Z` throw an error")).toBeUndefined();
  });

  it("leaves a sentence about a call that happens to parse as an expression", () => {
    expect(extractCode("ssl.match_hostname() is deprecated")).toBeUndefined();
    expect(extractCode("locale.getdefaultlocale() is not available")).toBeUndefined();
    expect(extractCode("x = f() if y is None else z")?.code).toBe("x = f() if y is None else z");
  });

  it("leaves words that only look like code in a sentence", () => {
    expect(extractCode("Switch from using Union to | in type annotations")).toBeUndefined();
    expect(extractCode("see items[0] for the first one")).toBeUndefined();
  });

  it("leaves a test's id and the strings a failed assertion compares", () => {
    expect(
      extractCode(
        "FAILED tests/test_types.py::test_union[str | int-Union[str, int]] - AssertionError: assert 'str | int' == 'Union[str, int]'",
      ),
    ).toBeUndefined();
    expect(extractCode("this fails on 3.9: x: str | int = 1")?.code).toBe("str | int");
  });

  it("takes a line whose English-looking word is a variable with an attribute for code", () => {
    expect(extractCode("It fails on this line:\n  for node in root.getchildren():")?.code.trim()).toBe(
      "for node in root.getchildren():",
    );
  });
});
