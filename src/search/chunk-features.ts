/** What ranking knows about each chunk, worked out once: its kind, headings, stems and release. */
import { stemmer } from "stemmer";
import type { Chunk } from "../chunks/chunk.ts";
import { tokenize } from "./tokenize.ts";

/** What ranking needs to know about a chunk's headings, worked out once per chunk. */
export interface ChunkFeatures {
  kind: SectionKind;
  /** The section refines something an earlier release introduced. */
  followUp: boolean;
  /** Heading and text in lower case, for checking terms the search left out. */
  lowerText: string;
  /** The heading alone in lower case, for names written exactly as asked. */
  lowerHeading: string;
  headingTerms: Set<string>;
  subjectTerms: Set<string>;
  minor: number;
}

const featureCache = new WeakMap<Chunk, ChunkFeatures>();

export const STEM_MARK = "~";

const stemKeys = new Map<string, string | undefined>();

/** A term's Porter stem, marked; remembered, since every hit asks again for the same few terms. */
function stemKey(term: string): string | undefined {
  if (stemKeys.has(term)) return stemKeys.get(term);
  if (stemKeys.size > 10_000) stemKeys.clear();
  const key = /^[a-z]{4,}$/.test(term) ? STEM_MARK + stemmer(term) : undefined;
  stemKeys.set(term, key);
  return key;
}

/** Heading terms plus their Porter stems, so "free threading" finds "Free-threaded …". */
export function withStems(terms: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const t of terms) {
    set.add(t);
    const key = stemKey(t);
    if (key) set.add(key);
  }
  return set;
}

/** Whether a heading's terms hold a question term, in any of its forms. */
export function holds(terms: Set<string>, term: string): boolean {
  const key = stemKey(term);
  return terms.has(term) || (key !== undefined && terms.has(key));
}

/** Works out every chunk's ranking features at start, so no question pays for a chunk seen first. */
export function warmUpRanking(chunks: readonly Chunk[]): void {
  for (const chunk of chunks) features(chunk);
}

export function features(chunk: Chunk): ChunkFeatures {
  let f = featureCache.get(chunk);
  if (!f) {
    const minor = Number(chunk.version?.split(".")[1] ?? 0);
    f = {
      kind: sectionKind(chunk),
      followUp: isFollowUp(chunk, minor),
      lowerText: `${chunk.section}\n${chunk.text}`.toLowerCase(),
      lowerHeading: chunk.section.toLowerCase(),
      headingTerms: withStems(tokenize(chunk.section)),
      subjectTerms: withStems(headingSubject(chunk.section)),
      minor,
    };
    featureCache.set(chunk, f);
  }
  return f;
}

export type SectionKind = "new" | "deprecated" | "removed" | "other";

const KIND_TESTS: [Exclude<SectionKind, "other">, RegExp][] = [
  ["deprecated", /deprecat/i],
  ["removed", /\bremov/i],
  ["new", /\bnew\b|highlights|new syntax|language features/i],
];

/**
 * Whether a section announces something new, a deprecation or a removal: the nearest heading
 * (own heading first) that says exactly one of these decides.
 */
export function sectionKind(chunk: Chunk): SectionKind {
  for (const heading of [...chunk.headings.slice(1)].reverse()) {
    const kinds = KIND_TESTS.filter(([, re]) => re.test(heading)).map(([kind]) => kind);
    if (kinds.length === 1) return kinds[0] as SectionKind;
    if (kinds.length > 1) return "other";
  }
  return "other";
}

const REFINEMENT = /\bimprove(d|ments?)\b|\bno longer experimental\b|\bofficially supported\b/i;

const EARLIER_RELEASE = /\b(?:introduced|added|new|available|arrived)\s+in\s+(?:python\s+)?3\.(\d+)/gi;

/** Whether a section is about something an earlier release introduced. */
export function isFollowUp(chunk: Chunk, minor = Number(chunk.version?.split(".")[1] ?? 0)): boolean {
  if (REFINEMENT.test(chunk.section)) return true;
  for (const m of chunk.text.matchAll(EARLIER_RELEASE)) if (Number(m[1]) < minor) return true;
  return false;
}

/** The words a heading is about: its text up to the first colon, dash, parenthesis or "and". */
export function headingSubject(section: string): Set<string> {
  const subject = section.split(/:\s|\s[—–-]\s|\s\(|,\s|\sand\s/)[0] ?? section;
  // "map(), filter() and zip() return iterators": every call the heading lists before it says
  // what happened is as much its subject as the first.
  const items = (section.split(/:\s|\s[—–-]\s|\s\(/)[0] ?? section).split(/,\s|\sand\s/);
  const calls = items.map((item) => /^([A-Za-z_][\w.]*)\(\)/.exec(item)?.[1]?.toLowerCase());
  const listed = calls.length > 1 && calls.every((c) => c !== undefined) ? (calls as string[]) : [];
  // "New interactive interpreter (REPL)", "Hash randomization … (PYTHONHASHSEED)": one name in
  // brackets right after the subject is its other name (a release number there is not).
  const alias = ALIAS_AFTER_SUBJECT.exec(section.slice(subject.length))?.[1];
  return new Set([...tokenize(subject), ...listed, ...(alias ? tokenize(alias) : [])]);
}

const ALIAS_AFTER_SUBJECT = /^\s\(([A-Za-z_][\w.]*)\)/;
