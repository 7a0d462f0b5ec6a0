import type { Citation, Hit } from "./answer.ts";
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
