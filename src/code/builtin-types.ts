/** Built-in classes PEP 585 made subscriptable (`list[int]`). */
export const GENERIC_BUILTINS: ReadonlySet<string> = new Set([
  "list",
  "dict",
  "set",
  "frozenset",
  "tuple",
  "type",
]);

/** Built-in classes that can stand in a `X | Y` union, and whose methods literals have. */
export const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  ...GENERIC_BUILTINS,
  "int",
  "str",
  "float",
  "complex",
  "bool",
  "bytes",
  "bytearray",
  "object",
  "memoryview",
  "range",
  "slice",
]);

/**
 * The printed types of a dict's views (`'dict_keys' object is not subscriptable`), and of the views a
 * mapping built on `collections.abc.Mapping` returns (`'KeysView' object does not support indexing`).
 */
export const DICT_VIEWS: ReadonlySet<string> = new Set([
  "dict_keys",
  "dict_values",
  "dict_items",
  "KeysView",
  "ValuesView",
  "ItemsView",
]);

/** The methods of `str`, which code that expects a string calls on what it is given. */
export const STR_METHODS: ReadonlySet<string> = new Set(
  (
    "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum " +
    "isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper " +
    "join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust " +
    "rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill"
  ).split(" "),
);

/**
 * Python's built-in functions and types: `map` in backticks is the builtin, not a keyword argument
 * spelled alike, and `open()` the builtin, not `codecs.open`.
 */
export const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    "abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile " +
    "complex delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr " +
    "globals hasattr hash help hex id input int isinstance issubclass iter len list locals map max " +
    "memoryview min next object oct open ord pow print property quit range repr reversed round set " +
    "setattr slice sorted staticmethod str sum super tuple type vars zip"
  ).split(" "),
);
