import { describe, expect, it } from "vitest";
import type { Section } from "../../src/documents/document.ts";
import { cleanHeading, parseMarkdown } from "../../src/documents/markdown.ts";

const md = (...lines: string[]): string => lines.join("\n");
const headingPaths = (sections: Section[]): string[] => sections.map((s) => s.headings.join(" > "));
const allText = (sections: Section[]): string => sections.map((s) => s.text).join("\n\n");

describe("parseMarkdown: YAML front matter", () => {
  it("reads title, quoted version, ISO dates and source URL from the front matter", () => {
    const doc = parseMarkdown(
      "python-3.10.md",
      md(
        "---",
        'title: "What\'s New In Python 3.10"',
        'version: "3.10"',
        'released: "2021-10-04"',
        'end_of_life: "2026-10"',
        "source: https://docs.python.org/3/whatsnew/3.10.html",
        "---",
        "",
        "# Python 3.10",
        "",
        "Structural pattern matching arrives.",
      ),
    );
    expect(doc).toMatchObject({
      path: "python-3.10.md",
      title: "What's New In Python 3.10",
      version: "3.10",
      released: "2021-10-04",
      endOfLife: "2026-10",
      url: "https://docs.python.org/3/whatsnew/3.10.html",
    });
  });

  it("turns unquoted YAML dates (which gray-matter parses into Date objects) into YYYY-MM-DD", () => {
    const doc = parseMarkdown(
      "python-3.4.md",
      md(
        "---",
        'version: "3.4"',
        "released: 2014-03-16",
        "end_of_life: 2019-03-18",
        "---",
        "# Python 3.4",
        "",
        "Body.",
      ),
    );
    expect(doc.released).toBe("2014-03-16");
    expect(doc.endOfLife).toBe("2019-03-18");
  });

  it("keeps a month-only end of life ('YYYY-MM') as written", () => {
    const doc = parseMarkdown(
      "python-3.13.md",
      md("---", 'version: "3.13"', "end_of_life: 2029-10", "---", "# Python 3.13", "", "Body."),
    );
    expect(doc.endOfLife).toBe("2029-10");
  });

  // BUG: YAML reads an unquoted 3.10 as the number 3.1, so the document is filed under Python 3.1.
  it("keeps an unquoted `version: 3.10` as 3.10", () => {
    const doc = parseMarkdown(
      "python-3.10.md",
      md("---", "version: 3.10", "---", "# Python 3.10", "", "Body."),
    );
    expect(doc.version).toBe("3.10");
  });

  it("falls back to the first H1 for the title and infers the version from it", () => {
    const doc = parseMarkdown("notes.md", md("# What's New In Python 3.12", "", "Intro."));
    expect(doc.title).toBe("What's New In Python 3.12");
    expect(doc.version).toBe("3.12");
    expect(doc.released).toBeUndefined();
    expect(doc.url).toBeUndefined();
  });

  it("falls back to the path when there is no title anywhere", () => {
    expect(parseMarkdown("untitled.md", "Just text.").title).toBe("untitled.md");
  });
});

describe("parseMarkdown: headings and anchors", () => {
  it("takes `{#anchor}` as the section anchor and drops it from the heading text", () => {
    const doc = parseMarkdown(
      "a.md",
      md("# Python 3.4", "", "## PEP 428: The pathlib module {#pep-428-the-pathlib-module}", "", "Paths."),
    );
    const pathlib = doc.sections.find((s) => s.headings.at(-1) === "PEP 428: The pathlib module");
    expect(pathlib?.anchor).toBe("pep-428-the-pathlib-module");
    expect(allText(doc.sections)).not.toContain("{#");
  });

  it("leaves a section without `{#anchor}` without an anchor", () => {
    const doc = parseMarkdown("a.md", md("# Python 3.4", "", "## Summary", "", "Text."));
    expect(doc.sections.at(-1)?.anchor).toBeUndefined();
  });

  it("builds heading paths from #, ## and ### and pops back up on a shallower heading", () => {
    const doc = parseMarkdown(
      "a.md",
      md(
        "# Python 3.4",
        "Intro.",
        "## New Features",
        "Features.",
        "### pathlib",
        "Paths.",
        "### enum",
        "Enums.",
        "## Deprecated",
        "Gone.",
      ),
    );
    expect(headingPaths(doc.sections)).toEqual([
      "Python 3.4",
      "Python 3.4 > New Features",
      "Python 3.4 > New Features > pathlib",
      "Python 3.4 > New Features > enum",
      "Python 3.4 > Deprecated",
    ]);
    expect(doc.sections.map((s) => s.text)).toEqual(["Intro.", "Features.", "Paths.", "Enums.", "Gone."]);
  });

  it("strips emphasis and code marks from headings", () => {
    const doc = parseMarkdown("a.md", md("# Python 3.8", "## The `walrus` **operator**", "Text."));
    expect(doc.sections.at(-1)?.headings).toEqual(["Python 3.8", "The walrus operator"]);
  });

  it("skips headings whose section has no text", () => {
    const doc = parseMarkdown("a.md", md("# Python 3.4", "## Empty", "## Full", "Text."));
    expect(headingPaths(doc.sections)).toEqual(["Python 3.4 > Full"]);
  });
});

