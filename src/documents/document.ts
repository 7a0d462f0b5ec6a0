/** A document as every loader returns it, whatever its source format. */
export interface SourceDocument {
  /** Path relative to the corpus directory; also the citation's `source`. */
  path: string;
  title: string;
  /** Python version the document is about ("3.4"), when known. */
  version?: string;
  /** Release date of that version (YYYY-MM-DD), when the document states it. */
  released?: string;
  /** End of life (YYYY-MM-DD, or YYYY-MM when planned), when the document states it. */
  endOfLife?: string;
  /** End of bugfix releases (YYYY-MM-DD or YYYY-MM); security fixes go on until `endOfLife`. */
  bugfixUntil?: string;
  /** Canonical URL of the document; section anchors are appended to it. */
  url?: string;
  sections: Section[];
  /** What the parser recovered from (broken front matter, an unclosed fence); the loader reports it. */
  warnings?: string[];
}

/** One heading and the text under it, up to the next heading of any level. */
export interface Section {
  /** Heading texts from the top of the document down to this section's own heading. */
  headings: string[];
  /** Anchor of the section on `url`, when known. */
  anchor?: string;
  /** Body as paragraphs separated by blank lines; fenced code and REPL blocks stay in one paragraph. */
  text: string;
}

export interface LoadWarning {
  path: string;
  reason: string;
}
