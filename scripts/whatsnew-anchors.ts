/**
 * Lists the anchors that really exist on docs.python.org/3/whatsnew/3.X.html, read from the
 * reference sources in ../shared/reference. Built pages (3.0–3.11) give their ids directly; for
 * later releases the ids are derived from the reStructuredText the way docutils derives them.
 *
 * Usage: tsx scripts/whatsnew-anchors.ts 3.12 [REFERENCE_DIR]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LABEL, makeId, renderInline, titleAt } from "../src/documents/rst.ts";

/** Ids derived from section titles and explicit `.. _label:` targets of an RST document. */
export function anchorsFromRst(rst: string): Set<string> {
  const ids = new Set<string>();
  const lines = rst.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const label = LABEL.exec(lines[i] ?? "");
    if (label?.[1]) ids.add(makeId(label[1]));
    const title = titleAt(lines, i);
    const id = title ? makeId(renderInline(title.title)) : "";
    if (id) ids.add(id);
  }
  return ids;
}

export function anchorsFromHtml(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) {
    if (m[1] && !m[1].startsWith("index-")) ids.add(m[1]);
  }
  return ids;
}

/** All anchors of one release's What's New page, or undefined when the reference lacks it. */
export function whatsNewAnchors(version: string, referenceDir: string): Set<string> | undefined {
  const html = join(referenceDir, "cpython-whatsnew-html", `${version}.html`);
  const rst = join(referenceDir, "cpython-whatsnew", `${version}.rst`);
  if (!existsSync(html) && !existsSync(rst)) return undefined;
  // The built pages are older than some sources, so both contribute anchors.
  return new Set([
    ...(existsSync(html) ? anchorsFromHtml(readFileSync(html, "utf8")) : []),
    ...(existsSync(rst) ? anchorsFromRst(readFileSync(rst, "utf8")) : []),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [version, dir = join(process.cwd(), "..", "shared", "reference")] = process.argv.slice(2);
  if (!version) {
    console.error("usage: tsx scripts/whatsnew-anchors.ts 3.X [REFERENCE_DIR]");
    process.exit(2);
  }
  const anchors = whatsNewAnchors(version, dir);
  if (!anchors) {
    console.error(`no reference document for ${version} under ${dir}`);
    process.exit(1);
  }
  console.log([...anchors].sort().join("\n"));
}