describe("parseMarkdown: fenced code", () => {
  it("does not read `#` lines inside a fence as headings and keeps the block whole", () => {
    const code = md("```python", "# a comment, not a heading", "", "## also not a heading", "x = 1", "```");
    const doc = parseMarkdown(
      "a.md",
      md("# Python 3.4", "", "## Example", "", "Look:", "", code, "", "Done."),
    );
    expect(headingPaths(doc.sections)).toEqual(["Python 3.4 > Example"]);
    expect(doc.sections[0]?.text).toBe(md("Look:", "", code, "", "Done."));
  });

  it("treats ~~~ fences the same way", () => {
    const code = md("~~~", "# comment", "```", "~~~");
    const doc = parseMarkdown("a.md", md("# T", "## Example", code));
    expect(doc.sections[0]?.text).toBe(code);
  });

  // BUG: clutter filtering runs over code too, so a code line mentioning "unsubscribe" is deleted.
  it("keeps every line of a code block, even ones that look like newsletter clutter", () => {
    const code = md("```python", "bus.subscribe(handler)", "bus.unsubscribe(handler)", "```");
    const doc = parseMarkdown("a.md", md("# Events", "## Example", code));
    expect(doc.sections[0]?.text).toBe(code);
  });
});

describe("parseMarkdown: metadata lines", () => {
  it("reads **Released:**, **EOL:** and **Source:** lines under the title and keeps them out of the text", () => {
    const doc = parseMarkdown(
      "python-3.4.md",
      md(
        "# Python 3.4",
        "",
        "**Released:** March 16, 2014",
        "**EOL:** March 2019",
        "**Source:** [What's New In Python 3.4](https://docs.python.org/3/whatsnew/3.4.html)",
        "",
        "Python 3.4 adds asyncio.",
      ),
    );
    expect(doc.released).toBe("2014-03-16");
    expect(doc.endOfLife).toBe("2019-03");
    expect(doc.url).toBe("https://docs.python.org/3/whatsnew/3.4.html");
    expect(doc.sections).toEqual([
      { headings: ["Python 3.4"], anchor: undefined, text: "Python 3.4 adds asyncio." },
    ]);
  });

  it("reads **End of life:** and **Version:** lines too", () => {
    const doc = parseMarkdown(
      "a.md",
      md("# Release notes", "**Version:** 3.4", "**End of life:** March 2019", "Text."),
    );
    expect(doc.version).toBe("3.4");
    expect(doc.endOfLife).toBe("2019-03");
    expect(doc.sections[0]?.text).toBe("Text.");
  });

  it("accepts a bare URL on the **Source:** line", () => {
    const doc = parseMarkdown("a.md", md("# Python 3.4", "**Source:** https://example.org/py34", "Text."));
    expect(doc.url).toBe("https://example.org/py34");
  });

  it("prefers front matter over metadata lines", () => {
    const doc = parseMarkdown(
      "a.md",
      md("---", 'released: "2014-03-17"', "---", "# Python 3.4", "**Released:** March 16, 2014", "Text."),
    );
    expect(doc.released).toBe("2014-03-17");
  });

  it("leaves bold-prefixed lines inside subsections in the text", () => {
    const doc = parseMarkdown("a.md", md("# Python 3.4", "## Notes", "**Released:** not metadata here"));
    expect(doc.released).toBeUndefined();
    expect(doc.sections[0]?.text).toBe("**Released:** not metadata here");
  });

  // BUG: any "**Word:** text" line under the H1 is swallowed as metadata, so this note is lost.
  it("keeps a bold-labelled prose line under the title that is not a known metadata field", () => {
    const doc = parseMarkdown(
      "a.md",
      md("# Python 3.4", "", "**Note:** asyncio is provisional.", "", "Intro."),
    );
    expect(allText(doc.sections)).toContain("asyncio is provisional");
  });
});

describe("parseMarkdown: related posts", () => {
  it("drops a 'Related posts' section and its subsections", () => {
    const doc = parseMarkdown(
      "blog.md",
      md(
        "# Python 3.9 Features",
        "Dict union operators.",
        "## Related posts",
        "- [Walrus](https://example.org/walrus)",
        "### How Do I Use The Walrus Operator?",
        "Teaser.",
      ),
    );
    expect(headingPaths(doc.sections)).toEqual(["Python 3.9 Features"]);
    expect(allText(doc.sections)).not.toMatch(/Walrus|Teaser/);
  });

  it("drops related-posts lists with other wordings too", () => {
    const doc = parseMarkdown("blog.md", md("# T", "Body.", "## You might also like", "Other post."));
    expect(allText(doc.sections)).toBe("Body.");
  });
});

describe("cleanHeading", () => {
  it("removes code marks, emphasis and leading symbols", () => {
    expect(cleanHeading("`asyncio`: **new** module")).toBe("asyncio: new module");
    expect(cleanHeading("🐍 *Python* 3.12")).toBe("Python 3.12");
  });

  it("keeps what a code span holds, stars included", () => {
    expect(cleanHeading("Unpacking: several `*` and `**` in calls")).toBe(
      "Unpacking: several * and ** in calls",
    );
    expect(cleanHeading("a * b and c ** d")).toBe("a * b and c ** d");
  });
});
