import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApiFile, DEFAULT_OUT, DEFAULT_REFERENCE } from "../../scripts/build-api-facts.ts";

// The reference data lives outside the repository; only developers have it.
const haveReference = existsSync(join(DEFAULT_REFERENCE, "api-versions", "vermin-rules.json"));

describe.skipIf(!haveReference)("build-api-facts", () => {
  it("gives the same bytes on every run, and those are the committed file's", () => {
    const first = buildApiFile(DEFAULT_REFERENCE);
    expect(buildApiFile(DEFAULT_REFERENCE)).toBe(first);
    expect(readFileSync(DEFAULT_OUT, "utf8")).toBe(first);
  });
});
