import { describe, expect, it } from "vitest";
import { findFeatureMention, findFeatureMentions } from "../../src/query/feature-mention.ts";

describe("findFeatureMention", () => {
  it("finds a feature named in words, whatever the hyphens and plurals", () => {
    expect(findFeatureMention("yield from is python 3 syntax")?.feature.id).toBe("yield-from");
    expect(findFeatureMention("Can assignment expressions be enabled in 3.7?")?.feature.id).toBe("walrus");
    expect(findFeatureMention("thonny match_case: syntax error")?.feature.id).toBe("match");
    expect(findFeatureMention("a few match clause that need python 3")?.feature.id).toBe("match");
    expect(findFeatureMention("it doesn't parse `match .. case` statements")?.feature.id).toBe("match");
    // A builtin against its `typing` alias, either way round; two different builtins are no such choice.
    expect(findFeatureMention('mentions of "list" throughout source instead of "List"')?.feature.id).toBe(
      "builtin-generics",
    );
    expect(findFeatureMention("use Dict instead of dict for 3.8")?.feature.id).toBe("builtin-generics");
    expect(findFeatureMention("a list instead of a dict")).toBeUndefined();
    expect(findFeatureMention("get this output: STANDARD_RIGHTS = 0x000F0000L why?")?.feature.id).toBe(
      "long-suffix",
    );
    expect(findFeatureMention("What is the except* operator?")?.feature.id).toBe("except-star");
    expect(findFeatureMention("Type subscriptable is introduced in Python 3.9")?.feature.id).toBe(
      "builtin-generics",
    );
    expect(findFeatureMention("Decorator Syntax Errors with a subscript")?.feature.id).toBe(
      "relaxed-decorators",
    );
    expect(findFeatureMention("allow arbitrary expressions in the @expression syntax")?.feature.id).toBe(
      "relaxed-decorators",
    );
    expect(findFeatureMention("future doesn't support python3 functions annotations")?.feature.id).toBe(
      "function-annotations",
    );
  });

  it("reads operators and literals written into a sentence as the syntax of their release", () => {
    expect(findFeatureMention("почему a = 1_000_000 печатает 1000000?")?.feature.id).toBe(
      "underscore-numbers",
    );
    expect(findFeatureMention('the macro prefix="1_2_3" loses its underscores')?.feature.id).toBe(
      "underscore-numbers",
    );
    expect(findFeatureMention("mask = 0xFF_FF")?.feature.id).toBe("underscore-numbers");
    // So is `@` between operands assigned as code, the matrix product; `@` in a sentence is not.
    expect(findFeatureMention("что значит y = self.W @ h + b")?.feature.id).toBe("matmul");
    expect(findFeatureMention("ping me @ noon")).toBeUndefined();
    expect(findFeatureMention("the py3_8 wheel and backup_2023_01 folder")).toBeUndefined();
  });

  it("reads a lone slash as the positional-only marker, and words inside quotes as words", () => {
    expect(findFeatureMention("What does the / mean in help output for range")?.feature.id).toBe(
      "posonly-params",
    );
    expect(findFeatureMention("'async' is a reserved word in Python 3.7")?.feature.id).toBe("async-keywords");
    expect(findFeatureMention("Why is the order in dictionaries and sets arbitrary?")?.feature.id).toBe(
      "dict-order",
    );
    expect(findFeatureMention("and/or paths like a/b")).toBeUndefined();
  });

  it("reads `|` beside dicts as the dict union operator, as people retell its TypeError", () => {
    expect(findFeatureMention("[Python 3.8.8] Unsupported `|` operation for types `dict`")?.feature.id).toBe(
      "dict-union",
    );
    expect(findFeatureMention("can I merge dicts with | here")?.feature.id).toBe("dict-union");
    expect(findFeatureMention("use | for unions")?.feature.id).toBe("union-types");
  });

  it("reads the statement a message writes as code without backticks", () => {
    expect(findFeatureMention("match menu_entry_index: its showing error in 3.9")?.feature.id).toBe("match");
    expect(findFeatureMention("match user_response.lower(): SyntaxError")?.feature.id).toBe("match");
    expect(findFeatureMention("Regex match groups: how do they work")).toBeUndefined();
    // A SyntaxError said to be on the keyword.
    expect(findFeatureMention("why does my code say SyntaxError on match in 3.9")?.feature.id).toBe("match");
    expect(findFeatureMention("'match' keyword causes syntax errors")?.feature.id).toBe("match");
    expect(findFeatureMention("re.match gives SyntaxError")).toBeUndefined();
  });

  it("knows an f-string by its prefix, as IDEs name it", () => {
    expect(findFeatureMention("Python version 3.5 does not support a 'F' prefix")?.feature.id).toBe(
      "fstring",
    );
  });

  it("knows a few features by their Chinese, Russian, Spanish, Portuguese and German names, as issue trackers write them", () => {
    expect(findFeatureMention("python35不支持f字符串")?.feature.id).toBe("fstring");
    // An IDE names the string by its prefix.
    expect(findFeatureMention("Python version 3.5 does not support a 'F' prefix")?.feature.id).toBe(
      "fstring",
    );
    expect(findFeatureMention("python3.7可以用海象运算符吗")?.feature.id).toBe("walrus");
    // And by their Russian, Spanish, Portuguese and German names.
    expect(findFeatureMention("зачем нужен синтаксис только позиционных параметров?")?.feature.id).toBe(
      "posonly-params",
    );
    expect(findFeatureMention("¿qué son los parámetros solo posicionales?")?.feature.id).toBe(
      "posonly-params",
    );
    expect(findFeatureMention("что такое моржовый оператор")?.feature.id).toBe("walrus");
    expect(findFeatureMention("como usar dicas de tipo no python 3.4")?.feature.id).toBe("type-hints");
  });

  it("reads an equals sign standing beside f-strings as their self-documenting specifier", () => {
    expect(findFeatureMention("What does = (equal) do in f-strings?")?.feature.id).toBe("fstring-debug");
    expect(findFeatureMention('what does f"{x=}" print')?.feature.id).toBe("fstring-debug");
    // The sign named a few words after the f-string it is in.
    expect(findFeatureMention("f-string syntax error on 3.7: remove the equal symbol")?.feature.id).toBe(
      "fstring-debug",
    );
    expect(findFeatureMention("x = f-string formatting")?.feature.id).toBe("fstring");
    expect(findFeatureMention("Fstrings = syntatic surgar + speed")?.feature.id).toBe("fstring");
  });

  it.each([
    ["what is @= for in Python?", "matmul"],
    ['What does the "at" (@) symbol do in Python?', "matmul"],
    ['"@" is a python operator? like c=a@b', "matmul"],
    ['is ":=" a new syntax of a later version?', "walrus"],
    ["|= はpython3.9からの文法らしく", "dict-union"],
    ["Python<=3.9 does not support `|` in typing", "union-types"],
    ["variable type annotation raises SyntaxError", "variable-annotations"],
    ["what was wrong with <dict>.keys() returning a list?", "dict-lists"],
    ["TypeError: 'odict_keys' object is not subscriptable", "dict-lists"],
    ["Fix use of star expression in index (a syntax error in Python 3.10)", "star-in-index"],
    ["dict literals will preserve their definition order", "dict-order"],
    ["the order of the menu items is not consistent on 3.5", "dict-order"],
    ["my keys come out in a different order each time", "dict-order"],
    ["why is the order in dictionaries and sets arbitrary?", "dict-order"],
    ["why does set order keep changing between runs?", "hash-randomization"],
    ["the built-in `hash` function returns inconsistent values", "hash-randomization"],
    ["how do I set PYTHONHASHSEED", "hash-randomization"],
    ["test_idempotent non-deterministically fails, but only under Python 3", "hash-randomization"],
    ["TypeError: unsupported operand type(s) for %: 'bytes' and 'int'", "bytes-formatting"],
    ["why would you make print a statement?", "print-statement"],
    ["in Python 3.0 print are now a function", "print-function"],
    ["a parameter named `async`, which became a keyword", "async-keywords"],
    ['Using keyword "async" as parameter causes a syntax error', "async-keywords"],
    ["async and await were made reserved keywords in Python 3.7", "async-keywords"],
    ["Syntax error on using variable async", "async-keywords"],
    ["Cannot use the `|` to merge two dicts in python3.8", "dict-union"],
    ["the | op for dict is not there on 3.8", "dict-union"],
    ["the grammar restrictions on decorators were lifted", "relaxed-decorators"],
    ["the keyword `match` is not highlighted", "match"],
    ['a lonely "*" used as a parameter throws invalid syntax', "keyword-only-args"],
    ["old scripts call print without parentheses", "print-statement"],
    ['the line "except ValueError, err" fails to compile', "except-comma"],
    ["looks like match is only supported in newer releases", "match"],
    ["python3.10才引入match命令", "match"],
    ["为什么match报错", "match"],
    ["in python 3 `print(7/2)` output: 3.5", "integer-division"],
    ["what is the f in front of the quote for?", "fstring"],
    ["main.py の print に括弧がありません", "print-statement"],
    // A phrase two features go by comes after one that says which.
    ["merging with dict union, the new `|` union operator", "dict-union"],
    ["only dotted names in decorators before that release", "relaxed-decorators"],
    ["Lambdas in comprehensions need parentheses", "lambda-in-comprehension-if"],
    ["drop the dictionary `|` so 3.8 still works", "dict-union"],
    ["`async` and `await` are now reserved keywords.", "async-keywords"],
    ["As of Python 3.10, `match` is a reserved keyword", "match"],
    ["SyntaxError: 'yield' inside async function", "async-generators"],
    ["async list comprehensions on 3.5?", "async-comprehensions"],
    ["unpacking without parentheses in return statements", "return-unpacking"],
    ["we need a bracket for tuple unpacking while returning", "return-unpacking"],
    ["The `/` after `c=None` is new to me", "posonly-params"],
    ["what does the `/` between the `self` and `key` parameters do", "posonly-params"],
    ["Remove dict unpacking refactor that fails under 3.4", "unpacking-generalizations"],
    ["syntax error for merging dict into another using ** on 3.4", "unpacking-generalizations"],
    ["why aren't await and async considered as keywords?", "async-keywords"],
    ["error on Python 3.7 unpacking tuple in return statements", "return-unpacking"],
    ["you can't type-hint with `|` in python 3.9", "union-types"],
    ["optional is available in 3.9, it's the `| None` pattern that's not available", "union-types"],
    ["we can now make use of position-only arguments", "posonly-params"],
    ["f string with outer and inner double quotes fails before 3.13", "pep701-fstrings"],
    ["missing features like Unpack, generics, and type aliases using the type keyword", "type-statement"],
    ["Why isn't it possible to use backslashes inside the braces of f-strings?", "pep701-fstrings"],
    ["double quotes inside an f-string, which itself is delimited by double quotes, fail", "pep701-fstrings"],
    ["an f-string with nested quotes is a syntax error", "pep701-fstrings"],
    ["in python 3, int(50)<'2' causes a TypeError", "mixed-ordering"],
    ["would allow assignment in an if statement", "walrus"],
    ["3.12 supports nested quotes, but not 3.11", "pep701-fstrings"],
    ["Topic suggestion: `/` in function signature", "posonly-params"],
    ["with statement with multiple context managers in parentheses", "parenthesized-context-managers"],
    ["reformatting multi-context manager using \\ to use ()", "parenthesized-context-managers"],
    ["这里with后面的括号是什么新写法吗", "parenthesized-context-managers"],
    ["how to write multiple context managers across lines", "multiple-context-managers"],
    [
      "the syntax for `except` clauses that accept multiple exception types but do not use an `as` clause",
      "except-without-parens",
    ],
    ["Add support for Python 3.14 multi-exception syntax", "except-without-parens"],
    ["Python 为什么没有 switch？match 出现前后的对比", "match"],
    ["[bug]: use of `match` keyword breaks Python 3.9", "match"],
    ["проблема в том, что f строки поменяли", "fstring"],
    ["why does range() not return an iterator?", "lazy-builtins"],
    ["Does your python version support match?", "match"],
    ['whta is @. And an error message "SyntaxError: invalid syntax" for @ was occurred', "matmul"],
    ["为什么 range() 生成的不是迭代器？", "lazy-builtins"],
    ["Pythonのf文字列について", "fstring"],
    ["una de las nuevas cosas que viene implementada en Python 3.10, que es el tema de `match`", "match"],
    ["result.py uses a match syntax that's only available in python >= 3.10", "match"],
    [
      'What is the meaning of a forward slash "/" in a Python method signature, as shown by help(foo)?',
      "posonly-params",
    ],
    ["Inline variable attribution type hints are breaking 3.5 compatibility", "variable-annotations"],
    ["Python 3.10 の match文 について", "match"],
    ["帮助文档都显示最后有一个斜线 help(sum) … sum(iterable, start=0, /)", "posonly-params"],
    ["why does the grammar seem to require the '/' token in parameter_list?", "posonly-params"],
    ['Some syntax errors (print "example" instead of print("example"))', "print-statement"],
  ] as const)("knows the operators and phrases people use for a feature: %j", (text, id) => {
    expect(findFeatureMention(text)?.feature.id).toBe(id);
  });

  it("reads a lone @ as the operator, not a decorator or an address", () => {
    expect(findFeatureMention("my @dataclass decorator fails")?.feature.id).not.toBe("matmul");
    expect(findFeatureMention("mail user@example.com about it")).toBeUndefined();
    expect(findFeatureMention("can we meet @ 5pm")).toBeUndefined();
  });

  it("reads an order as unstable only when it changes, not when it is merely named", () => {
    expect(findFeatureMention("the order of the arguments changed in 3.10")).toBeUndefined();
    expect(findFeatureMention("random.shuffle puts a list in order")).toBeUndefined();
    // Flaky tests on a release after 3.3 have other causes.
    expect(findFeatureMention("tests fail randomly on Python 3.12")).toBeUndefined();
  });

  it("reads `match` alone as the statement only where nothing speaks of regular expressions", () => {
    expect(findFeatureMention("the `match` object from re.search is None")).toBeUndefined();
    expect(findFeatureMention("`match` returns None for my regex")).toBeUndefined();
    expect(findFeatureMention("why does `match` return None here")).toBeUndefined();
  });

  it("lists every feature a question names, the most specific first", () => {
    const ids = findFeatureMentions("How to use newline '\\n' in f-string on 3.6?").map((f) => f.feature.id);
    expect(ids[0]).toBe("pep701-fstrings");
    expect(ids).toContain("fstring");
  });

  it("reads -> as the return arrow of function annotations", () => {
    expect(findFeatureMention("What does -> mean in Python function definitions?")?.feature.id).toBe(
      "function-annotations",
    );
  });

  it("lets the longest phrase decide between a feature and its refinement", () => {
    expect(findFeatureMention("nested f-strings with the same quotes")?.feature.id).toBe("pep701-fstrings");
    expect(findFeatureMention("my team is on 3.8, can we use the new generic syntax")?.feature.id).toBe(
      "type-params",
    );
    expect(findFeatureMention("why can't I compare None and int anymore")?.feature.id).toBe("mixed-ordering");
    expect(findFeatureMention("comparing strings to integers in python 3")?.feature.id).toBe(
      "mixed-ordering",
    );
    expect(findFeatureMention("comparing ints and floats")).toBeUndefined();
    expect(findFeatureMention("why does 5/2 give 2.5")?.feature.id).toBe("integer-division");
    expect(findFeatureMention("why is dict.keys() not a list")?.feature.id).toBe("dict-lists");
    expect(findFeatureMention("how to do string interpolation like ruby")?.feature.id).toBe("fstring");
    expect(
      findFeatureMention("Pyright: Alternative syntax for unions requires Python 3.10")?.feature.id,
    ).toBe("union-types");
    expect(findFeatureMention("are f-strings faster than format()")?.feature.id).toBe("fstring");
  });

  it("does not find a phrase inside other words", () => {
    expect(findFeatureMention("the rematch casework")).toBeUndefined();
    expect(findFeatureMention("how do I read a file")).toBeUndefined();
  });
});
