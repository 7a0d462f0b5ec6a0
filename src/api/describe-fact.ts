import type { ApiFact } from "./api-fact.ts";

/**
 * The one-line label every adapter shows for an API fact: "math.isqrt — new in Python 3.8",
 * "urllib2 — Python 2 only; now urllib.request", "zoneinfo on 3.7: no (new in Python 3.9)".
 */
function lifetime(fact: ApiFact): string {
  const gone = fact.removedIn
    ? `removed in Python ${fact.removedIn}`
    : fact.deprecatedIn
      ? `deprecated in Python ${fact.deprecatedIn}`
      : undefined;
  // A removal fact may carry no arrival: the notes date when a name went, not always when it came.
  if (!fact.addedIn) return gone ?? "in Python";
  return gone ? `new in Python ${fact.addedIn}, ${gone}` : `new in Python ${fact.addedIn}`;
}

export function describeFact(fact: ApiFact): string {
  if (fact.movedTo) return `${fact.name} — Python 2 only; now ${fact.movedTo}`;
  const added = lifetime(fact);
  if (!fact.target) return `${fact.name} — ${added}`;
  return `${fact.name} on ${fact.target.version}: ${fact.target.available ? "yes" : "no"} (${added})`;
}
