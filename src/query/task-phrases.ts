import { stem } from "../search/tokenize.ts";

/**
 * What people ask for when they do not know a name yet: "the product of a list", "nCr", "split a
 * list into chunks". Each row maps such descriptions to the standard-library API that does it, as
 * written in code (`os.makedirs(exist_ok=True)` names the keyword argument). A description is a list
 * of slots in order, each one or more words separated by "|"; a question matches when it has a word
 * of every slot, in that order, with at most `MAX_GAP` other words between two slots.
 *
 * Only APIs that arrived in a known Python 3 release belong here (the answer is that release), and
 * only tasks that API is the usual answer to; rows sharing words go from the most specific down.
 * Descriptions people also use to report their own trouble ("memory leak", "virtual environment",
 * "segfault") stay out: there the API's arrival is not the answer.
 */
export const TASK_PHRASES: readonly { api: string; tasks: readonly string[] }[] = [
  // Numbers.
  {
    api: "math.prod",
    tasks: [
      "product list|elements|numbers|iterable|items|values|array",
      "multiply all|list|elements|numbers|items|values",
      // "like sum() but for multiplication"
      "sum multiplication|multiplying",
    ],
  },
  {
    api: "math.comb",
    tasks: ["ncr", "n choose k", "binomial coefficient|coefficients", "number|count combinations"],
  },
  { api: "math.perm", tasks: ["npr", "number|count permutations"] },
  { api: "math.isqrt", tasks: ["integer square root"] },
  {
    api: "math.nextafter",
    tasks: [
      "increment|increase|bump float|floating|double smallest|tiniest",
      "next representable float|floating|number|value",
      "next float|floating|double after|toward|towards|above|below",
    ],
  },
  { api: "math.dist", tasks: ["euclidean distance", "distance between points"] },
  { api: "math.lcm", tasks: ["lcm", "least|lowest common multiple"] },
  { api: "math.gcd", tasks: ["greatest common divisor|factor"] },
  { api: "math.cbrt", tasks: ["cube root"] },
  { api: "math.log2", tasks: ["log|logarithm base 2"] },
  {
    api: "math.isclose",
    tasks: [
      "compare floats|float",
      "floats|float almost|approximately|nearly equal",
      "float|floating equality|comparison",
    ],
  },
  {
    api: "int.bit_count",
    tasks: ["popcount", "count set|one bits", "number set|one bits", "hamming weight"],
  },
  { api: "pow(mod=)", tasks: ["modular|modulo multiplicative|inverse"] },
  { api: "statistics.correlation", tasks: ["pearson|correlation coefficient", "correlation between"] },
  { api: "statistics.linear_regression", tasks: ["linear regression"] },
  { api: "statistics.quantiles", tasks: ["quantiles|percentiles|quartiles"] },
  { api: "statistics.NormalDist", tasks: ["normal|gaussian distribution"] },
  {
    api: "statistics",
    tasks: ["median list|numbers|values", "standard deviation", "variance list|numbers|values|data"],
  },
  { api: "itertools.accumulate", tasks: ["running|cumulative total|sum", "prefix sum|sums"] },
  { api: "math.sumprod", tasks: ["dot|inner|scalar product"] },
  { api: "math.ulp", tasks: ["ulp", "unit last|least place"] },
  {
    api: "int.to_bytes",
    tasks: ["convert|converting int|integer|integers|number to bytes|bytearray|byte"],
  },
  { api: "int.from_bytes", tasks: ["convert|converting bytes|bytearray to int|integer|number"] },
  { api: "statistics.geometric_mean", tasks: ["geometric mean"] },
  { api: "statistics.harmonic_mean", tasks: ["harmonic mean"] },
  // Text and bytes.
  {
    api: "str.casefold",
    tasks: [
      "case insensitive|caseless compare|comparison|comparing|match|matching|equality|equal",
      "case-insensitive|caseless compare|comparison|comparing|match|matching|equality|equal",
      "ignore|ignoring case compare|comparison|comparing",
    ],
  },
  {
    api: "str.isascii",
    tasks: [
      "check|whether|if|only|all|pure|entirely string|str|text ascii",
      "string|str|text is|only|all|pure|entirely ascii",
    ],
  },
  {
    api: "str.removeprefix",
    tasks: ["remove|strip|trim|drop|delete prefix", "substring|rest|remainder|part after prefix"],
  },
  { api: "str.removesuffix", tasks: ["remove|strip|trim|drop|delete suffix"] },
  { api: "bytes.hex", tasks: ["bytes|bytearray to hex|hexadecimal"] },
  { api: "textwrap.shorten", tasks: ["truncate|shorten text|string ellipsis|placeholder|words|width"] },
  { api: "html.unescape", tasks: ["unescape|decode html", "html entities decode|unescape|convert"] },
  { api: "shlex.quote", tasks: ["escape|quote shell argument|arguments|string|strings|command"] },
  { api: "shlex.join", tasks: ["join list|args|arguments shell command|string"] },
  { api: "textwrap.indent", tasks: ["indent|prefix every|each|all lines|line"] },
  { api: "re.fullmatch", tasks: ["match|matches whole|entire|full string"] },
  { api: "base64.b85encode", tasks: ["base85|ascii85"] },
  { api: "hashlib.sha3_256", tasks: ["sha3|sha-3|keccak"] },
  { api: "hmac.compare_digest", tasks: ["constant|constant-time time compare|comparison|comparing"] },
  // Iterables and collections.
  {
    api: "itertools.batched",
    tasks: [
      "split|divide|break|chunk|group|batch list|iterable|iterator|sequence|array|generator chunks|batches|groups|size|sized",
      "chunk|chunks|batch|batches list|iterable|iterator|sequence|generator",
      "equally|equal|evenly sized chunks|batches|groups",
    ],
  },
  {
    api: "itertools.pairwise",
    tasks: ["pairwise", "consecutive|overlapping|adjacent|successive|neighboring|neighbouring pairs"],
  },
  // Zipping lists of different lengths usually wants padding (`itertools.zip_longest`, Python 2's
  // `izip_longest`); only a check that they match is `strict`.
  {
    api: "zip(strict=True)",
    tasks: ["zip raise|error|check same|equal|different|unequal|mismatched length|lengths", "strict zip"],
  },
  { api: "max(default=)", tasks: ["max|min empty list|sequence|iterable"] },
  { api: "bisect.bisect(key=)", tasks: ["bisect|binary search key|function"] },
  { api: "graphlib.TopologicalSorter", tasks: ["topological sort|sorting|order", "toposort"] },
  { api: "collections.ChainMap", tasks: ["chain|layered|stack dicts|dictionaries|mappings|scopes"] },
  {
    api: "typing.ReadOnly",
    tasks: [
      "readonly|read-only key|keys|item|items typeddict|typed",
      "read only key|keys|item|items typeddict|typed",
      "typeddict read-only|readonly",
    ],
  },
  {
    api: "types.MappingProxyType",
    tasks: [
      "read-only|readonly|immutable|frozen dict|dictionary|mapping",
      "read only dict|dictionary|mapping",
    ],
  },
  // Functions and classes.
  {
    api: "functools.cache",
    tasks: [
      "unbounded|unlimited cache|memoize|memoization",
      "cache|memoize|lru_cache without|no size|limit|maxsize",
      // "Python complained about the cache decorator": `@cache` by its name in words.
      "the cache decorator",
    ],
  },
  { api: "functools.cached_property", tasks: ["cached|cache|lazy property|properties|attribute"] },
  {
    api: "functools.singledispatch",
    tasks: [
      "function overloading|overload type|types|argument",
      "single dispatch",
      "overload functions|function type|types",
    ],
  },
  { api: "copy.replace", tasks: ["generalized|generic|general replace"] },
  {
    api: "warnings.deprecated",
    tasks: ["deprecated|deprecation|deprecate decorator", "mark|flag function|method|class deprecated"],
  },
  { api: "enum.auto", tasks: ["auto|automatic|automatically enum value|values|number|numbers|numbering"] },
  { api: "enum.StrEnum", tasks: ["string|str enum|enums|enumeration", "enum strings|string values|members"] },
  { api: "enum.Flag", tasks: ["flag|flags|bitflag|bitmask|bitflags enum|enums"] },
  { api: "dataclasses.dataclass(slots=True)", tasks: ["dataclass|dataclasses slots|__slots__"] },
  { api: "BaseException.add_note", tasks: ["add|attach note|notes exception|error", "exception notes"] },
  {
    api: "inspect.signature",
    tasks: ["get|inspect|introspect|list parameters|arguments|args|signature function|callable|method"],
  },
  { api: "inspect.get_annotations", tasks: ["get|access|read annotations object|function|class|module"] },
  { api: "ast.unparse", tasks: ["convert|turn ast code|source", "ast back source|code"] },
  // Type hints.
  {
    api: "typing.NamedTuple",
    tasks: ["namedtuple|named tuple type|types|typed|hints|hint|annotations", "typed namedtuple|tuple"],
  },
  {
    api: "typing.Callable",
    tasks: [
      "type|hint|annotate function|callable|callback argument|parameter|param|arg",
      "type|hint|annotate callback|callbacks",
    ],
  },
  {
    api: "typing.Self",
    tasks: [
      "return|returns|returning same|own|current|enclosing class|type|cls|instance",
      "type|hint|annotate same|own|current|enclosing class|cls",
    ],
  },
  {
    api: "typing.Literal",
    tasks: [
      "literal type|types",
      "restrict|limit string|value|argument|parameter specific|certain|fixed|allowed values|strings",
    ],
  },
  {
    api: "typing.TypedDict",
    tasks: ["type|hint|annotate dict|dictionary specific|fixed|known keys", "typed dict|dicts|dictionary"],
  },
  { api: "typing.Protocol", tasks: ["structural subtyping|typing", "static duck typing"] },
  { api: "typing.Final", tasks: ["type|typing|hint|annotate constant|constants"] },
  {
    api: "typing.ParamSpec",
    tasks: [
      "type|typing|hint|annotate decorator preserve|preserves|preserving|keep|keeps signature|parameters|params",
    ],
  },
  {
    api: "typing.Annotated",
    tasks: ["metadata type hint|hints|annotation|annotations", "annotated type|types"],
  },
  { api: "typing.assert_never", tasks: ["exhaustiveness|exhaustive check|checking|match"] },
  {
    api: "typing.NotRequired",
    tasks: ["optional|notrequired key|keys typeddict|typed", "typeddict optional|missing key|keys"],
  },
  // Files, processes and the system.
  {
    api: "os.makedirs(exist_ok=True)",
    tasks: [
      "mkdir p",
      "create|make directory|directories|dir|folder|folders|dirs exist|exists|existing|already",
      "create|make nested|recursive|recursively directories|directory|folders|dirs",
    ],
  },
  {
    api: "pathlib.Path.unlink(missing_ok=True)",
    tasks: ["delete|remove|unlink file|path exist|exists|existing|missing"],
  },
  {
    api: "shutil.copytree(dirs_exist_ok=True)",
    tasks: ["copy|copytree directory|tree|folder|dir exist|exists|existing|already"],
  },
  {
    api: "glob.glob(recursive=True)",
    tasks: [
      "recursive|recursively glob|globbing",
      "glob|find|list files recursively|recursive|subdirectories|subfolders",
    ],
  },
  { api: "tempfile.TemporaryDirectory", tasks: ["temporary|temp|tmp directory|dir|folder"] },
  {
    api: "pathlib.PurePath.is_relative_to",
    tasks: [
      "subdirectory|subfolder|sub-directory|sub-folder of another|other|parent|given|some directory|folder|dir|path",
      "sub directory|folder of another|other|parent|given|some directory|folder|dir|path",
      "path|directory|file inside|within|under another|other|parent|given directory|folder|dir|path",
    ],
  },
  {
    api: "contextlib.chdir",
    tasks: [
      "change|switch working directory|dir|cwd temporarily",
      "temporarily change|switch directory|dir|cwd",
      "chdir context manager",
      "change|changing|switch directory|dir|cwd temporarily",
      "context manager change|changing|switch directory|dir|cwd",
    ],
  },
  {
    api: "shutil.which",
    tasks: [
      "find|locate executable|program|binary|command path",
      "check|whether|if program|command|executable|binary installed|exists|available",
    ],
  },
  { api: "shutil.disk_usage", tasks: ["disk usage|space", "free space disk"] },
  { api: "shutil.get_terminal_size", tasks: ["terminal|console size|width|columns"] },
  { api: "os.replace", tasks: ["atomic rename|replace|move", "rename|move overwrite|overwriting|replacing"] },
  {
    api: "os.cpu_count",
    tasks: ["number|count cpus|cpu|cores|processors", "how many cpus|cpu|cores|processors"],
  },
  { api: "os.add_dll_directory", tasks: ["dll search path|directory|directories", "add dll directory|path"] },
  {
    api: "hashlib.file_digest",
    tasks: ["hash|checksum|digest|md5|sha256|sha1 file|files", "file hash|checksum|digest"],
  },
  {
    api: "secrets",
    tasks: [
      "generate|create secure|random password|passwords|token|tokens",
      "cryptographically secure random",
      "secure random number|numbers|string|token|password",
    ],
  },
  {
    api: "random.choices",
    tasks: [
      "weighted random|choice|choices|selection|sample",
      "random choice|choose|pick|select weights|weight|probabilities|probability",
    ],
  },
  { api: "random.randbytes", tasks: ["random bytes"] },
  { api: "uuid.uuid7", tasks: ["uuid version|v 6|7|8", "uuid6|uuid7|uuidv7|uuidv6"] },
  {
    api: "zipapp",
    tasks: ["executable|runnable zip|archive|pyz", "zip executable|runnable|application|app"],
  },
  { api: "multiprocessing.shared_memory", tasks: ["shared memory"] },
  { api: "concurrent.futures.ThreadPoolExecutor", tasks: ["thread pool|threadpool|executor"] },
  { api: "asyncio.to_thread", tasks: ["run|call blocking code|function|call|io thread|threads"] },
  { api: "asyncio.TaskGroup", tasks: ["structured concurrency"] },
  {
    api: "asyncio.run",
    tasks: ["run|call|execute coroutine|async from sync|synchronous|regular|normal|main|non-async"],
  },
  {
    api: "importlib.metadata",
    tasks: [
      "version installed|package|distribution",
      "installed packages|package|distributions version|versions|metadata|list",
      "entry points",
    ],
  },
  {
    api: "importlib.resources.files",
    tasks: [
      "package data|resource|resources file|files",
      "read|load|access resource|data file|files package",
    ],
  },
  {
    api: "sys.stdlib_module_names",
    tasks: [
      "list|names|all stdlib modules",
      "list|names|all standard library modules",
      "module part stdlib",
      "module part standard library",
    ],
  },
  {
    api: "sys.set_int_max_str_digits",
    tasks: ["int|integer string|str conversion digits|length limit", "int|integer digits limit|maximum|max"],
  },
  {
    api: "unittest.IsolatedAsyncioTestCase",
    tasks: [
      "unittest|testcase async|asyncio|coroutine|coroutines|await",
      "test|testing async|asyncio|coroutine|coroutines unittest",
    ],
  },
  {
    api: "unittest.TestCase.subTest",
    tasks: ["parameterized|parametrized|parametrize|parameterize unittest|testcase|tests|test"],
  },
  { api: "unittest.mock", tasks: ["mock|mocking|mocks standard|stdlib|built-in|builtin|unittest"] },
  {
    api: "argparse",
    tasks: [
      "parse command line arguments|args|options|flags",
      "command line arguments|args|options parse|parsing|parser",
    ],
  },
  { api: "http.HTTPStatus", tasks: ["http status codes|code enum|constants|names"] },
  {
    api: "ipaddress",
    tasks: [
      "validate|parse|check ip|ipv4|ipv6 address|addresses",
      "ip|ipv4|ipv6 subnet|subnets|network|networks|cidr",
    ],
  },
  {
    api: "zoneinfo",
    tasks: [
      "iana|olson time|timezone|timezones zone|zones|database|names",
      "time zone|zones database",
      "timezone|timezones without pytz",
    ],
  },
  {
    api: "tomllib",
    tasks: [
      "parse|parsing toml",
      "read|load|reading|loading toml file|files|config|configuration",
      "toml parser|parsing|reader|library|module",
    ],
  },
  {
    api: "contextlib.suppress",
    tasks: ["suppress|ignore|ignoring|silence specific|certain exception|exceptions"],
  },
  {
    api: "contextlib.redirect_stdout",
    tasks: ["redirect|capture|capturing stdout", "capture|capturing print output|prints|statements"],
  },
  { api: "contextlib.nullcontext", tasks: ["dummy|noop|no-op|null|optional context manager"] },
  { api: "contextlib.ExitStack", tasks: ["variable|dynamic|arbitrary|unknown number context managers|with"] },
  {
    api: "contextvars",
    tasks: ["thread-local|threadlocal|thread local asyncio|async|coroutine|coroutines|tasks"],
  },
  { api: "asyncio.timeout", tasks: ["timeout context manager asyncio|async|await"] },
  { api: "sqlite3.Connection.backup", tasks: ["backup|copy sqlite|sqlite3 database|db"] },
  { api: "os.path.commonpath", tasks: ["common parent|base directory|path|folder", "longest common path"] },
  {
    api: "typing.override",
    tasks: ["override|overrides decorator", "mark method|methods override|overriding|overridden"],
  },
  {
    api: "pprint.PrettyPrinter(sort_dicts=)",
    tasks: ["pprint|pretty without|unsorted|disable|disabling|no sorting|sort|sorted"],
  },
  { api: "io.TextIOWrapper.reconfigure", tasks: ["change|set|reconfigure stdout encoding"] },
  // Dates and times.
  {
    api: "datetime.datetime.fromisoformat",
    tasks: [
      "parse|convert|read iso|iso8601|iso-8601|isoformat date|datetime|string|format|timestamp",
      "iso|iso8601|isoformat string|format to|into datetime|date",
    ],
  },
  { api: "datetime.date.fromisocalendar", tasks: ["iso week|calendar number|date to date"] },
  {
    api: "datetime.timezone",
    tasks: ["current|now utc time|datetime|date|timestamp", "timezone|tz aware utc|datetime|now"],
  },
  {
    api: "datetime.datetime.timestamp",
    tasks: ["datetime to unix|epoch|posix timestamp|time|seconds", "convert datetime timestamp|epoch"],
  },
  {
    api: "time.perf_counter",
    tasks: [
      "measure elapsed|execution time",
      "elapsed time",
      "high resolution|precision|precise timer|clock|time",
    ],
  },
  { api: "time.monotonic", tasks: ["monotonic clock|time"] },
  {
    api: "time.time_ns",
    tasks: ["time nanoseconds|nanosecond", "nanoseconds since epoch", "current time ns|nanoseconds"],
  },
];

