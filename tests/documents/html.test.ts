import { describe, expect, it } from "vitest";
import type { Section } from "../../src/documents/document.ts";
import { parseHtml } from "../../src/documents/html.ts";

const headingPaths = (sections: Section[]): string[] => sections.map((s) => s.headings.join(" > "));
const allText = (sections: Section[]): string =>
  sections.map((s) => [...s.headings, s.text].join("\n")).join("\n\n");

/** A page shaped like docs.python.org's Sphinx output, trimmed down. */
const SPHINX_PAGE = `<!DOCTYPE html>
<html><head><title>What’s New In Python 3.4 — Python 3.12.1 documentation</title>
<script>var tracking = "script text";</script><style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> navigation text</nav>
<div class="related" role="navigation"><ul><li>previous page link</li></ul></div>
<div class="document"><div class="body" role="main">
<section id="what-s-new-in-python-3-4">
<h1>What’s New In Python 3.4<a class="headerlink" href="#what-s-new-in-python-3-4">¶</a></h1>
<p>This article explains the new features in Python 3.4, compared to 3.3.</p>
<section id="pep-428-the-pathlib-module">
<h2>PEP 428: The <code>pathlib</code> module<a class="headerlink" href="#pep-428-the-pathlib-module">¶</a></h2>
<p>The new <code>pathlib</code> module offers classes representing filesystem paths.</p>
<pre>p = Path('.')

[x for x in p.iterdir() if x.is_dir()]</pre>
<h3 id="pure-paths">Pure paths</h3>
<p>Pure paths do not touch the filesystem.</p>
</section>
<section id="enum"><h2>enum</h2>
<ul><li>Enumerations are now in the standard library.</li><li>They support &lt;aliases&gt; &amp; more.</li></ul>
<div class="newsletter"><p>Get our newsletter!</p></div>
</section>
</section>
</div></div>
<div class="sphinxsidebar" role="navigation"><p>Sidebar table of contents</p></div>
<aside><p>Aside text</p></aside>
<footer><p>© Copyright footer text</p></footer>
</body></html>`;

