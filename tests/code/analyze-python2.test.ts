import { describe, expect, it } from "vitest";
import { analyzeCode } from "../../src/code/analyze.ts";

const python2 = (code: string): string[] => analyzeCode(code).python2.map((r) => r.featureId ?? r.api ?? "");

describe("Python 2 code", () => {
  it("print statements are Python 2, with their lines", () => {
    const a = analyzeCode('import sys\nprint "a", "b"\nprint >>sys.stderr, "x"\n');
    expect(a.python2).toEqual([
      {
        version: "2",
        what: "the `print` statement",
        line: 2,
        featureId: "print-statement",
        pep: 3105,
        url: "https://docs.python.org/3/whatsnew/3.0.html#print-is-a-function",
      },
    ]);
    expect(a.requirements).toEqual([]);
    expect(a.syntaxErrors).toEqual([]);
  });

  it("print() with its keyword arguments is syntax only Python 3 accepts", () => {
    const a = analyzeCode("import sys\nprint(msg, file=sys.stderr)\n");
    expect(a.requirements).toEqual([]);
    expect(a.python3Syntax?.map((r) => r.featureId)).toEqual(["print-function"]);
    expect(analyzeCode("print(msg)\n").python3Syntax).toBeUndefined();
  });

  it("keyword-only parameters, after a bare star or a starred one, are syntax only Python 3 accepts", () => {
    const ids = (code: string) => analyzeCode(code).python3Syntax?.map((r) => r.featureId);
    expect(ids("def f(a, *, b=False):\n    pass\n")).toEqual(["keyword-only-args"]);
    expect(ids("def f(*args, key=1):\n    pass\n")).toEqual(["keyword-only-args"]);
    expect(ids("def f(*args, **kw):\n    pass\n")).toBeUndefined();
  });

  it("starred targets and nonlocal are syntax only Python 3 accepts", () => {
    const ids = (code: string) => analyzeCode(code).python3Syntax?.map((r) => r.featureId);
    expect(ids("first, *rest = items\n")).toEqual(["extended-unpacking"]);
    expect(ids("for *box, conf, cls in rows:\n    pass\n")).toEqual(["extended-unpacking"]);
    expect(ids("def outer():\n    x = 1\n    def inner():\n        nonlocal x\n")).toEqual(["nonlocal"]);
    // A star in the value unpacks (3.5), it binds nothing.
    expect(ids("merged = [*a, *b]\n")).toBeUndefined();
    // Targets quoted without the value they were assigned are targets still; a call's star is not.
    expect(ids("username, domain, *_\n")).toEqual(["extended-unpacking"]);
    expect(ids("print(*args)\n")).toBeUndefined();
  });

  it("function annotations and raise … from are syntax only Python 3 accepts", () => {
    const ids = (code: string) => analyzeCode(code).python3Syntax?.map((r) => r.featureId);
    expect(ids("def hex2bin(hexstr: str) -> str:\n    pass\n")).toEqual(["function-annotations"]);
    expect(ids("def size() -> int:\n    pass\n")).toEqual(["function-annotations"]);
    expect(ids("raise ConfigError(str(err)) from err\n")).toEqual(["exception-chaining"]);
    // `from None` is 3.3's, dated with the requirements.
    expect(ids("raise KeyError(key) from None\n")).toBeUndefined();
    expect(ids("def f(a, b=1):\n    pass\n")).toBeUndefined();
  });

  it("exec statements, backticks and <> are Python 2", () => {
    expect(python2('exec "x = 1" in ns\n')).toEqual(["exec-statement"]);
    expect(python2("s = `x`\n")).toEqual(["backticks"]);
    expect(python2("if a <> b:\n    pass\n")).toEqual(["ne-operator-diamond"]);
  });

  it("a lone backtick is the asker's markup, not Python 2's repr", () => {
    expect(python2('` File "app.py", line 165, in get_lines\n    return open(path).read()\n')).toEqual([]);
  });

  it("a lambda taking a tuple is Python 2's, not an annotated tuple", () => {
    const a = analyzeCode("lambda (group_id, scores): group_id != group.id,\n");
    expect(a.python2.map((r) => r.featureId)).toEqual(["tuple-parameters"]);
    expect(a.requirements.map((r) => r.featureId)).not.toContain("variable-annotations");
  });

  it("old exception syntax is Python 2", () => {
    expect(python2("try:\n    pass\nexcept ValueError, e:\n    pass\n")).toEqual(["except-comma"]);
    expect(python2("try:\n    pass\nexcept (IOError, OSError), err:\n    pass\n")).toEqual(["except-comma"]);
    expect(python2('raise ValueError, "bad"\n')).toEqual(["raise-comma"]);
  });

  it("old literals are Python 2", () => {
    expect(python2("mode = 0777\n")).toEqual(["legacy-octal"]);
    expect(python2("n = 10L\n")).toEqual(["long-suffix"]);
    expect(python2('s = ur"x"\n')).toEqual(["ur-strings"]);
    expect(python2("x = 0o777 + 00 + 0.5 + 0e1\n")).toEqual([]);
  });

  it("tuple parameters are Python 2", () => {
    expect(python2("def f(a, (b, c)):\n    pass\n")).toEqual(["tuple-parameters"]);
    expect(python2("total = sum(map(lambda (start, end): end - start, spans))\n")).toEqual([
      "tuple-parameters",
    ]);
    expect(python2("total = sum(map(lambda span: span[1] - span[0], spans))\n")).toEqual([]);
  });

  it("a list comprehension over a bare tuple is Python 2, one over a bracketed tuple is not", () => {
    expect(python2("names = [n.strip() for n in first, second]\n")).toEqual(["comprehension-bare-tuple"]);
    expect(python2("if user in [n.strip() for n in a(1), a(2)]:\n    pass\n")).toEqual([
      "comprehension-bare-tuple",
    ]);
    expect(python2("names = [n.strip() for n in (first, second)]\n")).toEqual([]);
  });

  it("Python 2 modules and built-ins are Python 2, naming their Python 3 replacement", () => {
    const a = analyzeCode("import urllib2\nif isinstance(s, unicode):\n    pass\n");
    expect(a.python2.map((r) => r.what)).toEqual([
      "the urllib2 module (Python 3 has urllib.request)",
      "unicode (Python 3 has str)",
    ]);
  });

  it("Python 3 names that look like Python 2 are not", () => {
    expect(python2("print = logger.info\nfile = open(p)\nfile.read()\nprint(x)\n")).toEqual([]);
    // A module is never called: `repr(i)` is the built-in, not Python 2's `repr` module.
    expect(python2('print(f"{repr(i)}")\n')).toEqual([]);
    expect(python2("import repr\n")).toEqual(["repr"]);
  });

  it("a whole Python 2 file is reported construct by construct", () => {
    const code = [
      "import urllib2",
      "class Fetcher(object):",
      "    def get(self, url):",
      '        print "fetching %s" % url',
      "        try:",
      "            return urllib2.urlopen(url)",
      "        except urllib2.URLError, e:",
      "            print >>sys.stderr, e",
      "        return {}.has_key(url)",
      "",
    ].join("\n");
    const a = analyzeCode(code);
    expect(a.python2.map((r) => [r.featureId ?? r.api, r.line])).toEqual([
      ["urllib2", 1],
      ["print-statement", 4],
      ["except-comma", 7],
      ["dict.has_key", 9],
    ]);
    expect(a.syntaxErrors).toEqual([]);
  });

  it("a script of print statements full of sentences is still code", () => {
    const code =
      'print "Please enter the name of the file you want to open"\nname = raw_input()\nprint "Thanks, we will now open it for you"\n';
    const a = analyzeCode(code);
    expect(a.notCode).toBe(false);
    expect(a.python2.map((r) => r.featureId)).toEqual(["print-statement"]);
  });

  it("`async` as a name is reported as rejected since 3.7", () => {
    const a = analyzeCode("def connect(async=False):\n    pass\n");
    expect(a.removed).toEqual([
      expect.objectContaining({ version: "3.7", featureId: "async-keywords", line: 1 }),
    ]);
    expect(a.syntaxErrors).toEqual([]);
  });

  it("`yield` inside a comprehension is reported as rejected since 3.8, inside a nested function not", () => {
    const a = analyzeCode("def f(xs):\n    return [(yield x) for x in xs]\n");
    expect(a.removed).toEqual([
      expect.objectContaining({ version: "3.8", featureId: "yield-in-comprehension", line: 2 }),
    ]);
    expect(analyzeCode("[(lambda: (yield)) for x in xs]\n").removed).toBeUndefined();
  });

  it("an unparenthesized `lambda` as a comprehension's condition is reported as rejected since 3.9", () => {
    for (const code of ["n = sum(x for x in xs if lambda y: y)\n", "ys = [x for x in xs if lambda: x]\n"])
      expect(analyzeCode(code).removed).toEqual([
        expect.objectContaining({ version: "3.9", featureId: "lambda-in-comprehension-if", line: 1 }),
      ]);
    // Parenthesized, or the value of a conditional expression, it is valid everywhere.
    expect(analyzeCode("ys = [x for x in xs if (lambda: x)]\n").removed).toBeUndefined();
    expect(analyzeCode("ys = [a if lambda: x else b for x in xs]\n").removed).toBeUndefined();
  });

  it("a global inline flag after a pattern's start is reported as rejected since 3.11, one at the start not", () => {
    expect(analyzeCode("tag = re.compile(r'<(.+?)>.*?</.+?>(?is)')\n").removed).toEqual([
      expect.objectContaining({ version: "3.11", featureId: "regex-global-flags-first", line: 1 }),
    ]);
    expect(analyzeCode("tag = re.compile(r'(?is)<(.+?)>')\n").removed).toBeUndefined();
    // A scoped flag may stand anywhere.
    expect(analyzeCode("tag = re.search(r'<(?i:b)>', s)\n").removed).toBeUndefined();
  });

  it("the `'U'` mode of `open()` is reported as rejected since 3.11, other modes not", () => {
    expect(analyzeCode('with open(base + ".txt", "rbU") as f:\n    pass\n').removed).toEqual([
      expect.objectContaining({ version: "3.11", featureId: "open-u-mode", line: 1 }),
    ]);
    expect(analyzeCode('with open(path, "rb") as f:\n    pass\n').removed).toBeUndefined();
  });

  it("`@classmethod` stacked on `@property` is reported as taken away in 3.13, on a function not", () => {
    const chained =
      "class Config:\n    @classmethod\n    @property\n    def name(cls):\n        return cls.__name__\n";
    expect(analyzeCode(chained).removed).toEqual([
      expect.objectContaining({ version: "3.13", featureId: "classmethod-descriptors", line: 2 }),
    ]);
    const plain =
      "class Config:\n    @classmethod\n    @functools.cache\n    def name(cls):\n        return 1\n";
    expect(analyzeCode(plain).removed).toBeUndefined();
  });
});
