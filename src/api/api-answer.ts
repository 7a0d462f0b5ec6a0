import type { Answer, Citation } from "../answer/answer.ts";
import { asksWhetherItHas, type NoteFact, type NotesResult } from "../answer/compose.ts";
import type { ReleaseFacts } from "../answer/release-facts.ts";
import { compareVersions } from "../documents/version.ts";
import { literal } from "../query/literal.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { addedIn, toFact } from "./api-catalog.ts";
import type { ApiEntry, ApiFact } from "./api-fact.ts";
import type { ApiMention } from "./api-question.ts";

/** Candidates listed when a bare name stands for APIs that arrived in different versions. */
export const MAX_API_CANDIDATES = 5;

/** The release-notes side of an answer: the core's feature search for a parsed question. */
export type NotesSearch = (query: ParsedQuery) => NotesResult;

export interface ApiAnswerContext {
  search: NotesSearch;
  /** Parses a text as a question without a version, for searching the notes for the API alone. */
  parse: (text: string) => ParsedQuery;
  releases: ReleaseFacts[];
}

/**
 * An answer that leads with the version fact of the API a question names, then cites the release
 * notes that mention it, as a feature answer would.
 */
/** The first Python 3 release, which left out what Python 2 alone had. */
const PYTHON_3 = "3.0";

