/**
 * Reads a pasted Python error — a lone message or a whole traceback, with chat text around it — into
 * what it is about: a module, a name, a keyword argument, an operator or some syntax. Which release
 * explains it is decided later, from the facts; this module only reads the shapes Python prints.
 */

import { LOG_STAMP } from "../code/source-text.ts";
import { literal } from "./literal.ts";

/** What an error says is missing or wrong. */
export type ErrorSubject =
  /** `No module named 'tomllib'` */
  | { kind: "module"; module: string }
  /** `module 'math' has no attribute 'prod'`, `'str' object has no attribute 'removeprefix'` */
  | { kind: "attribute"; owner: string; ownerIs: "module" | "object" | "type"; name: string }
  /** `cannot import name 'Protocol' from 'typing'` */
  | { kind: "import"; module?: string; name: string }
  /** `name 'raw_input' is not defined` */
  | { kind: "name"; name: string }
  /**
   * `dataclass() got an unexpected keyword argument 'slots'`; `kwarg` is "" when the message names
   * none (`zip() takes no keyword arguments`).
   */
  | { kind: "keyword"; callable: string; kwarg: string }
  /** `Random.shuffle() takes 2 positional arguments but 3 were given`: an argument too many */
  | { kind: "arity"; callable: string }
  /** `'type' object is not subscriptable` */
  | { kind: "subscript"; type: string }
  /** `'NoneType' object is not iterable`: a value of the wrong type, which no release explains */
  | { kind: "value"; type: string }
  /** `unsupported operand type(s) for |: 'dict' and 'dict'` */
  | { kind: "operator"; operator: string; left: string; right: string }
  /** `SyntaxError: Missing parentheses in call to 'print'`, `invalid syntax` and the line it points at */
  | { kind: "syntax"; message: string };

export interface ErrorReading {
  /** `ModuleNotFoundError`, `AttributeError`, … */
  exception: string;
  /** The message after the exception's name. */
  message: string;
  subject?: ErrorSubject;
  /** The Python version the traceback's file paths show (`/usr/lib/python3.7/…`): where the asker stands. */
  running?: string;
  /** Source lines the traceback quotes, in order. */
  code: string[];
}

/** `SomeError: message` wherever it stands: its own line, after a traceback, or inside a sentence. */
const EXCEPTION_LINE =
  /(?:^|[\s`"'(:>“‘「『【（：])(?:[A-Za-z_][\w]*\.)*([A-Z][A-Za-z]*(?:Error|Exception|Warning)|StopIteration|KeyboardInterrupt|(?<=[a-z]\.)error(?=:))\b(?::[ \t]*([^\n]*))?/g;
/** Install paths that show the interpreter's version: `/usr/lib/python3.7/`, `\Python37\`. */
const RUNNING_PATH = [/[/\\]python(3\.\d{1,2})[/\\]/i, /[/\\]Python3(\d{1,2})[/\\]/];
/** Paths and banners that show the interpreter's version, and the words that name it. */
const RUNNING_VERSION = [...RUNNING_PATH, /\bPython (3\.\d{1,2})\.\d+\b/, /python(3\.\d{1,2})\b/i];
/** The release the paste itself shows running: its files' paths, or the interpreter's banner before its prompt. */
const SHOWN_RUNNING = [
  ...RUNNING_PATH,
  /\bPython (3\.\d{1,2})\.\d+\b[^\n>]{0,80}>>>/,
  // "#> python3.5" typed at a shell, its interactive prompt following: the session is that release's.
  /^[ \t]*(?:[$#%>]+[ \t]*)?python(3\.\d{1,2})[ \t]*\n(?:[^\n]*\n){0,4}?[ \t]*>>>/m,
];

/** The release the first pattern that matches finds ("37" of `Python37` is 3.7). */
function releaseFound(patterns: readonly RegExp[], text: string): string | undefined {
  const found = patterns.map((re) => re.exec(text)?.[1]).find((v): v is string => v !== undefined);
  return found && /^\d+$/.test(found) ? `3.${Number(found)}` : found;
}

/**
 * The release a paste shows running (`/usr/lib/python3.8/…`, "Python 3.8.11 >>>"), never one its
 * words name ("only supported in python3.12").
 */
export function shownRunning(text: string): string | undefined {
  return releaseFound(SHOWN_RUNNING, text);
}
const FILE_LINE = /^\s*`*\s*File "[^"]*", line \d+/;
/** The frame of an f-string's replacement field, which Python 3.6–3.11 compile as a file of its own. */
const FSTRING_FRAME = /File "<fstring>", line \d+/;
/** A frame line with its source run in after it, up to the error it raised. */
const JOINED_FRAME =
  /File "[^"\n]*", line \d+(?:, in [\w<>.]+)?[ \t]+(\S(?:(?!\b(?:SyntaxError|IndentationError|TabError)\b)[^\n])*?)\s*(?:\b(?:SyntaxError|IndentationError|TabError)\b|$)/;
