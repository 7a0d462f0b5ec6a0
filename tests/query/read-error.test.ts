import { describe, expect, it } from "vitest";
import { readError, standardFrame } from "../../src/query/read-error.ts";

describe("readError", () => {
  it("reads the code a system log quotes without the log's stamp, host and process", () => {
    const logged = [
      "Aug 21 12:28:30 raspberrypi web[1869]:     if found := match(pattern, line):",
      "Aug 21 12:28:30 raspberrypi web[1869]:                      ^",
      "Aug 21 12:28:30 raspberrypi web[1869]: SyntaxError: invalid syntax",
    ].join("\n");
    expect(readError(logged)?.code).toEqual(["if found := match(pattern, line):"]);
  });

  it("reads a call missing required positional arguments as a call of the wrong arity", () => {
    expect(
      readError("TypeError: format_exception() missing 2 required positional arguments: 'value' and 'tb'")
        ?.subject,
    ).toEqual({ kind: "arity", callable: "format_exception" });
  });

  it("reads the compiler's f-string message as a syntax error whatever exception wraps it", () => {
    expect(readError("RuntimeError: Error: f-string: unmatched '[' (panel.py, line 94)")?.subject).toEqual({
      kind: "syntax",
      message: "f-string: unmatched '[' (panel.py, line 94)",
    });
  });

  it("ends a message where a traceback pasted onto the same line goes on", () => {
    const flat =
      're.error: bad escape \\d at position 2   File "/usr/lib/python3.10/sre_parse.py", line 1051, in parse_template';
    expect(readError(flat)?.message).toBe("bad escape \\d at position 2");
    expect(readError("ValueError: bad value Traceback (most recent call last): x")?.message).toBe(
      "bad value",
    );
  });

  it("reads a frame without a function, cut before the error's line, as a syntax error", () => {
    const cut = 'I get this:\n  File "./git-graph", line 34\n    print(message, file=sys.stderr)\nOn 3.4.2';
    expect(readError(cut)).toMatchObject({
      exception: "SyntaxError",
      subject: { kind: "syntax" },
      code: ["print(message, file=sys.stderr)"],
    });
    // A run's frame names its function: the paste stops short of whatever it raised.
    expect(readError('  File "app.py", line 3, in <module>\n    main()')).toBeUndefined();
  });

  it("reads an exception's name and message marked as code together without their colon", () => {
    expect(readError("`SyntaxWarning invalid escape sequence` messages show on Python 3.12")).toMatchObject({
      exception: "SyntaxWarning",
      message: "invalid escape sequence",
    });
  });

  it("reads a warning's message wrapped onto the indented lines below it", () => {
    const wrapped = [
      "warnings in the suite",
      "  db.py:287: DeprecationWarning: The default",
      "  datetime adapter is deprecated as of Python 3.12; see the docs",
      "  Docs: https://docs.pytest.org/",
    ].join("\n");
    expect(readError(wrapped)?.message).toBe(
      "The default datetime adapter is deprecated as of Python 3.12; see the docs",
    );
  });

  it("reads the path object open() refused before 3.6, with its path or without", () => {
    for (const said of [
      "TypeError: invalid file: WindowsPath('C:/x.txt')",
      "TypeError: invalid file: PosixPath",
    ])
      expect(readError(said)?.subject).toEqual({
        kind: "value",
        type: said.includes("Posix") ? "PosixPath" : "WindowsPath",
      });
  });

  it("reads the compiler's missing-comma warning as no value met at run time", () => {
    for (const said of [
      "notes.py:207: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?",
      "x.py:3: SyntaxWarning: 'tuple' object is not subscriptable; perhaps you missed a comma?",
    ]) {
      const reading = readError(said);
      expect(reading?.exception).toBe("SyntaxWarning");
      expect(reading?.subject).toBeUndefined();
    }
    // The same words without the hint are a value the code met.
    expect(readError("TypeError: 'str' object is not callable")?.subject).toEqual({
      kind: "value",
      type: "str",
    });
  });

  it("reads the source line above a SyntaxError's caret, however the paste indented it", () => {
    const pasted =
      'For this line getting error:\nprint(chr(x), end="")\n                     ^\nSyntaxError: invalid syntax';
    expect(readError(pasted)?.code).toEqual(['print(chr(x), end="")']);
    // Without a caret, an unindented line above is the asker's own words.
    expect(readError("I ran it\nSyntaxError: invalid syntax")?.code).toEqual([]);
  });

  it("reads a missing module from a lone message", () => {
    expect(readError("ModuleNotFoundError: No module named 'tomllib'")?.subject).toEqual({
      kind: "module",
      module: "tomllib",
    });
    // German quotes, low and high, as a keyboard set to German types them.
    expect(readError("ModuleNotFoundError: No module named ‚ConfigParser‘")?.subject).toEqual({
      kind: "module",
      module: "ConfigParser",
    });
  });

  it("takes the word before 'module could not be found' for no module's name", () => {
    expect(
      readError("ImportError: DLL load failed: The specified module could not be found.")?.subject,
    ).toBeUndefined();
  });

  it("reads a module's own lower-case error class as the exception", () => {
    const reading = readError("re.error: global flags not at the start of the expression at position 26");
    expect(reading?.exception).toBe("error");
    expect(reading?.message).toBe("global flags not at the start of the expression at position 26");
    // Not the word in a sentence.
    expect(readError("there is an error: it fails")).toBeUndefined();
  });

  it("reads the attribute a module or an object lacks", () => {
    expect(readError("AttributeError: module 'math' has no attribute 'prod'")?.subject).toEqual({
      kind: "attribute",
      owner: "math",
      ownerIs: "module",
      name: "prod",
    });
    expect(readError("AttributeError: 'str' object has no attribute 'removeprefix'")?.subject).toMatchObject({
      owner: "str",
      ownerIs: "object",
      name: "removeprefix",
    });
    expect(readError('PosixPath does not have an attribute "walk"')?.subject).toMatchObject({
      owner: "PosixPath",
      name: "walk",
    });
    // As pylint says it.
    expect(readError("Module 'asyncio' has no 'run' member in Python 3.6")?.subject).toEqual({
      kind: "attribute",
      owner: "asyncio",
      ownerIs: "module",
      name: "run",
    });
    // Retold without "object", a class's name before it.
    expect(readError("Python 3.5.3 ... PosixPath has no attribute `rfind`")?.subject).toMatchObject({
      owner: "PosixPath",
      ownerIs: "object",
      name: "rfind",
    });
    // Retold, with the sentence's full stop after the name.
    expect(readError("Shlex has not attribute join. Am I missing something?")?.subject).toMatchObject({
      owner: "Shlex",
      name: "join",
    });
  });

  it("reads an error quoted in corner brackets to the closing bracket", () => {
    expect(readError("実行時 「SyntaxWarning: invalid escape sequence '\\.'」 が表示された")).toMatchObject({
      exception: "SyntaxWarning",
      message: "invalid escape sequence '\\.'",
    });
  });

  it("reads a missing module retold in words, but not a word standing where its name goes", () => {
    expect(readError("`uu` module not found")?.subject).toEqual({ kind: "module", module: "uu" });
    expect(readError("the distutils module no longer exists in 3.12?")?.subject).toEqual({
      kind: "module",
      module: "distutils",
    });
    expect(readError("the module is not found")).toBeUndefined();
    expect(readError("with python 3.13, smtpd module seems not available")?.subject).toEqual({
      kind: "module",
      module: "smtpd",
    });
  });

  it("reads the module an older Python left out of its message from the call written beside it", () => {
    expect(
      readError("`subprocess.run(...)` AttributeError: 'module' object has no attribute 'run'")?.subject,
    ).toEqual({ kind: "attribute", owner: "subprocess", ownerIs: "module", name: "run" });
  });

  it("reads names that cannot be imported, with and without their module", () => {
    expect(
      readError("ImportError: cannot import name 'Protocol' from 'typing' (/usr/lib/python3.7/typing.py)"),
    ).toMatchObject({
      subject: { kind: "import", name: "Protocol", module: "typing" },
      running: "3.7",
    });
    expect(readError("ImportError: cannot import name 'escape'")?.subject).toEqual({
      kind: "import",
      name: "escape",
    });
    // A keyword argument quoted without its function: the dotted name the message gives.
    expect(
      readError(`"got an unexpected keyword argument 'encoding'" from json.loads deserialization`)?.subject,
    ).toEqual({ kind: "keyword", callable: "json.loads", kwarg: "encoding" });
    // A constructor's refusal names no class; the call pasted with it, passing the keyword, does.
    expect(
      readError(
        "`tmp = TemporaryDirectory(delete=False)`\nTypeError: __init__() got an unexpected keyword argument 'delete'",
      )?.subject,
    ).toEqual({ kind: "keyword", callable: "TemporaryDirectory", kwarg: "delete" });
    // An older Python names no module; the import pasted with the error does.
    expect(
      readError(
        "from contextlib import asynccontextmanager, AsyncExitStack\nImportError: cannot import name 'asynccontextmanager'",
      )?.subject,
    ).toEqual({ kind: "import", name: "asynccontextmanager", module: "contextlib" });
  });

  it("reads undefined names, unexpected keyword arguments, subscripts and operators", () => {
    expect(readError("NameError: name 'raw_input' is not defined")?.subject).toEqual({
      kind: "name",
      name: "raw_input",
    });
    expect(readError("TypeError: dataclass() got an unexpected keyword argument 'slots'")?.subject).toEqual({
      kind: "keyword",
      callable: "dataclass",
      kwarg: "slots",
    });
    // As a builtin written in C words the same refusal.
    expect(readError("TypeError: 'cmp' is an invalid keyword argument for sort()")?.subject).toEqual({
      kind: "keyword",
      callable: "sort",
      kwarg: "cmp",
    });
    expect(readError("TypeError: 'type' object is not subscriptable")?.subject).toEqual({
      kind: "subscript",
      type: "type",
    });
    expect(readError("TypeError: 'NoneType' object is not iterable")?.subject).toEqual({
      kind: "value",
      type: "NoneType",
    });
    expect(readError("TypeError: unsupported operand type(s) for |: 'dict' and 'dict'")?.subject).toEqual({
      kind: "operator",
      operator: "|",
      left: "dict",
      right: "dict",
    });
  });

  it("takes the source retold before a later SyntaxError on the same line, without its caret", () => {
    const reading = readError(
      "Does not run — SyntaxError: invalid syntax. Trying to run it results in the error: performers: Iterable[str] ^ SyntaxError: invalid syntax.",
    );
    expect(reading?.code).toEqual(["performers: Iterable[str]"]);
  });

  it("keeps an annotation's target that follows the word for error with no colon of its own", () => {
    const reading = readError(
      "Python 3.5 throws a syntax error data: np.ndarray = None ^ SyntaxError: invalid syntax",
    );
    expect(reading?.code).toEqual(["data: np.ndarray = None"]);
  });

  it("takes the last error of a traceback, the version its paths show and the code it quotes", () => {
    const traceback = [
      "Traceback (most recent call last):",
      '  File "/srv/app/main.py", line 3, in <module>',
      "    from functools import cached_property",
      '  File "/usr/lib/python3.7/functools.py", line 1, in <module>',
      "    pass",
      "ImportError: cannot import name 'cached_property' from 'functools' (/usr/lib/python3.7/functools.py)",
    ].join("\n");
    const reading = readError(`after upgrading the box I get\n${traceback}\nany idea?`);
    expect(reading?.subject).toEqual({ kind: "import", name: "cached_property", module: "functools" });
    expect(reading?.running).toBe("3.7");
    expect(reading?.code).toEqual(["from functools import cached_property", "pass"]);
  });

  it("reads a traceback pasted inside backticks", () => {
    const pasted =
      '`File "main.py", line 247\n    x = f"{d.strftime("%Y")}"\n         ^\nSyntaxError: f-string: unmatched \'(\'`';
    expect(readError(pasted)?.code).toEqual(['x = f"{d.strftime("%Y")}"']);
  });

  it("reads a notebook's marked raise line as the error when the traceback was cut before it", () => {
    const pasted =
      "[/usr/lib/python3.7/functools.py] in lru_cache(maxsize, typed)\n--> 490         raise TypeError('Expected maxsize to be an integer or None')";
    const reading = readError(pasted);
    expect(reading?.exception).toBe("TypeError");
    expect(reading?.message).toBe("Expected maxsize to be an integer or None");
    // A raise in code without the marker is the code, not the error.
    expect(readError("def f():\n    raise TypeError('bad value given here')")?.exception).not.toBe(
      "TypeError",
    );
  });

  it("reads OpenSSL's reason as the message, wherever a library wrapped it", () => {
    const pasted = `LDAPSocketOpenError: ("('socket ssl wrapping error: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:997)',)",)`;
    expect(readError(pasted)?.message).toBe(
      "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure",
    );
  });

  it("reads the source line a message retells just before its SyntaxError", () => {
    const told = readError(
      "I always get this error: match user_response.lower(): SyntaxError: invalid syntax. Any ideas?",
    );
    expect(told?.code).toEqual(["match user_response.lower():"]);
    expect(readError("why do I get SyntaxError: invalid syntax")?.code).toEqual([]);
    // A sentence that runs on after a colon is the asker's, not the line that failed.
    expect(
      readError(
        "the parser takes keyword-only args with an old target: The next line should raise SyntaxError: invalid syntax",
      )?.code,
    ).toEqual([]);
    // Code marked as such at the end of the sentence is the source, not the sentence.
    const marked = readError(
      "I am using Python 3.8 and I get this: `print(msg, file=sys.stderr)` SyntaxError: invalid syntax",
    );
    expect(marked?.code).toEqual(["print(msg, file=sys.stderr)"]);
    // An exception after a full-width colon, as Chinese reports write it, is still the error.
    expect(
      readError("运行main.py 报错：TypeError: Expected maxsize to be an integer or None")?.exception,
    ).toBe("TypeError");
    // So is code marked as such with only words of the report after it.
    expect(
      readError(
        "I tried: `if not a := say_empty():` This raises a SyntaxError: cannot use assignment expressions",
      )?.code,
    ).toEqual(["if not a := say_empty():"]);
    expect(readError("I get SyntaxError on print('a', end='')")?.code).toEqual(["print('a', end='')"]);
    // What follows a report's lead-in is the source.
    expect(
      readError("I get this when importing `plotext`: return xl, *t(ol) SyntaxError: invalid syntax")?.code,
    ).toEqual(["return xl, *t(ol)"]);
    // A title set off by a dash is no part of the source.
    expect(
      readError("invalid syntax — def list_any(tags, *, verbose=False): SyntaxError: invalid syntax")?.code,
    ).toEqual(["def list_any(tags, *, verbose=False):"]);
    expect(
      readError(
        "SyntaxError: invalid syntax on Python 3.7 — I get the following when running: from m import async",
      )?.code,
    ).toEqual(["from m import async"]);
    // The last sentence before the error, without the bracket the asker opened.
    expect(
      readError(
        "SyntaxError: invalid syntax on start.py — I am getting this... help? (match options_type: SyntaxError: invalid syntax)",
      )?.code,
    ).toContain("match options_type:");
    // A lead-in in another language, or ending on its word for error, is prose.
    expect(
      readError(
        "Ao tentar iniciar a ferramenta, sou apresentado ao seguinte erro: yield from (User.parse(u) for u in users) SyntaxError: invalid syntax",
      )?.code,
    ).toEqual(["yield from (User.parse(u) for u in users)"]);
    expect(
      readError('move.py de aşağıdaki gibi hata aldım: print(f"{repr(i)}") SyntaxError: invalid syntax')
        ?.code,
    ).toEqual(['print(f"{repr(i)}")']);
    // A print statement has no bracket to show it is code.
    expect(readError("salta este error: print '-' * 60 SyntaxError: invalid syntax")?.code).toEqual([
      "print '-' * 60",
    ]);
    // The line a report names after the file it is in, up to the report's own words.
    expect(
      readError(
        "Баг: SyntaxError: invalid syntax — code_exception.py, line 29: def f(cls: T, code: int, /) -> T: Ожидаемое поведение",
      )?.code,
    ).toContain("def f(cls: T, code: int, /) -> T:");
    // Without a colon after the line number, up to the caret.
    expect(
      readError(
        'SyntaxError: File "site-packages\\searchbox\\__init__.py", line 108 match interaction: ^ SyntaxError: invalid syntax',
      )?.code,
    ).toContain("match interaction:");
    // A colon inside a string of the source ends no lead-in.
    expect(
      readError(
        `Can we fix this — log(f"Debug mode : {'ACTIVATED' if debug else 'DEACTIVATED'}", ...) SyntaxError: invalid syntax`,
      )?.code[0],
    ).toContain('log(f"Debug mode : {');
  });

  it("ends an error quoted inside a sentence at its closing quote", () => {
    const quoted = readError(
      '[Trixie] "DeprecationWarning: There is no current event loop" due to get_event_loop()',
    );
    expect(quoted?.message).toBe("There is no current event loop");
  });

  it("takes a message written out over a later one the asker elided", () => {
    const reading = readError(
      "Fix DeprecationWarning: datetime.datetime.utcnow() is deprecated\n/load-oper-data.py:54: DeprecationWarning: ...\n  f.write(str(datetime.datetime.utcnow()))",
    );
    expect(reading?.message).toBe("datetime.datetime.utcnow() is deprecated");
  });

  it("reads the message under an exception's name set as a heading of its own, but not under Python's bare last line", () => {
    const headed = readError(
      "**DeprecationWarning**\nIt is deprecated to return a value that is not None from a test case\n**Occurrence**",
    );
    expect(headed).toMatchObject({
      exception: "DeprecationWarning",
      message: "It is deprecated to return a value that is not None from a test case",
    });
    const bare = readError(
      "    raise RuntimeError\nRuntimeError\n\nDuring handling of the above exception: ValueError: bad",
    );
    expect(bare?.message).toBe("bad");
  });

  it("takes the indented line above a SyntaxError for its source when the frame line was cut", () => {
    const reading = readError(
      'I get this error:\n    print("done", end="\\r")\n         ^\nSyntaxError: invalid syntax',
    );
    expect(reading?.code).toEqual(['print("done", end="\\r")']);
    // An unindented line above is the asker's own words.
    expect(readError("it fails with this (x):\nSyntaxError: invalid syntax")?.code).toEqual([]);
  });

  it("reads syntax errors and the line they point at, without the caret", () => {
    const reading = readError(
      '  File "x.py", line 1\n    if (n := 10) > 5:\n          ^\nSyntaxError: invalid syntax',
    );
    expect(reading?.subject).toEqual({ kind: "syntax", message: "invalid syntax" });
    expect(reading?.code).toEqual(["if (n := 10) > 5:"]);
    expect(
      readError("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(x)?")?.subject,
    ).toMatchObject({
      kind: "syntax",
      message: expect.stringMatching(/^Missing parentheses in call to 'print'/),
    });
  });

  it("finds message shapes pasted without the exception's name or in other quotes", () => {
    expect(readError("fail2ban [5004]: ERROR   No module named 'asynchat'")?.subject).toEqual({
      kind: "module",
      module: "asynchat",
    });
    expect(readError("I get `ModuleNotFoundError: No module named 'cgi'`.")?.subject).toEqual({
      kind: "module",
      module: "cgi",
    });
  });

  it("reads nothing from a question that names an exception without a message", () => {
    expect(readError("which version added ExceptionGroup")).toBeUndefined();
    expect(readError("why do I get a KeyError")).toBeUndefined();
  });

  it("reads an unknown __future__ feature as a syntax error, not as an undefined name", () => {
    expect(readError("SyntaxError: future feature annotations is not defined")?.subject).toEqual({
      kind: "syntax",
      message: "future feature annotations is not defined",
    });
  });

  it("names the standard function a traceback's last frame ran in, and nothing for a package's", () => {
    const frame = 'File "/usr/lib/python3.12/random.py", line 301, in randrange\n    istart = _index(start)';
    expect(standardFrame(frame)).toBe("random.randrange");
    expect(standardFrame('File "C:\\Python312\\Lib\\asyncio\\tasks.py", line 9, in wait')).toBe(
      "asyncio.tasks.wait",
    );
    expect(standardFrame('File "/usr/lib/python3.12/site-packages/six.py", line 3, in get')).toBeUndefined();
    expect(standardFrame(`${frame}\n  File "/home/me/app.py", line 4, in main`)).toBeUndefined();
  });

  it("takes the exception Python printed over a name the asker typed before it", () => {
    const read = readError(
      "lots of DeprecatedWarning: DeprecationWarning: Call.__init__ missing 1 required positional argument: 'func'",
    );
    expect(read?.exception).toBe("DeprecationWarning");
    expect(read?.message).toBe("Call.__init__ missing 1 required positional argument: 'func'");
  });

  it("takes the source a traceback run into one line keeps after the line number", () => {
    const read = readError(
      '运行报错: File "/srv/app/models.py", line 8 items: List[Item] = [ SyntaxError: invalid syntax',
    );
    expect(read?.code[0]).toBe("items: List[Item] = [");
  });

  it("takes a statement written right after invalid syntax, by its keyword, as the source", () => {
    expect(readError("SyntaxError: invalid syntax match command:")?.code).toContain("match command:");
    expect(readError("invalid syntax in Session.py on my box")?.code).toEqual([]);
    // Quoted, without its quotes; a string the statement ends on keeps its own.
    expect(readError('invalid syntax "match phase"')?.code).toEqual(["match phase"]);
    expect(readError('invalid syntax print "hello"')?.code).toEqual(['print "hello"']);
  });

  it("takes what follows a lead-in of several plain words and a colon for the source, contractions and all", () => {
    expect(
      readError(
        "I don't get all this, or how to fix this test: assert [m async for m in s] == [1] SyntaxError: invalid syntax",
      )?.code,
    ).toEqual(["assert [m async for m in s] == [1]"]);
    // One name before the colon is an annotation's target, part of the source.
    expect(readError("performers: Iterable[str] SyntaxError: invalid syntax")?.code).toEqual([
      "performers: Iterable[str]",
    ]);
  });

  it("takes the run of Latin text inside Chinese prose for the source", () => {
    expect(
      readError("第一次输入print'hello world.'，得到的结果是 SyntaxError: invalid syntax")?.code,
    ).toEqual(["print'hello world.'"]);
  });

  it("takes words about syntax after the error for no source, and code after it for its source", () => {
    expect(readError("SyntaxError for yield expressions inside comprehensions & genexps")?.code).toEqual([]);
    expect(readError("SyntaxError: invalid syntax on print 'hello'")?.code).toEqual(["print 'hello'"]);
  });

  it("takes the one piece of code a SyntaxError report marks in backticks for the source, wherever it stands", () => {
    expect(readError("SyntaxError: invalid syntax when running `self.run(async=True)`")?.code).toEqual([
      "self.run(async=True)",
    ]);
    // The error and the file in backticks are no code; of two pieces, which failed is not told.
    expect(
      readError("got `SyntaxError: invalid syntax` in `kfac.py`, namely `return a.t()@(a / n)`")?.code,
    ).toEqual(["return a.t()@(a / n)"]);
    expect(readError("`t = 1, *rest` works, `return 1, *rest` gives SyntaxError")?.code).toEqual([]);
  });

  it("reads a SyntaxError printed as its arguments like the traceback they stand for", () => {
    const reading = readError(
      "error in the macro <class 'SyntaxError'>: ('invalid syntax', ('C:/Macros/Grid.FCMacro', 42, 11, '    print \"grid\", size\\n'))",
    );
    expect(reading?.exception).toBe("SyntaxError");
    expect(reading?.message).toBe("invalid syntax");
    expect(reading?.code).toEqual(['print "grid", size']);
  });
});
