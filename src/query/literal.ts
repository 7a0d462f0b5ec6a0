/** A name or word as a regular expression matching it literally (`os.path` matches no `osXpath`). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
