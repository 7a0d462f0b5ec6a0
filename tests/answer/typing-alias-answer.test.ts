import { describe, expect, it } from "vitest";
import { asksSupersededAlias } from "../../src/answer/typing-alias-answer.ts";
import { PyVer } from "../../src/pyver.ts";

describe("a typing alias of a built-in", () => {
  it("is asked about as superseded only when the question says so", () => {
    expect(asksSupersededAlias("is typing.List deprecated?", "typing.List")).toBe(true);
    expect(asksSupersededAlias("should I stop using typing.Dict", "typing.Dict")).toBe(true);
    expect(asksSupersededAlias("typing.List python version", "typing.List")).toBe(false);
    expect(asksSupersededAlias("is typing.Optional deprecated", "typing.Optional")).toBe(false);
  });

  it("is answered with the release that made the built-in generic, and the alias still there", () => {
    const bot = PyVer.open({ cache: false });
    const a = bot.ask("is typing.List deprecated?");
    expect(a.version).toBe("3.9");
    expect(a.answer).toBe(
      "From Python 3.9, annotations can use the built-in `list` itself (`list[…]`) instead of `typing.List` (PEP 585); `typing.List` still works, and no release has removed it.",
    );
    expect(a.citations[0]?.version).toBe("3.9");
    // The section that states the fact is linked once, not again under the fact's own label.
    const urls = a.citations.map((c) => c.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(bot.ask("typing.List python version").version).toBe("3.5");
  });
});
