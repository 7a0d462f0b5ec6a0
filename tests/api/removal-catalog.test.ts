import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildRemovalsFile,
  checkRemovals,
  DEFAULT_REFERENCE,
  loadKnowledge,
  realAnchors,
  SPOT_CHECKS,
} from "../../scripts/build-removal-facts.ts";
import { builtinRemovalCatalog, REMOVALS_FILE, RemovalCatalog } from "../../src/api/removal-catalog.ts";
import type { RemovalDataFile, RemovalEntry } from "../../src/api/removal-fact.ts";
import { compareVersions } from "../../src/documents/version.ts";

const catalog = builtinRemovalCatalog();
const one = (name: string): RemovalEntry | undefined => catalog.lookup(name)[0];
const names = (name: string): string[] => catalog.lookup(name).map((e) => e.name);

describe("removal facts", () => {
  it("asynchat was removed in 3.12 and deprecated since 3.6, in favour of asyncio", () => {
    expect(one("asynchat")).toMatchObject({
      kind: "module",
      removedIn: "3.12",
      deprecatedIn: "3.6",
      replacement: "asyncio",
    });
  });

  it("telnetlib was removed in 3.13 with PEP 594, deprecated since 3.11", () => {
    expect(one("telnetlib")).toMatchObject({ removedIn: "3.13", deprecatedIn: "3.11", pep: 594 });
  });

  it("the PEP 594 dead batteries all went in 3.13", () => {
    const dead =
      "aifc audioop cgi cgitb chunk crypt imghdr mailcap msilib nis nntplib ossaudiodev pipes sndhdr spwd sunau telnetlib uu xdrlib";
    for (const module of dead.split(" ")) {
      expect(one(module), module).toMatchObject({
        name: module,
        kind: "module",
        removedIn: "3.13",
        pep: 594,
      });
    }
  });

  it("raw_input's replacement is input, and it went in 3.0 with PEP 3111", () => {
    expect(one("raw_input")).toMatchObject({
      kind: "builtin",
      removedIn: "3.0",
      replacement: "input",
      pep: 3111,
    });
  });

  it("follows a replacement a later release removed to the one that stands today", () => {
    expect(one("reload")).toMatchObject({ removedIn: "3.0", replacement: "importlib.reload" });
    const chained = RemovalCatalog.fromData({
      entries: [
        { name: "a.old", kind: "function", removedIn: "3.0", replacement: "a.mid", url: "u" },
        { name: "a.mid", kind: "function", removedIn: "3.12", replacement: "a.new", url: "u" },
      ],
    } as RemovalDataFile);
    expect(chained.lookup("a.old")[0]?.replacement).toBe("a.new");
  });

  it("Python 2 names gone in 3.0 name their Python 3 replacements", () => {
    expect(one("basestring")?.replacement).toBe("str");
    expect(one("xrange")?.replacement).toBe("range");
    expect(one("long")?.replacement).toBe("int");
    expect(one("reduce")?.replacement).toBe("functools.reduce");
    expect(one("dict.has_key")?.replacement).toBe("in");
    expect(one("sys.maxint")?.replacement).toBe("sys.maxsize");
    expect(one("urllib2")).toMatchObject({
      kind: "module",
      removedIn: "3.0",
      replacement: "urllib",
      pep: 3108,
    });
  });

  it("Python 3.0's removed syntax has entries of its own", () => {
    expect(one("print statement")).toMatchObject({
      kind: "syntax",
      removedIn: "3.0",
      replacement: "print()",
    });
    expect(one("<> operator")).toMatchObject({ kind: "syntax", replacement: "!=" });
    expect(one("backticks")?.replacement).toBe("repr()");
  });

  it("collections' ABC aliases went in 3.10, pointing at collections.abc", () => {
    expect(one("collections.Mapping")).toMatchObject({
      kind: "alias",
      removedIn: "3.10",
      replacement: "collections.abc.Mapping",
    });
  });

  it("unittest's old assertion aliases are methods of TestCase, removed in 3.12", () => {
    expect(one("unittest.TestCase.assertEquals")).toMatchObject({
      removedIn: "3.12",
      deprecatedIn: "3.2",
      replacement: "unittest.TestCase.assertEqual",
    });
  });

  it("a keyword argument is written like a call", () => {
    expect(one("json.loads(encoding=)")).toMatchObject({ kind: "keyword-argument", removedIn: "3.9" });
  });

  it("an argument the notes name in double quotes, of a class listed beside its own method, is the class's", () => {
    expect(one("html.parser.HTMLParser(strict=)")).toMatchObject({
      kind: "keyword-argument",
      deprecatedIn: "3.4",
      removedIn: "3.5",
    });
    expect(names("HTMLParser.error(strict=)")).toEqual([]);
  });

  it("a name still only deprecated keeps its planned removal", () => {
    expect(one("asyncio.iscoroutinefunction")).toMatchObject({
      deprecatedIn: "3.14",
      plannedRemoval: "3.16",
      replacement: "inspect.iscoroutinefunction",
    });
    expect(one("asyncio.iscoroutinefunction")?.removedIn).toBeUndefined();
  });

  it("a keyword argument deprecated for a listed family goes when a later release removes it from the module", () => {
    for (const name of ["asyncio.Queue(loop=)", "asyncio.sleep(loop=)", "asyncio.Lock(loop=)"])
      expect(one(name), name).toMatchObject({
        kind: "keyword-argument",
        deprecatedIn: "3.8",
        removedIn: "3.10",
      });
    expect(one("asyncio.loop.run_in_executor(loop=)")).toBeUndefined();
  });

  it("a module's old API, removed as a whole, takes each member the release it names deprecated", () => {
    expect(one("plistlib.readPlist")).toMatchObject({
      removedIn: "3.9",
      deprecatedIn: "3.4",
      replacement: "plistlib.load",
    });
    expect(one("plistlib.writePlistToBytes")).toMatchObject({
      removedIn: "3.9",
      replacement: "plistlib.dumps",
    });
    // Deprecated in another release, it is no part of that old API.
    expect(one("plistlib.Dict")?.removedIn).toBe("3.7");
  });

  it("a method planned for removal went when its release removed the same method from a subclass", () => {
    expect(one("configparser.RawConfigParser.readfp")).toMatchObject({
      removedIn: "3.12",
      deprecatedIn: "3.2",
    });
    expect(one("configparser.RawConfigParser.readfp")?.plannedRemoval).toBeUndefined();
  });

  it("a name planned for removal went when its release's item on the module says a member of that name was removed", () => {
    for (const name of [
      "importlib.abc.MetaPathFinder.find_module",
      "importlib.machinery.FileFinder.find_loader",
    ])
      expect(one(name), name).toMatchObject({
        removedIn: "3.12",
        url: "https://docs.python.org/3/whatsnew/3.12.html#importlib",
      });
    expect(one("turtle.settiltangle")).toMatchObject({ removedIn: "3.13", deprecatedIn: "3.1" });
    // 3.12's notes never say `link_to` went, so it stays planned, and so do the ssl constants 3.11 kept.
    expect(one("pathlib.Path.link_to")).toMatchObject({ plannedRemoval: "3.12" });
    expect(one("ssl.PROTOCOL_TLSv1")?.removedIn).toBeUndefined();
  });

  it("Python 2 urllib's functions went in 3.0, each to its module of the urllib package", () => {
    expect(one("urllib.urlretrieve")).toMatchObject({
      removedIn: "3.0",
      replacement: "urllib.request.urlretrieve",
    });
    expect(one("urllib.quote")).toMatchObject({
      removedIn: "3.0",
      replacement: "urllib.parse.quote",
      pep: 3108,
    });
  });

  it("a member of a removed module went with it", () => {
    expect(one("cgi.log")).toMatchObject({ removedIn: "3.13", deprecatedIn: "3.10" });
    expect(one("cgi.log")?.plannedRemoval).toBeUndefined();
  });

  it("keeps the facts the builder spot-checks against the notes, as the notes give them", () => {
    const file = JSON.parse(readFileSync(REMOVALS_FILE, "utf8")) as RemovalDataFile;
    const asWritten = new RemovalCatalog(file.entries);
    for (const expected of SPOT_CHECKS) {
      expect(asWritten.lookup(expected.name)[0], expected.name).toMatchObject(expected);
    }
  });
});

