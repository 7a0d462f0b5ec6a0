import { describe, expect, it } from "vitest";
import { isHelpRequest, questionFrom } from "../../../adapters/slack/incoming.ts";

describe("questionFrom", () => {
  it("removes mentions of the bot, with or without a name", () => {
    expect(questionFrom("<@U0PYVER> pathlib", "U0PYVER")).toBe("pathlib");
    expect(questionFrom("what about <@U0PYVER|pyver> walrus?", "U0PYVER")).toBe("what about walrus?");
  });

  it("keeps other mentions: they were typed as part of the question", () => {
    expect(questionFrom("<@U0PYVER> <@U999> <!channel> pathlib", "U0PYVER")).toBe(
      "<@U999> <!channel> pathlib",
    );
  });

  it("turns Slack's entities back into the characters typed", () => {
    expect(questionFrom("a &lt; b &amp;&amp; c &gt; d")).toBe("a < b && c > d");
  });

  it("keeps lines and indentation, so pasted code and tracebacks reach the core whole, and trims the ends", () => {
    expect(questionFrom("  does this run on 3.8?\nif (n := f()):\n    pass ")).toBe(
      "does this run on 3.8?\nif (n := f()):\n    pass",
    );
  });

  it("ignores a bot id that is not a Slack id instead of building a pattern from it", () => {
    expect(questionFrom("<@.*> pathlib", ".*")).toBe("<@.*> pathlib");
  });
});

describe("isHelpRequest", () => {
  it("is true for an empty question, help and ?", () => {
    for (const q of ["", "  ", "help", "HELP", " ? "]) expect(isHelpRequest(q)).toBe(true);
  });

  it("is false for a question, even one about help", () => {
    for (const q of ["pathlib", "help()", "help in 3.12"]) expect(isHelpRequest(q)).toBe(false);
  });
});
