import {
  FEATURE_PHRASES,
  type FeatureId,
  type LanguageFeature,
  languageFeature,
} from "../code/language-features.ts";
import { literal } from "./literal.ts";

/** A language feature a question names in words, and the words it was named by. */
export interface FeatureMention {
  feature: LanguageFeature;
  phrase: string;
}

/**
 * The text as feature phrases are written: lower case, hyphens, underscores, slashes and dots between
 * words as spaces, quotes dropped, `->` and a lone `/` as words.
 */
function normalize(text: string): string {
  return ` ${text
    .toLowerCase()
    // Before hyphens become spaces: "what does -> mean".
    .replace(/\s*->\s*/g, " arrow ")
    // Quotes around a word are not part of it: "'async' is a reserved word", "the `/` in a signature".
    .replace(/['"`‘’“”]/g, " ")
    // A slash standing alone is the positional-only marker: "what does the / mean".
    .replace(/(^|\s)\/(?=[\s,)]|$)/g, " slash ")
    // A symbol in brackets is the symbol: "the "at" (@) symbol".
    .replace(/\((\S)\)/g, " $1 ")
    .replace(/[-_/]+/g, " ")
    // "`match .. case` statement": dots between two words join them as a hyphen does.
    .replace(/(?<=[a-z])\s*(?:\.{2,}|…)\s*(?=[a-z])/g, " ")
    .replace(/\s+/g, " ")} `;
}

/** The phrase as whole words, each word's plural too ("functions annotations"). */
function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(" ").map((w) => `${literal(w)}s?`);
  return new RegExp(`[^a-z0-9]${words.join(" ")}[^a-z0-9]`);
}

const PHRASES: { id: FeatureId; phrase: string; first: string; re: RegExp }[] = Object.entries(
  FEATURE_PHRASES,
)
  .flatMap(([id, phrases]) =>
    (phrases ?? []).map((phrase) => ({
      id: id as FeatureId,
      phrase,
      first: phrase.split(" ")[0] ?? phrase,
      re: phrasePattern(phrase),
    })),
  )
  // The longest phrase decides: "quotes in f string" is PEP 701, not f-strings themselves.
  .sort((a, b) => b.phrase.length - a.phrase.length);

const NUMBER = "(?:int|integer|float|number)";
const TEXT = "(?:str|string)";
/** Kinds of value Python 3 refuses to order against each other. */
const UNORDERED_PAIRS: [string, string][] = [
  ["none", NUMBER],
  ["none", TEXT],
  [NUMBER, TEXT],
];

/** Words saying an order or value is not the same from one run to the next. */
const UNSTABLE =
  "(?:arbitrary|(?:is|are|seems?|looks?)\\s+(?:to\\s+be\\s+)?random\\b|not\\s+(?:consistent|stable|deterministic|the\\s+same|constant)|inconsistent|unstable|non-?deterministic|(?:keeps?|kept)\\s+changing|chang(?:es|ed|ing)\\s+(?:each|every|between|from\\s+run)|different\\s+(?:each|every)|differs?\\s+(?:each|every|between))";

/** Builtins and the `typing` aliases 3.9 made needless: `list` and `List`. */
const GENERIC_ALIASES: readonly [string, string][] = [
  ["list", "List"],
  ["dict", "Dict"],
  ["tuple", "Tuple"],
  ["set", "Set"],
  ["frozenset", "FrozenSet"],
  ["type", "Type"],
];
/** "many mentions of "list" throughout source instead of "List"": one against the other, either way round. */
const ALIAS_INSTEAD = new RegExp(
  GENERIC_ALIASES.flatMap(([builtin, alias]) =>
    [
      [builtin, alias],
      [alias, builtin],
    ].map(
      ([used, other]) =>
        `(?<![\\w.])["'\`]?${used}["'\`]?\\s+(?:[^\\s.?!]+\\s+){0,4}?instead of\\s+["'\`]?${other}\\b`,
    ),
  ).join("|"),
);

