const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Reads the date spellings release notes use — "2014-03-16", "March 16, 2014", "16 March 2014",
 * "March 2019" — and returns ISO form (YYYY-MM-DD, or YYYY-MM when no day is given).
 */
export function parseDate(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(t);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
  const mdy = /\b([a-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (mdy?.[1] && monthIndex(mdy[1]) >= 0) {
    return `${mdy[3]}-${pad(monthIndex(mdy[1]) + 1)}-${pad(Number(mdy[2]))}`;
  }
  const dmy = /\b(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})\b/.exec(t);
  if (dmy?.[2] && monthIndex(dmy[2]) >= 0) {
    return `${dmy[3]}-${pad(monthIndex(dmy[2]) + 1)}-${pad(Number(dmy[1]))}`;
  }
  const my = /\b([a-z]{3,9}) (\d{4})\b/.exec(t);
  if (my?.[1] && monthIndex(my[1]) >= 0) return `${my[2]}-${pad(monthIndex(my[1]) + 1)}`;
  return undefined;
}

/** "2014-03-16" → "March 16, 2014"; "2026-10" → "October 2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  const name = month.charAt(0).toUpperCase() + month.slice(1);
  return d ? `${name} ${Number(d)}, ${y}` : `${name} ${y}`;
}

/** Compares ISO dates of either precision; a month-only date counts as that month's last day. */
export function isOnOrBefore(iso: string, today: Date): boolean {
  const [y = 0, m = 1, d] = iso.split("-").map(Number);
  const end = d ? new Date(Date.UTC(y, m - 1, d)) : new Date(Date.UTC(y, m, 0));
  return end.getTime() <= today.getTime();
}
