import { describe, expect, it } from "vitest";
import { explanationSentence } from "../../src/answer/error-answer.ts";
import { explainError } from "../../src/answer/explain-error.ts";
import { builtinApiCatalog } from "../../src/api/api-catalog.ts";
import { builtinRemovalCatalog } from "../../src/api/removal-catalog.ts";
import { languageFeature } from "../../src/code/language-features.ts";
import { PyVer } from "../../src/pyver.ts";
import { readError, shownRunning } from "../../src/query/read-error.ts";

const bot = PyVer.open({ cache: false, now: () => new Date("2026-12-04T12:00:00Z") });

const traceback37 = `Traceback (most recent call last):
  File "/home/dev/app/main.py", line 3, in <module>
    from functools import cached_property
  File "/usr/lib/python3.7/importlib/__init__.py", line 127, in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
ImportError: cannot import name 'cached_property' from 'functools' (/usr/lib/python3.7/functools.py)`;

describe("readError", () => {
  it("reads what a message says is missing, and the Python version a traceback's paths show", () => {
    const reading = readError(traceback37);
    expect(reading?.exception).toBe("ImportError");
    expect(reading?.subject).toEqual({ kind: "import", name: "cached_property", module: "functools" });
    expect(reading?.running).toBe("3.7");
    expect(reading?.code).toContain("from functools import cached_property");
  });

  it("reads the shapes Python prints", () => {
    expect(readError("AttributeError: 'str' object has no attribute 'removeprefix'")?.subject).toEqual({
      kind: "attribute",
      owner: "str",
      ownerIs: "object",
      name: "removeprefix",
    });
    expect(readError("TypeError: dataclass() got an unexpected keyword argument 'slots'")?.subject).toEqual({
      kind: "keyword",
      callable: "dataclass",
      kwarg: "slots",
    });
    expect(readError("unsupported operand type(s) for |: 'dict' and 'dict'")?.subject).toEqual({
      kind: "operator",
      operator: "|",
      left: "dict",
      right: "dict",
    });
  });

  it("holds no error for a question that only names an exception", () => {
    expect(readError("why do I get a KeyError")).toBeUndefined();
  });
});

