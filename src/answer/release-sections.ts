import type { Answer, Citation, Hit } from "./answer.ts";
import type { NotesResult } from "./compose.ts";
import type { ReleaseFacts } from "./release-facts.ts";

/**
 * What answers led by a fact (an error's explanation, a removal, code's minimum version) cite: the
 * What's New address that states the fact, and the release's own sections about the same subject.
 */

/** The release-notes search for a subject within one release. */
export type NotesFor = (text: string, version: string) => NotesResult;

/** A citation of a What's New address, titled by the release it is about. */
export function whatsNewCitation(
  version: string,
  section: string,
  url: string | undefined,
  releases: ReleaseFacts[],
): Citation {
  const release = releases.find((r) => r.version === version);
  return {
    version,
    title: release?.title ?? `What's New in Python ${version}`,
    section,
    url: url ?? release?.url ?? "",
    source: release?.source ?? "",
  };
}

/** The release's own sections about a subject, as citations and as hits for paging; none when not found. */
export function sectionsIn(
  version: string,
  about: string,
  notesFor: NotesFor,
): { citations: Citation[]; hits: Hit[] } {
  const notes = notesFor(about, version);
  if (!notes.answer.found) return { citations: [], hits: [] };
  return {
    citations: notes.answer.citations.filter((c) => c.version === version),
    hits: notes.answer.hits.filter((h) => h.version === version),
  };
}

/**
 * The answer for a fact from the project's own data (code's minimum version, a named language
 * feature): the release's own section about `about` leads when the notes have one, then `lead` (the
 * What's New address that states the fact), then the release's other sections. Undefined when there
 * is nothing to cite: an answer must link to what states it.
 */
export function factAnswer(
  raw: string,
  answer: string,
  version: string,
  lead: Citation[],
  about: string | undefined,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  const sections = about ? sectionsIn(version, about, notesFor) : { citations: [], hits: [] };
  const [first, ...rest] = sections.citations;
  // The lead is said once: the section found may be the very address that states the fact.
  const citations = [...(first ? [first] : []), ...lead.filter((c) => c.url !== first?.url), ...rest];
  const release = releases.find((r) => r.version === version);
  if (citations.length === 0 && release)
    citations.push(whatsNewCitation(version, release.title, release.url, releases));
  if (citations.length === 0) return undefined;
  return {
    query: raw,
    found: true,
    kind: "feature",
    answer,
    version,
    citations,
    hits: sections.hits,
    suggestions: [],
  };
}
