/**
 * Python language features a piece of code can need, each with the release that introduced it and
 * the What's New section that explains it. Python 2 constructs that Python 3.0 removed are listed
 * too, with `version: "2"`, because code using them runs on no Python 3 at all.
 */

export type FeatureId =
  // Python 2 only
  | "print-statement"
  | "exec-statement"
  | "backticks"
  | "ne-operator-diamond"
  | "except-comma"
  | "raise-comma"
  | "legacy-octal"
  | "long-suffix"
  | "ur-strings"
  | "tuple-parameters"
  | "mixed-ordering"
  | "integer-division"
  | "dict-lists"
  | "lazy-builtins"
  | "text-bytes"
  | "comprehension-leak"
  | "comprehension-bare-tuple"
  | "except-name-kept"
  // 3.0
  | "print-function"
  | "keyword-only-args"
  | "nonlocal"
  | "extended-unpacking"
  | "set-literals"
  | "set-comprehension"
  | "dict-comprehension"
  | "function-annotations"
  | "exception-chaining"
  | "metaclass-keyword"
  | "bytes-literals"
  // 3.1
  | "multiple-context-managers"
  | "format-auto-numbering"
  // 3.3
  | "yield-from"
  | "generator-return"
  | "unicode-literals"
  | "raise-from-none"
  | "hash-randomization"
  // 3.5
  | "type-hints"
  | "async-await"
  | "matmul"
  | "unpacking-generalizations"
  | "bytes-formatting"
  // 3.6
  | "fstring"
  | "underscore-numbers"
  | "variable-annotations"
  | "async-generators"
  | "async-comprehensions"
  | "global-before-use"
  // 3.7
  | "dict-order"
  | "future-annotations"
  | "async-keywords"
  // 3.8
  | "walrus"
  | "posonly-params"
  | "fstring-debug"
  | "continue-in-finally"
  | "return-unpacking"
  | "yield-in-comprehension"
  // 3.9
  | "builtin-generics"
  | "relaxed-decorators"
  | "dict-union"
  | "lambda-in-comprehension-if"
  // 3.10
  | "union-types"
  | "match"
  | "parenthesized-context-managers"
  | "walrus-in-index"
  // 3.11
  | "except-star"
  | "star-in-index"
  | "star-annotations"
  | "regex-global-flags-first"
  | "open-u-mode"
  // 3.12
  | "type-params"
  | "type-statement"
  | "pep701-fstrings"
  // 3.13
  | "type-param-defaults"
  | "classmethod-descriptors"
  // 3.14
  | "tstrings"
  | "except-without-parens";

export interface LanguageFeature {
  id: FeatureId;
  /** How an answer names it: "the walrus operator `:=`". */
  name: string;
  /** First release that accepts it ("3.8"); "2" for constructs only Python 2 accepts. */
  version: string;
  /** For Python 2 constructs: the release that dropped them. */
  removedIn?: string;
  pep?: number;
  /** The What's New section on docs.python.org that describes the change. */
  url: string;
  /** What came before, where an answer should say it too ("CPython 3.6 already …"). */
  earlier?: string;
  /** Whether the name is plural ("f-strings need"), so sentences agree with it. */
  plural?: boolean;
  /** For a Python 2 behaviour rather than syntax: what Python 3 does instead. */
  python3?: string;
  /** Whether the release made code it used to accept a SyntaxError (`async` as a name in 3.7). */
  rejectsOldCode?: boolean;
}

const WHATS_NEW = "https://docs.python.org/3/whatsnew/";

/** Features whose names are plural ("f-strings", "positional-only parameters `/`"). */
const PLURAL_NAMES: ReadonlySet<FeatureId> = new Set<FeatureId>([
  "regex-global-flags-first",
  "legacy-octal",
  "long-suffix",
  "ur-strings",
  "tuple-parameters",
  "keyword-only-args",
  "set-literals",
  "set-comprehension",
  "dict-comprehension",
  "function-annotations",
  "bytes-literals",
  "multiple-context-managers",
  "format-auto-numbering",
  "unicode-literals",
  "type-hints",
  "unpacking-generalizations",
  "fstring",
  "underscore-numbers",
  "variable-annotations",
  "async-generators",
  "async-comprehensions",
  "async-keywords",
  "posonly-params",
  "fstring-debug",
  "builtin-generics",
  "relaxed-decorators",
  "union-types",
  "parenthesized-context-managers",
  "except-star",
  "star-annotations",
  "type-params",
  "pep701-fstrings",
  "type-param-defaults",
  "tstrings",
]);

