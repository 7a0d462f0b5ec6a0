import { describe, expect, it } from "vitest";
import { formatDate, isOnOrBefore, parseDate } from "../../src/documents/dates.ts";

describe("parseDate", () => {
  it.each([
    ["2014-03-16", "2014-03-16"],
    ["2026-10", "2026-10"],
    ["March 16, 2014", "2014-03-16"],
    ["March 16 2014", "2014-03-16"],
    ["Mar. 6, 2014", "2014-03-06"],
    ["16 March 2014", "2014-03-16"],
    ["6 Sept 2014", "2014-09-06"],
    ["March 2019", "2019-03"],
    ["  Released October 2, 2023  ", "2023-10-02"],
  ])("reads %j as %j", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(["", "soon", "Python 3.4", "2014"])("finds no date in %j", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe("formatDate", () => {
  it("writes a full date and a month-only date in words", () => {
    expect(formatDate("2014-03-16")).toBe("March 16, 2014");
    expect(formatDate("2026-10")).toBe("October 2026");
    expect(formatDate("2023-01-05")).toBe("January 5, 2023");
  });

  it("round-trips with parseDate", () => {
    for (const iso of ["2014-03-16", "2026-10", "2008-12-03"]) {
      expect(parseDate(formatDate(iso))).toBe(iso);
    }
  });
});

describe("isOnOrBefore", () => {
  const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

  it("compares full dates by day", () => {
    expect(isOnOrBefore("2014-03-16", day("2014-03-16"))).toBe(true);
    expect(isOnOrBefore("2014-03-16", day("2014-03-17"))).toBe(true);
    expect(isOnOrBefore("2014-03-16", day("2014-03-15"))).toBe(false);
  });

  it("counts a month-only date as the last day of that month", () => {
    expect(isOnOrBefore("2026-10", day("2026-10-30"))).toBe(false);
    expect(isOnOrBefore("2026-10", day("2026-10-31"))).toBe(true);
    expect(isOnOrBefore("2026-02", day("2026-02-28"))).toBe(true);
    expect(isOnOrBefore("2024-02", day("2024-02-28"))).toBe(false);
  });
});