export function apiAnswer(query: ParsedQuery, mention: ApiMention, context: ApiAnswerContext): Answer {
  const [best, ...others] = mention.entries;
  if (!best) return context.search(query).answer;
  // In "can I use X on 3.7?" the version is the asker's, not a filter that would hide X's release;
  // in "pathlib in 3.12" it stays a filter: what changed in pathlib in 3.12.
  const target = query.context;
  // "denite: fix IntEnum str representation for python3.11": a message that does not ask whether a
  // release has an API it has long had gets the API's date, not a "yes".
  if (target && !query.bound && compareVersions(addedIn(best), target) < 0 && !asksWhetherItHas(query.text))
    return apiAnswer({ ...query, context: undefined }, mention, context);
  const found = releaseNotes(query, best, target !== undefined || (mention.bare && !query.version), context);
  const sameRelease = others.every((e) => addedIn(e) === addedIn(best));
  if (!sameRelease) {
    const chosen = chosenAmong(mention.entries, query, found);
    return chosen
      ? apiAnswer(query, { ...mention, entries: [chosen] }, context)
      : { ...candidatesAnswer(mention, found.answer), query: query.raw };
  }

  // "functools.cache in 3.8": a release before the API's is where the asker stands, unless its notes
  // name the API (a backport, a provisional start).
  const inRelease =
    query.version !== undefined &&
    found.answer.found &&
    found.answer.version === query.version &&
    (found.lead === undefined || namesApi(found.lead.chunk.section, best));
  if (query.version && !inRelease && compareVersions(addedIn(best), query.version) > 0)
    return apiAnswer({ ...query, version: undefined, context: query.version }, mention, context);
  const fact = toFact(best, target);
  // "What changed in X in 3.12" is a release-notes question; the fact rides along. Notes of another
  // release, found when 3.12's say nothing of X, do not answer it.
  if (query.version && found.answer.found && found.answer.version === query.version)
    return { ...found.answer, query: query.raw, api: fact };
  const notes = fromAddingRelease(query, found, best, fact, context);
  const lead = notes.answer.found ? notes.lead : undefined;
  const agrees = lead !== undefined && lead.version === fact.addedIn && lead.event !== "removed";
  // Release notes that name the API in their heading and date it otherwise know better than the
  // version tables, which give an inherited member its owner's version (`__init_subclass__`).
  // A later removal of one of its parameters does not date it, unless removals were asked about.
  // Asked about the API alone, a section on a later change to it ("enum.Enum functional API start
  // parameter", 3.5) dates the change, not the API.
  const laterChange =
    mention.bare && lead?.event === "changed" && compareVersions(lead.version ?? "", fact.addedIn) > 0;
  if (
    lead &&
    !agrees &&
    !target &&
    !mention.described &&
    !unaskedGoing(lead, query) &&
    !laterChange &&
    namesApi(lead.chunk.section, best)
  )
    return { ...notes.answer, query: query.raw };
  // A module's own section already says it all: "pathlib: … — new in Python 3.4 (PEP 428). …".
  const moduleSaidIt = agrees && best.kind === "module" && !target && lead.subject.includes(best.name);
  const also = others.length > 0 ? ` (also ${others.map((e) => `\`${e.name}\``).join(", ")})` : "";
  // When the notes agree, their summary follows the fact without repeating "new in Python X".
  const summary = agrees ? lead.summary : "";
  const pep = agrees && lead.pep ? ` (PEP ${lead.pep})` : undefined;
  const answer = moduleSaidIt
    ? notes.answer.answer
    : [factSentence(best, fact, pep).replace(/\.$/, `${also}.`), summary].filter(Boolean).join(" ");
  // The first citation must support the fact: a section of the release that added the API when
  // the notes agree, else the library reference that documents it.
  const citations = agrees
    ? notes.answer.citations
    : [referenceCitation(fact), ...supporting(notes.answer, fact)];
  // "sys.setdefaultencoding": a name Python 2 alone had is dated, for a Python 3 user, by the release
  // that left it out, whose notes say what Python 3 changed (unless asked whether a Python 2 has it).
  const leftOut = best.py3 === null && !fact.target?.available;
  const shown = leftOut
    ? [...addingRelease({ ...fact, addedIn: PYTHON_3 }, context.releases), referenceCitation(fact)]
    : citations.length > 0
      ? citations
      : addingRelease(fact, context.releases);
  return {
    ...notes.answer,
    query: query.raw,
    found: true,
    kind: "feature",
    answer,
    version: leftOut ? PYTHON_3 : fact.addedIn,
    citations: shown,
    api: fact,
  };
}

/** Whether a heading names an API by its last part ("__init_subclass__", "annotations"). */
export function namesApi(heading: string, entry: ApiEntry): boolean {
  const leaf = entry.kwarg ?? entry.name.split(".").at(-1) ?? "";
  if (leaf.length <= 2) return false;
  // A class is named in its own case: "Numeric literal …" is not about `typing.Literal`.
  const folded = leaf === leaf.toLowerCase();
  const fold = (text: string): string => (folded ? text.toLowerCase() : text);
  const escaped = literal(fold(leaf));
  const owner = entry.kwarg ? undefined : fold(entry.name.split(".").slice(0, -1).join("."));
  // Written with another owner ("collections.abc.Callable" for `typing.Callable`), it is another API.
  return [
    ...fold(heading).matchAll(
      // Not as the owner of a member it names ("asyncio.Queue.shutdown()" is not about `asyncio.Queue`).
      new RegExp(`(^|[^A-Za-z0-9_.])((?:[A-Za-z0-9_]+\\.)*)${escaped}(?![A-Za-z0-9_]|\\.[A-Za-z_])`, "g"),
    ),
  ].some((m) => (!m[2] && !EVENT_WORD.test(leaf)) || owner === undefined || m[2] === `${owner}.`);
}

/** Leaves that headings use as words for what happened: `warnings.deprecated` is no "… deprecated". */
const EVENT_WORD = /^(?:deprecated|removed|added|changed|new|fixed|improved|updated)$/i;

/** The library reference entry of an API, as a citation of the release that added it. */
function referenceCitation(fact: ApiFact): Citation {
  return {
    version: fact.addedIn,
    title: "Python standard library reference",
    section: fact.name,
    url: fact.url,
    source: "api-versions.json",
  };
}

/** Release-note citations that name the API itself, so no neighbouring section poses as its source. */
function supporting(notes: Answer, fact: ApiFact): Citation[] {
  if (!notes.found) return [];
  const leaf = fact.name.replace(/\(.*$/, "").split(".").at(-1)?.toLowerCase() ?? "";
  return notes.citations.filter((c) => c.section.toLowerCase().includes(leaf) && c.version === fact.addedIn);
}

/** Release-note sections about the API: the question as asked, then the API's name alone. */
function releaseNotes(
  query: ParsedQuery,
  entry: ApiEntry,
  bare: boolean,
  context: ApiAnswerContext,
): NotesResult {
  const byName = (): NotesResult =>
    context.search(context.parse(entry.kwarg ? `${entry.name} ${entry.kwarg}` : entry.name));
  // A question that is just the API is best searched by its full name (`isqrt` → `math.isqrt`).
  if (bare) {
    const notes = byName();
    return notes.answer.found ? notes : context.search({ ...query, version: undefined, context: undefined });
  }
  const notes = context.search({ ...query, context: undefined });
  if (notes.answer.found) return notes;
  if (!query.version) return byName();
  // A long message about the API in one release ("random.sample() … removed in 3.11"): that
  // release's sections on the API by its name.
  const named = entry.kwarg ? `${entry.name} ${entry.kwarg}` : entry.name;
  const inRelease = context.search({ ...context.parse(named), version: query.version });
  const about = inRelease.lead !== undefined && namesApi(inRelease.lead.chunk.section, entry);
  return about ? inRelease : context.search({ ...query, version: undefined });
}

/**
 * The notes found, or when they lead with another release than the one that added the API
 * ("TypedDict keyword-argument syntax removed", 3.13, for `typing.TypedDict`), that release's own
 * sections about the API if it has any.
 */
function fromAddingRelease(
  query: ParsedQuery,
  notes: NotesResult,
  entry: ApiEntry,
  fact: ApiFact,
  context: ApiAnswerContext,
): NotesResult {
  const lead = notes.answer.found ? notes.lead : undefined;
  if (!lead || lead.version === fact.addedIn || !fact.addedIn) return notes;
  // Notes that date the API's arrival otherwise know better than the tables (see below); only a
  // going the question did not ask about is the wrong lead.
  if (!unaskedGoing(lead, query)) return notes;
  const own = context.search({ ...context.parse(entry.name), version: fact.addedIn });
  return own.answer.found && own.lead?.version === fact.addedIn ? own : notes;
}

/** A removal or deprecation the question did not ask about. */
function unaskedGoing(lead: NoteFact, query: ParsedQuery): boolean {
  const going = lead.event === "removed" || lead.event === "deprecated";
  return going && !query.wantsRemovals && !query.wantsDeprecations;
}

/** When no release-notes section names it: the What's New page of the release that added it. */
function addingRelease(fact: ApiFact, releases: ReleaseFacts[]): Citation[] {
  const release = releases.find((r) => r.version === fact.addedIn);
  if (!release) return [];
  return [
    {
      version: release.version,
      title: release.title,
      section: release.title,
      url: release.url ?? "",
      source: release.source,
    },
  ];
}

function subject(entry: ApiEntry): string {
  return entry.kwarg ? `The \`${entry.kwarg}\` argument of \`${entry.name}\`` : `\`${entry.name}\``;
}

