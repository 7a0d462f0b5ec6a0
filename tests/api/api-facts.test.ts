import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildApiData } from "../../scripts/build-api-facts.ts";
import { DEFAULT_NOTES, type DocNotesFile, notesOfPage } from "../../scripts/extract-doc-notes.ts";
import type { InventoryObject } from "../../scripts/sphinx-inventory.ts";
import { API_DATA_FILE } from "../../src/api/api-catalog.ts";
import type { ApiDataFile } from "../../src/api/api-fact.ts";
import { compareVersions } from "../../src/documents/version.ts";

const data = JSON.parse(readFileSync(API_DATA_FILE, "utf8")) as ApiDataFile;

interface Row {
  py2: string | null;
  py3: string | null;
}

const rows = new Map<string, Row>([
  ...data.modules.map(([name, py2, py3]): [string, Row] => [name, { py2, py3 }]),
  ...data.members.map(([name, , py2, py3]): [string, Row] => [name, { py2, py3 }]),
]);

/** The longest dotted prefix of `name` that is itself an entry. */
function ownerOf(name: string): [string, Row] | undefined {
  const parts = name.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const owner = parts.slice(0, i).join(".");
    const row = rows.get(owner);
    if (row) return [owner, row];
  }
  return undefined;
}

const py3Of = (name: string): string | null | undefined => rows.get(name)?.py3;

describe("corpus/api-versions.json", () => {
  it("has no member older than its owner, in either Python line", () => {
    const older: string[] = [];
    for (const [name, row] of rows) {
      const owner = ownerOf(name);
      if (!owner) continue;
      const [ownerName, own] = owner;
      if (row.py3 !== null && own.py3 !== null && compareVersions(row.py3, own.py3) < 0)
        older.push(`${name} ${row.py3} < ${ownerName} ${own.py3}`);
      if (row.py2 !== null && (own.py2 === null || compareVersions(row.py2, own.py2) < 0))
        older.push(`${name} py2 ${row.py2} < ${ownerName} py2 ${own.py2}`);
    }
    expect(older).toEqual([]);
  });

  it("dates members by their class, and names vermin lacks by the reference's notes", () => {
    expect(py3Of("asyncio.Timeout")).toBe("3.11");
    expect(py3Of("enum.ReprEnum")).toBe("3.11");
    expect(py3Of("statistics.NormalDist.mean")).toBe("3.8");
    expect(py3Of("asyncio.TaskGroup.create_task")).toBe("3.11");
    expect(py3Of("unittest.mock.AsyncMock.assert_awaited")).toBe("3.8");
    expect(py3Of("math.isqrt")).toBe("3.8");
    expect(py3Of("functools.cache")).toBe("3.9");
    // Newer than the 3.11 reference: the tables' date stands.
    expect(py3Of("itertools.batched")).toBe("3.12");
    // A bugfix-release note ("New in version 3.7.1") is stored as its minor release.
    expect(py3Of("contextvars.ContextVar.name")).toBe("3.7");
  });

  it("gives importlib's Python 2 version only to what 2.7's importlib had", () => {
    const importlib = [...rows].filter(([name]) => name === "importlib" || name.startsWith("importlib."));
    expect(importlib.length).toBeGreaterThan(100);
    expect(importlib.filter(([, row]) => row.py2 !== null).map(([name]) => name)).toEqual([
      "importlib",
      "importlib.import_module",
    ]);
    for (const [name, row] of importlib) expect(`${name} ${row.py3}`).toMatch(/ 3\.(?:[1-9]|1\d)$/);
  });

  it("takes a What's New page's date over the tables', and its keyword arguments they lack", () => {
    expect(py3Of("list.copy")).toBe("3.3");
    expect(py3Of("list.clear")).toBe("3.3");
    const group = data.kwargs.find(([f, k]) => f === "importlib.metadata.entry_points" && k === "group");
    expect(group?.[3]).toBe("3.10");
  });

  it("files the signal module's enums under signal", () => {
    const names = [...rows.keys(), ...data.kwargs.map(([f]) => f)];
    expect(names.filter((n) => n.startsWith("signals."))).toEqual([]);
    expect(py3Of("signal.Signals")).toBe("3.5");
    expect(data.members.find(([n]) => n === "signal.Handlers")?.[4]).toBe("library/signal.html#$");
  });

  it("names both sources and their licences", () => {
    expect(data.source).toContain("MIT");
    expect(data.source).toContain("PSF License");
  });
});

describe("corpus/api-doc-notes.json", () => {
  const notes = JSON.parse(readFileSync(DEFAULT_NOTES, "utf8")) as DocNotesFile;

  it("is sorted name → version, with its source and licence", () => {
    const names = Object.keys(notes.notes);
    expect(names.length).toBeGreaterThan(1000);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const version of Object.values(notes.notes)) expect(version).toMatch(/^3\.\d+(?:\.\d+)?$/);
    expect(notes.source).toContain("PSF License");
    expect(notes.notes["asyncio.Timeout"]).toBe("3.11");
    // Bugfix releases stay as the reference gives them.
    expect(notes.notes["contextvars.ContextVar.name"]).toBe("3.7.1");
  });
});

const entry = (role: string, page: string): InventoryObject => ({ role, uri: `library/${page}.html#$` });