/** Features of Python 3 that are behaviours or library, not syntax, however people name them. */
const NOT_SYNTAX: ReadonlySet<FeatureId> = new Set<FeatureId>([
  "hash-randomization",
  "classmethod-descriptors",
  "type-hints",
  "bytes-formatting",
  "dict-order",
  "future-annotations",
  "regex-global-flags-first",
  "open-u-mode",
  "format-auto-numbering",
]);

/** Whether a Python 3 feature is syntax: something the grammar or the compiler accepts or rejects. */
export function isSyntax(feature: LanguageFeature): boolean {
  return feature.version !== "2" && !NOT_SYNTAX.has(feature.id);
}

/** Changes that turned code the release before accepted into a SyntaxError. */
const REJECTING: ReadonlySet<FeatureId> = new Set<FeatureId>(["async-keywords"]);

/** Python 2 behaviours Python 3.0 changed, by what it does instead. */
const PYTHON3_BEHAVIOUR: Partial<Record<FeatureId, string>> = {
  "mixed-ordering": "`<`, `<=`, `>` and `>=` raise TypeError when the operands have no natural order",
  "integer-division": "`/` always divides truly (`1/2 == 0.5`), and `//` is floor division",
  "dict-lists": "they return views, which cannot be indexed or sorted in place: use `list(d)` or `sorted(d)`",
  "lazy-builtins":
    "they return iterators, which cannot be indexed and are used up once read: use `list(map(…))` or a list comprehension",
  "text-bytes":
    "`str` is text and `bytes` is binary data, and mixing them raises TypeError: convert with `str.encode()` and `bytes.decode()`",
  "comprehension-leak":
    "a list comprehension's loop variable is local to it, as a generator expression's is, so a variable of that name outside keeps its value",
  "except-name-kept":
    "the name is deleted when the handler ends (the traceback it holds would keep the frame alive): assign it to another name inside the block to keep it",
};

function feature(
  id: FeatureId,
  version: string,
  name: string,
  page: string,
  anchor: string,
  pep?: number,
): LanguageFeature {
  const entry: LanguageFeature = { id, name, version, url: `${WHATS_NEW}${page}.html#${anchor}` };
  if (PLURAL_NAMES.has(id)) entry.plural = true;
  const python3 = PYTHON3_BEHAVIOUR[id];
  if (python3) entry.python3 = python3;
  if (version === "2") entry.removedIn = "3.0";
  if (REJECTING.has(id)) entry.rejectsOldCode = true;
  if (pep !== undefined) entry.pep = pep;
  return entry;
}