describe("explainError", () => {
  const removals = builtinRemovalCatalog();
  const context = {
    api: builtinApiCatalog(),
    removals: (name: string) => removals.lookup(name)[0],
    removedKeywords: (kwarg: string) => ({ entries: removals.keyword(kwarg) }),
    removedArguments: (callable: string) => removals.argumentsOf(callable),
    codeNeeds: () => undefined,
  };
  const explain = (text: string) => {
    const reading = readError(text);
    return reading ? explainError(reading, context) : undefined;
  };

  it("reads one argument too many for a function a release took an argument from as that removal", () => {
    expect(
      explain("TypeError: Random.shuffle() takes 2 positional arguments but 3 were given"),
    ).toMatchObject({
      kind: "removed",
      name: "random.shuffle(random=)",
    });
    expect(explain("TypeError: foo() takes 1 positional argument but 2 were given")).toEqual({
      kind: "unexplained",
    });
  });

  it("tells an API added later, one removed, a Python 2 name and a third-party package apart", () => {
    expect(explain("No module named 'tomllib'")).toMatchObject({ kind: "added", version: "3.11" });
    expect(explain("No module named 'asynchat'")).toMatchObject({ kind: "removed", name: "asynchat" });
    expect(explain("NameError: name 'raw_input' is not defined")).toMatchObject({
      kind: "python2",
      replacement: "input",
    });
    expect(explain("No module named 'requests'")).toEqual({ kind: "third-party", name: "requests" });
  });

  it("never takes a standard-library package the facts list only by its modules for a third-party one", () => {
    expect(explain("AttributeError: module 'xml' has no attribute 'etree'")?.kind).not.toBe("third-party");
    expect(explain("AttributeError: module 'urllib' has no attribute 'urlopen'")).toMatchObject({
      kind: "python2",
      replacement: "urllib.request.urlopen",
    });
  });

  it("looks a path's methods up on the class that documents them, whatever class Python printed", () => {
    expect(explain("AttributeError: 'PosixPath' object has no attribute 'walk'")).toMatchObject({
      kind: "added",
      name: "pathlib.Path.walk",
      version: "3.12",
    });
    expect(explain("'WindowsPath' object has no attribute 'is_relative_to'")).toMatchObject({
      kind: "added",
      name: "pathlib.PurePath.is_relative_to",
      version: "3.9",
    });
  });

  it("looks a type printed by the C module behind a standard one up on the standard one", () => {
    expect(
      explain("AttributeError: '_io.TextIOWrapper' object has no attribute 'reconfigure'"),
    ).toMatchObject({
      kind: "added",
      name: "io.TextIOWrapper.reconfigure",
      version: "3.7",
    });
  });

  it("looks an interpreter object printed by its lower-case name up on the class `types` documents", () => {
    expect(explain("AttributeError: 'code' object has no attribute 'replace'")).toMatchObject({
      kind: "added",
      name: "types.CodeType.replace",
      version: "3.8",
    });
  });

  it("looks a submodule's missing name up on the package that documents it", () => {
    expect(explain("AttributeError: module 'asyncio.tasks' has no attribute 'all_tasks'")).toMatchObject({
      kind: "added",
      name: "asyncio.all_tasks",
      version: "3.7",
    });
  });

  it("dates a builtin's refusal of every keyword by the one keyword it gained", () => {
    expect(explain("TypeError: zip() takes no keyword arguments")).toMatchObject({
      kind: "added",
      name: "zip(strict=)",
      version: "3.10",
    });
    expect(explain("TypeError: len() takes no keyword arguments")).toEqual({ kind: "unexplained" });
  });

  it("reads a name quoted with a stray space inside the quotes", () => {
    expect(explain(`error "module ' asyncio' has no attribute 'coroutine'"`)).toMatchObject({
      kind: "removed",
      name: "asyncio.coroutine",
    });
  });

  it("takes a module PEP 3108 removed for Python 2, with where its uses went, not for a third-party one", () => {
    for (const [module, replacement] of [
      ["commands", "subprocess"],
      ["sha", "hashlib"],
      ["tkMessageBox", "tkinter.messagebox"],
      ["UserDict", "collections"],
    ])
      expect(explain(`ImportError: No module named ${module}`)).toMatchObject({
        kind: "python2",
        replacement,
      });
  });

  it("does not date a module Python 2 had too by a Python 2 module its uses went to", () => {
    expect(explain("ImportError: No module named 'ast'")).not.toMatchObject({ python2Name: "compiler" });
  });

  it("does not take Python 3's own spelling of a module for the Python 2 name it replaced", () => {
    expect(explain("ModuleNotFoundError: No module named 'Tkinter'")).toMatchObject({ kind: "python2" });
    expect(explain("ModuleNotFoundError: No module named 'tkinter'")).not.toMatchObject({ kind: "python2" });
  });

  it("explains a map, filter or zip object that cannot be indexed by Python 3's lazy builtins", () => {
    expect(explain("TypeError: 'map' object is not subscriptable")).toMatchObject({
      kind: "feature",
      feature: { id: "lazy-builtins" },
    });
    expect(explain("TypeError: 'range' object is not subscriptable")).toEqual({ kind: "unexplained" });
  });

  it("explains a path object open() refused by the path protocol functions took from 3.6", () => {
    expect(explain("TypeError: invalid file: PosixPath('/tmp/out.txt')")).toMatchObject({
      kind: "added",
      name: "os.PathLike",
      version: "3.6",
    });
  });

  it("explains a name imported from a submodule by its package's, unless the package had it where the error was met", () => {
    const pasted =
      "  File \"app.py\", line 2, in <module>\n    from http.server import HTTPStatus\nImportError: cannot import name 'HTTPStatus'";
    expect(explain(pasted)).toMatchObject({ kind: "added", name: "http.HTTPStatus", version: "3.5" });
    const reading = readError(pasted);
    expect(reading && explainError(reading, { ...context, metOn: "3.8" })).toEqual({ kind: "unexplained" });
  });

  it("explains a dict view that cannot be indexed by Python 3's views in place of Python 2's lists", () => {
    expect(explain("TypeError: 'dict_keys' object is not subscriptable")).toMatchObject({
      kind: "feature",
      feature: { id: "dict-lists" },
    });
    // Older releases worded it differently, and a Mapping's own views print their ABC's name.
    expect(explain("TypeError: 'KeysView' object does not support indexing")).toMatchObject({
      kind: "feature",
      feature: { id: "dict-lists" },
    });
  });

  it("explains a match object that cannot be indexed by the release its __getitem__ came in", () => {
    for (const printed of ["_sre.SRE_Match", "re.Match"])
      expect(explain(`TypeError: '${printed}' object is not subscriptable`)).toMatchObject({
        kind: "added",
        name: "re.Match.__getitem__",
        version: "3.6",
      });
  });

  it("explains a member the C type re printed before 3.7 lacks under the class the docs list it on", () => {
    expect(explain("AttributeError: '_sre.SRE_Pattern' object has no attribute 'fullmatch'")).toMatchObject({
      kind: "added",
      name: "re.Pattern.fullmatch",
      version: "3.4",
    });
  });

  it("explains a member of a standard module reached through a package that imported it", () => {
    const reading = readError(
      "AttributeError: 'module' object has no attribute 'maxint'\n>>> six.sys.maxint",
    );
    expect(reading && explainError(reading, context)).toMatchObject({ kind: "python2", name: "sys.maxint" });
  });

  it("explains nothing by a value of the wrong type, whatever the type is called", () => {
    expect(explain("TypeError: 'NoneType' object is not iterable")).toEqual({ kind: "unexplained" });
    expect(explain("TypeError: 'str' object does not support item assignment")).toEqual({
      kind: "unexplained",
    });
  });

  it("dates the older f-string parser's limits to the release that lifted them", () => {
    expect(explain("SyntaxError: f-string: expressions nested too deeply")).toMatchObject({
      kind: "feature",
      feature: { id: "pep701-fstrings" },
    });
    // Its closing quote taken for a quote around the message.
    expect(explain("I get a SyntaxError: f-string: expecting '}'")).toMatchObject({
      kind: "feature",
      feature: { id: "pep701-fstrings" },
    });
  });

  it("dates a `global` statement after the name's use to the release that made it an error", () => {
    expect(explain("SyntaxError: name 'SAVE_SIGNAL' is used prior to global declaration")).toMatchObject({
      kind: "feature",
      feature: { id: "global-before-use", version: "3.6" },
      rejected: true,
    });
  });

  it("reads logging.basicConfig's refusal of a keyword it does not know yet", () => {
    expect(explain("ValueError: Unrecognised argument(s): force")).toMatchObject({
      kind: "added",
      version: "3.8",
    });
  });
});

