import leven from "leven";

/**
 * Edit distance as a typist counts it: Levenshtein (from `leven`, which trims shared ends and reuses
 * its buffers, so checking thousands of candidates allocates nothing), except that swapping two
 * neighbouring letters is one edit — "secerts" is one edit from "secrets", while "printer" is two
 * from "print". Returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = leven(a, b, { maxDistance: max + 1 });
  return d === 2 && isOneSwap(a, b) ? 1 : d;
}

/** Whether `b` is `a` with exactly one pair of neighbouring letters swapped. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
