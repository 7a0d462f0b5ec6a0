import { describe, expect, it } from "vitest";
import { builtinApiCatalog, isAvailableIn, toFact } from "../../src/api/api-catalog.ts";
import { python3NameOf } from "../../src/api/python2-names.ts";

const catalog = builtinApiCatalog();
const names = (name: string): string[] => catalog.lookup(name).map((e) => e.name);

describe("ApiCatalog.lookup", () => {
  it("finds exact dotted names first", () => {
    expect(names("math.isqrt")).toEqual(["math.isqrt"]);
    expect(names("functools.lru_cache")).toEqual(["functools.lru_cache"]);
    expect(catalog.lookup("str.removeprefix")[0]).toMatchObject({ py3: "3.9", kind: "method" });
  });

  it("tells a name with members (a module) from a bare builtin", () => {
    expect(catalog.hasMembers("pickle")).toBe(true);
    expect(catalog.hasMembers("open")).toBe(false);
  });

  it("finds a bare name by its last parts", () => {
    expect(names("isqrt")).toEqual(["math.isqrt"]);
    expect(names("removeprefix")).toEqual([
      "str.removeprefix",
      "bytes.removeprefix",
      "bytearray.removeprefix",
    ]);
    expect(names("Counter.subtract")).toEqual(["collections.Counter.subtract"]);
  });

  it("keeps every candidate of an ambiguous name, top of the library first", () => {
    expect(names("run")).toEqual(expect.arrayContaining(["asyncio.run", "subprocess.run"]));
    expect(names("run")[0]).toBe("asyncio.run");
  });

  it("prefers the same case, and real classes over typing's aliases", () => {
    expect(names("asynccontextmanager")).toEqual(["contextlib.asynccontextmanager"]);
    expect(names("OrderedDict")).toEqual(["collections.OrderedDict"]);
    expect(names("ConfigParser")[0]).toBe("ConfigParser");
    expect(names("configparser")[0]).toBe("configparser");
  });

  it("resolves a qualifier that names a base class (Path → PurePath)", () => {
    expect(names("Path.is_relative_to")).toEqual(["pathlib.PurePath.is_relative_to"]);
    // `file` ends `zipfile` but is no word of it.
    expect(names("file.Path")).toEqual([]);
  });

  it("knows keyword arguments by function", () => {
    expect(catalog.kwarg("subprocess.run", "capture_output")).toMatchObject({ py3: "3.7" });
    expect(catalog.functionsNamed("lru_cache")).toEqual(["functools.lru_cache"]);
    expect(catalog.kwargsNamedAs("capture_output").map((e) => e.name)).toEqual(["subprocess.run"]);
  });

  it("returns nothing for names it does not know", () => {
    expect(names("kubernetes")).toEqual([]);
    expect(names("math.nosuchthing")).toEqual([]);
    // The builtin `list` is not `typing.List`.
    expect(names("list")).toEqual([]);
    // A PyPI backport is in no release, whatever version the rules give it.
    expect(names("typing_extensions")).toEqual([]);
  });
});

describe("ApiCatalog.lookup with inferMember", () => {
  const inferred = (name: string) => catalog.lookup(name, { inferMember: true });

  it("gives a member nothing lists its known owner's versions, saying whose", () => {
    expect(catalog.lookup("ssl.SSLContext.wrap_bio")).toEqual([]);
    const [entry, ...rest] = inferred("ssl.SSLContext.wrap_bio");
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      name: "ssl.SSLContext.wrap_bio",
      kind: "member",
      py2: "2.7",
      py3: "3.2",
      url: "https://docs.python.org/3/library/ssl.html#ssl.SSLContext",
      inferredFrom: "ssl.SSLContext",
    });
    if (!entry) throw new Error("no inferred entry");
    expect(toFact(entry, "3.1")).toMatchObject({
      name: "ssl.SSLContext.wrap_bio",
      addedIn: "3.2",
      inferredFrom: "ssl.SSLContext",
      target: { version: "3.1", available: false },
    });
    expect(inferred("asyncio.nosuch")[0]).toMatchObject({ py3: "3.4", inferredFrom: "asyncio" });
  });

  it("leaves listed names, bare words, unknown owners and known keyword arguments alone", () => {
    expect(inferred("math.isqrt")).toEqual(catalog.lookup("math.isqrt"));
    expect(inferred("math.isqrt")[0]?.inferredFrom).toBeUndefined();
    expect(inferred("nosuchthing")).toEqual([]);
    expect(inferred("math.nosuchthing")).toEqual([]);
    // The owner must be written as the entry is, and be a module or a class.
    expect(inferred("SSL.SSLContext.wrap_bio")).toEqual([]);
    expect(inferred("math.isqrt.nosuch")).toEqual([]);
    expect(inferred("argparse.ArgumentParser.exit_on_error")).toEqual([]);
    expect(toFact(catalog.lookup("math.isqrt")[0]!).inferredFrom).toBeUndefined();
  });
});

describe("facts", () => {
  it("links to the library reference", () => {
    const [isqrt] = catalog.lookup("math.isqrt");
    expect(isqrt?.url).toBe("https://docs.python.org/3/library/math.html#math.isqrt");
    const kwarg = catalog.kwarg("subprocess.run", "capture_output");
    expect(kwarg?.url).toBe("https://docs.python.org/3/library/subprocess.html#subprocess.run");
    expect(catalog.lookup("zoneinfo")[0]?.url).toBe(
      "https://docs.python.org/3/library/zoneinfo.html#module-zoneinfo",
    );
  });

  it("says whether a release has it, for Python 3 and Python 2 targets", () => {
    const [isqrt] = catalog.lookup("math.isqrt");
    if (!isqrt) throw new Error("math.isqrt missing");
    expect(isAvailableIn(isqrt, "3.7")).toBe(false);
    expect(isAvailableIn(isqrt, "3.8")).toBe(true);
    expect(isAvailableIn(isqrt, "3.12")).toBe(true);
    expect(isAvailableIn(isqrt, "2.7")).toBe(false);
    expect(toFact(isqrt, "3.7")).toEqual({
      name: "math.isqrt",
      kind: "function",
      addedIn: "3.8",
      url: "https://docs.python.org/3/library/math.html#math.isqrt",
      target: { version: "3.7", available: false },
    });
  });

  it("says where Python-2-only names went", () => {
    const [urllib2] = catalog.lookup("urllib2");
    if (!urllib2) throw new Error("urllib2 missing");
    expect(toFact(urllib2)).toMatchObject({ addedIn: "2.0", movedTo: "urllib.request" });
    expect(isAvailableIn(urllib2, "2.7")).toBe(true);
    expect(isAvailableIn(urllib2, "3.0")).toBe(false);
    expect(python3NameOf("urllib2.urlopen")).toBe("urllib.request.urlopen");
    expect(python3NameOf("unicode")).toBe("str");
    expect(python3NameOf("math")).toBeUndefined();
  });
});