describe("PyVer.ask with an error no fact explains", () => {
  it("answers from the notes of the release the message blames", () => {
    const a = PyVer.open().ask(
      "The problem seems to be a change in python 3.11. TypeError: Population must be a sequence. For dicts or sets, use sorted(d).",
    );
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/^random\.sample\(\) requires a sequence/);
  });
});

describe("PyVer.ask with a pasted error", () => {
  it.each([
    ["ModuleNotFoundError: No module named 'tomllib'", "3.11", "`tomllib` is new in Python 3.11"],
    ["ModuleNotFoundError: No module named 'asynchat'", "3.12", "`asynchat` was removed in Python 3.12"],
    ["AttributeError: module 'math' has no attribute 'prod'", "3.8", "`math.prod` is new in Python 3.8"],
    [
      "AttributeError: 'str' object has no attribute 'removeprefix'",
      "3.9",
      "`str.removeprefix` is new in Python 3.9",
    ],
    [
      "ImportError: cannot import name 'Protocol' from 'typing'",
      "3.8",
      "`typing.Protocol` is new in Python 3.8",
    ],
    // A path handed to code that wants a string: functions took paths from 3.6 (PEP 519).
    [
      "AttributeError: 'PosixPath' object has no attribute 'rfind'",
      "3.6",
      "`os.PathLike` is new in Python 3.6",
    ],
    ["NameError: name 'raw_input' is not defined", "3.0", "`raw_input` is Python 2"],
    ["SyntaxError: Missing parentheses in call to 'print'", "3.0", "This is Python 2 code"],
    // Retold from memory, misspelt and cut short.
    [
      'python3 gives me a "Mising parantheses in call" error',
      "3.0",
      "This is Python 2 code: the `print` statement",
    ],
    // Python 3's words for Python 2's octal literal.
    [
      "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      "3.0",
      "This is Python 2 code: octal literals like `0777` were removed in Python 3.0",
    ],
    // Its words before 3.8, and 3.10–3.13's words for Python 2's `except E, name:`.
    ["SyntaxError: invalid token", "3.0", "This is Python 2 code: octal literals like `0777`"],
    [
      "SyntaxError: multiple exception types must be parenthesized",
      "3.0",
      "This is Python 2 code: `except E, name:` was removed in Python 3.0",
    ],
    // Python 3's name of a renamed module, asked for by Python 2.
    [
      "ImportError: No module named queue",
      "3.0",
      "`queue` is Python 3's name for Python 2's `Queue`, renamed in Python 3.0",
    ],
    // Python 3.5's words for an `await` in a comprehension.
    [
      "SyntaxError: 'await' expressions in comprehensions are not supported",
      "3.6",
      "This needs Python 3.6 or later: asynchronous comprehensions",
    ],
    // Python 3.4's words for a positional argument after `*args`, and for `*` in a display.
    [
      'File "./penny", line 360\nSyntaxError: only named arguments may follow *expression',
      "3.5",
      "This needs Python 3.5 or later: several `*` / `**` unpackings",
    ],
    ["SyntaxError: can use starred expression only as assignment target", "3.5", "This needs Python 3.5"],
    // A quote reused inside an f-string's braces, before 3.12.
    ["SyntaxError: f-string: unmatched '['", "3.12", "This needs Python 3.12 or later"],
    // … or cutting a string nested in it short, with an f-string's own code quoted above.
    [
      `    msg = f"{'<br>'.join(f'<a href="{u}">' for u in urls)}"\nSyntaxError: f-string: unterminated string`,
      "3.12",
      "This needs Python 3.12 or later",
    ],
    // … told without the compiler's colon.
    [
      "fixed f-string unmatched error in helpers.py: it prevented running the tool, once fixed it runs fine",
      "3.12",
      "This needs Python 3.12 or later",
    ],
    // Text and bytes meeting: what Python 3.0 separated.
    ["TypeError: a bytes-like object is required, not 'str'", "3.0", "Byte strings and Unicode text"],
    // A warning told after the asker's own clause, with the numbers of their run.
    [
      "I'm getting this message in .xsession-errors; DeprecationWarning: This process (pid=16443) is multi-threaded, use of fork() may lead to deadlocks in the child.",
      "3.12",
      "os.fork() in a multithreaded process",
    ],
    // A deprecation warning that names nothing: the section recording the deprecation of the code it quotes.
    [
      "DeprecationWarning: There is no current event loop\n  loop = asyncio.get_event_loop()",
      "3.12",
      "asyncio child watchers and implicit loop creation in get_event_loop() deprecated",
    ],
    // A warning raised in the asker's own file: its path is no word of the warning.
    [
      "/update_factorio.py:196: SyntaxWarning: invalid escape sequence '\\d'\n```bash\n./update_factorio.py -h\n```",
      "3.12",
      "Invalid escape sequences now emit SyntaxWarning",
    ],
    // A deprecation told by a section elsewhere that names the warning, when no deprecation section answers.
    [
      "/usr/lib64/python3.12/tarfile.py:2220: DeprecationWarning: Python 3.14 will, by default, filter extracted tar archives and reject files or modify their metadata. Use the filter argument to control this behavior.",
      "3.12",
      "tarfile extraction filters",
    ],
    // The line a warning points at, pasted after it in backticks, adds no words of its own.
    [
      "event_model/__init__.py:98: DeprecationWarning: NotImplemented should not be used in a boolean context `output_datum_page = self.datum_page(datum_page) or datum_page`",
      "3.9",
      "NotImplemented in a boolean context deprecated",
    ],
    // The line told after the error rather than quoted above it.
    ["SyntaxError: invalid syntax on print 'hello'", "3.0", "This is Python 2 code"],
    ["TypeError: 'type' object is not subscriptable", "3.9", "This needs Python 3.9 or later"],
    [
      "TypeError: unsupported operand type(s) for |: 'dict' and 'dict'",
      "3.9",
      "This needs Python 3.9 or later",
    ],
    [
      "TypeError: dataclass() got an unexpected keyword argument 'slots'",
      "3.10",
      "`dataclasses.dataclass(slots=)` is new in Python 3.10",
    ],
    // A keyword every function taking it lost in one release; said by the function the text names.
    [
      "TypeError: __init__() got an unexpected keyword argument 'loop'",
      "3.10",
      "`loop=` was removed in Python 3.10",
    ],
    [
      "asyncio.Queue: TypeError: __init__() got an unexpected keyword argument 'loop'",
      "3.10",
      "`asyncio.Queue(loop=)` was removed in Python 3.10",
    ],
    ["asyncio unexpected argument 'loop' on 3.10", "3.10", "`loop=` was removed in Python 3.10"],
    // A method of a class no standard name carries is no function the message names.
    [
      "TypeError: BaseEventLoop.create_connection() got an unexpected keyword argument 'loop'",
      "3.10",
      "`loop=` was removed in Python 3.10",
    ],
    // A keyword the function had long before it lost it: the loss explains the error.
    [
      "TypeError: urllib.request.urlopen() got an unexpected keyword argument 'cafile'",
      "3.13",
      "`urllib.request.urlopen(cafile=)` was removed in Python 3.13",
    ],
    // A function the message names is no other function's keyword.
    [
      "TypeError: fileinput.input() got an unexpected keyword argument 'bufsize'",
      "3.8",
      "`fileinput.input(bufsize=)` was removed in Python 3.8",
    ],
    // A private helper of a module whose every function taking the keyword gained it in one release.
    [
      "TypeError: _log() got an unexpected keyword argument 'stacklevel'",
      "3.8",
      "`logging.log(stacklevel=)` is new in Python 3.8",
    ],
    // A keyword argument no fact records, removed or renamed by a section that names the call's
    // module or the call itself (the facts know the class by its Python 2 home).
    [
      "TypeError: HTTPSConnection.__init__() got an unexpected keyword argument 'key_file'",
      "3.12",
      "keyfile and certfile parameters and ftplib FTP_TLS.ssl_version removed",
    ],
    [
      "TypeError: format_exception() got an unexpected keyword argument 'etype'",
      "3.10",
      "traceback etype parameter renamed to exc",
    ],
    // A message a section quotes is explained by that section, whatever release the paste runs.
    [
      "on 3.5: TypeError: the JSON object must be str, not 'bytes'",
      "3.6",
      "json.load() and json.loads() accept bytes",
    ],
    // The message ends where its sentence does; the values it quotes are the asker's.
    [
      "TypeError: the JSON object must be str, not 'bytes'. I use python 3.5.3 on the server",
      "3.6",
      "Not in Python 3.5: “json.load() and json.loads() accept bytes” came in Python 3.6",
    ],
    // A message the asker put in quotes ends at the closing quote, and the numbers it reports are
    // the asker's: "Any idea?" after it and "at position 399" in it do not hide the section quoting it.
    [
      "I encountered the error 're.error: global flags not at the start of the expression at position 399' when trying to run 'nengo'. Any idea?",
      "3.11",
      "re global inline flags allowed only at the start of a pattern",
    ],
    // A float where an int was wanted, from code that divides with `/`: Python 3's true division.
    [
      "    for i in range(len(rows)/2):\nTypeError: 'float' object cannot be interpreted as an integer",
      "3.0",
      "`/` on two ints giving an int was Python 2 behaviour",
    ],
    // An operator a standard type refused, where a later release taught the type to do it.
    [
      "on Python 3.1: TypeError: unsupported operand type(s) for /: 'datetime.timedelta' and 'datetime.timedelta'",
      "3.2",
      "datetime.timedelta multiplication and division by float",
    ],
    // The TypeError a release began raising for what an earlier one only deprecated, told without
    // its exception's name.
    [
      "Passing coroutines is forbidden, use tasks explicitly. Seen on Python 3.11.2",
      "3.11",
      "asyncio.wait() no longer accepts coroutine objects",
    ],
    // The message older releases gave for what a later one accepts: that release's section.
    [
      '"ValueError: Invalid isoformat string" from a valid string',
      "3.11",
      "datetime.fromisoformat() parses most ISO 8601 formats",
    ],
    // A package's exception lacks what BaseException gained later.
    [
      "AttributeError: 'ValidationFailure' object has no attribute 'add_note'",
      "3.11",
      "`BaseException.add_note` is new in Python 3.11",
    ],
    // Older Pythons do not say which module lacked the name either; one module holds it.
    [
      "AttributeError: 'module' object has no attribute 'scandir'",
      "3.5",
      "`os.scandir` is new in Python 3.5",
    ],
    // Older Pythons do not say where the name was looked for; one module holds it.
    ["ImportError: cannot import name 'time_ns'", "3.7", "`time.time_ns` is new in Python 3.7"],
    // Retold rather than pasted.
    ["`uu` module not found", "3.13", "`uu` was removed in Python 3.13"],
    ["module 'imp' is missing on 3.12", "3.12", "`imp` was removed in Python 3.12"],
    // OpenSSL's refusal wrapped in a library's error, quoted by the release whose defaults refuse.
    [
      `LDAPSocketOpenError: ("('socket ssl wrapping error: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:997)',)",)`,
      "3.10",
      "ssl secure defaults — in Python 3.10",
    ],
    // A compiler's words for a struct 3.11 hid, without the struct's name.
    [
      "invalid use of incomplete type when building my extension on 3.11; it works on 3.10",
      "3.11",
      "PyFrameObject members hidden — in Python 3.11",
    ],
    // An f-string whose braces go on past its line, which only 3.12's grammar reads.
    [
      '  File "/app/config_flow.py", line 271\n    ] = f"{device_id} ({self.supports.get(\n        ^\nSyntaxError: unterminated string literal (detected at line 271)',
      "3.12",
      "This needs Python 3.12 or later: f-strings reusing quotes",
    ],
    // An accelerator's old module name holds what the module it stood for does.
    [
      "AttributeError: module 'xml.etree.cElementTree' has no attribute 'indent'",
      "3.9",
      "`xml.etree.ElementTree.indent` is new in Python 3.9",
    ],
    // six's moves are the standard modules by their Python 3 names.
    [
      "AttributeError: module 'six.moves.urllib.request' has no attribute 'URLopener'",
      "3.14",
      "`urllib.request.URLopener` was removed in Python 3.14",
    ],
    // A standard class built on dict lacks what dict lost.
    [
      "AttributeError: 'collections.OrderedDict' object has no attribute 'iteritems'",
      "3.0",
      "`dict.iteritems` is Python 2",
    ],
    // Any iterator lost Python 2's `.next()`, whatever type prints it.
    [
      "there is an error 'generator' object has no attribute 'next', could you tell me how to fix it?",
      "3.0",
      "`iterator.next` is Python 2: Python 3.0 removed it — use `next(iterator)` instead",
    ],
    [
      "AttributeError: 'itertools.count' object has no attribute 'next'",
      "3.0",
      "`iterator.next` is Python 2",
    ],
    // A path used by `with`, which 3.13 no longer lets it be.
    [
      "with open_dir(root) as d: … TypeError: 'WindowsPath' object does not support the context manager protocol",
      "3.13",
      "`pathlib.Path.__enter__` was removed in Python 3.13 (deprecated since 3.9)",
    ],
    // A pickle from a newer protocol, read on a release before it.
    [
      "older python results in ValueError: unsupported pickle protocol: 5 on an older version of python (3.7.8)",
      "3.8",
      "No — “Pickle protocol 5 with out-of-band data buffers” needs Python 3.8",
    ],
    // `%` on bytes, on a release before 3.5 brought it back.
    [
      "TypeError: unsupported operand type(s) for %: 'bytes' and 'dict' when using args in execute(). PS: python 3.2",
      "3.5",
      "No — `%` formatting of bytes needs Python 3.5",
    ],
    // A class's name typed without its inner capital.
    ["pkgutil Impimporter class not found", "3.12", "`pkgutil.ImpImporter` was removed in Python 3.12"],
    // A message a release's section quotes, whatever the asker wrote after a dash.
    [
      'TypeError: Expected maxsize to be an integer or None — File "D:\\app\\toolbox.py", line 292, in <module>',
      "3.8",
      "functools.lru_cache as a plain decorator — in Python 3.8",
    ],
    // A SyntaxError at syntax a release brought, beside a Python 2 name that would fail only when run.
    [
      "  File \"/app/.tox/py32/lib/python3.2/site-packages/x/util.py\", line 217\n    return u'[%s-%s]' % (unichr(a), unichr(b))\n                     ^\nSyntaxError: invalid syntax",
      "3.3",
      'This needs Python 3.3 or later: `u"..."` string literals are new in Python 3.3',
    ],
    // A SyntaxError in the words of a release before the construct came.
    [
      "SyntaxError: 'return' with argument inside generator",
      "3.3",
      "This needs Python 3.3 or later: `return` with a value inside a generator",
    ],
    // A SyntaxError in the words of the release that made the construct one.
    [
      "SyntaxError: 'yield' inside dict comprehension",
      "3.8",
      "This code is valid only before Python 3.8: the ban on `yield` inside comprehensions",
    ],
    // A slip of the keyboard in a standard module's name.
    [
      "ModuleNotFoundError: No module named 'tomlib'",
      "3.11",
      "There is no `tomlib` module: the standard library's is spelled `tomllib`, new in Python 3.11",
    ],
    // …or in the name of a Python 2 module.
    [
      "ModuleNotFoundError: No module named '__builin__'",
      "3.0",
      "`__builin__` reads as `__builtin__`: `__builtin__` is Python 2",
    ],
  ])("%s → Python %s", (error, version, lead) => {
    const a = bot.ask(error);
    expect(a.found).toBe(true);
    expect(a.version).toBe(version);
    expect(a.answer.startsWith(lead)).toBe(true);
    expect(a.citations[0]?.version).toBe(version);
  });

  it("names the module that replaces a removed one", () => {
    expect(bot.ask("ModuleNotFoundError: No module named 'asynchat'").answer).toContain("`asyncio`");
  });

  it("names the Python 3 builtin that replaces a Python 2 one", () => {
    expect(bot.ask("NameError: name 'raw_input' is not defined").answer).toContain("use `input` instead");
  });

  it("links a Python 2 name the notes never list to What's New in Python 3.0", () => {
    const a = bot.ask("AttributeError: module 'os' has no attribute 'getcwdu'");
    expect(a.api?.url).toMatch(/^https:\/\/docs\.python\.org\/3\/whatsnew\/3\.0\.html/);
    expect(a.api?.replacement).toBe("os.getcwd");
  });

  it("dates `except A, B:` told anywhere in a report by the clause itself, not the words around it", () => {
    const bare = bot.ask(
      "fails with: except OSError, UnicodeDecodeError: SyntaxError: multiple exception types must be parenthesized",
    );
    expect(bare.answer).toMatch(/^This needs Python 3\.14 or later: `except A, B:` without parentheses/);
    const python2 = bot.ask(
      "except ValueError, e: SyntaxError: multiple exception types must be parenthesized",
    );
    expect(python2.answer).toMatch(/^This is Python 2 code: `except E, name:`/);
  });

  it("reads the source told after a line's number, the asker's words before it left out", () => {
    const a = bot.ask(
      "`python3` == Python 3.9.9: line 75 match key: ^ SyntaxError: invalid syntax. I don't know why",
    );
    expect(a.answer).toMatch(/^This needs Python 3\.10 or later: the `match` statement/);
  });

  it("reads a frame's source that is one f-string as code that needs 3.6", () => {
    const a = bot.ask(
      "/home/pi/.local/lib/python3.5/site-packages/tool/helps.py, line 12 f'Configuration file to unify title and id information, defaults to ' SyntaxError: invalid syntax",
    );
    expect(a.answer).toMatch(/^This needs Python 3\.6 or later: f-strings/);
    expect(a.answer).toContain("the traceback shows Python 3.5");
  });

  it("explains the last error of a whole traceback and says which Python the paths show", () => {
    const a = bot.ask(traceback37);
    expect(a.found).toBe(true);
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^`functools\.cached_property` is new in Python 3\.8/);
    expect(a.answer).toContain("the traceback shows Python 3.7");
    expect(a.citations[0]?.version).toBe("3.8");
  });

  it("does not say a release that has the name is the one that raised the error", () => {
    const a = bot.ask(
      "I'm on Python 3.11.4. AttributeError: module 'os' has no attribute 'add_dll_directory'",
    );
    expect(a.answer).not.toContain("the traceback shows Python 3.11");
    expect(a.answer).toContain("though the message names Python 3.11, which has it");
    // Nor that one from before a removal is.
    const gone = bot.ask("ModuleNotFoundError: No module named 'lib2to3' (python3.12)");
    expect(gone.answer).toContain("though the message names Python 3.12, which has it");
    // Nor that one with the syntax is.
    const syntax = explanationSentence(
      { kind: "feature", feature: languageFeature("match") },
      { exception: "SyntaxError", message: "invalid syntax", running: "3.11", code: [] },
    );
    expect(syntax).toContain("though the message names Python 3.11, which has it");
  });

  it("says what became of a module's missing name from a section headed by it that deprecates it", () => {
    const a = bot.ask("AttributeError: module 're' has no attribute 'sre_parse'");
    expect(a.version).toBe("3.11");
    expect(a.answer).toMatch(/sre_parse deprecated in Python 3\.11/);
    // An import of a name: its removal before its deprecation.
    const gone = bot.ask("ImportError: cannot import name 'HTMLParseError'");
    expect(gone.version).toBe("3.5");
    expect(gone.answer).toMatch(/HTMLParseError removed in Python 3\.5/);
    // A section headed by a member of the name (`enum.EnumMeta.__getattr__` removed) is not about it.
    expect(bot.ask("I get the following error: 'ImportError: cannot import name EnumMeta'").found).toBe(
      false,
    );
    // A name the notes only change is still there: the error is the asker's own.
    expect(bot.ask("AttributeError: module 'logging' has no attribute 'getLogger'").found).toBe(false);
    // An argument no section writes as one, of a call no section names, is the asker's own.
    expect(bot.ask("TypeError: foo() got an unexpected keyword argument 'bar'").found).toBe(false);
  });

  it("never blames a syntax on a traceback from a release that has it", () => {
    const shellLine = [
      'File "<stdin>", line 1',
      '    & C:/Users/me/AppData/Local/Programs/Python/Python312/python.exe "c:/Users/me/app.py"',
      "    ^",
      "SyntaxError: invalid syntax",
    ].join("\n");
    const a = bot.ask(shellLine);
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain("Python 3.6");
  });

  it.each([
    ["ModuleNotFoundError: No module named 'requests'", "requests"],
    ["AttributeError: module 'numpy' has no attribute 'float'", "numpy"],
  ])("says no release explains a third-party package's error: %s", (error, name) => {
    const a = bot.ask(error);
    expect(a.found).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.version).toBeUndefined();
    expect(a.answer).toMatch(new RegExp(`^\`${name}\` is not part of Python's standard library`));
  });
});

