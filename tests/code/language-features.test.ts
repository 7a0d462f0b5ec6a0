import { describe, expect, it } from "vitest";
import { LANGUAGE_FEATURES, languageFeature } from "../../src/code/language-features.ts";
import { compareVersions } from "../../src/documents/version.ts";

describe("the language feature table", () => {
  it("gives every feature one id", () => {
    const ids = LANGUAGE_FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links every feature to a section of the What's New page of its release", () => {
    for (const feature of LANGUAGE_FEATURES) {
      const page = feature.version === "2" ? "3.0" : feature.version;
      expect(feature.url, feature.id).toMatch(
        new RegExp(`^https://docs\\.python\\.org/3/whatsnew/${page.replace(".", "\\.")}\\.html#[\\w.-]+$`),
      );
    }
  });

  it("lists features oldest first, Python 2 constructs before all", () => {
    const order = (v: string): string => (v === "2" ? "2.99" : v);
    const versions = LANGUAGE_FEATURES.map((f) => order(f.version));
    const sorted = [...versions].sort(compareVersions);
    expect(versions).toEqual(sorted);
  });

  it("marks Python 2 constructs as removed in 3.0", () => {
    expect(languageFeature("print-statement")).toMatchObject({ version: "2", removedIn: "3.0", pep: 3105 });
    expect(languageFeature("backticks").removedIn).toBe("3.0");
    expect(languageFeature("walrus").removedIn).toBeUndefined();
  });

  it("knows the headline features with their release, PEP and anchor", () => {
    expect(languageFeature("walrus")).toMatchObject({
      version: "3.8",
      pep: 572,
      url: "https://docs.python.org/3/whatsnew/3.8.html#assignment-expressions",
    });
    expect(languageFeature("match").version).toBe("3.10");
    expect(languageFeature("type-params").url).toBe(
      "https://docs.python.org/3/whatsnew/3.12.html#whatsnew312-pep695",
    );
    expect(languageFeature("pep701-fstrings").url).toBe(
      "https://docs.python.org/3/whatsnew/3.12.html#whatsnew312-pep701",
    );
    expect(languageFeature("tstrings")).toMatchObject({ version: "3.14", pep: 750 });
    expect(languageFeature("except-without-parens")).toMatchObject({ version: "3.14", pep: 758 });
  });
});
