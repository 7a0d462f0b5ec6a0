import { formatDate, isOnOrBefore } from "../documents/dates.ts";
import { compareVersions } from "../documents/version.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer, Citation } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";

/**
 * Answers about where releases stand today — the newest release, which ones still get fixes —
 * made from the release facts (release date, end of bugfix releases, end of life) and a date.
 */

export function releaseCitation(facts: ReleaseFacts, section: string): Citation {
  return { version: facts.version, title: facts.title, section, url: facts.url ?? "", source: facts.source };
}

/** "on March 16, 2014" for a day, "in October 2028" for a planned month. */
export function whenPhrase(date: string): string {
  return date.length > 7 ? `on ${formatDate(date)}` : `in ${formatDate(date)}`;
}

/** Where one release stands on `today`: bugfixes, security fixes only, or end of life. */
export type SupportStatus = "bugfix" | "security" | "end-of-life" | "unknown";

export function supportStatus(facts: ReleaseFacts, today: Date): SupportStatus {
  if (!facts.endOfLife) return "unknown";
  if (isOnOrBefore(facts.endOfLife, today)) return "end-of-life";
  if (facts.bugfixUntil && isOnOrBefore(facts.bugfixUntil, today)) return "security";
  return "bugfix";
}

/** The support sentences of one release, relative to `today`, for "is 3.8 dead" and "how long does 3.12 get fixes". */
export function supportSentences(facts: ReleaseFacts, releases: ReleaseFacts[], today: Date): string[] {
  const v = facts.version;
  if (!facts.endOfLife) return [];
  const eol = whenPhrase(facts.endOfLife);
  switch (supportStatus(facts, today)) {
    case "end-of-life": {
      const oldest = supportedReleases(releases, today)[0];
      const upgrade = oldest ? `; the oldest release still supported is ${oldest.version}` : "";
      return [`Python ${v} reached end of life ${eol} and no longer gets security fixes${upgrade}.`];
    }
    case "security":
      return [
        `Python ${v} is still supported: it gets security fixes until its end of life ${eol}` +
          `${facts.bugfixUntil ? `; bugfix releases ended ${whenPhrase(facts.bugfixUntil)}` : ""}.`,
      ];
    default:
      if (!facts.bugfixUntil)
        return [
          `Python ${v} is still supported: security fixes continue until its planned end of life ${eol}.`,
        ];
      return [
        `Python ${v} is fully supported: bugfix releases until ${formatDate(facts.bugfixUntil)}, then security fixes until its end of life ${eol}.`,
      ];
  }
}

/** Releases before their end of life on `today`, oldest first. */
export function supportedReleases(releases: ReleaseFacts[], today: Date): ReleaseFacts[] {
  return releases
    .filter(
      (r) =>
        r.endOfLife && !isOnOrBefore(r.endOfLife, today) && (!r.released || isOnOrBefore(r.released, today)),
    )
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** " Its latest bugfix release is 3.15.1 (December 1, 2026)." when the release-cycle data says so. */
function micro(facts: ReleaseFacts): string {
  if (!facts.latest || facts.latest === facts.version || !/^\d+\.\d+\.\d+$/.test(facts.latest)) return "";
  const date = facts.latestReleased ? ` (${formatDate(facts.latestReleased)})` : "";
  return ` Its latest maintenance release is ${facts.latest}${date}.`;
}

/** "latest python version": the newest release already out. */
export function latestAnswer(query: ParsedQuery, releases: ReleaseFacts[], today: Date): Answer | undefined {
  const out = releases.filter((r) => r.released && isOnOrBefore(r.released, today));
  const latest = out.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!latest?.released) return undefined;
  const status = supportSentences(latest, releases, today);
  return {
    query: query.raw,
    found: true,
    kind: "release",
    answer:
      `The newest Python release I know is Python ${latest.version}, released ${whenPhrase(latest.released)}.${micro(latest)} ${status.join(" ")}`.trim(),
    version: latest.version,
    citations: [releaseCitation(latest, "What's New overview")],
    hits: [],
    suggestions: [],
  };
}

/** "which versions are still supported": each release with its support phase, newest first. */
export function supportedAnswer(
  query: ParsedQuery,
  releases: ReleaseFacts[],
  today: Date,
): Answer | undefined {
  const supported = supportedReleases(releases, today).reverse();
  if (supported.length === 0) return undefined;
  const phase = (r: ReleaseFacts): string =>
    supportStatus(r, today) === "security"
      ? `${r.version} (security fixes until ${formatDate(r.endOfLife ?? "")})`
      : `${r.version} (bugfixes; end of life ${formatDate(r.endOfLife ?? "")})`;
  const citations = supported.map((r) => releaseCitation(r, "Release dates"));
  return {
    query: query.raw,
    found: true,
    kind: "release",
    answer: `Supported Python releases today: ${supported.map(phase).join(", ")}. Older releases have reached end of life.`,
    version: supported[0]?.version,
    citations,
    hits: [],
    suggestions: [],
  };
}