/** "`math.isqrt` — new in Python 3.8.", with the "can I use" verdict or the Python 3 replacement. */
export function factSentence(entry: ApiEntry, fact: ApiFact, pep = ""): string {
  const who = subject(entry);
  const whoInside = who.replace(/^The /, "the ");
  if (entry.py3 === null) {
    const moved = fact.movedTo ? `; in Python 3 use \`${fact.movedTo}\`` : "";
    if (fact.target?.available)
      return `Yes — ${whoInside} is in Python ${fact.target.version} (since Python ${entry.py2})${moved}.`;
    return `${fact.target ? `No — ${whoInside}` : who} is Python 2 only (since Python ${entry.py2}): Python ${PYTHON_3} left it out${moved}.`;
  }
  const python2 = `${pep}${entry.py2 && entry.py3 !== "3.0" ? ` (and in Python 2 since ${entry.py2})` : ""}`;
  if (entry.inferredFrom) {
    // Neither source dates this member: say that its owner's version is what is known.
    const owner = `\`${entry.inferredFrom}\``;
    if (!fact.target) return `${who} is not dated by itself; ${owner} is new in Python ${entry.py3}.`;
    const { version, available } = fact.target;
    return available
      ? `Probably — ${whoInside} is not dated by itself, but ${owner} is in Python ${version} (new in Python ${entry.py3}).`
      : `No — ${owner} is new in Python ${entry.py3}, so Python ${version} has neither it nor ${whoInside}.`;
  }
  // A name Python 2 already had is no news of 3.0: every Python 3 has it.
  const since =
    entry.py2 && entry.py3 === "3.0"
      ? `in every Python 3 release since 3.0 (and in Python 2 since ${entry.py2})${pep}`
      : `new in Python ${entry.py3}${python2}`;
  if (!fact.target) return `${who} — ${since}.`;
  const { version, available } = fact.target;
  return available
    ? `Yes — ${whoInside} is in Python ${version}: it is ${since}.`
    : `No — ${whoInside} is new in Python ${entry.py3}${python2}, so Python ${version} does not have it.`;
}

/**
 * Of the APIs a bare name stands for, the one the question says: by its owner written beside it
 * ("`exist_ok` for `os.makedirs`"), else by the notes of the release it names naming one alone ("in
 * 3.8 `CancelledError` no longer extends `Exception`" → 3.8's section on `asyncio.CancelledError`).
 */
function chosenAmong(
  entries: readonly ApiEntry[],
  query: ParsedQuery,
  found: NotesResult,
): ApiEntry | undefined {
  const owner = (e: ApiEntry) => (e.kwarg ? e.name : e.name.split(".").slice(0, -1).join("."));
  const byOwner = entries.filter((e) => writes(query.text, owner(e)));
  if (byOwner.length === 1) return byOwner[0];
  // Only the notes of a release the question names: any section on a bare name ("open") names one.
  const named = query.version ?? query.context;
  const heading =
    found.answer.found && named && found.answer.version === named ? found.lead?.chunk.section : undefined;
  const byNotes = heading ? entries.filter((e) => writes(heading, e.name)) : [];
  return byNotes.length === 1 ? byNotes[0] : undefined;
}

/** Whether a text writes a dotted name whole, not as part of a longer one. */
function writes(text: string, name: string): boolean {
  if (name === "") return false;
  return new RegExp(`(?<![\\w.])${name.replace(/\./g, "\\.")}(?![\\w])`).test(text);
}

/** A bare name shared by APIs from different releases: list them rather than guess. */
function candidatesAnswer(mention: ApiMention, notes: Answer): Answer {
  const listed = mention.entries.slice(0, MAX_API_CANDIDATES);
  const names = listed.map((e) => (e.kwarg ? `${e.name}(${e.kwarg}=)` : e.name));
  const items = listed.map((e, i) => `\`${names[i]}\` (${e.py3 ? `Python ${e.py3}` : `Python 2 only`})`);
  const more =
    mention.entries.length > listed.length ? `, and ${mention.entries.length - listed.length} more` : "";
  return {
    ...notes,
    found: true,
    kind: "feature",
    answer: `Several APIs are named \`${mention.token}\`: ${items.join(", ")}${more}. Ask with the full name for one of them.`,
    version: undefined,
    suggestions: names,
  };
}
