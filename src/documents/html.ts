import { type HTMLElement, NodeType, parse } from "node-html-parser";
import { dropClutterLines, isTrailerHeading } from "./clutter.ts";
import type { Section, SourceDocument } from "./document.ts";
import { whatsNewUrl } from "./rst.ts";
import { inferVersion } from "./version.ts";

/** Elements that never hold the article itself. */
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "noscript",
  "svg",
  "button",
]);
const CLUTTER_CLASS =
  /\b(nav|navbar|menu|sidebar|sphinxsidebar|related|footer|newsletter|subscribe|share|social|comments?|cookie|breadcrumbs?|headerlink|advert|promo)\b/i;
/**
 * Ids are only clutter when they name a whole page landmark: content sections carry ids made from
 * their headings ("type-comments", "related-modules"), so a clutter word inside an id proves nothing.
 */
const CLUTTER_ID = /^(nav|navbar|navigation|menu|sidebar|footer|comments|breadcrumbs?)$/i;
const BLOCKS = new Set(["p", "li", "dt", "dd", "blockquote", "td", "th", "figcaption"]);
/** Elements that flow within a line of text; a run of them and bare text forms one paragraph. */
const INLINE_TAGS = new Set([
  "a",
  "abbr",
  "b",
  "br",
  "cite",
  "code",
  "del",
  "dfn",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
]);

interface Walker {
  sections: Section[];
  stack: { level: number; text: string; anchor?: string }[];
  paragraphs: string[];
  title?: string;
  stopped: boolean;
}

const text = (el: HTMLElement): string => el.textContent.replace(/¶/g, "").replace(/\s+/g, " ").trim();

/** HTML pages: `h1`–`h6` start sections; the id of the heading or its `<section>` is the anchor. */
export function parseHtml(path: string, raw: string): SourceDocument {
  // <pre> is parsed, not kept raw, so its textContent drops highlight markup and decodes entities.
  const root = parse(raw, { comment: false, blockTextElements: { script: false, style: false } });
  dropPrototypeAttributes(root);
  const w: Walker = { sections: [], stack: [], paragraphs: [], stopped: false };
  const main =
    root.querySelector("[role=main]") ?? root.querySelector("main") ?? root.querySelector("article") ?? root;
  walk(main, w);
  flush(w);

  const pageTitle = root.querySelector("title")
    ? text(root.querySelector("title") as HTMLElement)
    : undefined;
  const title = w.title ?? pageTitle?.split(/\s+[—|–-]\s+/)[0] ?? path;
  const version = inferVersion(title);
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const url = canonical?.startsWith("http") ? canonical : whatsNewUrl(title, version);
  return { path, title, version, url, sections: w.sections };
}

/**
 * node-html-parser 9.0 stores an attribute named like an `Object.prototype` member (`<p constructor>`,
 * `hasOwnProperty`) as the inherited function, and the next selector that reads attributes throws.
 * Such attributes mean nothing to PyVer; they are removed from the parsed attributes, which the
 * parser computes once per element and keeps.
 */
function dropPrototypeAttributes(root: HTMLElement): void {
  for (const element of root.querySelectorAll("*")) {
    const attributes: Record<string, unknown> = element.rawAttributes;
    for (const [name, value] of Object.entries(attributes)) {
      if (typeof value === "function") delete attributes[name];
    }
  }
}

function flush(w: Walker): void {
  // No caption check: alt text never reaches an HTML page's text, so a short lower-case paragraph
  // ("asyncio gets a new event loop") is prose.
  const body = w.paragraphs.map(dropClutterLines).filter(Boolean).join("\n\n");
  const top = w.stack.at(-1);
  if (body && top && !w.stopped) {
    w.sections.push({ headings: w.stack.map((h) => h.text), anchor: top.anchor, text: body });
  }
  w.paragraphs = [];
}

const isClutter = (node: HTMLElement): boolean =>
  SKIPPED_TAGS.has(node.tagName.toLowerCase()) ||
  CLUTTER_CLASS.test(node.getAttribute("class") ?? "") ||
  CLUTTER_ID.test(node.id);

function walk(el: HTMLElement, w: Walker): void {
  // Bare text and inline elements between blocks, e.g. the words of an <li> before its nested list.
  let run = "";
  const endRun = (): void => {
    const t = run.replace(/¶/g, "").replace(/\s+/g, " ").trim();
    if (t) w.paragraphs.push(t);
    run = "";
  };
  for (const child of el.childNodes) {
    if (w.stopped) return;
    if (child.nodeType !== NodeType.ELEMENT_NODE) {
      run += child.textContent;
      continue;
    }
    const node = child as HTMLElement;
    const tag = node.tagName.toLowerCase();
    if (isClutter(node)) continue;
    if (INLINE_TAGS.has(tag)) {
      run += tag === "br" ? " " : node.textContent;
      continue;
    }
    endRun();
    const level = /^h([1-6])$/.exec(tag)?.[1];
    if (level) {
      heading(node, Number(level), w);
    } else if (tag === "pre") {
      w.paragraphs.push(`\`\`\`\n${node.textContent.trimEnd()}\n\`\`\``);
    } else if (BLOCKS.has(tag) && !node.querySelector("p, pre, ul, ol, dl, div")) {
      const t = text(node);
      if (t) w.paragraphs.push(t);
    } else {
      walk(node, w);
    }
  }
  endRun();
}

function heading(node: HTMLElement, level: number, w: Walker): void {
  flush(w);
  const t = text(node);
  if (!t) return;
  if (isTrailerHeading(t)) {
    w.stopped = true;
    return;
  }
  const parent = node.parentNode;
  const anchor = node.id || (parent?.tagName?.toLowerCase() === "section" ? parent.id : "") || undefined;
  while (w.stack.length > 0 && (w.stack.at(-1)?.level ?? 0) >= level) w.stack.pop();
  w.stack.push({ level, text: t, anchor });
  if (level === 1 && !w.title) w.title = t;
}
