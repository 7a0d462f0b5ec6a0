import type { SourceDocument } from "../documents/document.ts";
import { compareVersions } from "../documents/version.ts";

/** What a corpus says about one Python release as a whole. */
export interface ReleaseFacts {
  version: string;
  title: string;
  released?: string;
  endOfLife?: string;
  /** End of bugfix releases; only security fixes follow until `endOfLife`. */
  bugfixUntil?: string;
  url?: string;
  source: string;
  /** The release's highlights, each linked where the document links it. */
  highlights: { text: string; url?: string }[];
  /** Newest micro release ("3.14.1") and its date, from the release-cycle data. */
  latest?: string;
  latestReleased?: string;
  /** Notes downloaded from the docs site for a release with no release date yet. */
  inDevelopment?: boolean;
  /** Known from the release-cycle data only: no release notes to answer from. */
  noNotes?: boolean;
}

const HIGHLIGHT_HEADING = /highlight|summary|overview|key takeaways/i;
const LINK = /\[([^\]]+)\]\((https?:[^)\s]+)\)/;

/** One entry per version; where several documents cover a version, the one with dates and highlights wins. */
export function collectReleaseFacts(documents: SourceDocument[]): ReleaseFacts[] {
  const byVersion = new Map<string, ReleaseFacts>();
  for (const doc of documents) {
    if (!doc.version) continue;
    const facts: ReleaseFacts = {
      version: doc.version,
      title: doc.title,
      released: doc.released,
      endOfLife: doc.endOfLife,
      ...(doc.bugfixUntil ? { bugfixUntil: doc.bugfixUntil } : {}),
      url: doc.url,
      source: doc.path,
      highlights: highlightsOf(doc),
    };
    const known = byVersion.get(doc.version);
    byVersion.set(doc.version, known ? merge(known, facts) : facts);
  }
  return [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
}

function merge(a: ReleaseFacts, b: ReleaseFacts): ReleaseFacts {
  const rank = (f: ReleaseFacts): number => (f.released ? 2 : 0) + (f.highlights.some((h) => h.url) ? 1 : 0);
  const [best, other] = rank(b) > rank(a) ? [b, a] : [a, b];
  return {
    ...best,
    released: best.released ?? other.released,
    endOfLife: best.endOfLife ?? other.endOfLife,
    bugfixUntil: best.bugfixUntil ?? other.bugfixUntil,
    url: best.url ?? other.url,
    highlights: best.highlights.length > 0 ? best.highlights : other.highlights,
  };
}

function highlightsOf(doc: SourceDocument): { text: string; url?: string }[] {
  const section = doc.sections.find((s) => HIGHLIGHT_HEADING.test(s.headings.at(-1) ?? ""));
  if (!section) return [];
  const items = section.text
    .split("\n")
    .map((line) => /^\s*(?:[-*•]|\d+\.)\s+(.*)$/.exec(line)?.[1])
    .filter((item): item is string => Boolean(item));
  return items.map((item) => {
    const link = LINK.exec(item);
    const text = item
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      // Code marks and bold go; the asterisks of `*` and `**` inside code stay.
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .trim();
    return link?.[2] ? { text, url: link[2] } : { text };
  });
}