describe("RemovalCatalog.lookup", () => {
  it("finds exact dotted names, then the same name in another case", () => {
    expect(names("unittest.makeSuite")).toEqual(["unittest.makeSuite"]);
    expect(names("configparser.safeconfigparser")).toEqual(["configparser.SafeConfigParser"]);
  });

  it("a suffix lookup finds unittest.makeSuite", () => {
    expect(names("makeSuite")).toEqual(["unittest.makeSuite"]);
  });

  it("finds threading.Thread.isAlive by its method or by class and method", () => {
    expect(names("isAlive")).toEqual(["threading.Thread.isAlive"]);
    expect(names("Thread.isAlive")).toEqual(["threading.Thread.isAlive"]);
  });

  it("accepts a name written as a call, a decorator or in backticks", () => {
    expect(names("raw_input()")).toEqual(["raw_input"]);
    expect(names("@asyncio.coroutine")).toEqual(["asyncio.coroutine"]);
    expect(names("`imp`")).toEqual(["imp"]);
  });

  it("finds nothing for an unknown name or a suffix several entries share", () => {
    expect(names("math.isqrt")).toEqual([]);
    expect(names("getchildren")).toEqual([]);
    expect(names("")).toEqual([]);
  });

  it("prefers the one entry in the same case when a suffix is shared", () => {
    const tiny = new RemovalCatalog([
      { name: "a.Foo", kind: "class", removedIn: "3.9", url: "u" },
      { name: "b.foo", kind: "function", removedIn: "3.9", url: "u" },
      { name: "c.bar", kind: "function", removedIn: "3.9", url: "u" },
      { name: "d.bar", kind: "function", removedIn: "3.9", url: "u" },
    ]);
    expect(tiny.lookup("Foo").map((e) => e.name)).toEqual(["a.Foo"]);
    expect(tiny.lookup("foo").map((e) => e.name)).toEqual(["b.foo"]);
    expect(tiny.lookup("bar")).toEqual([]);
  });

  it("reads the built-in file once per process", () => {
    expect(builtinRemovalCatalog()).toBe(catalog);
  });
});

