/**
 * npm run check:anchors -- REFERENCE_DIR
 * Checks the built-in corpus against CPython's What's New sources: every anchor it links to must
 * exist on that release's official page (an explicit label or a section id), and every PEP a
 * release's source names must be named in that release's file. Exits 1 listing what fails.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listCorpusFiles } from "../src/documents/load-corpus.ts";
import { parseMarkdown } from "../src/documents/markdown.ts";
import { BUILTIN_CORPUS } from "../src/knowledge-base.ts";
import { whatsNewAnchors } from "./whatsnew-anchors.ts";

const referenceDir = process.argv[2] ?? join(process.cwd(), "..", "shared", "reference");
const LINK = /https:\/\/docs\.python\.org\/3\/whatsnew\/(\d\.\d+)\.html#([\w.-]+)/g;

/** PEP numbers a text names, as plain numbers ("PEP 0572" and :pep:`572` are both 572). */
function pepsIn(text: string): Set<number> {
  return new Set([...text.matchAll(/(?::pep:`|\bPEP[\s-]?)0*(\d{1,4})\b/gi)].map((m) => Number(m[1])));
}

let checked = 0;
const bad: string[] = [];
for (const file of listCorpusFiles(BUILTIN_CORPUS)) {
  const raw = readFileSync(file, "utf8");
  const doc = parseMarkdown(file, raw);
  const links = [...raw.matchAll(LINK)].map((m) => ({ version: m[1] ?? "", anchor: m[2] ?? "" }));
  const sections = doc.sections.map((s) => ({ version: doc.version ?? "", anchor: s.anchor ?? "" }));
  const rst = join(referenceDir, "cpython-whatsnew", `${doc.version}.rst`);
  if (existsSync(rst)) {
    const named = pepsIn(raw);
    const missing = [...pepsIn(readFileSync(rst, "utf8"))].filter((n) => !named.has(n));
    if (missing.length > 0)
      bad.push(`${file}: PEPs named by the ${doc.version} source but not here: ${missing.join(", ")}`);
  }
  for (const { version, anchor } of [...sections, ...links]) {
    const anchors = whatsNewAnchors(version, referenceDir);
    checked++;
    if (!anchors) bad.push(`${file}: no reference document for ${version}`);
    else if (!anchor || !anchors.has(anchor))
      bad.push(`${file}: #${anchor} is not an anchor of the ${version} page`);
  }
}
for (const line of [...new Set(bad)]) console.error(line);
console.log(`anchors checked ${checked}; problems ${bad.length}`);
process.exitCode = bad.length > 0 ? 1 : 0;
