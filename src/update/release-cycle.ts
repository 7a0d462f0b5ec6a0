import { z } from "zod";
import type { ReleaseFacts } from "../answer/release-facts.ts";
import { isOnOrBefore } from "../documents/dates.ts";
import { compareVersions } from "../documents/version.ts";

/** One release cycle's dates, as the release-cycle source states them (ISO dates). */
export interface ReleaseCycle {
  version: string;
  released?: string;
  /** End of bugfix releases; security fixes follow until `endOfLife`. */
  bugfixUntil?: string;
  endOfLife?: string;
  /** Newest micro release ("3.14.1") and its date. */
  latest?: string;
  latestReleased?: string;
}

/**
 * A row of the release-cycle API (endoflife.date's shape): dates are ISO strings, and `eol` or
 * `support` may be a boolean when no date is set. Unknown fields are ignored.
 */
const DateOrFlag = z.union([z.string(), z.boolean()]).optional().nullable();
const Row = z.object({
  cycle: z.string(),
  releaseDate: z.string().optional().nullable(),
  support: DateOrFlag,
  eol: DateOrFlag,
  latest: z.string().optional().nullable(),
  latestReleaseDate: z.string().optional().nullable(),
});
const Rows = z.array(Row).min(1);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PYTHON_3 = /^3\.\d+$/;

const dateOf = (value: string | boolean | null | undefined): string | undefined =>
  typeof value === "string" && ISO_DATE.test(value) ? value : undefined;

/** The Python 3 cycles of a release-cycle document; throws when it is not one. */
export function parseReleaseCycles(json: unknown): ReleaseCycle[] {
  const rows = Rows.parse(json);
  return rows
    .filter((r) => PYTHON_3.test(r.cycle))
    .map((r) => {
      const cycle: ReleaseCycle = { version: r.cycle };
      const released = dateOf(r.releaseDate);
      const bugfixUntil = dateOf(r.support);
      const endOfLife = dateOf(r.eol);
      const latestReleased = dateOf(r.latestReleaseDate);
      if (released) cycle.released = released;
      if (bugfixUntil) cycle.bugfixUntil = bugfixUntil;
      if (endOfLife) cycle.endOfLife = endOfLife;
      if (r.latest) cycle.latest = r.latest;
      if (latestReleased) cycle.latestReleased = latestReleased;
      return cycle;
    })
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The public What's New address of a release, whichever site a copy was fetched from. */
export function publicWhatsNewUrl(version: string): string {
  return `https://docs.python.org/${version}/whatsnew/${version}.html`;
}

/**
 * Release facts with the release-cycle dates laid over them: the cycle data is newer than any
 * release note, so its dates win where it has them. A cycle the notes lack becomes facts of its own
 * (so "latest python version" knows 3.15 before its notes are downloaded), marked as having no notes.
 */
export function withReleaseCycles(
  releases: ReleaseFacts[],
  cycles: ReleaseCycle[],
  today: Date,
): ReleaseFacts[] {
  const byVersion = new Map(releases.map((r) => [r.version, { ...r }]));
  for (const c of cycles) {
    const known = byVersion.get(c.version);
    const facts: ReleaseFacts = known ?? {
      version: c.version,
      title: `What's New In Python ${c.version}`,
      url: publicWhatsNewUrl(c.version),
      source: "release cycle",
      highlights: [],
      noNotes: true,
    };
    if (c.released) facts.released = c.released;
    if (c.bugfixUntil) facts.bugfixUntil = c.bugfixUntil;
    if (c.endOfLife) facts.endOfLife = c.endOfLife;
    if (c.latest) facts.latest = c.latest;
    if (c.latestReleased) facts.latestReleased = c.latestReleased;
    // Notes fetched before the release are "in development" until its date has come.
    if (facts.released && isOnOrBefore(facts.released, today)) delete facts.inDevelopment;
    byVersion.set(c.version, facts);
  }
  return [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
}
