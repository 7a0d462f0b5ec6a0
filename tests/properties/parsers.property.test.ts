import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/documents/html.ts";
import { parseMarkdown } from "../../src/documents/markdown.ts";
import { parsePlainText } from "../../src/documents/plain-text.ts";
import { parseRst } from "../../src/documents/rst.ts";
import { hostileText, longText } from "./hostile.ts";

/** Lines that mean something to one of the formats, so generated documents have structure to trip on. */
const markup = fc.constantFrom(
  "# Python 3.9",
  "## zoneinfo {#zoneinfo}",
  "---",
  "title: [",
  "version: 3.10",
  "```python",
  "~~~",
  "What's New In Python 3.9",
  "========================",
  "-------",
  ".. versionadded:: 3.9",
  ".. code-block:: python",
  "   :linenos:",
  "::",
  "   indented",
  "<h1>Python 3.9</h1>",
  "<h2 id='x'>",
  "<p constructor hasOwnProperty toString=1>",
  "<pre>",
  "<p>",
  "<!--",
  "<script>",
  "**Released:** 2020-10-05",
  "Related Posts",
  "* item",
  ">>> x = 1",
  "",
);
const document = fc
  .array(fc.oneof(markup, hostileText, longText(3000)), { maxLength: 40 })
  .map((lines) => lines.join("\n"));

describe("document parsers on any text", () => {
  it.each([
    ["Markdown", parseMarkdown],
    ["reStructuredText", parseRst],
    ["HTML", parseHtml],
    ["plain text", parsePlainText],
  ])("%s: returns a document with a title and sections, never throws", (_name, parse) => {
    fc.assert(
      fc.property(document, (text) => {
        const doc = parse("doc.txt", text);
        expect(typeof doc.title).toBe("string");
        for (const section of doc.sections) expect(section.headings.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 * 15 },
    );
  });
});