/** Most other words allowed between two slots of a description ("split *a long* list"). */
export const MAX_GAP = 4;

interface Matcher {
  api: string;
  task: string;
  slots: ReadonlySet<string>[];
}

const MATCHERS: Matcher[] = TASK_PHRASES.flatMap(({ api, tasks }) =>
  tasks.map((task) => ({
    api,
    task,
    slots: task.split(" ").map((slot) => new Set(slot.split("|").map((w) => stem(w.toLowerCase())))),
  })),
);

/** The words of a text as the matcher compares them: lower case, stemmed, `__slots__` and `read-only` kept whole. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9_]+(?:-[a-z0-9]+)*/g) ?? []).map(stem);
}

/** Whether the slots occur in order in `seen`, each within `MAX_GAP` words of the one before. */
function matchesInOrder(
  seen: readonly string[],
  slots: readonly ReadonlySet<string>[],
  from = 0,
  slot = 0,
): boolean {
  const wanted = slots[slot];
  if (!wanted) return true;
  const last = slot === 0 ? seen.length - 1 : Math.min(seen.length - 1, from + MAX_GAP);
  for (let i = from; i <= last; i++) {
    if (wanted.has(seen[i] ?? "") && matchesInOrder(seen, slots, i + 1, slot + 1)) return true;
  }
  return false;
}

/** A task the question describes, with the API that does it; undefined when it describes none. */
export function findTask(text: string): { api: string; task: string } | undefined {
  const seen = words(text);
  const present = new Set(seen);
  for (const { api, task, slots } of MATCHERS) {
    // Every slot needs a word of the question; most rows fail this cheap test.
    if (!slots.every((slot) => sharesWord(slot, present))) continue;
    if (matchesInOrder(seen, slots)) return { api, task };
  }
  return undefined;
}

/** Whether a slot has a word of the question, without copying either: this runs for every row. */
function sharesWord(slot: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  for (const word of slot) if (present.has(word)) return true;
  return false;
}
