import { describe, expect, it } from "vitest";
import { asksProjectRelease, asksProjectSupport } from "../../src/answer/project-support.ts";
import { PyVer } from "../../src/pyver.ts";

describe("asksProjectSupport", () => {
  it("recognises a question to a project's maintainers", () => {
    expect(asksProjectSupport("Could you release a version to support 3.14?")).toBe(true);
    expect(asksProjectSupport("When will be support for python 3.13 released?")).toBe(true);
    expect(asksProjectSupport("does this library support python 3.12 yet")).toBe(true);
    expect(asksProjectSupport("Will there be Python 3.12 support?")).toBe(true);
    expect(asksProjectSupport("Python 3.5 support. Does this work with 3.5 as well or requires 3.6?")).toBe(
      true,
    );
    expect(asksProjectSupport("Python 3.6 support? We'd like to use this in a 3.6 service.")).toBe(true);
    expect(asksProjectSupport("Support for Python 3.4. Is there any chance of a build for 3.4?")).toBe(true);
    expect(
      asksProjectSupport("Can't install on Python 3.8, is there a way for 3.8 support to be added?"),
    ).toBe(true);
  });

  it("leaves Python's own support window and plain feature reports alone", () => {
    expect(asksProjectSupport("when will support for python 3.8 end?")).toBe(false);
    expect(asksProjectSupport("is 3.8 still supported")).toBe(false);
    expect(asksProjectSupport("Dictionary join operator not supported in Python 3.8")).toBe(false);
    // Thanks to whoever answers address no project.
    expect(asksProjectSupport("Which version of Python supports Windows XP? Thank you!")).toBe(false);
    // A person's Python, not a project.
    expect(
      asksProjectSupport("Does your python version support match? it seems you're using Python 3.9"),
    ).toBe(false);
  });
});

describe("asksProjectRelease", () => {
  it("recognises a project's merges and releases when no Python is named", () => {
    expect(asksProjectRelease("Could we get this merged?")).toBe(true);
    expect(
      asksProjectRelease("Would it be possible to make a new release with these changes in place?"),
    ).toBe(true);
    expect(asksProjectRelease("Is there any indication when the final version will be released?")).toBe(true);
    expect(asksProjectRelease("when will the final version of 3.14 be released")).toBe(false);
    expect(asksProjectRelease("when is the next version will be released for python")).toBe(false);
  });

  it("answers nothing from the notes for them", () => {
    const answer = PyVer.open().ask("Could we get this merged?");
    expect(answer.found).toBe(false);
    expect(answer.answer).toMatch(/up to its maintainers/);
  });
});

describe("a project-support question in an answer", () => {
  const bot = PyVer.open({ cache: false });

  it("finds nothing in the notes, says whose question it is, and gives the release date", () => {
    const answer = bot.ask("Python 3.14 is out. Could you release a version to support 3.14?");
    expect(answer.found).toBe(false);
    expect(answer.answer).toMatch(/up to its maintainers/);
    expect(answer.answer).toMatch(/Python 3\.14 was released on October 7, 2025/);
  });

  it("still answers a feature named beside a project's support", () => {
    const answer = bot.ask("you support Python 3.7 but it appears that you use the walrus operator");
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/3\.8/);
  });
});
