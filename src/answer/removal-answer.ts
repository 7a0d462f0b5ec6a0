import type { RemovalEntry } from "../api/removal-fact.ts";
import { compareVersions } from "../documents/version.ts";
import { literal } from "../query/literal.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer, Hit } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { type NotesFor, sectionsIn, whatsNewCitation } from "./release-sections.ts";

/** Questions about whether something is still there: "is lib2to3 still in the stdlib", "X gone?". */
export const STILL_THERE =
  /\b(still|anymore|any more|no longer|gone|removed|remove|removal|dropped|deleted|deprecated|(?:pending)?deprecation(?:warnings?)?|go away|went away|killed|kicked out|get rid|what happened to|where (?:did|does|has|have)\b[^?.!]{1,40}?\b(?:go|gone))\b/i;

/** "`telnetlib` was removed in Python 3.13 (PEP 594; deprecated since 3.11)." — from the fact alone. */
export function removalSentence(
  entry: RemovalEntry,
  context?: string,
  deprecation = false,
  plannedReleaseOut = false,
): string {
  const name = `\`${entry.name}\``;
  // Something not removed yet is said to be still there, whether its deprecation or removal was asked.
  if (deprecation && entry.deprecatedIn && entry.removedIn) {
    const then = entry.removedIn ? `, then removed in Python ${entry.removedIn}` : "";
    return `${name} was deprecated in Python ${entry.deprecatedIn}${entry.pep ? ` (PEP ${entry.pep})` : ""}${then}.${entry.replacement ? ` Use \`${entry.replacement}\` instead.` : ""}`;
  }
  const notes = [
    entry.pep ? `PEP ${entry.pep}` : "",
    entry.deprecatedIn && entry.removedIn ? `deprecated since ${entry.deprecatedIn}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const paren = notes ? ` (${notes})` : "";
  const instead = entry.replacement ? ` Use \`${entry.replacement}\` instead.` : "";
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
  // A plan for a release that is out and whose notes never say it happened is no longer a plan, and
  // no removal either: the notes are silent, and the answer says so.
  const planned = !entry.plannedRemoval
    ? ""
    : plannedReleaseOut
      ? `; its removal was planned for Python ${entry.plannedRemoval}, but the ${entry.plannedRemoval} release notes don't record it`
      : `; its removal is planned for Python ${entry.plannedRemoval}`;
  return `${name} is deprecated, not removed: deprecated since Python ${entry.deprecatedIn ?? "?"}${entry.pep ? ` (PEP ${entry.pep})` : ""}${planned}.${instead}`;
}

/**
 * The release a removal answer is about: the removal, or the deprecation while it is still there —
 * or when the question asks about the deprecation itself ("contextlib.nested deprecated").
 */
export function removalVersion(entry: RemovalEntry, query?: ParsedQuery): string | undefined {
  if (query && entry.deprecatedIn && asksDeprecation(query, entry)) return entry.deprecatedIn;
  return entry.removedIn ?? entry.deprecatedIn;
}

/**
 * "when was X deprecated", "X deprecated": the deprecation itself is asked for. "X is deprecated",
 * "dependency on deprecated X" say so in passing; what matters to them is when it goes.
 */
function asksDeprecation(query: ParsedQuery, entry: RemovalEntry): boolean {
  if (!query.wantsDeprecations || query.wantsRemovals) return false;
  // "did 3.10 deprecate distutils": the release named is the deprecation's.
  const named = query.version ?? query.context;
  // "DeprecationWarning: Please use assertRaisesRegex instead": a warning seen means the name is
  // still there, so its deprecation is the news, unless the warning plans a removal.
  if (/\bDeprecationWarning\b/.test(query.raw) && !query.plannedRemoval)
    return !named || !entry.removedIn || compareVersions(named, entry.removedIn) < 0;
  if (named) return named === entry.deprecatedIn;
  if (/\b(when|which|what)\b/i.test(query.text)) return true;
  const parts = new Set(entry.name.toLowerCase().split("."));
  const rest = (query.text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []).filter(
    (w) => !parts.has(w) && !/^deprecat/.test(w),
  );
  return rest.length === 0;
}

/** "what should I use instead of distutils", "imp alternative", "what now?": a replacement asked for. */
const REPLACEMENT_ASKED =
  /\b(?:instead|replac\w*|alternatives?|equivalent|substitute|successor|what now|what (?:do|should) (?:i|we) use|migrat\w*)\b/i;

/**
 * When a replacement is asked for and the facts name none, the release's own section on the removal
 * says what to do ("… can install `setuptools`, which ships a copy of `distutils`").
 */
function withNotesOnReplacement(
  sentence: string,
  entry: RemovalEntry,
  query: ParsedQuery,
  hits: readonly Hit[],
): string {
  if (entry.replacement || !REPLACEMENT_ASKED.test(query.text)) return sentence;
  const leaf = (entry.name.split(".").at(-1) ?? entry.name).toLowerCase();
  const named = new RegExp(`(?<![\\w.])${literal(leaf)}(?![\\w])`, "i");
  // Only the sentences that speak of it: a section on several removals says something of each.
  const said = hits
    .filter((h) => named.test(h.section))
    .flatMap((h) => h.snippet.split(/(?<=[.!?])\s+(?=[A-Z`])/))
    .filter((s) => named.test(s));
  return said.length > 0 ? `${sentence} ${said.slice(0, 2).join(" ")}` : sentence;
}

/** An answer that leads with when a name was removed or deprecated, citing the release that did it. */
export function removalAnswer(
  query: ParsedQuery,
  entry: RemovalEntry,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
  addedIn = "",
): Answer | undefined {
  const version = removalVersion(entry, query);
  const deprecation = version !== entry.removedIn;
  if (!version) return undefined;
  const section = `${entry.name} ${deprecation ? "deprecated" : "removed"}`;
  const primary = whatsNewCitation(version, section, entry.url, releases);
  const sections = sectionsIn(version, section, notesFor);
  return {
    query: query.raw,
    found: true,
    kind: "feature",
    answer: withNotesOnReplacement(
      removalSentence(
        entry,
        query.context,
        deprecation,
        releases.some((r) => r.version === entry.plannedRemoval && !r.inDevelopment && !r.noNotes),
      ),
      entry,
      query,
      sections.hits,
    ),
    version,
    citations: [...sections.citations, primary],
    hits: sections.hits,
    suggestions: [],
    api: {
      name: entry.name,
      kind: "member",
      addedIn,
      url: entry.url,
      ...(entry.removedIn ? { removedIn: entry.removedIn } : {}),
      ...(entry.deprecatedIn ? { deprecatedIn: entry.deprecatedIn } : {}),
      ...(entry.replacement ? { replacement: entry.replacement } : {}),
      ...(query.context && entry.removedIn
        ? {
            target: {
              version: query.context,
              available: compareVersions(query.context, entry.removedIn) < 0,
            },
          }
        : {}),
    },
  };
}
