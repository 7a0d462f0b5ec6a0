/**
 * Finds the Python version a title or heading is about: "What's New In Python 3.4" → "3.4",
 * "Python 2to3: What's New in 3.4 - Part 2" → "3.4". Only dotted versions count, so "2to3" is not one.
 */
export function inferVersion(text: string): string | undefined {
  const match = /(?<![\d.])([23]\.\d{1,2})(?![\d])/.exec(text);
  return match?.[1];
}

/** Normalizes version spellings people type ("3.04", "3.12.1", "312"?) to "major.minor". */
export function normalizeVersion(text: string): string | undefined {
  const match = /^v?([23])\.(\d{1,2})(?:\.\d+)?$/i.exec(text.trim());
  if (!match) return undefined;
  return `${match[1]}.${Number(match[2])}`;
}

/** Orders "3.9" before "3.10". */
export function compareVersions(a: string, b: string): number {
  const [amaj = 0, amin = 0] = a.split(".").map(Number);
  const [bmaj = 0, bmin = 0] = b.split(".").map(Number);
  return amaj - bmaj || amin - bmin;
}