describe("the removals file", () => {
  const text = readFileSync(REMOVALS_FILE, "utf8");
  const data = JSON.parse(text) as RemovalDataFile;

  it("every entry's url is a docs.python.org whatsnew address", () => {
    for (const e of data.entries) {
      expect(e.url, e.name).toMatch(
        /^https:\/\/docs\.python\.org\/3\/whatsnew\/3\.\d+\.html#[a-z][a-z0-9-]*$/,
      );
    }
  });

  it("no entry is removed before it was deprecated", () => {
    for (const e of data.entries) {
      if (e.removedIn && e.deprecatedIn)
        expect(compareVersions(e.deprecatedIn, e.removedIn), e.name).toBeLessThanOrEqual(0);
    }
  });

  it("every entry is removed or deprecated, and only names still there have a planned removal", () => {
    for (const e of data.entries) {
      expect(e.removedIn ?? e.deprecatedIn, e.name).toBeDefined();
      if (e.plannedRemoval) expect(e.removedIn, e.name).toBeUndefined();
    }
  });

  it("has one entry per name, sorted by name, one per line", () => {
    const sorted = [...data.entries].map((e) => e.name);
    expect(sorted).toEqual([...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(sorted).size).toBe(sorted.length);
    expect(text.split("\n").filter((l) => l.startsWith("    {"))).toHaveLength(data.entries.length);
  });

  it("covers the releases from 3.0 to 3.14", () => {
    const removedIn = new Set(data.entries.map((e) => e.removedIn).filter(Boolean));
    for (const v of ["3.0", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"])
      expect(removedIn).toContain(v);
    expect(data.entries.length).toBeGreaterThan(400);
  });
});

// The reference sources live outside the repository; only developers have them.
const shared = join(DEFAULT_REFERENCE, "cpython-whatsnew", "3.12.rst");

describe.skipIf(!existsSync(shared))("build-removal-facts against the What's New sources", () => {
  it("gives the same bytes on every run, and those are the committed file's", () => {
    const first = buildRemovalsFile(DEFAULT_REFERENCE);
    expect(buildRemovalsFile(DEFAULT_REFERENCE)).toBe(first);
    expect(readFileSync(REMOVALS_FILE, "utf8")).toBe(first);
  });

  it("links only to anchors the pages have, and passes its spot checks", () => {
    const know = loadKnowledge(DEFAULT_REFERENCE);
    const data = JSON.parse(readFileSync(REMOVALS_FILE, "utf8")) as RemovalDataFile;
    expect(checkRemovals(data, (v) => realAnchors(DEFAULT_REFERENCE, v, know))).toEqual([]);
  });
});
