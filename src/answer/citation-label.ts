import type { Citation } from "./answer.ts";

/** "Python 3.4 › pathlib (PEP 428)", or the document's title when the section names no version. */
export function citationLabel(citation: Pick<Citation, "version" | "title" | "section">): string {
  return [citation.version ? `Python ${citation.version}` : citation.title, citation.section]
    .filter(Boolean)
    .join(" › ");
}
