/** Section priors: which kind of section, heading and release a question most likely means. */
import type { Chunk } from "../chunks/chunk.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import { features, holds, STEM_MARK } from "./chunk-features.ts";
import type { RankedHit } from "./rank.ts";
import type { RankingFactors } from "./ranking-factors.ts";
import { isCategoryWord, isKindWord } from "./tokenize.ts";

/** Section-level priors: a question about a feature usually means the release that introduced it. */
export function kindFactor(chunk: Chunk, query: ParsedQuery, r: RankingFactors): number {
  const { kind } = features(chunk);
  if (kind === "deprecated") return query.wantsDeprecations ? r.askedChangeSection : r.unaskedChangeSection;
  if (kind === "removed") return query.wantsRemovals ? r.askedChangeSection : r.unaskedChangeSection;
  if (query.wantsDeprecations || query.wantsRemovals) return r.otherSectionWhenChangesAsked;
  // A section that announces improvements, or says the thing came in an earlier release, follows
  // its introduction elsewhere.
  const followUp = features(chunk).followUp ? r.followUpSection : 1;
  return (kind === "new" ? r.newSection : 1) * followUp;
}

/** The question's terms that name what it is about, without words like "module" or "function". */
export function focusTerms(query: ParsedQuery): string[] {
  const focus = query.terms.filter((t) => !isCategoryWord(t) && !isKindWord(t));
  return focus.length > 0 ? focus : query.terms;
}

/** A heading about exactly what was asked beats one that merely mentions it. */
function everyIn(set: Set<string>, test: (term: string) => boolean): boolean {
  for (const t of set) if (!test(t)) return false;
  return true;
}

export function headingFactor(
  chunk: Chunk,
  focus: string[],
  focusKeys: Set<string>,
  r: RankingFactors,
): number {
  if (focus.length === 0) return 1;
  const { subjectTerms: subject, headingTerms: heading } = features(chunk);
  let inSubject = 0;
  let inHeading = 0;
  for (const t of focus) {
    if (holds(subject, t)) inSubject++;
    if (holds(heading, t)) inHeading++;
  }
  inSubject /= focus.length;
  inHeading /= focus.length;
  const exact =
    inSubject === 1 &&
    everyIn(
      subject,
      (t) =>
        t.startsWith(STEM_MARK) ||
        holds(focusKeys, t) ||
        t.includes(".") ||
        isCategoryWord(t) ||
        isKindWord(t),
    );
  return (1 + r.headingShare * inHeading + r.subjectShare * inSubject) * (exact ? r.exactSubject : 1);
}

/** Later releases mostly refine what earlier ones introduced; a slight lean to the earlier one. */
export function versionFactor(chunk: Chunk, r: RankingFactors): number {
  const { minor } = features(chunk);
  return 1 - r.versionLean * Math.min(minor, r.maxVersionLean);
}

/**
 * "Which version added X" means the first release whose headings name X; later releases refine it.
 * Among hits whose heading holds every term of the question, the earliest release gets a lift.
 */
export function firstAppearanceBonus(
  hits: RankedHit[],
  query: ParsedQuery,
  focus: string[],
  r: RankingFactors,
): void {
  // Deprecations and removals come piecemeal over several releases; there is no "first" one.
  if (query.version || query.terms.length === 0 || query.wantsDeprecations || query.wantsRemovals) return;
  let first: RankedHit[] = [];
  let firstMinor = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    if (hit.coverage < 1 || !hit.chunk.version) continue;
    const { kind, headingTerms, minor } = features(hit.chunk);
    if (kind === "deprecated" || kind === "removed") continue;
    if (!focus.every((t) => holds(headingTerms, t))) continue;
    if (minor < firstMinor) {
      first = [hit];
      firstMinor = minor;
    } else if (minor === firstMinor) first.push(hit);
  }
  // "Can I use X on 3.7?" asks when X first became available: the introduction counts for more.
  const lift = query.context ? r.firstAppearanceInContext : r.firstAppearance;
  for (const hit of first) hit.score *= lift;
}
