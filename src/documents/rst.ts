import type { Section, SourceDocument } from "./document.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { inferVersion } from "./version.ts";

/** docutils' make_id: lower-case ASCII, runs of other characters become one hyphen. */
export function makeId(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .split(/\s+/)
    .join(" ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[-0-9]+|-+$/g, "");
}

/** The text Sphinx renders for inline markup: :mod:`pathlib` → pathlib, :pep:`572` → PEP 572. */
export function renderInline(text: string): string {
  return text
    .replace(/:pep:`(\d+)`/g, "PEP $1")
    .replace(/:[a-z:]+:`([^`<]*?)\s*<[^>]*>`/g, "$1")
    .replace(/:[a-z:]+:`([^`]*)`/g, (_m, inner: string) => {
      if (inner.startsWith("~")) return inner.slice(1).split(".").pop() ?? inner;
      return inner.replace(/^!/, "");
    })
    .replace(/``([^`]*)``/g, "$1")
    .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, "$1")
    .replace(/`([^`]*)`_{0,2}/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\*([^*\s][^*]*)\*/g, "$1");
}

const ADORNMENT = /^([=\-~^"'`#*+:._<>])\1+\s*$/;
export const LABEL = /^\.\. _([^:`]+):\s*$/;
const DIRECTIVE = /^\.\. ([\w:-]+)::\s*(.*)$/;
const CODE_DIRECTIVES = new Set([
  "code-block",
  "sourcecode",
  "code",
  "doctest",
  "testcode",
  "productionlist",
]);
const DROPPED_DIRECTIVES = new Set([
  "index",
  "toctree",
  "highlight",
  "testsetup",
  "testcleanup",
  "raw",
  "image",
]);

/** Section title at line i (with optional overline); returns the title and the lines it spans. */
export function titleAt(
  lines: string[],
  i: number,
): { title: string; style: string; span: number } | undefined {
  const line = lines[i] ?? "";
  const next = lines[i + 1] ?? "";
  const after = lines[i + 2] ?? "";
  if (ADORNMENT.test(line) && after.trim() && ADORNMENT.test(after) && next.trim() && !ADORNMENT.test(next)) {
    return { title: next.trim(), style: `over${line.trim()[0]}`, span: 3 };
  }
  const title = line.trim();
  if (
    title &&
    !ADORNMENT.test(line) &&
    !/^\s/.test(line) &&
    ADORNMENT.test(next) &&
    next.trim().length >= title.length
  ) {
    return { title, style: next.trim()[0] ?? "", span: 2 };
  }
  return undefined;
}

const indentOf = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;

/** Collects the indented block that belongs to the line before `start`. */
function indentedBlock(lines: string[], start: number): { block: string[]; end: number } {
  const block: string[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() !== "" && indentOf(line) === 0) break;
    block.push(line);
  }
  const margin = Math.min(...block.filter((l) => l.trim()).map(indentOf), 80);
  return { block: block.map((l) => l.slice(margin)), end: i };
}

/** A directive option: `:name: value` or a bare `:name:`; names may hold hyphens (`:emphasize-lines:`). */
const OPTION = /^:[\w-]+:(\s.*)?$/;

/**
 * Options are only the lines right after the directive line, before its first blank line; later
 * lines such as ":pep:`428` - The pathlib module" are content that happens to start with a role.
 */
function withoutOptions(block: string[]): string[] {
  let n = 0;
  while (n < block.length && OPTION.test(block[n]?.trim() ?? "")) n++;
  return block.slice(n);
}

const fenced = (code: string[]): string => ["```", ...code, "```"].join("\n").replace(/\n+```$/, "\n```");

/** Converts directives, comments and literal blocks of a body to plain paragraphs and fenced code. */
function renderBody(lines: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const directive = DIRECTIVE.exec(line.trim());
    if (line.trim().startsWith("..") && indentOf(line) === 0) {
      const { block, end } = indentedBlock(lines, i + 1);
      i = end - 1;
      if (!directive?.[1] || DROPPED_DIRECTIVES.has(directive[1])) continue; // a comment or index entry
      if (CODE_DIRECTIVES.has(directive[1])) {
        out.push("", fenced(withoutOptions(block)), "");
      } else {
        if (directive[2]) out.push("", directive[2]);
        out.push(renderBody(withoutOptions(block)));
      }
      continue;
    }
    if (/::\s*$/.test(line) && !directive) {
      const intro = line.replace(/\s*::\s*$/, line.trim() === "::" ? "" : ":");
      if (intro.trim()) out.push(intro);
      const { block, end } = indentedBlock(lines, i + 1);
      if (block.some((l) => l.trim())) out.push("", fenced(trimBlank(block)), "");
      i = end - 1;
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

function trimBlank(block: string[]): string[] {
  let s = 0;
  let e = block.length;
  while (s < e && !block[s]?.trim()) s++;
  while (e > s && !block[e - 1]?.trim()) e--;
  return block.slice(s, e);
}

/** reStructuredText, e.g. CPython's Doc/whatsnew/3.X.rst; anchors follow Sphinx's ids. */
export function parseRst(path: string, raw: string): SourceDocument {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const styles: string[] = [];
  const stack: { level: number; text: string }[] = [];
  const sections: Section[] = [];
  let title: string | undefined;
  let body: string[] = [];
  let anchor: string | undefined;
  let pendingLabel: string | undefined;

  const flush = (): void => {
    const text = splitParagraphs(renderBody(body))
      .map((p) => (p.startsWith("```") ? p : unwrap(renderInline(p))))
      .filter((p) => p && !/^:\w[\w-]*:/.test(p))
      .join("\n\n");
    if (text && stack.length > 0) sections.push({ headings: stack.map((h) => h.text), anchor, text });
    body = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const label = LABEL.exec(line);
    if (label?.[1]) {
      pendingLabel = makeId(label[1]);
      continue;
    }
    const found = titleAt(lines, i);
    if (!found) {
      body.push(line);
      if (line.trim()) pendingLabel = undefined;
      continue;
    }
    flush();
    if (!styles.includes(found.style)) styles.push(found.style);
    const level = styles.indexOf(found.style);
    const text = renderInline(found.title);
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    stack.push({ level, text });
    title ??= text;
    anchor = pendingLabel ?? makeId(text);
    pendingLabel = undefined;
    i += found.span - 1;
  }
  flush();

  const docTitle = title ?? path;
  const version = inferVersion(docTitle);
  return { path, title: docTitle, version, url: whatsNewUrl(docTitle, version), sections };
}

/** Joins a paragraph's wrapped lines into one, except that each bullet or numbered item keeps its own line. */
function unwrap(paragraph: string): string {
  return paragraph
    .split(/\n(?=\s*(?:[-*+•]|#\.|\d+\.)\s)/)
    .map((item) => item.replace(/\s*\n\s*/g, " ").trim())
    .join("\n");
}

/** CPython's What's New documents live at a known address; others carry no URL of their own. */
export function whatsNewUrl(title: string, version: string | undefined): string | undefined {
  return version && /what.s new in python/i.test(title)
    ? `https://docs.python.org/3/whatsnew/${version}.html`
    : undefined;
}
