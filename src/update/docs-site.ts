import { parseHtml } from "../documents/html.ts";

/** Where the official documentation lives; tests point this at a local server. */
export const DEFAULT_DOCS_BASE_URL = "https://docs.python.org/";
export const DEFAULT_RELEASES_URL = "https://endoflife.date/api/python.json";

/** The What's New indexes that list every release's page: the released docs and the one in development. */
export function whatsNewIndexUrls(base: string): string[] {
  return [`${withSlash(base)}3/whatsnew/index.html`, `${withSlash(base)}dev/whatsnew/index.html`];
}

export function whatsNewPageUrl(base: string, version: string): string {
  return `${withSlash(base)}${version}/whatsnew/${version}.html`;
}

function withSlash(base: string): string {
  return base.endsWith("/") ? base : `${base}/`;
}

/** The Python 3 releases a What's New index links to ("3.15.html", "../3.16/whatsnew/3.16.html"). */
export function releasesListed(indexHtml: string): string[] {
  const versions = new Set<string>();
  for (const m of indexHtml.matchAll(/href="[^"]*?\b(3\.\d{1,2})\.html(?:#[^"]*)?"/g))
    if (m[1]) versions.add(m[1]);
  return [...versions];
}

/** Fewest sections a real What's New page has; fewer means a cut-off or an error page. */
const MIN_SECTIONS = 3;

/**
 * Why a fetched page is not a whole What's New page for `version` (cut off, another page, an error
 * page served with 200), or undefined when it is one.
 */
export function pageProblem(html: string, version: string): string | undefined {
  if (!/<\/html>\s*$/i.test(html)) return "truncated: no closing </html>";
  let title: string;
  let sections: number;
  try {
    const doc = parseHtml(`${version}.html`, html);
    title = doc.title;
    sections = doc.sections.length;
  } catch (error) {
    return `unreadable HTML: ${(error as Error).message}`;
  }
  if (!/what.s new/i.test(title) || !title.includes(version))
    return `not the ${version} What's New page ("${title}")`;
  if (sections < MIN_SECTIONS) return `only ${sections} sections`;
  return undefined;
}