/** Every feature the analyzer reports, oldest first. */
export const LANGUAGE_FEATURES: readonly LanguageFeature[] = [
  feature("print-statement", "2", "the `print` statement", "3.0", "print-is-a-function", 3105),
  feature("exec-statement", "2", "the `exec` statement", "3.0", "removed-syntax"),
  feature("backticks", "2", "backtick repr (`` `x` ``)", "3.0", "removed-syntax"),
  feature("ne-operator-diamond", "2", "the `<>` operator", "3.0", "removed-syntax"),
  feature("except-comma", "2", "`except E, name:`", "3.0", "changed-syntax", 3110),
  feature("raise-comma", "2", "`raise E, value`", "3.0", "changed-syntax", 3109),
  feature("legacy-octal", "2", "octal literals like `0777`", "3.0", "integers"),
  feature("long-suffix", "2", "long integer literals like `10L`", "3.0", "integers", 237),
  feature("ur-strings", "2", '`ur"..."` string literals', "3.0", "removed-syntax"),
  // Behaviours rather than syntax: named in questions and errors, never found in code.
  feature(
    "mixed-ordering",
    "2",
    "ordering comparisons between unrelated types (`1 < ''`, `0 > None`)",
    "3.0",
    "ordering-comparisons",
  ),
  feature("integer-division", "2", "`/` on two ints giving an int", "3.0", "integers", 238),
  feature(
    "dict-lists",
    "2",
    "`dict.keys()`, `values()` and `items()` returning lists",
    "3.0",
    "views-and-iterators-instead-of-lists",
    3106,
  ),
  feature(
    "lazy-builtins",
    "2",
    "`map()`, `filter()` and `zip()` returning lists",
    "3.0",
    "views-and-iterators-instead-of-lists",
  ),
  feature(
    "text-bytes",
    "2",
    "byte strings and Unicode text mixing implicitly",
    "3.0",
    "text-vs-data-instead-of-unicode-vs-8-bit",
  ),
  feature(
    "comprehension-leak",
    "2",
    "a list comprehension's loop variable leaking into the enclosing scope",
    "3.0",
    "changed-syntax",
  ),
  feature(
    "comprehension-bare-tuple",
    "2",
    "a list comprehension over a bare tuple (`[x for x in 1, 2]`)",
    "3.0",
    "changed-syntax",
  ),
  feature(
    "except-name-kept",
    "2",
    "the name bound by `except … as` staying bound after the handler",
    "3.0",
    "changes-to-exceptions",
    3110,
  ),
  feature("tuple-parameters", "2", "tuple parameters `def f(a, (b, c))`", "3.0", "removed-syntax", 3113),

  feature("print-function", "3.0", "the `print()` function", "3.0", "print-is-a-function", 3105),
  feature("keyword-only-args", "3.0", "keyword-only parameters", "3.0", "new-syntax", 3102),
  feature("nonlocal", "3.0", "the `nonlocal` statement", "3.0", "new-syntax", 3104),
  feature(
    "extended-unpacking",
    "3.0",
    "extended iterable unpacking `a, *b = ...`",
    "3.0",
    "new-syntax",
    3132,
  ),
  feature("set-literals", "3.0", "set literals `{1, 2}`", "3.0", "new-syntax"),
  feature("set-comprehension", "3.0", "set comprehensions", "3.0", "new-syntax"),
  feature("dict-comprehension", "3.0", "dict comprehensions", "3.0", "new-syntax", 274),
  feature("function-annotations", "3.0", "function annotations", "3.0", "new-syntax", 3107),
  feature("exception-chaining", "3.0", "`raise ... from ...`", "3.0", "changed-syntax", 3134),
  feature("metaclass-keyword", "3.0", "`class C(metaclass=M)`", "3.0", "changed-syntax", 3115),
  feature("bytes-literals", "3.0", 'bytes literals `b"..."`', "3.0", "new-syntax"),

  feature(
    "multiple-context-managers",
    "3.1",
    "several context managers in one `with`",
    "3.1",
    "other-language-changes",
  ),
  feature(
    "format-auto-numbering",
    "3.1",
    "auto-numbered replacement fields in `str.format()` (`'{}'`)",
    "3.1",
    "other-language-changes",
  ),

  feature("yield-from", "3.3", "`yield from`", "3.3", "pep-380-syntax-for-delegating-to-a-subgenerator", 380),
  feature(
    "generator-return",
    "3.3",
    "`return` with a value inside a generator",
    "3.3",
    "pep-380-syntax-for-delegating-to-a-subgenerator",
    380,
  ),
  feature(
    "unicode-literals",
    "3.3",
    '`u"..."` string literals',
    "3.3",
    "pep-414-explicit-unicode-literals",
    414,
  ),
  feature(
    "raise-from-none",
    "3.3",
    "`raise ... from None`",
    "3.3",
    "pep-409-suppressing-exception-context",
    409,
  ),
  // Behaviour, not syntax: people meet it as set order or hash() values that change from run to run.
  feature(
    "hash-randomization",
    "3.3",
    "hash randomization of `str` and `bytes` (`PYTHONHASHSEED`)",
    "3.3",
    "builtin-functions-and-types",
  ),

  // Type hints came as a module, but people ask for them as a feature of the language.
  feature("type-hints", "3.5", "type hints (the `typing` module)", "3.5", "whatsnew-pep-484", 484),
  feature(
    "async-await",
    "3.5",
    "`async def` / `await`",
    "3.5",
    "pep-492-coroutines-with-async-and-await-syntax",
    492,
  ),
  feature(
    "matmul",
    "3.5",
    "the `@` matrix multiplication operator",
    "3.5",
    "pep-465-a-dedicated-infix-operator-for-matrix-multiplication",
    465,
  ),
  feature(
    "unpacking-generalizations",
    "3.5",
    "several `*` / `**` unpackings in calls and displays",
    "3.5",
    "pep-448-additional-unpacking-generalizations",
    448,
  ),
  feature(
    "bytes-formatting",
    "3.5",
    "`%` formatting of bytes",
    "3.5",
    "pep-461-percent-formatting-support-for-bytes-and-bytearray",
    461,
  ),

  feature("fstring", "3.6", "f-strings", "3.6", "pep-498-formatted-string-literals", 498),
  feature(
    "underscore-numbers",
    "3.6",
    "underscores in numeric literals",
    "3.6",
    "pep-515-underscores-in-numeric-literals",
    515,
  ),
  feature(
    "variable-annotations",
    "3.6",
    "variable annotations `x: int = ...`",
    "3.6",
    "pep-526-syntax-for-variable-annotations",
    526,
  ),
  feature(
    "async-generators",
    "3.6",
    "asynchronous generators (`yield` in `async def`)",
    "3.6",
    "pep-525-asynchronous-generators",
    525,
  ),
  feature(
    "async-comprehensions",
    "3.6",
    "asynchronous comprehensions",
    "3.6",
    "pep-530-asynchronous-comprehensions",
    530,
  ),
  // What 3.6 made a SyntaxError (a SyntaxWarning before): valid only before it.
  feature(
    "global-before-use",
    "3.6",
    "the rule that `global` and `nonlocal` come before the name's first use",
    "3.6",
    "other-language-changes",
  ),

  {
    // Behaviour, not syntax: no code shows it, but people ask when it arrived.
    ...feature(
      "dict-order",
      "3.7",
      "insertion order of `dict` as a language guarantee",
      "3.7",
      "summary-release-highlights",
    ),
    earlier: "CPython 3.6 already kept insertion order, as an implementation detail",
  },
  feature(
    "future-annotations",
    "3.7",
    "`from __future__ import annotations`",
    "3.7",
    "pep-563-postponed-evaluation-of-annotations",
    563,
  ),
  feature(
    "async-keywords",
    "3.7",
    "`async` and `await` as reserved keywords",
    "3.7",
    "changes-in-python-behavior",
  ),

  feature("walrus", "3.8", "the walrus operator `:=`", "3.8", "assignment-expressions", 572),
  feature(
    "posonly-params",
    "3.8",
    "positional-only parameters `/`",
    "3.8",
    "positional-only-parameters",
    570,
  ),
  feature(
    "fstring-debug",
    "3.8",
    'self-documenting f-strings `f"{x=}"`',
    "3.8",
    "f-strings-support-for-self-documenting-expressions-and-debugging",
  ),
  feature("continue-in-finally", "3.8", "`continue` in a `finally` block", "3.8", "other-language-changes"),
  feature(
    "return-unpacking",
    "3.8",
    "unparenthesized `*` unpacking in `return` / `yield`",
    "3.8",
    "other-language-changes",
  ),
  // What 3.8 made a SyntaxError, not a construct it added: code using it is valid only before.
  feature(
    "yield-in-comprehension",
    "3.8",
    "the ban on `yield` inside comprehensions and generator expressions",
    "3.8",
    "changes-in-python-behavior",
  ),

  // What 3.9 made a SyntaxError: valid only before it.
  feature(
    "lambda-in-comprehension-if",
    "3.9",
    "the rule that a `lambda` in a comprehension's `if` clause is parenthesized",
    "3.9",
    "other-language-changes",
  ),
  feature(
    "builtin-generics",
    "3.9",
    "built-in generic types like `list[int]`",
    "3.9",
    "type-hinting-generics-in-standard-collections",
    585,
  ),
  feature(
    "relaxed-decorators",
    "3.9",
    "arbitrary expressions as decorators",
    "3.9",
    "other-language-changes",
    614,
  ),
  feature(
    "dict-union",
    "3.9",
    "the dict union operator `|`",
    "3.9",
    "dictionary-merge-update-operators",
    584,
  ),

  feature(
    "union-types",
    "3.10",
    "union types written `X | Y`",
    "3.10",
    "pep-604-new-type-union-operator",
    604,
  ),
  feature("match", "3.10", "the `match` statement", "3.10", "pep-634-structural-pattern-matching", 634),
  feature(
    "parenthesized-context-managers",
    "3.10",
    "parenthesized context managers",
    "3.10",
    "parenthesized-context-managers",
    617,
  ),
  feature(
    "walrus-in-index",
    "3.10",
    "an unparenthesized walrus `:=` as an index or in a set (`d[k := key]`, `{y := f(x)}`)",
    "3.10",
    "other-language-changes",
  ),

  feature(
    "except-star",
    "3.11",
    "`except*` exception groups",
    "3.11",
    "pep-654-exception-groups-and-except",
    654,
  ),
  feature(
    "regex-global-flags-first",
    "3.11",
    "global inline flags such as `(?i)` only at the start of a regular expression",
    "3.11",
    "porting-to-python-3-11",
  ),
  feature("open-u-mode", "3.11", "the end of the `'U'` mode of `open()`", "3.11", "porting-to-python-3-11"),
  feature(
    "star-in-index",
    "3.11",
    "star unpacking in subscripts `tuple[*Ts]`",
    "3.11",
    "pep-646-variadic-generics",
    646,
  ),
  feature(
    "star-annotations",
    "3.11",
    "star annotations `*args: *Ts`",
    "3.11",
    "pep-646-variadic-generics",
    646,
  ),

  feature(
    "type-params",
    "3.12",
    "type parameter lists `def f[T]` / `class C[T]`",
    "3.12",
    "whatsnew312-pep695",
    695,
  ),
  feature("type-statement", "3.12", "the `type` statement", "3.12", "whatsnew312-pep695", 695),
  feature(
    "pep701-fstrings",
    "3.12",
    "f-strings reusing quotes or with backslashes, comments or line breaks in `{}`",
    "3.12",
    "whatsnew312-pep701",
    701,
  ),

  feature(
    "type-param-defaults",
    "3.13",
    "type parameter defaults `[T = int]`",
    "3.13",
    "summary-release-highlights",
    696,
  ),
  // What 3.13 took away: valid only before it.
  feature(
    "classmethod-descriptors",
    "3.13",
    "the end of `@classmethod` wrapping other descriptors such as `@property`",
    "3.13",
    "builtins",
  ),

  feature(
    "tstrings",
    "3.14",
    'template strings `t"..."`',
    "3.14",
    "whatsnew314-template-string-literals",
    750,
  ),
  feature(
    "except-without-parens",
    "3.14",
    "`except A, B:` without parentheses",
    "3.14",
    "whatsnew314-bracketless-except",
    758,
  ),
];

