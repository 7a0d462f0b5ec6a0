import { describe, expect, it } from "vitest";
import {
  decodeMoreResults,
  decodeShare,
  encodeButtonValue,
  type MoreResultsValue,
} from "../../../adapters/slack/buttons.ts";
import { SLACK_LIMITS } from "../../../adapters/slack/limits.ts";

/** A "More results" value whose JSON is exactly `length` characters. */
function valueOfLength(length: number): MoreResultsValue {
  const overhead = JSON.stringify({ q: "", p: 0 }).length;
  return { q: "x".repeat(length - overhead), p: 0 };
}

describe("button values within SLACK_LIMITS.buttonValue", () => {
  it("carries query, version and page, and reads them back", () => {
    const value = { q: "walrus operator", v: "3.8", p: 2 };
    expect(decodeMoreResults(encodeButtonValue(value))).toEqual(value);
    expect(decodeShare(encodeButtonValue({ q: "pathlib" }))).toEqual({ q: "pathlib" });
  });

  it("keeps an empty question", () => {
    expect(decodeMoreResults(encodeButtonValue({ q: "", p: 0 }))).toEqual({ q: "", p: 0 });
  });

  it("keeps a value exactly at the limit whole", () => {
    const value = valueOfLength(SLACK_LIMITS.buttonValue);
    const encoded = encodeButtonValue(value);
    expect(encoded).toHaveLength(SLACK_LIMITS.buttonValue);
    expect(decodeMoreResults(encoded)).toEqual(value);
  });

  it("cuts the question of a value one over the limit until it fits", () => {
    const encoded = encodeButtonValue(valueOfLength(SLACK_LIMITS.buttonValue + 1));
    expect(encoded.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(decodeMoreResults(encoded)?.q).toMatch(/^x+$/);
  });

  it("fits questions whose JSON escaping multiplies their length", () => {
    const encoded = encodeButtonValue({ q: '"\\\u0001'.repeat(600), v: "3.12", p: 3 });
    expect(encoded.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(decodeMoreResults(encoded)).toMatchObject({ v: "3.12", p: 3 });
  });

  it("does not take values that are not ours", () => {
    for (const value of [
      undefined,
      "",
      "not json",
      "{}",
      '{"q":1,"p":0}',
      '{"q":"x","p":-1}',
      '{"q":"x","p":0.5}',
    ]) {
      expect(decodeMoreResults(value)).toBeUndefined();
    }
    expect(decodeShare('{"v":"3.4"}')).toBeUndefined();
  });
});
