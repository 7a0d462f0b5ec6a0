import { describe, expect, it } from "vitest";
import { builtinApiCatalog } from "../../src/api/api-catalog.ts";
import { findApi } from "../../src/api/api-question.ts";
import { PyVer } from "../../src/pyver.ts";
import { findTask, TASK_PHRASES } from "../../src/query/task-phrases.ts";

describe("findTask", () => {
  it("finds the API a question describes, in the asker's words", () => {
    expect(findTask("More elegant way to calculate the product of the elements")?.api).toBe("math.prod");
    expect(findTask("Is there a math nCr function in python?")?.api).toBe("math.comb");
    expect(findTask("How do I split a list into equally-sized chunks?")?.api).toBe("itertools.batched");
    expect(findTask("how to check if a string is ascii")?.api).toBe("str.isascii");
    expect(findTask("mkdir -p in python")?.api).toBe("os.makedirs(exist_ok=True)");
    expect(findTask("What's the function like sum() but for multiplication?")?.api).toBe("math.prod");
    expect(findTask("get a substring after a prefix only if it starts with it")?.api).toBe(
      "str.removeprefix",
    );
    expect(findTask("a context manager to change directory temporarily")?.api).toBe("contextlib.chdir");
    expect(findTask("best way to get the current UTC time")?.api).toBe("datetime.timezone");
    expect(findTask("How can I do case insensitive string comparison?")?.api).toBe("str.casefold");
    expect(findTask("Increment a floating point value by the smallest possible amount")?.api).toBe(
      "math.nextafter",
    );
    expect(findTask("check whether a directory is a sub directory of another directory")?.api).toBe(
      "pathlib.PurePath.is_relative_to",
    );
    expect(findTask("how do I parse a TOML file without installing anything")?.api).toBe("tomllib");
    expect(findTask("pprint a dict without sorting the keys")?.api).toBe("pprint.PrettyPrinter(sort_dicts=)");
    expect(findTask("convert an integer to bytes in big endian")?.api).toBe("int.to_bytes");
    expect(findTask("get a list of IANA time zone names")?.api).toBe("zoneinfo");
    expect(findTask("How to convert Python's .isoformat() string back into datetime object")?.api).toBe(
      "datetime.datetime.fromisoformat",
    );
    expect(findTask("something like functools.lru_cache but without size limit")?.api).toBe(
      "functools.cache",
    );
  });

  it("needs the words in order and close together", () => {
    expect(findTask("a list of the elements on the product page")).toBeUndefined();
    expect(findTask("ascii art in a string")).toBeUndefined();
    expect(findTask("a list of chunks")).toBeUndefined();
    expect(findTask("Loading of .dll files with .toml with Python 3.8")).toBeUndefined();
  });

  it("finds nothing in a question about something else", () => {
    expect(findTask("what's new in python 3.12")).toBeUndefined();
    expect(findTask("which version added the walrus operator")).toBeUndefined();
  });
});

describe("TASK_PHRASES", () => {
  const catalog = builtinApiCatalog();
  it.each(TASK_PHRASES.map((row) => row.api))("names an API the catalog dates: %s", (api) => {
    const [entry] = findApi(api, catalog)?.entries ?? [];
    expect(entry?.py3).toMatch(/^3\.\d+/);
  });
});

describe("a described API in an answer", () => {
  const bot = PyVer.open({ cache: false });
  it("leads with the API and the release that added it", () => {
    const answer = bot.ask("Is there a math nCr function in python?");
    expect(answer.api?.name).toBe("math.comb");
    expect(answer.answer).toMatch(/^`math\.comb` — new in Python 3\.8/);
  });

  it("answers a version given as context with a verdict", () => {
    expect(bot.ask("can I split a list into chunks of n on 3.9?").answer).toMatch(
      /^No — `itertools\.batched` is new in Python 3\.12/,
    );
  });

  it("leads with the described API even where later notes name one like it", () => {
    expect(bot.ask("type hint for a callback parameter").answer).toMatch(
      /^`typing\.Callable` — new in Python 3\.5/,
    );
    expect(bot.ask("typed namedtuple").answer).toMatch(/^`typing\.NamedTuple` — new in Python 3\.5/);
  });

  it("prefers the described member over the module the question names", () => {
    expect(bot.ask("is there a way to do a weighted random choice with the random module").api?.name).toBe(
      "random.choices",
    );
  });
});
