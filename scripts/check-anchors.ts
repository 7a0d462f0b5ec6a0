/**
 * npm run check:anchors -- REFERENCE_DIR
 * Every anchor the built-in corpus links to must exist on that release's official What's New page:
 * an explicit label or a section id of the reference document. Exits 1 listing the ones that do not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listCorpusFiles } from "../src/documents/load-corpus.ts";
import { parseMarkdown } from "../src/documents/markdown.ts";
import { BUILTIN_CORPUS } from "../src/knowledge-base.ts";
import { whatsNewAnchors } from "./whatsnew-anchors.ts";

const referenceDir = process.argv[2] ?? join(process.cwd(), "..", "shared", "reference");
const LINK = /https:\/\/docs\.python\.org\/3\/whatsnew\/(\d\.\d+)\.html#([\w.-]+)/g;

let checked = 0;
const bad: string[] = [];
for (const file of listCorpusFiles(BUILTIN_CORPUS)) {
  const raw = readFileSync(file, "utf8");
  const doc = parseMarkdown(file, raw);
  const links = [...raw.matchAll(LINK)].map((m) => ({ version: m[1] ?? "", anchor: m[2] ?? "" }));
  const sections = doc.sections.map((s) => ({ version: doc.version ?? "", anchor: s.anchor ?? "" }));
  for (const { version, anchor } of [...sections, ...links]) {
    const anchors = whatsNewAnchors(version, referenceDir);
    checked++;
    if (!anchors) bad.push(`${file}: no reference document for ${version}`);
    else if (!anchor || !anchors.has(anchor))
      bad.push(`${file}: #${anchor} is not an anchor of the ${version} page`);
  }
}
for (const line of [...new Set(bad)]) console.error(line);
console.log(`anchors checked ${checked}, not found ${bad.length}`);
process.exitCode = bad.length > 0 ? 1 : 0;
