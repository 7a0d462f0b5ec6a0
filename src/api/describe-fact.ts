import type { ApiFact } from "./api-fact.ts";

/**
 * The one-line label every adapter shows for an API fact: "math.isqrt — new in Python 3.8",
 * "urllib2 — Python 2 only; now urllib.request", "zoneinfo on 3.7: no (new in Python 3.9)".
 */
export function describeFact(fact: ApiFact): string {
  if (fact.movedTo) return `${fact.name} — Python 2 only; now ${fact.movedTo}`;
  const added = `new in Python ${fact.addedIn}`;
  if (!fact.target) return `${fact.name} — ${added}`;
  return `${fact.name} on ${fact.target.version}: ${fact.target.available ? "yes" : "no"} (${added})`;
}