describe("buildApiData", () => {
  const inventory = new Map<string, InventoryObject>([
    ["shapes", entry("py:module", "shapes")],
    ["shapes.Circle", entry("py:class", "shapes")],
    ["shapes.Circle.area", entry("py:method", "shapes")],
    ["shapes.Circle.grow", entry("py:method", "shapes")],
    ["shapes.Timer", entry("py:class", "shapes")],
    ["shapes.Timer.start", entry("py:method", "shapes")],
    ["shapes.old", entry("py:function", "shapes")],
    ["shapes.Square", entry("py:class", "shapes")],
    ["base", entry("py:module", "base")],
    ["base.Thing", entry("py:class", "base")],
    ["base.Thing.go", entry("py:method", "base")],
    ["base.extra", entry("py:function", "base")],
    ["base.plain", entry("py:function", "base")],
    ["importlib", entry("py:module", "importlib")],
    ["importlib.import_module", entry("py:function", "importlib")],
    ["importlib.abc.Loader", entry("py:class", "importlib")],
    ["signal", entry("py:module", "signal")],
    ["signal.Signals", entry("py:class", "signal")],
    ["stray.anchor", entry("py:attribute", "stray")],
  ]);
  const rules = {
    modules: {
      shapes: { py2: "2.7", py3: "3.4" },
      base: { py2: "2.0", py3: "3.0" },
      importlib: { py2: "2.7", py3: "3.1" },
    },
    members: {
      "shapes.Circle": { py2: null, py3: "3.8" },
      "shapes.Square": { py2: null, py3: "3.6" },
      "base.Thing": { py2: null, py3: "3.5" },
      "signals.Signals": { py2: null, py3: "3.5" },
    },
    kwargs: [],
  };
  const notes = {
    "shapes.Timer": "3.11",
    "shapes.Circle.grow": "3.6",
    "shapes.Square": "3.9",
    "base.extra": "3.6.2",
    "stray.anchor": "3.3",
  };
  const built = buildApiData(rules, inventory, notes);
  const row = (name: string) => built.members.find(([n]) => n === name);

  it("dates an unlisted member by its class, not its module", () => {
    expect(row("shapes.Circle.area")?.slice(2, 4)).toEqual([null, "3.8"]);
  });

  it("lets the reference's own note date a name the tables lack, never older than its owner", () => {
    expect(row("shapes.Timer")?.slice(2, 4)).toEqual([null, "3.11"]);
    expect(row("shapes.Timer.start")?.slice(2, 4)).toEqual([null, "3.11"]);
    // Documented in 3.6 somewhere, but its class is 3.8.
    expect(row("shapes.Circle.grow")?.slice(2, 4)).toEqual([null, "3.8"]);
    // The tables' own date stands.
    expect(row("shapes.Square")?.slice(2, 4)).toEqual([null, "3.6"]);
    expect(row("shapes.old")?.slice(2, 4)).toEqual(["2.7", "3.4"]);
  });

  it("stores a bugfix-release note as its minor release", () => {
    expect(row("base.extra")?.slice(2, 4)).toEqual([null, "3.6"]);
  });

  it("adds no rows nothing dates, nor stray anchors", () => {
    expect(row("base.plain")).toBeUndefined();
    // A dated class in an old module: its members are inferred at lookup time, not stored.
    expect(row("base.Thing.go")).toBeUndefined();
    expect(row("stray.anchor")).toBeUndefined();
  });

  it("keeps Python 2.7's importlib to import_module, and renames vermin's signals", () => {
    expect(row("importlib.import_module")?.slice(2, 4)).toEqual(["2.7", "3.1"]);
    expect(row("importlib.abc.Loader")?.slice(2, 4)).toEqual([null, "3.1"]);
    expect(row("signal.Signals")).toEqual(["signal.Signals", "class", null, "3.5", "library/signal.html#$"]);
    expect(row("signals.Signals")).toBeUndefined();
  });
});

describe("notesOfPage", () => {
  const note = (text: string): string =>
    `<div class="versionadded"><p><span class="versionmodified added">${text}</span></p></div>`;
  const dl = (kind: string, id: string, body: string): string =>
    `<dl class="py ${kind}"><dt class="sig sig-object py" id="${id}">x</dt><dd>${body}</dd></dl>`;

  it("takes an object's own plain note, not a member's, a parameter's or an item's", () => {
    const page = [
      `<section id="module-m"><h1>m</h1>${note("New in version 3.4.")}<p>Source</p>`,
      dl("class", "m.A", `<p>A class.</p>${dl("method", "m.A.f", `<p>f</p>${note("New in version 3.9.")}`)}`),
      dl("function", "m.g", `<p>g</p>${note("New in version 3.8: The <em>x</em> parameter.")}`),
      dl("function", "m.h", `<p>h</p>${note("New in version 3.7.")}<p>The <em>y</em> argument…</p>`),
      dl("class", "m.B", `<p>B</p><blockquote><div>${note("New in version 3.11.")}</div></blockquote>`),
      dl(
        "function",
        "m.k",
        `<ul><li>kw</li></ul><blockquote><div>${note("New in version 3.10.")}</div></blockquote>`,
      ),
      dl("data", "m.C", `<p>C</p>${note("New in version 3.6.2.")}`),
      `</section>`,
    ].join("\n");
    expect(Object.fromEntries(notesOfPage(page))).toEqual({
      m: "3.4",
      "m.A.f": "3.9",
      "m.B": "3.11",
      "m.C": "3.6.2",
    });
  });
});
