import { describe, expect, it } from "vitest";
import { compareVersions, inferVersion, normalizeVersion } from "../../src/documents/version.ts";

describe("inferVersion", () => {
  it.each([
    ["What's New In Python 3.4", "3.4"],
    ["Python 3.2 Release Summary", "3.2"],
    ["Python 2to3: What's New in 3.4 - Part 2", "3.4"],
    ["What's New In Python 3.10", "3.10"],
    ["Python 3.12.1 bugfix release", "3.12"],
    ["Porting from Python 2.7", "2.7"],
  ])("finds the version in %j", (text, version) => {
    expect(inferVersion(text)).toBe(version);
  });

  it.each(["Python 2to3 Guide", "Release 13.4 of something", "Python 4.0", "No version here"])(
    "finds none in %j",
    (text) => {
      expect(inferVersion(text)).toBeUndefined();
    },
  );
});

describe("normalizeVersion", () => {
  it.each([
    ["3.4", "3.4"],
    ["3.04", "3.4"],
    ["3.10", "3.10"],
    ["3.12.1", "3.12"],
    ["v3.9", "3.9"],
    [" 2.7 ", "2.7"],
  ])("turns %j into %j", (text, version) => {
    expect(normalizeVersion(text)).toBe(version);
  });

  it.each(["312", "3", "4.0", "Python 3.4", "3.4.x"])("rejects %j", (text) => {
    expect(normalizeVersion(text)).toBeUndefined();
  });
});

describe("compareVersions", () => {
  it("orders minor versions numerically, 3.9 before 3.10", () => {
    expect(compareVersions("3.9", "3.10")).toBeLessThan(0);
    expect(compareVersions("3.10", "3.9")).toBeGreaterThan(0);
    expect(compareVersions("2.7", "3.0")).toBeLessThan(0);
    expect(compareVersions("3.4", "3.4")).toBe(0);
  });

  it("sorts a list of versions", () => {
    expect(["3.10", "2.7", "3.9", "3.1", "3.12"].sort(compareVersions)).toEqual([
      "2.7",
      "3.1",
      "3.9",
      "3.10",
      "3.12",
    ]);
  });
});
