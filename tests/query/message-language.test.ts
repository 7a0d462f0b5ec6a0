import { describe, expect, it } from "vitest";
import { PyVer } from "../../src/pyver.ts";
import { otherLanguage } from "../../src/query/message-language.ts";

describe("otherLanguage", () => {
  it.each([
    ["Quali sono le differenze tra Python 2.x e 3.x?", "it"],
    ["Jadi apa sebenarnya yang telah dirubah dari versi 2 ke versi 3?", "id"],
    ["Python 3.14 thì có gì?", "vi"],
    ["Mise à jour Python 3.11. Pourquoi ? On peut considérer qu'elle est maintenant bien stable", "fr"],
  ])("tells the language of %j by its function words", (text, language) => {
    expect(otherLanguage(text)?.language).toBe(language);
  });

  it("takes words spelled with letters English does not use as evidence beside one function word", () => {
    // "entre" is as French as it is Portuguese: that the message is not English is what counts.
    expect(otherLanguage("Diferenças entre as versões 3.x e 2.7 do Python")).toBeDefined();
    expect(otherLanguage("the naïve approach between versions")).toBeUndefined();
  });

  it.each([
    "os.fspath and the os.PathLike protocol",
    "waht verison got teh walrus",
    "del statement per PEP 3104 con nonlocal",
    "which version added the walrus operator?",
  ])("leaves English, names and code as English: %j", (text) => {
    expect(otherLanguage(text)).toBeUndefined();
  });
});

describe("a question in another language", () => {
  const bot = PyVer.open({ cache: false });

  it("is not corrected into English, and its function words are no subject", () => {
    const a = bot.ask("Jadi apa sebenarnya yang telah dirubah dari versi 2 ke versi 3?");
    expect(a.answer).not.toContain("dark");
  });

  it("answers a release named with nothing but function words beside it with the release", () => {
    const a = bot.ask("Python 3.14 thì có gì?");
    expect(a.kind).toBe("overview");
    expect(a.version).toBe("3.14");
  });

  it("finds the name a Chinese question asks about, its Chinese words weighing as chat", () => {
    const a = bot.ask("在Python中，如何表示Enum(枚举)");
    expect(a.version).toBe("3.4");
    expect(a.answer).toContain("enum");
  });
});