/**
 * Code written into a sentence without backticks: "match menu_entry_index: its showing error in
 * 3.9". The subject must look like code (an underscore, a dot or a call), so "regex match groups:"
 * is no match statement.
 */
const CODE_SHAPES: readonly { id: FeatureId; re: RegExp }[] = [
  // "mentions of "list" … instead of "List"": the choice 3.9's built-in generics brought.
  { id: "builtin-generics", re: ALIAS_INSTEAD },
  // "STANDARD_RIGHTS_REQUIRED = 0x000F0000L": a hex literal with Python 2's long suffix, which no
  // word or unit ends the same way.
  { id: "long-suffix", re: /(?<![\w.])0[xX][0-9a-fA-F]+[lL](?!\w)/ },
  // "y = self.Why @ h + self.by": `@` between two operands written as code, the matrix product (3.5).
  { id: "matmul", re: /=\s*[A-Za-z_][\w.]*(?:\([^()\n]*\))?\s+@=?\s+[A-Za-z_(][\w.]*/ },
  // "a = 1_000_000 print (a)", "prefix="1_2_3"": digits grouped by underscores, a number only from 3.6.
  { id: "underscore-numbers", re: /(?<![\w.])(?:\d+(?:_\d+)+|0[xX][0-9a-fA-F]+(?:_[0-9a-fA-F]+)+)(?![\w.])/ },
  { id: "match", re: /(?:^|[\s:])match\s+[A-Za-z_][\w.]*(?:[_.]\w+|\([^)]*\))\s*:(?!\S)/ },
  // "SyntaxError on match in 3.9", "`match` gives invalid syntax": the keyword the parser refused.
  {
    id: "match",
    re: /\b(?:syntax\s?error|invalid syntax)\b[^.?!]{0,20}?\b(?:on|at|with|for|near|using)\s+(?:the\s+|a\s+)?[`'"]?(?<![.\w])(?:match|case)\b(?![.(])/i,
  },
  {
    id: "match",
    re: /(?:^|[\s`'"])(?<![.\w])match[`'"]?(?:\s+(?:case|statements?|keyword))?[`'"]?\s+(?:gives|throws|raises|is|causes|returns)\s+(?:an?\s+)?(?:syntax\s?errors?|invalid syntax)/i,
  },
  // "unions instead of the | operator", "the | operator for type unions": `|` named beside unions,
  // not beside dicts.
  {
    id: "union-types",
    re: /(?<!\bdict(?:ionary)?\s)\bunions?\b(?![^.?!]{0,40}\bdict)[^.?!]{0,40}[`'"]?\|[`'"]?\s*(?:operator|syntax)|[`'"]?\|[`'"]?\s*(?:operator|syntax)(?![^.?!]{0,40}\bdict)[^.?!]{0,40}\bunions?\b/i,
  },
  // "`|` in typing", "| for type hints": `|` beside annotations is the union of types.
  {
    id: "union-types",
    re: /(?:^|\s)[`'"]?\|[`'"]?\s*(?:operator\s+|syntax\s+)?(?:in|for|with|inside)\s+(?:the\s+)?(?:typing|type\s+hint|type\s+annotation|annotation)s?\b/i,
  },
  // "f-string syntax error: remove equal symbol": the `=` of a self-documenting field, named a few
  // words after the f-string it is in.
  {
    id: "fstring-debug",
    re: /\bf[- ]?strings?\b(?:[^.?!\n]|(?<=\d)\.(?=\d)){0,40}?\bequals?\s+(?:sign|symbol|specifier)s?\b/i,
  },
  // A dict view's printed type ("'dict_keys' object is not subscriptable", an OrderedDict's
  // `odict_keys`) is Python 3's views.
  { id: "dict-lists", re: /\bo?dict_(?:keys|values|items)\b/ },
  // "dict literals will preserve their definition order", "do dictionaries now keep the insertion
  // order": a dict keeping its order, however the sentence gets there.
  {
    id: "dict-order",
    re: /\bdict(?:ionar(?:y|ies)|s)?(?:\s+(?:literals?|keys|objects?))?\s+(?:will\s+|would\s+|now\s+|always\s+|still\s+|also\s+)?(?:keep|preserve|maintain|remember|retain|guarantee)(?:s|d|ed)?\s+(?:their\s+|its\s+|the\s+)?(?:insertion\s+|definition\s+|declaration\s+|original\s+)?order\b/i,
  },
  // "why does set order keep changing?", "`hash` returns inconsistent values": a set's order or a
  // hash that differs between runs, which is the salted hashing of strings; beside dicts, the
  // order is the dicts' own.
  {
    id: "hash-randomization",
    re: new RegExp(
      `(?![^.?!\\n]*\\bdict)(?=[^.?!\\n]*\\b(?:sets?|frozensets?|hash(?:es|ing|\\(\\))?)(?![\\w(]))[^.?!\\n]*?(?:\\border(?:ing)?\\b|\\bhash\\w*|\\bvalues\\b)[^.?!\\n]{0,40}?${UNSTABLE}`,
      "i",
    ),
  },
  // "Tests fail randomly in Python 3.3", "test_idempotent non-deterministically fails … only under
  // Python 3": tests that fail now and then, on no release after 3.3, met its salted hashes.
  {
    id: "hash-randomization",
    re: /^(?![\s\S]*(?<![\w.])3\.(?:[4-9]|1\d)(?![\d]))[\s\S]*?(?:\bfail\w*\b[^.?!\n]{0,60}?\b(?:randomly|sometimes|intermittently|non-?deterministically|occasionally|from run to run)\b|\b(?:randomly|sometimes|intermittently|non-?deterministically|occasionally)\s+(?:\w+\s+){0,2}?fail)/i,
  },
  // "the order of menu items is not consistent on python 3.5", "keys come out in a different order
  // each time": an order that changes from run to run, which dicts stopped doing in 3.6.
  {
    id: "dict-order",
    re: new RegExp(
      `\\border(?:ing)?\\b[^.?!\\n]{0,40}?${UNSTABLE}|\\b(?:random|arbitrary|inconsistent|unpredictable)\\s+order\\b|\\bdifferent\\s+order\\s+(?:each|every)\\b`,
      "i",
    ),
  },
  // "TypeError: unsupported operand type(s) for %: 'bytes' and 'int'": `%` on bytes, which 3.5 brought
  // back.
  { id: "bytes-formatting", re: /\bunsupported operand type\(s\) for %:\s*'(?:bytes|bytearray)'/ },
  // "why is dict.keys() not a list": a view where Python 2 gave a list.
  {
    id: "dict-lists",
    re: /\b(?:keys|values|items)\(\)\s+(?:is|are|does|do|doesn'?t|don'?t)?\s*(?:not|no longer|n't)?\s*(?:return(?:s|ed|ing)?\s+)?(?:a\s+)?lists?\b/i,
  },
  // "expected Python's keys method to return a set instead of a list": what the methods return.
  {
    id: "dict-lists",
    re: /\b(?:keys|values|items)(?:\(\))?\s+(?:method|function)s?\s+(?:to\s+|should\s+|would\s+|does(?:n'?t| not)?\s+|to\s+not\s+)?(?:return|give|be)s?\s+(?:an?\s+)?(?:set|list|view|iterator)s?\b/i,
  },
  // "why can't I compare None and int": ordering values of unrelated types, which Python 2 allowed.
  {
    id: "mixed-ordering",
    re: new RegExp(
      `\\bcompar\\w*\\s+(?:an?\\s+)?(?:${UNORDERED_PAIRS.map(([a, b]) => `${a}s?\\s+(?:and|with|to|against)\\s+(?:an?\\s+)?${b}s?|${b}s?\\s+(?:and|with|to|against)\\s+(?:an?\\s+)?${a}s?`).join("|")})\\b`,
      "i",
    ),
  },
  // "a parameter named `async`, which became a keyword in Python 3.7", "keyword "async" as parameter",
  // "Syntax error on using variable async",
  // "async and await were made reserved keywords": `async` used as a name, which 3.7 reserved.
  {
    id: "async-keywords",
    re: /\basync\b[`'"*]*[^.?!]{0,40}?\b(?:became|becomes|become|(?:is|are|were|was)\s+(?:now|made)|now\s+(?:is|are)|is\s+a|turned\s+into)\s+(?:a\s+)?(?:reserved\s+)?(?:keyword|reserved word)|\b(?:keyword|word)\s+[`'"*]*async[`'"*]*\s+as\s+(?:an?\s+)?(?:parameter|argument|variable|name|attribute|function name)|\b(?:parameter|argument|variable|attribute|function|method)\s+(?:(?:named|called)\s+)?[`'"*]*async\b(?![`'"*]*\s+(?:def|functions?|for|with|generators?|comprehensions?|iterators?|methods?|context|code|version|support|mode|calls?|\w+ing)\b)|\basync[`'"*]*\s+as\s+(?:an?\s+)?(?:parameter|argument|variable|name|attribute|identifier)|\b(?:async\s+and\s+await|await\s+and\s+async)\b(?:\s+\S+){0,4}?\s+(?:reserved\s+)?keywords\b/i,
  },
  // "As of Python 3.10, `match` is a reserved keyword": the statement that made it one (a soft one).
  {
    id: "match",
    re: /(?:^|[\s`'"*])(?:match|case)[`'"*]*\s+(?:became|becomes|(?:is|are)\s+(?:now\s+)?(?:an?\s+)?)(?:new\s+)?(?:reserved\s+|soft\s+)?keywords?\b/i,
  },
  // "Cannot use the `|` to merge two dicts": the sign said to merge dicts.
  {
    id: "dict-union",
    re: /[`'"]\|=?[`'"]\s+(?:operator\s+)?(?:to|for)\s+merg\w*\s+(?:two\s+|the\s+)?dict\w*|\bmerg\w*\s+(?:two\s+)?dict\w*\s+(?:with|using)\s+(?:the\s+)?[`'"]\|/i,
  },
  // "you can't type-hint with `|` in python 3.9": `|` after type hints.
  {
    id: "union-types",
    re: /\btype[- ]?hint(?:s|ing|ed)?\s+with\s+(?:the\s+)?[`'"]?\|/i,
  },
  // "backslashes inside the braces of f-strings": what 3.12's grammar let an f-string's expression hold.
  {
    id: "pep701-fstrings",
    re: /\b(?:backslash(?:es)?|quotes?|comments?)\s+(?:inside|in|within)\s+(?:the\s+)?(?:curly\s+)?(?:braces|brackets|expressions?|replacement\s+fields?)\s+of\s+(?:an?\s+)?f-?strings?\b/i,
  },
  // "double quotes inside an f-string, which itself is delimited by double quotes": the quote reused.
  {
    id: "pep701-fstrings",
    re: /\b(?:same|double|nested|inner)\s+quot(?:es|ation\s+marks)\s+(?:inside|in|within)\s+(?:an?\s+|the\s+)?f-?strings?\b|\bf-?strings?\s+(?:with|using|containing)\s+(?:the\s+same|nested)\s+quotes\b/i,
  },
  // "line 67: "except Exception, e:" should be …": Python 2's way to name the exception caught.
  // Quoted without its colon too: '"except Exception, e" triggers a syntax error'.
  { id: "except-comma", re: /\bexcept\s+[A-Z]\w*(?:\.\w+)*\s*,\s*[a-z_]\w*\s*(?::|(?=["'`”]))/ },
  // "a forward slash "/" in a Python method signature": the positional-only marker, in words.
  {
    id: "posonly-params",
    re: /\bslash\b(?:\s*[`'"]\/[`'"])?[^.?!\n]{0,30}?\b(?:signatures?|parameter lists?|function definitions?)\b/i,
  },
  // "print "example" instead of print("example")": Python 2's print set against Python 3's.
  {
    id: "print-statement",
    re: /(?<![\w.])print\s+(["'])[^"'\n]{0,40}\1\s*(?:instead of|rather than|vs\.?|versus|->|→)\s*print\s*\(/i,
  },
  // "the grammar … require the '/' token in parameter_list": the slash quoted alone, in a parameter list.
  {
    id: "posonly-params",
    re: /[`'"‘“]\/[`'"’”](?:\s+(?:token|symbol|character|sign|marker))?\s+in\s+(?:the\s+|a\s+)?(?:parameter[_ ]lists?|signatures?|function definitions?)\b/i,
  },
  // "una de las nuevas cosas … en Python 3.10, que es el tema de `match`": the keyword alone, as
  // code, in a message that says nothing of regular expressions.
  {
    id: "match",
    re: /^(?![\s\S]*\b(?:re\.|regex|regexp|regular expressions?|pattern\.|search|findall|fullmatch|None)\b|[\s\S]*`match`\s*(?:\(|objects?\b|groups?\b))[\s\S]*?(?<![\w.])`match`/i,
  },
  // "why does range() not return an iterator?", "为什么 range() 生成的不是迭代器": what these
  // built-ins return, which Python 3 made lazy.
  {
    id: "lazy-builtins",
    re: /\b(?:map|filter|zip|range)\(\)(?:\s+functions?)?\s*(?:(?:does(?:n'?t| not)|no longer|now|not)\s+)?(?:returns?|gives?|produces?|generates?|生成|返回)\s*(?:an?\s+)?(?:lists?|iterators?|generators?|的)/i,
  },
  // "whta is @. … SyntaxError: invalid syntax for @": the sign standing alone, which no decorator
  // or address is.
  {
    id: "matmul",
    re: /\b(?:is|does|the|for|of|about|with|using)\s+["'`“]?@(?=[\s"'`).,?!”]|$)|(?:^|[\s"'`(“])@["'`”]?\s+(?:is\s+(?:an?\s+)?(?:python\s+)?)?(?:symbol|sign|operator|mean|means|do|does)\b/i,
  },
  // "it seems that match is only supported in 3.1": the statement said to be supported or not.
  {
    id: "match",
    re: /(?:^|[\s`'"])match[`'"]?\s+(?:statements?\s+)?(?:is|are)\s+(?:only\s+|not\s+)?(?:supported|available|allowed)\b/i,
  },
  // "Does your python version support match?": the statement a release supports or not.
  {
    id: "match",
    re: /\bsupport(?:s|ed|ing)?\s+[`'"]?match[`'"]?(?:\s*(?:\/|and)\s*case)?(?=\s*[?.!,]|\s*$|\s+(?:statements?|syntax)\b)/i,
  },
  // "it's the `| None` pattern that's not available": an optional written as a union, named by its tail.
  {
    id: "union-types",
    re: /[`'"]\s*\|\s*None\s*[`'"]|\|\s*None\s+(?:pattern|syntax|notation|style|annotations?)\b/,
  },
  // "use of `match` keyword breaks Python 3.9": the soft keyword named as one.
  { id: "match", re: /(?<![.\w])[`'"]?match[`'"]?\s+(?:soft\s+)?keyword\b(?!\s*arg)/i },
  // "Inline variable attribution type hints are breaking 3.5": a variable's type hint, in any words.
  { id: "variable-annotations", re: /\bvariables?(?:\s+[a-z]+){0,2}?\s+type[- ]?(?:hints?|annotations?)\b/i },
  // "match 语句", "match文", "match 出现前后的对比": the statement named in another language's words.
  {
    id: "match",
    re: /(?<![.\w])match\s*(?:[-/]\s*case\s*)?(?:语句|語句|语法|語法|文(?!字)|構文|出现|出現|表达式|命令)/i,
  },
  // "代码里的match为啥是爆红的": the keyword alone between another script's words is the statement
  // (`match函数` would be a function's name).
  { id: "match", re: /(?<=[\u3400-\u9fff])\s?match\s?(?=[\u3400-\u9fff])(?!\s?(?:函数|函數|方法))/i },
  // "help(sum) … sum(iterable, start=0, /)": a signature with a lone `/` among its parameters.
  { id: "posonly-params", re: /\w\([^()\n]*,\s*\/\s*[,)]/ },
  // "The `/` after `c=None` is new to me": a slash written alone, placed among parameters.
  {
    id: "posonly-params",
    re: /`\/`\s+(?:after|before|between)\s+(?:the\s+)?(?:`\w+(?:=[^`]*)?`|\w+\s+(?:parameter|argument)s?)/i,
  },
  // "multiple context managers in parentheses", "reformatting multi-context manager using \ to use
  // ()", "with后面的括号": context managers grouped in brackets, which 3.10's grammar allows.
  {
    id: "parenthesized-context-managers",
    re: /\bcontext[- ]managers?\b[^.?!\n]{0,40}?(?:\bparenthes[ie]s\b|\bparens\b|\bbrackets\b|\(\))|(?:\bparenthes[ie]s\b|\bparens\b|\bbrackets\b)[^.?!\n]{0,30}?\bcontext[- ]managers?\b|\bwith\s*(?:statements?\s*)?(?:后面?的?|中的?|の)\s*(?:括号|括弧|カッコ)/i,
  },
  // "`except` clauses that accept multiple exception types but do not use an `as` clause":
  // several exceptions caught without brackets, which 3.14 allows.
  {
    id: "except-without-parens",
    re: /\bexcept\b[`'"]?(?:\s+(?:clauses?|statements?|blocks?))?[^.?!\n]{0,40}?\b(?:multiple|several|many)\s+exception(?:s|\s+types?|\s+classes)\b[^.?!\n]{0,60}?\b(?:without|not\s+use|no)\b[^.?!\n]{0,20}?(?:parenthes[ie]s|brackets|as\b)/i,
  },
  // "syntax restrictions on decorators have been lifted", "forbid anything but dotted names inside
  // decorators": what 3.9's grammar let a decorator be.
  {
    id: "relaxed-decorators",
    re: /\brestrictions?\s+on\s+decorators?\b|\bdecorators?\s+(?:grammar|syntax)\s+restrictions?\b|\brelax(?:ed|es|ing)?\s+(?:the\s+)?decorators?\b|\bdotted\s+names?\s+(?:inside|in)\s+decorators?\b|\b(?:any|arbitrary)\s+expressions?\s+(?:as|in)\s+(?:a\s+)?decorators?\b/i,
  },
  // "The f before the " mark doesn't make sense to me": the prefix of an f-string, in words.
  {
    id: "fstring",
    re: /\b(?:an?|the)\s+["'`]?f["'`]?\s+(?:before|in front of)\s+(?:the\s+|a\s+)?(?:["'“]|quotes?\b|quotation|strings?\b)/i,
  },
  // "in Python 3.0 print are now a function": print said to have become a function.
  {
    id: "print-function",
    re: /\bprints?\s+(?:is|are|became|becomes|has become)\s+(?:now\s+)?a\s+function\b/i,
  },
  // "Remove dict unpacking refactor", "merging dict into another using **": `{**a, **b}`, in words.
  {
    id: "unpacking-generalizations",
    re: /\b(?:dict|dicts|dictionary|dictionaries)\s+unpacking\b|\bmerg\w*\s+(?:two\s+|a\s+)?dict\w*[^.?!\n]{0,30}?\busing\s+\*\*/i,
  },
  // "we need a bracket for tuple unpacking while returning": `return *a, b`, in words.
  {
    id: "return-unpacking",
    re: /\bunpacking\s+(?:while|when)\s+returning\b/i,
  },
  // "int(50) < '2' causes a TypeError": a number ordered against a string, written as code.
  { id: "mixed-ordering", re: /\b(?:int\(\w*\)|\d+)\s*[<>]=?\s*(?:str\(|['"]\w)/ },
  // "why does 5/2 give 2.5": two ints divided into a float, which Python 2 floored.
  {
    id: "integer-division",
    re: /\b\d+\s*\/\s*\d+\b[^.?!\n]{0,25}?\b(?:gives?|returns?|is|equals|results? in|produces?|prints?|output:?)\s+\d+\.\d+/i,
  },
  // `f"{x=}"`, "what does = (equal) do in f-strings", "f-strings with a trailing =": an equals sign
  // standing alone beside f-strings is their self-documenting specifier; `x = f-string` assigns one and "fstrings = sugar" says what they are.
  // Braces mistyped as brackets are the same specifier: "`f'(x=)'` fails on 3.7".
  { id: "fstring-debug", re: /\bf(["'])[{(][^})"']*=[})]\1/ },
  { id: "fstring-debug", re: /(?:^|\s)['"`(]?=['"`)]?\s+(?!f\b|f-?strings?\b)[^.?!]{1,30}\bf-?strings?\b/i },
  { id: "fstring-debug", re: /\bf-?strings?\s+(?!=)[^.?!]{0,30}\s['"`(]?=['"`)]?(?:\s|$)/i },
];

/**
 * The language features a text names, most specific first: code written into it, then phrases from
 * the longest. Lazy, so a caller that needs only the first, or any one, stops there.
 */
export function* featureMentions(text: string): Generator<FeatureMention> {
  const seen = new Set<FeatureId>();
  for (const { id, re } of CODE_SHAPES) {
    const written = re.exec(text)?.[0];
    if (written && !seen.has(id)) {
      seen.add(id);
      yield { feature: languageFeature(id), phrase: written.trim() };
    }
  }
  const normalized = normalize(text);
  const found: { id: FeatureId; phrase: string; from: number; to: number }[] = [];
  for (const { id, phrase, first, re } of PHRASES) {
    // The substring test is cheap and rules out most phrases before the pattern runs.
    if (!normalized.includes(first)) continue;
    const m = re.exec(normalized);
    if (m) found.push({ id, phrase, from: m.index, to: m.index + m[0].length });
  }
  // "Use dict union … switch to the new `|` union operator": a phrase either of two features goes by
  // comes after one that says which.
  const ordered = [
    ...found.filter((f) => !SHARED_PHRASES.has(f.phrase)),
    ...found.filter((f) => SHARED_PHRASES.has(f.phrase)),
  ];
  for (const { id, phrase, from, to } of ordered) {
    // "dict union operator": of two phrases that overlap in part, the one starting first says which
    // (dict union, not "union operator" for types); a phrase inside another is kept ("f string"
    // in "\n in f string" is the plainer feature).
    const qualified = found.some((o) => o.id !== id && o.from < from && o.to > from && o.to < to);
    if (seen.has(id) || qualified) continue;
    seen.add(id);
    yield { feature: languageFeature(id), phrase };
  }
}

/** Phrases two features go by: `|` is the union operator of dicts (3.9) and of types (3.10). */
const SHARED_PHRASES = new Set(["union operator"]);

/** Texts read lately, with what they name: a question is read for features by several paths. */
const read = new Map<string, readonly FeatureMention[]>();
/** Enough for every section heading and the questions of a busy minute. */
const MAX_REMEMBERED = 4096;

/** Every language feature a question names, the most specific (longest phrase) first. */
export function findFeatureMentions(text: string): readonly FeatureMention[] {
  let found = read.get(text);
  if (!found) {
    found = [...featureMentions(text)];
    if (read.size >= MAX_REMEMBERED) read.clear();
    read.set(text, found);
  }
  return found;
}

/** The language feature a question names ("is yield from python 3 syntax?"), if it names one. */
export function findFeatureMention(text: string): FeatureMention | undefined {
  return findFeatureMentions(text)[0];
}