/** A traceback's frame line, with the module path after a `python3.X` folder and the function. */
const FRAME =
  /File "[^"\n]*?[/\\][Pp]ython3(?:\.?\d+)?[/\\](?:Lib[/\\])?((?:site|dist)-packages[/\\])?([\w/\\]+)\.py", line \d+, in (\w+)/g;

/**
 * The standard function a traceback's last frame ran in (`File "/usr/lib/python3.12/random.py",
 * line 301, in randrange` → `random.randrange`); undefined when the last frame is a package's or the
 * asker's own.
 */
export function standardFrame(text: string): string | undefined {
  const files = [...text.matchAll(/File "[^"\n]*", line \d+/g)];
  const last = [...text.matchAll(FRAME)].at(-1);
  if (!last || last.index !== files.at(-1)?.index || last[1]) return undefined;
  const module = (last[2] ?? "").split(/[/\\]/).filter((part) => part !== "__init__");
  if (module.some((part) => part.startsWith("_")) || last[3] === "<module>") return undefined;
  return [...module, last[3]].join(".");
}
/**
 * A quoted name as Python prints it, tolerant of the quotes and Markdown backticks people put around
 * it, German low quotes (‚name‘, „name“) among them.
 */
const NAME = `['"‘’“”‚„\`]?[ \\t]?([A-Za-z_][\\w.]*?)[ \\t]?['"‘’“”‚„\`]?`;
const OPEN = `(?:^|[^\\w])`;
/** Where a quoted name ends: not inside a word or a dotted name, though a full stop may follow it. */
const NAME_END = `(?!\\w|\\.\\w)`;

/** Words a retold "X module not found" puts where the module's name goes. */
const NOT_MODULE_NAMES = new Set(
  "a an the this that my your our their its some any no one each every same python required needed new old standard builtin following specified requested".split(
    " ",
  ),
);

/** The message shapes that name what is missing, found anywhere in the text, with or without the exception. */
const MESSAGES: [RegExp, (m: RegExpExecArray) => ErrorSubject | undefined][] = [
  [
    new RegExp(`${OPEN}No module named ${NAME}${NAME_END}`, "gi"),
    (m) => ({ kind: "module", module: m[1] ?? "" }),
  ],
  [
    // Retold: "`uu` module not found", "module 'imp' is missing", "the distutils module no longer exists".
    new RegExp(
      `${OPEN}(?:${NAME} module|module ${NAME}) (?:is |was |seems (?:to be )?|appears (?:to be )?)?(?:not found|missing|gone|not available|no longer (?:exists|available)|does(?: not|n't) exist|can(?:not|'t|’t) be (?:found|imported)|could(?: not|n't) be (?:found|imported))`,
      "gi",
    ),
    (m) => {
      const module = m[1] ?? m[2] ?? "";
      return NOT_MODULE_NAMES.has(module.toLowerCase()) ? undefined : { kind: "module", module };
    },
  ],
  [
    new RegExp(`${OPEN}cannot import name ${NAME}(?: from ${NAME})?${NAME_END}`, "gi"),
    (m) => ({ kind: "import", name: m[1] ?? "", ...(m[2] ? { module: m[2] } : {}) }),
  ],
  [
    // And as pylint says it: "Module 'asyncio' has no 'run' member".
    new RegExp(
      `${OPEN}(?:partially initialized )?module ${NAME} has no (?:attribute ${NAME}|${NAME} member)${NAME_END}`,
      "gi",
    ),
    (m) => ({ kind: "attribute", owner: m[1] ?? "", ownerIs: "module", name: m[2] ?? m[3] ?? "" }),
  ],
  [
    new RegExp(`${OPEN}type object ${NAME} has no attribute ${NAME}${NAME_END}`, "gi"),
    (m) => ({ kind: "attribute", owner: m[1] ?? "", ownerIs: "type", name: m[2] ?? "" }),
  ],
  [
    // As Python says it, or as people retell it: "PosixPath does not have an attribute walk",
    // "Shlex has not attribute join".
    new RegExp(
      `${OPEN}${NAME}(?: object has no| object does not have an?|(?: object)? doesn't have an?| does not have an?| has not) attribute ${NAME}${NAME_END}`,
      "gi",
    ),
    (m) => ({ kind: "attribute", owner: m[1] ?? "", ownerIs: "object", name: m[2] ?? "" }),
  ],
  [
    // "'PosixPath' object does not support the context manager protocol": what `with` wanted of it.
    new RegExp(`${OPEN}${NAME} object does not support the (asynchronous )?context manager protocol`, "gi"),
    (m) => ({
      kind: "attribute",
      owner: m[1] ?? "",
      ownerIs: "object",
      name: m[2] ? "__aenter__" : "__enter__",
    }),
  ],
  [
    // Retold without "object": "PosixPath has no attribute `rfind`" (a class's name, capital first).
    new RegExp(
      `(?<!\\b(?:module|object)\\s?['"‘’“”\`]?)(?<![\\w.])([A-Z]\\w*)['"‘’“”\`]? has no attribute ${NAME}${NAME_END}`,
      "g",
    ),
    (m) => ({ kind: "attribute", owner: m[1] ?? "", ownerIs: "object", name: m[2] ?? "" }),
  ],
  [
    // Not "future feature annotations is not defined": that SyntaxError names a __future__ feature.
    new RegExp(`${OPEN}(?<!future feature )(?:(?:global )?name )?${NAME} is not defined`, "gi"),
    (m) => ({ kind: "name", name: m[1] ?? "" }),
  ],
  [
    new RegExp(`${OPEN}([\\w.]+)\\(\\) got an unexpected keyword argument ${NAME}${NAME_END}`, "gi"),
    (m) => ({ kind: "keyword", callable: m[1] ?? "", kwarg: m[2] ?? "" }),
  ],
  [
    // As builtins written in C say it: "'cmp' is an invalid keyword argument for sort()".
    new RegExp(`${OPEN}${NAME} is an invalid keyword argument for ([\\w.]+)\\(\\)`, "gi"),
    (m) => ({ kind: "keyword", callable: m[2] ?? "", kwarg: m[1] ?? "" }),
  ],
  [
    // Quoted without the function: "got an unexpected keyword argument 'encoding'" from json.loads;
    // retold: "asyncio unexpected argument 'loop'".
    new RegExp(
      `(?<!\\(\\) (?:got an )?)\\b(?:got an )?unexpected (?:keyword )?argument ${NAME}${NAME_END}`,
      "gi",
    ),
    (m) => ({ kind: "keyword", callable: "", kwarg: m[1] ?? "" }),
  ],
  [
    // Too many arguments, or "format_exception() missing 2 required positional arguments: 'value' and 'tb'".
    new RegExp(
      `${OPEN}([\\w.]+)\\(\\) (?:takes (?:from )?\\d+ (?:to \\d+ )?positional arguments? but \\d+ (?:were|was) given|missing \\d+ required positional arguments?\\b)`,
      "gi",
    ),
    (m) => ({ kind: "arity", callable: m[1] ?? "" }),
  ],
  [
    // A builtin written in C before it took any keyword: `zip() takes no keyword arguments`.
    new RegExp(`${OPEN}([\\w.]+)\\(\\) takes no keyword arguments`, "gi"),
    (m) => ({ kind: "keyword", callable: m[1] ?? "", kwarg: "" }),
  ],
  [
    // logging.basicConfig's own words for a keyword it does not know yet (`force`, `encoding`).
    new RegExp(`${OPEN}Unrecognised argument\\(s\\): ${NAME}${NAME_END}`, "gi"),
    (m) => ({ kind: "keyword", callable: "logging.basicConfig", kwarg: m[1] ?? "" }),
  ],
  [
    // Older releases said "does not support indexing".
    new RegExp(
      `${OPEN}${NAME} object (?:is not subscriptable|does not support indexing)(?!; perhaps you missed a comma)`,
      "gi",
    ),
    (m) => ({ kind: "subscript", type: m[1] ?? "" }),
  ],
  [
    new RegExp(
      // Not "'str' object is not callable; perhaps you missed a comma?": 3.8's compiler warning
      // about the literal before a call, not a value the code met at run time.
      `${OPEN}${NAME} object (?:is not (?:iterable|callable|reversible)|does not support item assignment|cannot be interpreted as an integer)(?!; perhaps you missed a comma)`,
      "gi",
    ),
    (m) => ({ kind: "value", type: m[1] ?? "" }),
  ],
  [
    // `open()` before 3.6 names the path object it refused: "invalid file: WindowsPath('/tmp/x')",
    // retold without the path ("invalid file: PosixPath").
    /\binvalid file: ((?:Pure)?(?:Posix|Windows)Path)(?![\w.])/g,
    (m) => ({ kind: "value", type: m[1] ?? "" }),
  ],
  [
    new RegExp(`${OPEN}unsupported operand type\\(s\\) for (\\S+?): ${NAME} and ${NAME}${NAME_END}`, "gi"),
    (m) => ({ kind: "operator", operator: m[1] ?? "", left: m[2] ?? "", right: m[3] ?? "" }),
  ],
];

// The compiler's own words are a syntax error wherever they stand: Blender reports "RuntimeError:
// Error: f-string: unmatched '['" for a module it failed to compile.
/**
 * Python 3's "Missing parentheses in call to 'print'", also as retold from memory ("Mising
 * parantheses in call"), with the statement it names.
 */
export const MISSING_PARENTHESES =
  /Mis+ing\s+par[ae]nth?[ae]s[ie]s\s+in\s+call(?:\s+to\s+['"]?(print|exec))?/i;
const SYNTAX_ERROR = new RegExp(
  `\\b(SyntaxError|IndentationError|TabError)\\b(?::[ \\t]*([^\\n]*))?|\\b(invalid syntax|${MISSING_PARENTHESES.source}[^\\n]*|future feature \\w+ is not defined|f-string(?: expression part)?:? (?:unmatched|expecting|single '\\}'|empty expression|cannot include|expressions nested)[^\\n]*)`,
  "gi",
);

/** The last shape of a message in the text: in a chained traceback the last error is what the asker saw. */
function lastSubject(text: string): { subject: ErrorSubject; at: number } | undefined {
  let best: { subject: ErrorSubject; at: number } | undefined;
  for (const [re, make] of MESSAGES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const subject = make(m);
      if (subject && (!best || m.index > best.at)) best = { subject, at: m.index };
    }
  }
  for (const m of text.matchAll(SYNTAX_ERROR)) {
    if (best && m.index < best.at) continue;
    const message = (m[2] ?? m[3] ?? "invalid syntax").trim().replace(/[`"']+$/, "");
    best = { subject: { kind: "syntax", message }, at: m.index };
  }
  return best;
}

/** The error a message holds, if it holds one. */
export function readError(pasted: string): ErrorReading | undefined {
  const text = pasted
    .replace(LOG_STAMP, "")
    .replace(HEADED_EXCEPTION, "$1: ")
    .replace(MARKED_RAISE, "$1: $3")
    .replace(CODED_EXCEPTION, "`$1: $2`")
    .replace(
      SYNTAX_ERROR_ARGS,
      (_, exception: string, message: string, file: string, line: string, code: string) =>
        `\n  File "${file}", line ${line}\n    ${unescaped(code).trim()}\n${exception}: ${message}\n`,
    );
  // "DeprecationWarning: ..." is the asker eliding a message they pasted in full elsewhere.
  const exceptions = [...text.matchAll(EXCEPTION_LINE)].filter((m) => /\p{L}|\d/u.test(m[2] ?? ""));
  const found = lastSubject(text);
  // A bare exception name with no message ("why do I get a KeyError") is a question, not a paste.
  const last = exceptions.at(-1);
  if (!found && !last) return compileFrame(text);
  const version = releaseFound(RUNNING_VERSION, text);
  // "DeprecatedWarning: DeprecationWarning: …": a name typed before the pasted one is the asker's.
  let exception = last?.[1] ?? "";
  let message = quotedMessage(last, text);
  for (let inner = INNER_EXCEPTION.exec(message); inner; inner = INNER_EXCEPTION.exec(message))
    [exception, message] = [inner[1] ?? "", (inner[2] ?? "").trim()];
  // "LDAPSocketOpenError: ("('socket ssl wrapping error: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] …',)",)":
  // OpenSSL's reason, wherever a library wrapped it, is the message Python passed on.
  const openssl = OPENSSL_REASON.exec(message)?.[0];
  if (openssl) message = openssl.trim();
  return {
    exception,
    message,
    ...(found ? { subject: completedFromText(found.subject, text) } : {}),
    ...(version ? { running: version } : {}),
    code: quotedCode(text),
  };
}

/**
 * A frame with no function after its line number is how Python reports source it could not compile
 * (a run's frames each say `, in <module>` or the like): pasted without the last line, it is still a
 * SyntaxError, over the source line quoted under it.
 */
const COMPILE_FRAME = /File "[^"\n]*", line \d+(?![\d,])/;

function compileFrame(text: string): ErrorReading | undefined {
  if (!COMPILE_FRAME.test(text)) return undefined;
  const code = quotedCode(text);
  if (code.length === 0) return undefined;
  const running = releaseFound(RUNNING_VERSION, text);
  return {
    exception: "SyntaxError",
    message: "invalid syntax",
    subject: { kind: "syntax", message: "invalid syntax" },
    ...(running ? { running } : {}),
    code,
  };
}

/**
 * "**DeprecationWarning**" on a line of its own, the message on the next: an issue form's heading
 * over what Python printed says what `Name: message` does. A bare name on its line is only
 * Python's own last line (`RuntimeError`, then "During handling of …").
 */
const HEADED_EXCEPTION =
  /^[ \t]*(?:#+[ \t]*|(?=[*_`]))[*_`]*([A-Z][A-Za-z]*(?:Error|Warning|Exception))[*_`]*:?[ \t]*\n+[ \t]*(?=\S)/gm;

/**
 * `--> 490         raise TypeError('Expected maxsize to be an integer or None')`: a notebook's
 * traceback cut before its last line still marks the line that raised, with the message.
 */
const MARKED_RAISE =
  /^[ \t]*-+>[ \t]*\d+[ \t]+raise[ \t]+([A-Z]\w*(?:Error|Exception|Warning))\((["'])(.+?)\2\)[ \t]*$/gm;

/**
 * "`SyntaxWarning invalid escape sequence`": an exception's name and its message marked as code
 * together, the colon between them left out in the retelling.
 */
const CODED_EXCEPTION = /`([A-Z][A-Za-z]*(?:Error|Warning|Exception))[ \t]+([a-z][^`:\n]*)`/g;

/**
 * "<class 'SyntaxError'>: ('invalid syntax', ('macro.py', 157, 11, '    print \"x\"\\n'))": an app that
 * prints a SyntaxError's arguments instead of its traceback still gives its file, line and source
 * line; read as the traceback they stand for.
 */
const SYNTAX_ERROR_ARGS =
  /(?:<class '|\b)((?:Syntax|Indentation|Tab)Error)'?>?:?[ \t]*\(\s*'([^'\n]+)',\s*\(\s*'([^'\n]*)',\s*(\d+),\s*\d+,\s*'((?:[^'\\\n]|\\.)*)'/g;

/** A Python string literal's text as the source had it: `\n` and `\"` are what repr() escaped. */
function unescaped(literal: string): string {
  return literal.replace(/\\n/g, "\n").replace(/\\(["'\\])/g, "$1");
}

/** OpenSSL's reason as the `ssl` module prints it: `[SSL: CODE] words (_ssl.c:997)`. */
const OPENSSL_REASON = /\[SSL: [A-Z0-9_]+\][^'"()\n]*/;

/** An exception's name opening a message: the name Python printed, after one the asker wrote. */
const INNER_EXCEPTION = /^([A-Z]\w*(?:Error|Warning|Exception)):[ \t]*(.*)$/s;

/** Quotes that may open an error pasted into a sentence, with the quote that closes each. */
export const CLOSING_QUOTE: Record<string, string> = {
  '"': '"',
  "'": "'",
  "“": "”",
  "‘": "’",
  "`": "`",
  // Japanese and Chinese quote errors in corner brackets: 「SyntaxWarning: …」.
  "「": "」",
  "『": "』",
  "【": "】",
  "（": "）",
};

/** A traceback's frame, or its header, and all after it, on the line of a message it follows. */
const FLATTENED_FRAME = /\s+(?:File "[^"\n]*", line \d+|Traceback \(most recent call last\)).*$/;

/**
 * The message after the exception's name: to the end of its line, or, for an error quoted inside a
 * sentence (`"DeprecationWarning: There is no current event loop" due to …`), to its closing quote.
 */
function quotedMessage(match: RegExpExecArray | undefined, text: string): string {
  // "re.error: bad escape \w at position 2   File "…/sre_parse.py", line 1051, in …": a traceback
  // pasted onto one line goes on after the message with its frames.
  const message = (match?.[2] ?? "").replace(FLATTENED_FRAME, "").trim();
  const opening = text[match?.index ?? -1] ?? "";
  const closing = CLOSING_QUOTE[opening];
  const end = closing ? message.indexOf(closing) : -1;
  const said = (end > 0 ? message.slice(0, end) : message).replace(/[`]+$/, "");
  return closing || !/Warning$/.test(match?.[1] ?? "") ? said : [said, ...wrappedOn(text, match)].join(" ");
}

/**
 * "  x.py:287: DeprecationWarning: The default\n  datetime adapter is deprecated …": a warning's
 * message wrapped onto the lines below it, each indented as its own and going on in lower case.
 */
function wrappedOn(text: string, match: RegExpExecArray | undefined): string[] {
  const at = match?.index ?? -1;
  const start = text.lastIndexOf("\n", at) + 1;
  const indent = /^[ \t]+/.exec(text.slice(start))?.[0];
  if (!indent) return [];
  const lines = text.slice(text.indexOf("\n", at) + 1 || text.length).split("\n");
  const more: string[] = [];
  for (const line of lines) {
    if (!line.startsWith(indent) || !/^[a-z]/.test(line.slice(indent.length))) break;
    more.push(line.trim());
  }
  return more;
}

/**
 * What a message leaves out, from the rest of the text: "cannot import name 'asynccontextmanager'"
 * names no module on older Pythons, the import pasted with it ("from contextlib import …") does; a
 * keyword argument quoted without its function takes the dotted name the message gives.
 */
function completedFromText(subject: ErrorSubject, text: string): ErrorSubject {
  // "`TemporaryDirectory(delete=False)` … __init__() got an unexpected keyword argument 'delete'":
  // Python names no class, but the call written beside the message passes the keyword.
  if (
    subject.kind === "keyword" &&
    (subject.callable === "" || subject.callable === "__init__") &&
    subject.kwarg
  ) {
    const keyword = literal(subject.kwarg);
    const caller = new RegExp(
      `(?<![\\w.])([A-Za-z_][\\w.]*)\\((?:[^()\\n]|\\([^()\\n]*\\))*?\\b${keyword}\\s*=`,
    ).exec(text)?.[1];
    if (caller) return { ...subject, callable: caller };
  }
  if (subject.kind === "keyword" && subject.callable === "") {
    const named = /(?<![\w.])([a-z_]\w*(?:\.[a-z_]\w*)+)(?:\(\))?(?![\w.])/i.exec(text)?.[1];
    return named ? { ...subject, callable: named } : subject;
  }
  // "`subprocess.run(...)` AttributeError: 'module' object has no attribute 'run'": before 3.5 a
  // module's name was left out of the message; the call written beside it gives it.
  if (subject.kind === "attribute" && subject.ownerIs === "object" && subject.owner === "module") {
    const called = new RegExp(
      `(?<![\\w.])([a-z_][\\w.]*)\\.${subject.name.replace(/\./g, "\\.")}(?![\\w])`,
      "i",
    ).exec(text)?.[1];
    return called ? { ...subject, owner: called, ownerIs: "module" } : subject;
  }
  if (subject.kind !== "import" || subject.module) return subject;
  for (const m of text.matchAll(/\bfrom\s+([A-Za-z_][\w.]*)\s+import\s+\(?([\w\s,]+)/g)) {
    const names = (m[2] ?? "").split(/[\s,]+/);
    if (names.includes(subject.name)) return { ...subject, module: m[1] ?? "" };
  }
  return subject;
}

/** The source lines a traceback quotes: the line under each `File "…", line N`, and SyntaxError's line. */
function quotedCode(text: string): string[] {
  const lines = text.split("\n");
  const code: string[] = [];
  // 'File "…/client/__init__.py", line 8 valid_clients: List[Type[X]] = [ SyntaxError: …': a
  // traceback run into one line keeps the source after the line number.
  for (const line of lines) {
    const joined = JOINED_FRAME.exec(line)?.[1]?.trim();
    if (joined && looksLikeSource(joined) && !code.includes(joined)) code.push(joined);
  }
  for (let i = 0; i < lines.length - 1; i++) {
    if (!FILE_LINE.test(lines[i] ?? "")) continue;
    const next = lines[i + 1] ?? "";
    // The caret line under a SyntaxError's source line is not code.
    if (!next.trim() || /^\s*[\^~]+\s*$/.test(next) || FILE_LINE.test(next) || EXCEPTION_START.test(next))
      continue;
    // `File "<fstring>", line 1` then `(err=)`: Python 3.6–3.11 compile an f-string's replacement
    // field apart, in brackets; the asker wrote `f"{err=}"`.
    const field = FSTRING_FRAME.test(lines[i] ?? "") ? /^\((.*)\)$/.exec(next.trim())?.[1] : undefined;
    code.push(field !== undefined ? `f"{${field}}"` : next.trim());
  }
  // "    print("…", end="\r")" then "SyntaxError: invalid syntax": the source line Python printed,
  // indented as it prints it, kept when the asker cut the frame line above it.
  for (let i = 1; i < lines.length; i++) {
    if (!/^\s*(?:SyntaxError|IndentationError|TabError)\b/.test(lines[i] ?? "")) continue;
    let j = i - 1;
    while (j > 0 && /^\s*[\^~]+\s*$/.test(lines[j] ?? "")) j--;
    const line = lines[j] ?? "";
    const above = lines[j - 1] ?? "";
    // Above a caret, the line is the source whatever indentation the paste kept.
    const careted = j < i - 1;
    if (
      (/^\s+\S/.test(line) || careted) &&
      !FILE_LINE.test(above) &&
      !FILE_LINE.test(line) &&
      looksLikeSource(line.trim())
    )
      if (!code.includes(line.trim())) code.push(line.trim());
  }
  // "I always get this error: match x.lower(): SyntaxError: invalid syntax": the line retold inline.
  // Each SyntaxError on the line may be the one retold ("Does not run — SyntaxError: … the error:
  // performers: Iterable[str] ^ SyntaxError"); a caret copied after the source is not part of it.
  for (const line of lines) {
    for (const m of line.matchAll(INLINE_SOURCE)) {
      // Without a caret copied after the source, or the quote that opens a quoted error (`… 3.9.13, "SyntaxError`).
      const told = m[1]
        ?.replace(/\s*[\^~]+\s*$/, "")
        .replace(/\s*["'“‘]$/, "")
        .trim();
      // "I get this: `print(msg, file=sys.stderr)` SyntaxError", "`if not a := f():` This raises a
      // SyntaxError": code marked as such, with only words after it, is the source; "I get this when
      // importing `plotext`: return xl, *t(ol) SyntaxError": so is what follows the report's lead-in.
      const marked = [...(told ?? "").matchAll(/`([^`\n]+)`/g)].at(-1);
      const afterMarked = marked ? (told ?? "").slice((marked.index ?? 0) + marked[0].length) : "";
      const inline = marked && !looksLikeSource(afterMarked) ? marked[1]?.trim() : told && afterLeadIn(told);
      if (inline && looksLikeSource(inline) && !code.includes(inline)) code.push(inline);
    }
    const named = /\bSyntaxError\b/.test(line) ? LINE_TOLD.exec(line)?.[1]?.trim() : undefined;
    if (named && looksLikeSource(named) && !code.includes(named)) code.push(named);
    // "SyntaxError: invalid syntax on print 'hello'": the line told after the error.
    // Not "SyntaxError for yield expressions inside comprehensions": words about syntax are no source.
    const source = SOURCE_AFTER.exec(line)?.[1]?.trim();
    const toldAfter =
      (source && (looksLikeSource(source) || STATEMENT_KEYWORD.test(source)) ? source : undefined) ??
      STATEMENT_AFTER.exec(line)?.groups?.source?.trim();
    const after = toldAfter && afterLeadIn(toldAfter);
    if (after && !NOT_SOURCE.test(after) && !code.includes(after)) code.push(after);
    // "fails with: except OSError, UnicodeDecodeError: SyntaxError: …": a clause no sentence holds,
    // wherever the report puts it.
    for (const m of line.matchAll(EXCEPT_CLAUSE)) if (!code.some((c) => c.includes(m[0]))) code.push(m[0]);
  }
  // "SyntaxError: invalid syntax when running `self.run(async=True)`": the one piece of code the
  // report marks as such, wherever it stands, when the error is the parser's (of several, which
  // failed is not told).
  if (code.length === 0 && /\bSyntaxError\b|\binvalid syntax\b/i.test(text)) {
    // Error text and file names in backticks are no code.
    const marked = [...text.matchAll(/`([^`\n]+)`/g)]
      .map((m) => m[1]?.trim() ?? "")
      .filter((span) => !/\b\w*(?:Error|Exception|Warning)\b|^[\w./\\-]+\.\w+$/.test(span));
    if (marked.length === 1 && marked[0] && looksLikeSource(marked[0])) code.push(marked[0]);
  }
  return code;
}

/** Source has a bracket, colon or assignment; a Python 2 print statement ("print '-' * 60") need not. */
function looksLikeSource(text: string): boolean {
  // "… params with old feature_version: The following should raise": a colon that a sentence of
  // words follows, capital first, is prose's.
  if (!/[()=[\]]/.test(text) && /:\s+[A-Z][a-z]+(?:\s+[a-z]+){2,}\s*$/.test(text)) return false;
  // "Expected :'SyntaxError: …' Actual :'…'": one word and a colon is a label; no statement but
  // `else:`, `try:` and `finally:` is a bare name and a colon.
  if (/^[A-Za-z_]\w*\s*:$/.test(text) && !/^(?:else|try|finally)\b/.test(text)) return false;
  return (
    /[():=[\]]/.test(text) || /^print(?:\s+['"\w]|['"])/.test(text) || /^[fF][rR]?(["']).*\1,?$/.test(text)
  );
}

/** Words of someone reporting what they saw, which no source line holds. */
const REPORT_WORDS =
  /\b(?:i|i'm|i've|we|get|got|getting|following|when running|when importing|shows?|says?|throws?|gives?)\b/i;

/** The word for "error" a report's lead-in ends on, in the languages people ask in. */
const ERROR_WORDS = "error|erro|erreur|fehler|hata|ошибка";
/** "sou apresentado ao seguinte erro: …": a lead-in ending on the word for error, in any language. */
const ERROR_WORD_AT_END = new RegExp(`\\b(?:${ERROR_WORDS})\\s*$`, "i");

/** A lone name after the word for error, before the colon of `data: np.ndarray = None`. */
const TARGET_AFTER_ERROR_WORD = new RegExp(`\\b(?:${ERROR_WORDS})\\s+([a-z_]\\w*)\\s*$`, "i");

/** The source after a report's lead-in ("… when running on 3.7: from x import async"), else all of it. */
function afterLeadIn(told: string): string {
  // "第一次输入print'hello world.'，得到的结果是": in Chinese or Japanese prose, the code is the
  // run of Latin text between the other script's words.
  if (/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(told)) {
    const island = told
      .split(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+/)
      .map((part) => part.trim())
      .filter((part) => looksLikeSource(part))
      .at(-1);
    if (island) return island;
  }
  // "`python3` == Python 3.9.9: line 75 match key:": what follows the line's number is its source
  // (a frame's `File "<fstring>", line 1 (x=)` is Python's own retelling, not the asker's).
  const numbered = /(?<!",\s?)\bline \d+:?\s+(?=\S)/gi;
  const lineNumber = [...told.matchAll(numbered)].at(-1);
  const afterNumber = lineNumber ? told.slice((lineNumber.index ?? 0) + lineNumber[0].length).trim() : "";
  if (afterNumber && looksLikeSource(afterNumber)) return afterLeadIn(afterNumber);
  // "invalid syntax — def f(a, *, b=False):": a title set off by a dash is no part of the source.
  const dashed = told
    .split(/\s[—–]\s/)
    .at(-1)
    ?.trim();
  if (dashed && dashed !== told && looksLikeSource(dashed)) return afterLeadIn(dashed);
  // "I am getting this... help? match x:": the last sentence, when no string is cut in two.
  const last = told.split(/(?<=[.!?])\s+/).at(-1) ?? told;
  const sentence = balancedQuotes(last) ? last : told;
  // A colon inside a string of the source (`f"Debug mode : {…}"`) ends no lead-in.
  let colon = sentence.lastIndexOf(": ");
  while (colon >= 0 && !balancedQuotes(sentence.slice(0, colon)))
    colon = sentence.lastIndexOf(": ", colon - 1);
  const rest = colon < 0 ? "" : sentence.slice(colon + 2).trim();
  // "aşağıdaki gibi hata aldım: print(…)": words of another language before the colon are prose too.
  const lead = sentence.slice(0, colon);
  // "… or how to fix this test: assert [x async for x in y] == z": several plain words before the
  // colon are prose too (an annotation's target is one name, a signature has brackets).
  const prose = /^[^()[\]{}=]*$/.test(lead) && lead.trim().split(/\s+/).length >= 3;
  // "Python 3.5 throws a syntax error data: np.ndarray = None": one name between the word for error
  // and the colon is the target of an annotation, part of the source.
  const target = rest ? TARGET_AFTER_ERROR_WORD.exec(lead)?.[1] : undefined;
  const source = target
    ? `${target}: ${rest}`
    : rest && (REPORT_WORDS.test(lead) || /[^\x00-\x7F]/.test(lead) || ERROR_WORD_AT_END.test(lead) || prose)
      ? rest
      : sentence;
  // "help? (match options_type: SyntaxError …)": the bracket the asker opened is not the code's.
  const opened = (source.match(/\(/g) ?? []).length > (source.match(/\)/g) ?? []).length;
  return opened && source.startsWith("(") ? source.slice(1).trim() : source;
}

function balancedQuotes(text: string): boolean {
  // The apostrophe of "don't" or "it's" opens no string.
  const quotes = text.replace(/(?<=[A-Za-z])'(?=(?:t|s|re|ve|ll|d|m)\b)/g, "");
  return (quotes.match(/'/g) ?? []).length % 2 === 0 && (quotes.match(/"/g) ?? []).length % 2 === 0;
}

/** What follows "invalid syntax on" that is no source: a release or a line number. */
const NOT_SOURCE = /^(?:(?:python|py)\s*[\d.]+\w*|line \d+|\d+)$/i;
/** Source named right after "invalid syntax" or "SyntaxError": "on print 'hello'", "at `match x:`". */
const SOURCE_AFTER =
  /\b(?:invalid syntax|SyntaxError) (?:on|at|for|near|with)(?: the line| line)?:?\s+`?([^`\n]*?[\w'")\]:])`?\s*$/i;

/** Keywords a statement told in a report starts with. */
const STATEMENT_KEYWORD =
  /^(?:match|case|print|async|await|def|class|with|except|lambda|type|from|import)\b/i;
/**
 * "SyntaxError: invalid syntax match command:": a statement written right after it, by its keyword,
 * bare or quoted (`invalid syntax "match phase"`).
 */
const STATEMENT_AFTER = new RegExp(
  `\\b(?:invalid syntax|SyntaxError)\\s+(?<open>[\`"])?(?<source>${STATEMENT_KEYWORD.source.slice(1)}[^\`\\n]*?[\\w'")\\]:])\\k<open>?\\s*$`,
  "i",
);

/** `except A, B:` (one release's syntax error, another's valid clause), by its own shape. */
export const EXCEPT_CLAUSE = /\bexcept\s+[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)+\s*:/g;

/** Source written on the same line just before the SyntaxError it raised, after any lead-in ("this error:"). */
const INLINE_SOURCE = new RegExp(
  `(?:^|\\b(?:${ERROR_WORDS})\\s*:\\s+|[.!?]\\s+)((?:(?!\\berror\\s*:|(?:SyntaxError|IndentationError)\\s*:)[^\\n])+?)\\s*\\b(?:SyntaxError|IndentationError)\\s*:`,
  "gi",
);
/** "SyntaxError: invalid syntax — …code_exception.py, line 29: def f(a, /): Ожидаемое …": the line a report names, up to its prose. */
const LINE_TOLD = /\.py"?,\s*line \d+:?\s+([^\n]*?)(?=\s*\^|\s+\w*Error\b|\s+[^\x00-\x7F\s]|\s*$)/;

const EXCEPTION_START = /^\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning)\b/;
