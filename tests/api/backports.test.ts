import { describe, expect, it } from "vitest";
import { builtinApiCatalog } from "../../src/api/api-catalog.ts";
import { findApi } from "../../src/api/api-question.ts";
import { BACKPORTS, findBackport } from "../../src/api/backports.ts";

describe("findBackport", () => {
  it("finds a backport however its name is written", () => {
    expect(findBackport("Drop requirement for async_timeout, included in Python 3.11")?.api).toBe(
      "asyncio.timeout",
    );
    expect(findBackport("is async-timeout still needed")?.api).toBe("asyncio.timeout");
    expect(findBackport("replace backports.zoneinfo")?.api).toBe("zoneinfo");
    // A protocol's backport stands for what the protocol brought.
    expect(findBackport("i got an error about pickle5: it concern about protocol")?.api).toBe(
      "pickle.PickleBuffer",
    );
  });

  it("takes an ordinary word for a backport only when the message calls it one", () => {
    expect(findBackport("Ensure the futures backport is pulled in on old Pythons")?.api).toBe(
      "concurrent.futures",
    );
    expect(findBackport("the `mock` backport package")?.api).toBe("unittest.mock");
    expect(findBackport("futures and promises in asyncio")).toBeUndefined();
  });

  it("finds nothing in a message that names no backport", () => {
    expect(findBackport("how do I mock a method")).toBeUndefined();
    expect(findBackport("what's new in 3.12")).toBeUndefined();
    expect(findBackport("constructor toString")).toBeUndefined();
  });

  it.each(Object.entries(BACKPORTS))("%s stands for an API the catalog dates (%s)", (_name, api) => {
    expect(findApi(api, builtinApiCatalog())?.entries[0]?.py3).toMatch(/^3\.\d+/);
  });
});
