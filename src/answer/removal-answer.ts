import type { RemovalEntry } from "../api/removal-fact.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer, Citation } from "./answer.ts";
import type { NotesFor } from "./error-answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";

/** Questions about whether something is still there: "is lib2to3 still in the stdlib", "X gone?". */
export const STILL_THERE =
  /\b(still|anymore|any more|no longer|gone|removed|remove|removal|dropped|deleted|deprecated|deprecation|go away|went away|killed|kicked out|get rid)\b/i;

/** "`telnetlib` was removed in Python 3.13 (PEP 594; deprecated since 3.11)." — from the fact alone. */
export function removalSentence(entry: RemovalEntry, context?: string): string {
  const name = `\`${entry.name}\``;
  const notes = [
    entry.pep ? `PEP ${entry.pep}` : "",
    entry.deprecatedIn && entry.removedIn ? `deprecated since ${entry.deprecatedIn}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const paren = notes ? ` (${notes})` : "";
  const instead = entry.replacement ? ` The release notes name \`${entry.replacement}\` instead.` : "";
  if (entry.removedIn) {
    const verdict =
      context === undefined
        ? ""
        : compareVersions(context, entry.removedIn) >= 0
          ? `No — Python ${context} does not have it: `
          : `Yes — Python ${context} still has it, but `;
    const lead = verdict ? `${verdict}${name} was removed` : `${name} was removed`;
    return `${lead} in Python ${entry.removedIn}${paren}.${instead}`;
  }
  const planned = entry.plannedRemoval ? `; its removal is planned for Python ${entry.plannedRemoval}` : "";
  return `${name} is deprecated, not removed: deprecated since Python ${entry.deprecatedIn ?? "?"}${entry.pep ? ` (PEP ${entry.pep})` : ""}${planned}.${instead}`;
}

/** The release a removal answer is about: the removal, or the deprecation while it is still there. */
export function removalVersion(entry: RemovalEntry): string | undefined {
  return entry.removedIn ?? entry.deprecatedIn;
}

/** An answer that leads with when a name was removed or deprecated, citing the release that did it. */
export function removalAnswer(
  query: ParsedQuery,
  entry: RemovalEntry,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  const version = removalVersion(entry);
  if (!version) return undefined;
  const release = releases.find((r) => r.version === version);
  const primary: Citation = {
    version,
    title: release?.title ?? `What's New in Python ${version}`,
    section: `${entry.name} ${entry.removedIn ? "removed" : "deprecated"}`,
    url: entry.url,
    source: release?.source ?? "",
  };
  const notes = notesFor(`${entry.name} ${entry.removedIn ? "removed" : "deprecated"}`, version);
  const sections = notes.answer.found ? notes.answer.citations.filter((c) => c.version === version) : [];
  return {
    query: query.raw,
    found: true,
    kind: "feature",
    answer: removalSentence(entry, query.context),
    version,
    citations: sections.length > 0 ? [...sections, primary] : [primary],
    hits: notes.answer.found ? notes.answer.hits.filter((h) => h.version === version) : [],
    suggestions: [],
    api: {
      name: entry.name,
      kind: "member",
      addedIn: "",
      url: entry.url,
      ...(entry.removedIn ? { removedIn: entry.removedIn } : {}),
      ...(entry.deprecatedIn ? { deprecatedIn: entry.deprecatedIn } : {}),
      ...(entry.replacement ? { replacement: entry.replacement } : {}),
    },
  };
}
