/**
 * Types for the removal facts (`corpus/removals.json`): which names a Python release removed or
 * deprecated, what replaces them, and the What's New section that says so. The builder
 * (`scripts/build-removal-facts.ts`) writes the data file and `removal-catalog.ts` reads it.
 */

/** What a removed or deprecated name is. "builtin" is a Python 2 builtin gone in 3.0 (`raw_input`). */
export type RemovalKind =
  | "module"
  | "function"
  | "class"
  | "method"
  | "attribute"
  | "alias"
  | "keyword-argument"
  | "syntax"
  | "builtin";

/** One removed or deprecated name, with every release the notes tie to it. */
export interface RemovalEntry {
  /**
   * Dotted name as people import/call it: "asynchat", "unittest.makeSuite", "cgi.escape",
   * "threading.Thread.isAlive", "raw_input", "dict.has_key". A keyword argument is written like a
   * call, "json.loads(encoding=)". Syntax entries get a short name: "print statement", "backticks".
   */
  name: string;
  kind: RemovalKind;
  /** Release whose What's New says it was removed, e.g. "3.12". */
  removedIn?: string;
  /** First release the notes say it was deprecated in (a later note may date it back: "deprecated since 3.2"). */
  deprecatedIn?: string;
  /** Planned removal release where the notes state one and it is not removed yet ("3.15"). */
  plannedRemoval?: string;
  /** The replacement the notes name ("asyncio", "html.escape", "input"), only when they name one. */
  replacement?: string;
  pep?: number;
  /** docs.python.org address of the What's New section that says it. */
  url: string;
}

/** Layout of `corpus/removals.json`. */
export interface RemovalDataFile {
  format: 1;
  source: string;
  /** Sorted by name, then removedIn. */
  entries: RemovalEntry[];
}
