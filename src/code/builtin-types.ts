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
