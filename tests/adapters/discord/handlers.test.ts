import { describe, expect, it } from "vitest";
import { questionOf } from "../../../adapters/discord/handlers.ts";

describe("questionOf", () => {
  it("removes the bot's mention in both forms, wherever it is", () => {
    expect(questionOf("<@42> which version added match?", "42")).toBe("which version added match?");
    expect(questionOf("which version added <@!42> match?", "42")).toBe("which version added match?");
  });

  it("keeps the lines and indentation of pasted code and tracebacks", () => {
    expect(questionOf("<@42> does this run on 3.8?\n```python\nif (n := f()):\n    pass\n```", "42")).toBe(
      "does this run on 3.8?\n```python\nif (n := f()):\n    pass\n```",
    );
  });

  it("leaves other mentions to the core and the no-ping rule", () => {
    expect(questionOf("<@42> <@7> pathlib", "42")).toBe("<@7> pathlib");
  });

  it("is empty for a bare mention", () => {
    expect(questionOf(" <@42> ", "42")).toBe("");
  });
});