describe("an error the release the paste shows running already explains away", () => {
  it("says a standard module that release has was left out of the build or packaging", () => {
    const a = bot.ask(
      "python3: missing dataclasses. Python 3.8.11 >>> import dataclasses ModuleNotFoundError: No module named 'dataclasses'.",
    );
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(
      /^`dataclasses` is in the standard library since Python 3\.7, so a Python 3\.8 that cannot/,
    );
  });

  it("says a module a later release removed, missing from an earlier one, was left out of its packaging", () => {
    const a = bot.ask(
      "File \"/usr/lib/python3.10/site-packages/yapf/__init__.py\", line 35, in <module>\n    from lib2to3.pgen2 import tokenize\nModuleNotFoundError: No module named 'lib2to3'",
    );
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(
      /^`lib2to3` stays in the standard library until Python 3\.13 removes it, so a Python 3\.10/,
    );
    // On the removing release itself it is the removal.
    expect(bot.ask("ModuleNotFoundError: No module named 'lib2to3' on Python 3.13").version).toBe("3.13");
  });

  it("says a keyword that release's function already takes was refused by another library's", () => {
    const a = bot.ask(
      "File \"/usr/lib/python3.11/site-packages/pass/run.py\", line 3, in main\nTypeError: run() got an unexpected keyword argument 'capture_output'",
    );
    expect(a.found).toBe(false);
  });

  it("still dates a module the release the asker only names lacks", () => {
    expect(bot.ask("ModuleNotFoundError: No module named 'tomllib' on python 3.10").version).toBe("3.11");
  });

  it("says nothing of a submodule a standard module never had", () => {
    const a = bot.ask("ModuleNotFoundError: No module named 'statistics.api'; 'statistics' is not a package");
    expect(a.found).toBe(false);
    expect(
      bot.ask("ModuleNotFoundError: No module named 'typing.io'; 'typing' is not a package").version,
    ).toBe("3.13");
  });

  it("takes the running release from paths and the banner, not from the words", () => {
    expect(shownRunning('File "/usr/lib/python3.8/x.py", line 1')).toBe("3.8");
    expect(shownRunning("@typing.override is only supported in python3.12")).toBeUndefined();
    // A release typed at a shell, its prompt following.
    expect(shownRunning("#> python3.5\n>>> import glob\n>>> glob.glob('.', recursive=True)")).toBe("3.5");
  });

  it("says a keyword the session's own release takes was refused by a patched function", () => {
    const a = bot.ask(
      "#> python3.5\n>>> import glob\n>>> import sh\n>>> glob.glob('.', recursive=True)\nTypeError: glob() got an unexpected keyword argument 'recursive'",
    );
    expect(a.version).toBeUndefined();
  });
});

