import type { Chunk } from "../chunks/chunk.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { isKindWord, tokenize } from "../search/tokenize.ts";
import { type Answer, outsideNotes } from "./answer.ts";
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

/** At most this many words narrow a range question to a subject ("typing", "asyncio tasks"). */
const MAX_SUBJECT_TERMS = 3;
/** "setup.py", "pyproject.toml": the asker's files, not names of Python's. */
const FILE_NAME = /\.(?:py|pyi|pyc|txt|toml|cfg|ini|json|ya?ml|md|rst|sh|c|h|so|dll|exe|lock)$/;

/**
 * "My distro upgraded python 3.8 to 3.9 and I cannot run anki", "pgAdmin4 stopped work after upgrade
 * python3.9 to 3.10": a program that no longer runs after an upgrade, told with nothing about what
 * changed. ("Methods which break between 3.7 and later" speaks of Python's changes, and "what breaks
 * from 3.11 to 3.13" asks for them.)
 */
const STOPPED_WORKING =
  /\b(?:stopped work\w*|stop(?:s|ped)? working|(?:isn'?t|is not|not|doesn'?t|does not|won'?t|cannot|can'?t|dont|don'?t)\s+(?:be\s+able\s+to\s+)?(?:work\w*|run\w*|start\w*|open\w*)|(?<!\b(?:what|which|anything|something)\s+)breaks(?!\s+(?:if|when|from|between|going|moving|upgrading))|broke|unusable)\b/i;
/** Words about what Python changed, which the breaking changes do answer. */
const ABOUT_CHANGES =
  /\bchang\w*|\bremov\w*|deprecat\w*|incompatib\w*|differen\w*|\bbreaking\b|syntax|error|exception|traceback|warning|\bfeatures?\b|behaviou?r/i;

/** Says whose trouble a program broken by an upgrade is, and where the release notes' list is. */
function brokenByUpgrade(query: ParsedQuery, range: { from: string; to: string }): Answer {
  return outsideNotes(
    query.raw,
    `That reads as a program that stopped working when Python went from ${range.from} to ${range.to}: whether it supports ${range.to} is for its maintainers to say, and a reinstall of its packages for the new Python often fixes it. For what Python itself changed, ask "what breaks from ${range.from} to ${range.to}".`,
  );
}

/** The owners of dotted names, nearest first: `os.path.isabs` → [`os.path`], [`os`]. */
function ownersOf(names: string[]): string[][] {
  const owners: string[][] = [];
  for (let depth = 1; ; depth++) {
    const level = [
      ...new Set(
        names.filter((n) => n.split(".").length > depth).map((n) => n.split(".").slice(0, -depth).join(".")),
      ),
    ];
    if (level.length === 0) return owners;
    owners.push(level);
  }
}

/**
 * "What breaks from 3.9 to 3.12": for every release after the first up to the last, its removals
 * and incompatible changes, the most consequential first, each cited. "What changed in typing from
 * 3.9 to 3.12": every section of those releases whose heading names the whole subject; when no
 * heading does, the words were the asker's situation, not a subject, and the breaking changes answer.
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
  const words = query.terms.filter((t) => !isKindWord(t));
  // "was this change in behavior of `os.path.isabs()` intentional?": a dotted name is the subject,
  // whatever else the message says (and its own parts, "path.isabs", say it again).
  const dotted = words.filter((t) => t.includes(".") && !FILE_NAME.test(t));
  const names = dotted.filter((t) => !dotted.some((o) => o !== t && o.endsWith(`.${t}`)));
  // "Behavior of python enum.Flags has changed between 3.9 and 3.11": a name no heading gives is
  // answered by what changed in its module.
  const subjects = names.length > 0 ? [names, ...ownersOf(names)] : [words];
  for (const subject of subjects) {
    if (subject.length === 0 || subject.length > MAX_SUBJECT_TERMS) continue;
    const headed = (c: Chunk): boolean => {
      const heading = new Set(tokenize(c.section));
      return subject.every((t) => heading.has(t));
    };
    const about = sectionsPerRelease(inRange, chunks, headed, (sections) => sections);
    const lead = `From Python ${range.from} to ${range.to}, what changed about ${subject.join(" ")}`;
    if (about) return listAnswer(query, lead, about, limit);
  }
  if (STOPPED_WORKING.test(query.text) && !ABOUT_CHANGES.test(query.text))
    return brokenByUpgrade(query, range);
  const breaking = (c: Chunk): boolean => BREAKING_GROUP.test(c.headings[1] ?? "");
  const byWeight = (sections: Chunk[]): Chunk[] =>
    sections
      .map((chunk, order) => ({ chunk, order, weight: weight(chunk) }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .map((s) => s.chunk);
  const listed = sectionsPerRelease(inRange, chunks, breaking, byWeight);
  const lead = `Upgrading from Python ${range.from} to ${range.to}, what was removed or changed incompatibly`;
  return listed && listAnswer(query, lead, listed, limit);
}

/** The sections each release keeps, one entry per section (a long one is several chunks); only releases with some. */
function sectionsPerRelease(
  versions: string[],
  chunks: Chunk[],
  keep: (chunk: Chunk) => boolean,
  order: (sections: Chunk[]) => Chunk[],
): { version: string; sections: Chunk[] }[] | undefined {
  const listed = versions
    .map((version) => {
      const bySection = new Map<string, Chunk>();
      for (const c of chunks)
        if (c.version === version && !bySection.has(c.section) && keep(c)) bySection.set(c.section, c);
      return { version, sections: order([...bySection.values()]) };
    })
    .filter((r) => r.sections.length > 0);
  return listed.length > 0 ? listed : undefined;
}

/** "LEAD — 3.10: a; b — 3.11: c (+2 more).", citations taking turns between releases. */
function listAnswer(
  query: ParsedQuery,
  lead: string,
  listed: { version: string; sections: Chunk[] }[],
  limit: number,
): Answer {
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
    answer: `${lead} — ${parts.join(" — ")}.`,
    version: listed[0]?.version,
    citations: ordered.slice(0, limit).map(citationOf),
    hits: ordered.map((c) => hitOf(c)),
    suggestions: [],
  };
}
