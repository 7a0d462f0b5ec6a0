import { describe, expect, it } from "vitest";
import { headingSubject } from "../../src/search/chunk-features.ts";

describe("headingSubject", () => {
  it("takes what a heading is about: the words before its first colon, dash or bracket", () => {
    expect([...headingSubject("pathlib: object-oriented filesystem paths (PEP 428)")]).toEqual(["pathlib"]);
  });

  it("counts one name in brackets right after the subject as its other name", () => {
    expect(headingSubject("New interactive interpreter (REPL): multiline editing").has("repl")).toBe(true);
    expect(
      headingSubject("Hash randomization enabled by default (PYTHONHASHSEED)").has("pythonhashseed"),
    ).toBe(true);
  });

  it("leaves out a PEP number or a release in those brackets", () => {
    expect(headingSubject("Data classes (PEP 557)").has("557")).toBe(false);
    expect(headingSubject("email header quoting (3.12.5)").has("3.12.5")).toBe(false);
  });
});