describe("a package's own warning class", () => {
  it("is that package's, whatever its message says", () => {
    const a = PyVer.open({ cache: false }).ask(
      "SetuptoolsDeprecationWarning: setup.py install is deprecated.",
    );
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^`setuptools` is a third-party package/);
  });
});

describe("questions about other Pythons", () => {
  it("says MicroPython's syntax is not what CPython's release notes describe", () => {
    const a = PyVer.open().ask("match case in micropython — SyntaxError: invalid syntax");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/micropython/);
  });

  it("says the same of Brython, which runs Python in the browser", () => {
    const a = PyVer.open().ask(
      "Brython shell: `(a := b).c = d` SyntaxError: invalid syntax. Works on CPython 3.8.1",
    );
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/brython/);
  });
});

describe("a report whose only words are trouble", () => {
  it("finds no section by the word error alone", () => {
    const a = PyVer.open().ask("python3.8? python3.7 throws error, is it python3.8 code?");
    expect(a.citations.map((c) => c.section).join(" ")).not.toMatch(/error messages/i);
  });
});

describe("a SyntaxError in an f-string's replacement field", () => {
  const traceback = 'File "<fstring>", line 1\n    (err=)\n        ^\nSyntaxError: invalid syntax';

  it("reads the field as the f-string the asker wrote", () => {
    expect(readError(traceback)?.code).toEqual(['f"{err=}"']);
  });

  it("is dated by what the field needs", () => {
    expect(bot.ask(traceback).version).toBe("3.8");
  });
});

