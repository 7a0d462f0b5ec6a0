/**
 * Packages on PyPI that bring a standard-library API to older Pythons, and that API. A message about
 * one ("drop the async_timeout requirement, it's in 3.11", "is tomli still needed?") is about when
 * the standard library got it. Names are compared lower case with `-`, `_` and `.` alike. Left out:
 * names that are ordinary words ("mock", "futures": below, only when called a backport) and backports
 * of a whole family of names (`typing_extensions`), where the message's other words say which one is
 * meant.
 */
export const BACKPORTS: Readonly<Record<string, string>> = {
  "async-timeout": "asyncio.timeout",
  tomli: "tomllib",
  "importlib-metadata": "importlib.metadata",
  "importlib-resources": "importlib.resources",
  "backports-zoneinfo": "zoneinfo",
  "backports-cached-property": "functools.cached_property",
  "cached-property": "functools.cached_property",
  exceptiongroup: "ExceptionGroup",
  taskgroup: "asyncio.TaskGroup",
  dataclasses: "dataclasses",
  contextvars: "contextvars",
  enum34: "enum",
  pathlib2: "pathlib",
  singledispatch: "functools.singledispatch",
  funcsigs: "inspect.signature",
  "backports-functools-lru-cache": "functools.lru_cache",
  scandir: "os.scandir",
  selectors34: "selectors",
  "backports-tempfile": "tempfile.TemporaryDirectory",
  "backports-shutil-which": "shutil.which",
  "backports-shutil-get-terminal-size": "shutil.get_terminal_size",
  astunparse: "ast.unparse",
  strenum: "enum.StrEnum",
  "backports-strenum": "enum.StrEnum",
  "graphlib-backport": "graphlib",
  "backports-datetime-fromisoformat": "datetime.datetime.fromisoformat",
  "asyncio-timeout": "asyncio.timeout",
  // Pickle protocol 5 (PEP 574), whose buffers are `PickleBuffer`s.
  pickle5: "pickle.PickleBuffer",
  "backports-asyncio-runner": "asyncio.Runner",
  "backports-zstd": "compression.zstd",
  "backports-ssl-match-hostname": "ssl.match_hostname",
};

/**
 * Backports named by an ordinary word, which only the word "backport" after them makes a package:
 * "the futures backport", "mock backport".
 */
const WORD_BACKPORTS: Readonly<Record<string, string>> = {
  futures: "concurrent.futures",
  mock: "unittest.mock",
};
/** "futures backport", "the `mock` backport package". */
const CALLED_BACKPORT = /\b`?([a-z]+)`?\s+backport(?:ed)?\b/g;

const NAME = /[a-z0-9]+(?:[-_.][a-z0-9]+)*/g;
/** A Map, not the object: a word such as "constructor" must not find `Object.prototype`'s. */
const BY_NAME = new Map(Object.entries(BACKPORTS));

/** The backport a message names and the standard-library API it stands for, if any. */
export function findBackport(text: string): { backport: string; api: string } | undefined {
  const lower = text.toLowerCase();
  for (const [name] of lower.matchAll(NAME)) {
    const api = BY_NAME.get(name.replace(/[_.]/g, "-"));
    if (api) return { backport: name, api };
  }
  for (const [, word = ""] of lower.matchAll(CALLED_BACKPORT)) {
    const api = Object.hasOwn(WORD_BACKPORTS, word) ? WORD_BACKPORTS[word] : undefined;
    if (api) return { backport: word, api };
  }
  return undefined;
}