describe("parseHtml", () => {
  it("reads title, version and the What's New URL from the h1", () => {
    const doc = parseHtml("whatsnew/3.4.html", SPHINX_PAGE);
    expect(doc.title).toBe("What’s New In Python 3.4");
    expect(doc.version).toBe("3.4");
    expect(doc.url).toBe("https://docs.python.org/3/whatsnew/3.4.html");
  });

  it("makes h1–h6 sections with heading paths, without the ¶ header links", () => {
    const doc = parseHtml("whatsnew/3.4.html", SPHINX_PAGE);
    expect(headingPaths(doc.sections)).toEqual([
      "What’s New In Python 3.4",
      "What’s New In Python 3.4 > PEP 428: The pathlib module",
      "What’s New In Python 3.4 > PEP 428: The pathlib module > Pure paths",
      "What’s New In Python 3.4 > enum",
    ]);
    expect(allText(doc.sections)).not.toContain("¶");
  });

  it("takes the anchor from the heading's id, else from its enclosing <section id>", () => {
    const doc = parseHtml("whatsnew/3.4.html", SPHINX_PAGE);
    expect(doc.sections.map((s) => s.anchor)).toEqual([
      "what-s-new-in-python-3-4",
      "pep-428-the-pathlib-module",
      "pure-paths",
      "enum",
    ]);
  });

  it("keeps a <pre> block whole, blank lines included, as fenced code", () => {
    const doc = parseHtml("whatsnew/3.4.html", SPHINX_PAGE);
    expect(doc.sections[1]?.text).toBe(
      [
        "The new pathlib module offers classes representing filesystem paths.",
        "```\np = Path('.')\n\n[x for x in p.iterdir() if x.is_dir()]\n```",
      ].join("\n\n"),
    );
  });

  it("keeps list items as paragraphs and decodes entities", () => {
    const doc = parseHtml("whatsnew/3.4.html", SPHINX_PAGE);
    expect(doc.sections[3]?.text).toBe(
      "Enumerations are now in the standard library.\n\nThey support <aliases> & more.",
    );
  });

  it("skips nav, footer, aside, script, style and sidebar/related/newsletter elements", () => {
    const text = allText(parseHtml("whatsnew/3.4.html", SPHINX_PAGE).sections);
    for (const clutter of [
      "navigation text",
      "previous page link",
      "Sidebar",
      "Aside text",
      "footer text",
      "tracking",
      "color: red",
      "newsletter",
    ]) {
      expect(text).not.toContain(clutter);
    }
  });

  it("skips a sidebar element in the page, headings included", () => {
    const doc = parseHtml(
      "a.html",
      `<body><h1>Python 3.9</h1><p>Body.</p><div class="sidebar"><h2>Sidebar Heading</h2><p>x</p></div></body>`,
    );
    expect(doc.sections).toEqual([{ headings: ["Python 3.9"], anchor: undefined, text: "Body." }]);
  });

  it("stops at a 'Related posts' heading", () => {
    const doc = parseHtml(
      "blog.html",
      `<article><h1>Python 3.9 Features</h1><p>Dict merging.</p>
       <h2>Related posts</h2><h3>How Do I Use The Walrus Operator?</h3><p>Teaser.</p></article>`,
    );
    expect(headingPaths(doc.sections)).toEqual(["Python 3.9 Features"]);
    expect(allText(doc.sections)).not.toContain("Walrus");
  });

  it("falls back to <title> (before its ' — site' suffix) when there is no h1", () => {
    const doc = parseHtml(
      "a.html",
      `<html><head><title>Python 3.2 Release Summary | Example Blog</title></head>
       <body><main><h2 id="gil">New GIL</h2><p>Better threads.</p></main></body></html>`,
    );
    expect(doc.title).toBe("Python 3.2 Release Summary");
    expect(doc.version).toBe("3.2");
    expect(doc.url).toBeUndefined();
    expect(doc.sections).toEqual([{ headings: ["New GIL"], anchor: "gil", text: "Better threads." }]);
  });

  it("prefers an absolute canonical link as the URL", () => {
    const doc = parseHtml(
      "a.html",
      `<html><head><link rel="canonical" href="https://example.org/py312"></head>
       <body><h1>What's New In Python 3.12</h1><p>Text.</p></body></html>`,
    );
    expect(doc.url).toBe("https://example.org/py312");
  });

  // BUG: the clutter pattern is also matched against ids, so a content section whose id contains a word
  // such as "comments", "related", "menu" or "share" is dropped with its heading.
  it("keeps a content section whose id happens to contain a clutter word", () => {
    const doc = parseHtml(
      "a.html",
      `<main><h1>What's New In Python 3.8</h1><p>Intro.</p>
       <section id="type-comments"><h2>Type comments</h2><p>ast.parse() can keep type comments.</p></section></main>`,
    );
    expect(headingPaths(doc.sections)).toContain("What's New In Python 3.8 > Type comments");
  });

  it("still skips a page landmark named by its id", () => {
    const doc = parseHtml(
      "a.html",
      `<body><h1>Python 3.9</h1><p>Body.</p><div id="sidebar"><p>Other posts.</p></div></body>`,
    );
    expect(doc.sections[0]?.text).toBe("Body.");
  });

  it("decodes entities in a <pre>", () => {
    const doc = parseHtml("a.html", `<main><h1>Python 3.4</h1><pre>if a &lt; b &amp;&amp; c:</pre></main>`);
    expect(doc.sections[0]?.text).toBe("```\nif a < b && c:\n```");
  });

  // BUG: <pre> is kept as raw text, so syntax-highlighting markup (as on docs.python.org) ends up in the code.
  it("keeps only the code text of a syntax-highlighted <pre>", () => {
    const doc = parseHtml(
      "a.html",
      `<main><h1>Python 3.4</h1><div class="highlight"><pre><span class="kn">import</span> <span class="nn">pathlib</span></pre></div></main>`,
    );
    expect(doc.sections[0]?.text).toBe("```\nimport pathlib\n```");
  });

  // BUG: text sitting directly in an <li> that also holds a nested list is dropped, and inline elements
  // outside <p> become separate paragraphs (short lower-case ones are then discarded as image captions).
  it("keeps the text of a list item that contains a nested list", () => {
    const doc = parseHtml(
      "a.html",
      `<main><h1>Python 3.4</h1><ul><li><strong>asyncio</strong> gets a new event loop<ul><li>Sub item.</li></ul></li></ul></main>`,
    );
    expect(doc.sections[0]?.text).toContain("asyncio gets a new event loop");
  });

  // BUG: node-html-parser read `<p hasOwnProperty>` as Object.prototype.hasOwnProperty and threw.
  it("reads a page whose elements carry attributes named like Object.prototype members", () => {
    const doc = parseHtml(
      "a.html",
      `<main constructor><h1 id="v" toString=1>Python 3.9</h1><p hasOwnProperty valueOf='2'>zoneinfo</p></main>`,
    );
    expect(doc.sections).toEqual([{ headings: ["Python 3.9"], anchor: "v", text: "zoneinfo" }]);
  });
});