describe("a test's expected and actual SyntaxError messages", () => {
  const report =
    "Tests fail on python 3.10 due to improved invalid syntax messages. Expected :'SyntaxError: invalid syntax' Actual :'SyntaxError: invalid syntax. Perhaps you forgot a comma?'";

  it("reads no label before a colon as the source", () => {
    expect(readError(report)?.code).toEqual([]);
  });

  it("is answered by what the release the report names changed", () => {
    const a = bot.ask(report);
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/forgot a comma/);
  });
});

describe("a name glossed in another script", () => {
  it("is no call to run", () => {
    const a = PyVer.open().ask("在Python中，如何表示Enum(枚举)");
    expect(a.answer).not.toMatch(/Nothing in this code/);
  });
});

describe("a chained traceback", () => {
  it("is explained by its first error when that is a module a release removed", () => {
    const a = PyVer.open().ask(
      [
        "Traceback (most recent call last):",
        '  File "/venv/lib/python3.13/site-packages/pydub/utils.py", line 14, in <module>',
        "    import audioop",
        "ModuleNotFoundError: No module named 'audioop'",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "/venv/lib/python3.13/site-packages/pydub/utils.py", line 16, in <module>',
        "    import pyaudioop as audioop",
        "ModuleNotFoundError: No module named 'pyaudioop'",
      ].join("\n"),
    );
    expect(a.version).toBe("3.13");
    expect(a.answer).toMatch(/audioop/);
  });
});

