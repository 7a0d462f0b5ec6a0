import { describe, expect, it } from "vitest";
import type { ReleaseFacts } from "../../src/answer/release-facts.ts";
import {
  latestAnswer,
  supportedAnswer,
  supportSentences,
  supportStatus,
} from "../../src/answer/release-status.ts";
import { parseQuery } from "../../src/query/parse-query.ts";

const release = (
  version: string,
  released: string,
  bugfixUntil: string,
  endOfLife: string,
): ReleaseFacts => ({
  version,
  title: `What's New in Python ${version}`,
  released,
  bugfixUntil,
  endOfLife,
  source: `python-${version}.md`,
  url: `https://docs.python.org/3/whatsnew/${version}.html`,
  highlights: [],
});
const releases = [
  release("3.8", "2019-10-14", "2021-05-03", "2024-10-07"),
  release("3.12", "2023-10-02", "2025-04-08", "2028-10"),
  release("3.14", "2025-10-07", "2027-10", "2030-10"),
  release("3.15", "2026-10-01", "2028-10", "2031-10"),
];
const today = new Date("2026-03-01T00:00:00Z");
const query = (q: string) => parseQuery(q, { maxChars: 500 });

describe("release status", () => {
  it("tells the three phases of support apart", () => {
    expect(releases.map((r) => supportStatus(r, today))).toEqual([
      "end-of-life",
      "security",
      "bugfix",
      "bugfix",
    ]);
  });

  it("says until when a release gets security fixes and when its bugfixes ended", () => {
    const [sentence] = supportSentences(releases[1] as ReleaseFacts, releases, today);
    expect(sentence).toMatch(/security fixes until its end of life in October 2028/);
    expect(sentence).toMatch(/bugfix releases ended on April 8, 2025/);
  });

  it("names the newest release already out, not one still planned", () => {
    const answer = latestAnswer(query("latest python version"), releases, today);
    expect(answer?.version).toBe("3.14");
    expect(answer?.answer).toMatch(/^The newest Python release I know is Python 3\.14/);
  });

  it("lists the supported releases newest first, leaving out those past their end of life", () => {
    const answer = supportedAnswer(query("which versions are still supported"), releases, today);
    expect(answer?.answer).toMatch(/3\.14 .*3\.12 /);
    expect(answer?.answer).not.toMatch(/3\.8/);
    expect(answer?.citations[0]?.version).toBe("3.14");
  });
});