const BY_ID = new Map(LANGUAGE_FEATURES.map((f) => [f.id, f]));

export function languageFeature(id: FeatureId): LanguageFeature {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown language feature ${id}`);
  return found;
}

/**
 * How people name a feature in prose ("yield from", "assignment expressions", "match case"), in the
 * normalized form `findFeatureMention` compares with: lower case, hyphens, underscores and slashes
 * read as spaces. A trailing "s" is optional on the last word.
 */
export const FEATURE_PHRASES: Partial<Record<FeatureId, readonly string[]>> = {
  // Dropped by 3.0 and accepted again by 3.3, whose notes say what the prefix means now.
  "unicode-literals": [
    "u prefix",
    "u string prefix",
    "unicode literal",
    "unicode string literal",
    "u literal",
    "u string",
  ],
  "print-function": ["print function", "print as a function", "print() function"],
  "print-statement": [
    "print statement",
    "print keyword",
    "print a keyword",
    "print is a keyword",
    "print a statement",
    "print is a statement",
    // Python 2's print, told by what it lacks: "print without parentheses", "print に括弧がない".
    "print without parentheses",
    "print without brackets",
    "print に括弧",
    "print 没有括号",
    "print 沒有括號",
  ],
  // In a question about Python, `<>` is the old not-equal operator however it is called.
  "ne-operator-diamond": ["<>"],
  "mixed-ordering": [
    "not supported between instances of",
    "unorderable types",
    "compare int and str",
    "comparing int and str",
    "comparing tuple and int",
    "compare none with an int",
    "list with mixed types",
    "mixed types",
    "different element types",
  ],
  // What Python 3 says when text and bytes meet, and how people put it.
  "comprehension-leak": [
    "list comprehension overriding value",
    "list comprehension overrides",
    "list comprehension leak",
    "list comprehensions leak",
    "comprehension variable leak",
    "comprehension leaks",
    "comprehension loop variable",
    "loop variable of a list comprehension",
    "comprehension scope",
  ],
  "except-name-kept": [
    "name binding in except",
    "except clause deleted",
    "deleted after the except",
    "deleted after the clause",
    "bound by except as",
    "bound by except",
    "exception variable deleted",
    "exception variable is deleted",
    "except as variable not defined",
    "except as name deleted",
  ],
  "text-bytes": [
    "a bytes like object is required",
    "can t concat str to bytes",
    "cannot use a string pattern on a bytes like object",
    "cannot use a bytes pattern on a string like object",
    "string argument without an encoding",
    "mixing str and bytes",
    "mix str and bytes",
    "difference between str and bytes",
    "str vs bytes",
    "bytes vs str",
  ],
  "integer-division": [
    "integer division yields float",
    "integer division returns float",
    "integer division returns a float",
    "int division returns float",
    "division returns float",
    "division returns a float",
    "division always returns a float",
    "division produces a float",
    "division operator always produces a float",
    "division gives a float",
    "division give a float",
  ],
  "exec-statement": ["exec statement"],
  "tuple-parameters": ["tuple parameter unpacking"],
  "keyword-only-args": [
    "keyword only argument",
    "keyword only parameter",
    "keyword only arg",
    "bare *",
    "lone *",
    "lonely *",
    "* used as a parameter",
    "* on its own",
    "* in function definition",
    "* in function declaration",
    "* in function signature",
    "* in a function definition",
    "* in a function signature",
    "asterisk in function signature",
    "asterisk in function definition",
    "bare asterisk",
    "bare star",
    "lone asterisk",
  ],
  nonlocal: ["nonlocal", "nonlocal statement"],
  "extended-unpacking": ["extended unpacking", "extended iterable unpacking"],
  "set-literals": ["set literal"],
  "set-comprehension": ["set comprehension"],
  "dict-comprehension": ["dict comprehension", "dictionary comprehension"],
  // "->" is read as the word "arrow" (see feature-mention.ts).
  "function-annotations": [
    "function annotation",
    "arrow mean",
    "arrow in function",
    "arrow in a function",
    "arrow in def",
    "arrow in python function",
    "return arrow",
  ],
  "exception-chaining": ["exception chaining", "raise from"],
  "bytes-literals": ["bytes literal"],
  "yield-from": ["yield from"],
  "raise-from-none": ["raise from none"],
  "type-hints": [
    "type hint",
    "type hinting",
    "typing module",
    // Its names in Russian, Spanish, Portuguese and German.
    "аннотации типов",
    "подсказки типов",
    "anotaciones de tipo",
    "dicas de tipo",
    "typhinweise",
  ],
  "async-await": ["async await", "async and await", "await and async", "async def"],
  // "What does the @ symbol do": in Python 3 the @ an asker cannot place is the operator, decorators
  // being older than Python 3.
  matmul: [
    "matrix multiplication operator",
    "matmul operator",
    "@ operator",
    "@=",
    "at operator",
    "@ symbol",
    "@ sign",
    "at symbol",
    "at sign",
  ],
  "unpacking-generalizations": ["unpacking generalization", "additional unpacking generalization"],
  "bytes-formatting": ["bytes formatting"],
  // Chinese names too: issue trackers carry them ("python35不支持f字符串").
  fstring: [
    "f string",
    "fstring",
    "formatted string literal",
    "string interpolation",
    "f字符串",
    "f文字列",
    "f 문자열",
    // "f-строки поменяли": Russian's forms of "f-string".
    "f строка",
    "f строки",
    "f строк",
    // "removing the letter f before each string solved it".
    "letter f before",
    "f before the string",
    "f before each string",
    // An IDE's "Python version 2.7 does not support a 'F' prefix".
    "f prefix",
  ],
  "underscore-numbers": [
    "underscores in numeric literal",
    "underscore in numeric literal",
    "digit separator",
  ],
  "variable-annotations": [
    "variable annotation",
    "variable type annotation",
    "type annotation for variable",
    "type annotations for variable",
    "annotated assignment",
  ],
  "async-generators": [
    "async generator",
    "asynchronous generator",
    // The SyntaxError 3.5 gives one: "'yield' inside async function".
    "yield inside async function",
  ],
  "async-comprehensions": [
    "async comprehension",
    "asynchronous comprehension",
    "async list comprehension",
    "async dict comprehension",
    "async set comprehension",
  ],
  "hash-randomization": [
    "hash randomization",
    "hash randomisation",
    "randomized hashes",
    "randomised hashes",
    "pythonhashseed",
    "set order",
    "set ordering",
    "order of a set",
    "order of sets",
    "order of the set",
  ],
  "dict-order": [
    "order in dictionaries",
    "order in dict",
    "order of dictionaries",
    "order of dict",
    "dict ordering",
    "dictionary ordering",
    "dict order",
    "dictionary order",
    "dicts ordered",
    "dictionaries ordered",
    "dict is ordered",
    "dict is now ordered",
    "dicts are ordered",
    "dictionaries are ordered",
    "dict insertion order",
    "dict become ordered",
    "dict became ordered",
    "dictionary become ordered",
    "dictionary became ordered",
    "dictionary insertion order",
    "dict keeps order",
    "dict keep order",
    "dicts keep order",
    "dict keeps insertion order",
    "dict keeps the order",
    "dictionary keeps order",
    "dictionaries keep order",
    "dict preserves order",
    "dict preserve order",
    "dicts preserve order",
    "dict preserves insertion order",
    "dictionary preserves order",
    "dict in order",
    "dicts in order",
    "dictionary in order",
    "dictionaries in order",
  ],
  "future-annotations": [
    "from future import annotations",
    "future import annotations",
    "future feature annotations",
    "postponed evaluation of annotations",
  ],
  walrus: [
    ":=",
    "walrus",
    "walrus operator",
    "assignment expression",
    "assignment in an if",
    "assignment in if",
    "assignment inside an if",
    "assign in an if",
    "assignment in a while",
    // Its names in Russian, Spanish and German.
    "моржовый оператор",
    "оператор морж",
    "operador morsa",
    "walross operator",
    // Its names in Chinese, Japanese and Korean.
    "海象运算符",
    "海象操作符",
    "赋值表达式",
    "セイウチ演算子",
    "代入式",
    "바다코끼리 연산자",
    "할당 표현식",
  ],
  "async-keywords": [
    "async is a reserved",
    "async is reserved",
    "async and await are reserved",
    "async is now a keyword",
    "async became a keyword",
    "async reserved keyword",
    "await is a reserved",
    // What breaks is code using the word as a name: "usage of async keyword", "async as a variable".
    "usage of async keyword",
    "use of async keyword",
    "async as a variable",
    "async as a parameter",
    "async as an argument",
    "async as a name",
    "async as an identifier",
  ],
  "posonly-params": [
    // Its names in Russian, Spanish, Portuguese and German.
    "только позиционных параметров",
    "только позиционные параметры",
    "только позиционные аргументы",
    "parámetros solo posicionales",
    "parâmetros somente posicionais",
    "nur positionale parameter",
    "positional only parameter",
    "positional only argument",
    "positional only arg",
    "position only parameter",
    "position only argument",
    "slash in function signature",
    "slash in function definition",
    "slash in a function definition",
    "slash in a function signature",
    "slash mean",
    "slash in help",
    "slash in the signature",
  ],
  "fstring-debug": [
    "self documenting expression",
    "f string debugging",
    "= in f string",
    "= specifier",
    "equal in f string",
    "equals in f string",
    "equals sign in f string",
  ],
  "builtin-generics": [
    "type hinting generics in standard collection",
    "builtin generic",
    "type hint generics",
    "generics in type hints",
    "builtin type hint",
    "built in type hint",
    // "Type subscriptable is introduced in Python 3.9".
    "type subscriptable",
  ],
  "lambda-in-comprehension-if": ["lambda in comprehension", "lambda in a comprehension"],
  "relaxed-decorators": [
    "relaxed decorator",
    // "Decorator Syntax Errors … any valid python expression can be used when decorating".
    "decorator syntax error",
    "@expression syntax",
  ],
  "dict-union": [
    // "|= is syntax from 3.9": sets always had it, so the `|=` people ask about is the dicts'.
    "|=",
    "dict union",
    "dictionary union",
    "dict merge operator",
    "dictionary merge operator",
    // `|` beside dicts, as people retell the TypeError: "unsupported | operation for types dict".
    "| for dict",
    "| on dict",
    "| with dict",
    "| operator for dict",
    "| operation for dict",
    "| operation for types dict",
    "| operand for dict",
    "dict | dict",
    "merge dicts with |",
    // "fix missing op | for py3.8", "Get rid of dictionary `|`": the sign, shortened or after its type.
    "| op for dict",
    "| op on dict",
    "dictionary |",
  ],
  "union-types": [
    "union operator",
    "union type operator",
    "new union syntax",
    "| in type annotations",
    "| in type hints",
    "| for type hints",
    "| for unions",
    "unions with |",
    "| instead of union",
    "| instead of optional",
    "| syntax for union",
    "| syntax for unions",
    "| syntax for type",
    "| syntax for optional",
    "| for optional",
    "union of types",
    // A type checker's words for `X | Y` on an older target.
    "alternative syntax for union",
    "type union syntax",
    "union type annotation",
  ],
  match: [
    "match statement",
    "match clause",
    "match syntax",
    "match case",
    "match case statement",
    "match and case",
    "keyword match",
    "structural pattern matching",
    "pattern matching",
    "switch case",
    "switch statement",
    "模式匹配",
    "パターンマッチ",
    "패턴 매칭",
  ],
  "parenthesized-context-managers": [
    "parenthesized context manager",
    "parenthesised context manager",
    // "the brackets around the With block cause a syntax error".
    "brackets around the with",
    "parentheses around the with",
    "brackets around with",
    "parentheses around with",
  ],
  "multiple-context-managers": ["multiple context managers", "several context managers"],
  // Python 3.0's (and 2.6's) refusal of `'{}'.format(x)`, in its own words.
  "format-auto-numbering": [
    "zero length field name in format",
    "auto-numbered replacement fields",
    "auto-numbered fields",
    "automatic field numbering",
  ],
  "return-unpacking": [
    "unpacking without parentheses in return",
    "unparenthesized unpacking in return",
    "star unpacking in return",
    "unpacking tuple in return",
    "tuple unpacking in return",
  ],
  "except-star": ["except star", "except*", "exception group"],
  "star-in-index": [
    "star expression in index",
    "star expression in an index",
    "star expressions in indexes",
    "starred expression in subscript",
    "starred expressions in subscripts",
    "star unpacking in subscript",
    "star unpacking in index",
  ],
  "type-params": [
    "type parameter syntax",
    "type parameter list",
    "generic syntax",
    "generics syntax",
    "generic class syntax",
    "generic function syntax",
  ],
  "type-statement": [
    "type statement",
    "type alias statement",
    "type aliases using the type keyword",
    "type alias using the type keyword",
    "type keyword for aliases",
    "type keyword for type aliases",
    "type alias keyword",
  ],
  "pep701-fstrings": [
    "quotes in f string",
    "nested f string",
    "backslash in f string",
    "backslashes in f string",
    "comments in f string",
    "f string grammar",
    "newline in f string",
    "new line in f string",
    "\\n in f string",
    "escape sequence in f string",
    "same quotes in f string",
    "nested string literal",
    "nested quotes",
    "nested quotes in f string",
    "f string with outer and inner",
    "f strings with outer and inner",
    "inner quotes in f string",
    "double quotes inside f string",
    "quote reuse",
    "reuse quotes",
    "same quote type",
    "same type of quotes",
    "nesting of string literal",
    "nesting f string",
    // Messages of the older f-string parser for what 3.12's grammar accepts.
    "expressions nested too deeply",
    "f string expression part cannot include",
  ],
  "type-param-defaults": ["type parameter default"],
  tstrings: ["t string", "tstring", "template string literal"],
  "except-without-parens": [
    "except without parentheses",
    "except without brackets",
    "multi exception syntax",
    "bracketless except",
    "unparenthesized except",
  ],
};