describe("an operator error the facts cannot date", () => {
  it("is dated by the line the traceback quotes", () => {
    const a = PyVer.open().ask(
      [
        "Traceback (most recent call last):",
        '  File "/demo/pipeline/rag.py", line 64, in <module>',
        "    reranker: BaseNodePostprocessor | None = None,",
        "TypeError: unsupported operand type(s) for |: 'ModelMetaclass' and 'NoneType'",
      ].join("\n"),
    );
    expect(a.version).toBe("3.10");
  });
});

describe("a one-letter name in an error", () => {
  it("is no removed attribute that ends in the same letter", () => {
    const a = PyVer.open().ask(
      "generic function compiles but reports \"NameError: name 'T' is not defined\" in runtime",
    );
    expect(a.answer).not.toMatch(/re\.T/);
  });
});

describe("questions about third-party packages", () => {
  const bot = PyVer.open({ cache: false });

  it.each([
    "Numpy installation fails",
    "pip install numpy fails on windows",
    "is pandas faster on 3.12",
    // A package named like the standard module it extends is still the package.
    "cannot import pairwise from more-itertools since v11.0: `from more_itertools import pairwise` is broken",
    "Ignore aiohttp DeprecationWarning for 3.12",
  ])("says the release notes don't cover %j", (q) => {
    const answer = bot.ask(q);
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toMatch(/third-party package, not part of Python's standard library/);
  });
});
