import type { Chunk } from "../chunks/chunk.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer } from "./answer.ts";
import { citationOf, hitOf } from "./compose.ts";
import type { ReleaseFacts } from "./release-facts.ts";

/** What upgrading across releases can break: the notes' removals and porting advice. */
const BREAKING_GROUP = /\bremov|porting|incompatib/i;
/** Names listed per release in the short answer. */
const NAMES_PER_RELEASE = 3;

/**
 * How much a section matters to someone upgrading: whole modules and PEP-level removals first,
 * then other removals, then porting advice.
 */
function weight(chunk: Chunk): number {
  const group = chunk.headings[1] ?? "";
  let w = /remov/i.test(group) ? 2 : 1;
  if (/\bPEP\s?\d+/i.test(chunk.section)) w += 2;
  if (/^\S+(?:,\s\S+)*(?:\sand\s\S+)?\s(module\s)?removed\b/i.test(chunk.section)) w += 1;
  return w;
}

/** "asynchat, asyncore and smtpd removed (PEP 594)" → "asynchat, asyncore and smtpd". */
function shortName(section: string): string {
  return section
    .replace(/\s*\(PEPs?\s?\d+[^)]*\)/gi, "")
    .replace(/\s+(?:modules?\s+)?(removed|deprecated)(?:\s+from\s+\S+)?$/i, "")
    .trim();
}

/**
 * "What breaks from 3.9 to 3.12": for every release after the first up to the last, its removals
 * and incompatible changes, the most consequential first, each cited.
 */
export function rangeAnswer(
  query: ParsedQuery,
  releases: ReleaseFacts[],
  chunks: Chunk[],
  limit: number,
): Answer | undefined {
  const range = query.range;
  if (!range) return undefined;
  const inRange = releases
    .filter((r) => compareVersions(r.version, range.from) > 0 && compareVersions(r.version, range.to) <= 0)
    .map((r) => r.version);
  if (inRange.length === 0) return undefined;
  const perRelease = inRange.map((version) => {
    // One entry per section: a long section is split into several chunks.
    const bySection = new Map<string, Chunk>();
    for (const c of chunks)
      if (c.version === version && BREAKING_GROUP.test(c.headings[1] ?? "") && !bySection.has(c.section))
        bySection.set(c.section, c);
    const sections = [...bySection.values()]
      .map((chunk, order) => ({ chunk, order, weight: weight(chunk) }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .map((s) => s.chunk);
    return { version, sections };
  });
  const listed = perRelease.filter((r) => r.sections.length > 0);
  if (listed.length === 0) return undefined;
  const parts = listed.map(
    ({ version, sections }) =>
      `${version}: ${sections
        .slice(0, NAMES_PER_RELEASE)
        .map((c) => shortName(c.section))
        .join(
          "; ",
        )}${sections.length > NAMES_PER_RELEASE ? ` (+${sections.length - NAMES_PER_RELEASE} more)` : ""}`,
  );
  // Citations take turns between releases, so the first page shows every release's biggest change.
  const ordered: Chunk[] = [];
  const depth = Math.max(...listed.map((r) => r.sections.length));
  for (let i = 0; i < depth; i++)
    for (const r of listed) if (r.sections[i]) ordered.push(r.sections[i] as Chunk);
  return {
    query: query.raw,
    found: true,
    kind: "overview",
    answer: `Upgrading from Python ${range.from} to ${range.to}, what was removed or changed incompatibly — ${parts.join(" — ")}.`,
    version: listed[0]?.version,
    citations: ordered.slice(0, limit).map(citationOf),
    hits: ordered.map((c) => hitOf(c)),
    suggestions: [],
  };
}
