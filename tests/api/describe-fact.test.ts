import { describe, expect, it } from "vitest";
import { describeFact } from "../../src/api/describe-fact.ts";

describe("describeFact", () => {
  it("labels an API by the release that added it", () => {
    expect(describeFact({ name: "math.isqrt", kind: "function", addedIn: "3.8", url: "u" })).toBe(
      "math.isqrt — new in Python 3.8",
    );
  });

  it("labels a removed keyword argument by its removal when no arrival is known", () => {
    const label = describeFact({
      name: "asyncio.Queue(loop=)",
      kind: "member",
      addedIn: "",
      removedIn: "3.10",
      deprecatedIn: "3.8",
      url: "u",
    });
    expect(label).toBe("asyncio.Queue(loop=) — removed in Python 3.10");
    expect(label).not.toContain("new in Python");
  });

  it("names both ends of a removed module's life", () => {
    expect(
      describeFact({ name: "asynchat", kind: "module", addedIn: "3.0", removedIn: "3.12", url: "u" }),
    ).toBe("asynchat — new in Python 3.0, removed in Python 3.12");
  });

  it("answers a can-I-use question about a version", () => {
    const fact = { name: "zoneinfo", kind: "module" as const, addedIn: "3.9", url: "u" };
    expect(describeFact({ ...fact, target: { version: "3.7", available: false } })).toBe(
      "zoneinfo on 3.7: no (new in Python 3.9)",
    );
  });
});
