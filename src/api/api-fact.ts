/**
 * Types for the standard-library version facts (`corpus/api-versions.json`): when a module, a module
 * member or a keyword argument first appeared. The builder writes the data file, `api-catalog.ts`
 * reads it, and `Answer.api` carries one fact to the adapters.
 */

/** What an API name is. Members take their kind from the Sphinx inventory where it lists them. */
export type ApiKind =
  | "module"
  | "class"
  | "exception"
  | "function"
  | "method"
  | "attribute"
  | "data"
  | "member"
  | "keyword-argument";

/** One API as stored: versions are "3.8"-style strings, `null` where that Python line lacks it. */
export interface ApiEntry {
  /** Dotted name; for a keyword argument, its function's name. */
  name: string;
  /** The keyword argument's name, for kind "keyword-argument". */
  kwarg?: string;
  kind: ApiKind;
  py2: string | null;
  py3: string | null;
  /** Library reference address. */
  url: string;
  /**
   * Set on an entry the catalog made up for a member neither source lists: the known class or module
   * whose versions it took (`asyncio.Runner` for `asyncio.Runner.nosuch`).
   */
  inferredFrom?: string;
}

/** The fact an `Answer` carries when a question names an API. */
export interface ApiFact {
  /** "math.isqrt", or "subprocess.run(capture_output=)" for a keyword argument. */
  name: string;
  kind: ApiKind;
  /** First Python 3 version that has it; the first Python 2 version for Python-2-only names. */
  addedIn: string;
  /** Library reference anchor (for a keyword argument, its function's anchor). */
  url: string;
  /** Set for Python-2-only names: what replaced it in Python 3 ("urllib.request"). */
  movedTo?: string;
  /** Set when the question asked about one version ("can I use X on 3.7?"). */
  target?: { version: string; available: boolean };
  /** Release that removed it, when one did ("asynchat": "3.12"). */
  removedIn?: string;
  /** First release that deprecated it. */
  deprecatedIn?: string;
  /** What the release notes say to use instead, when they name something. */
  replacement?: string;
  /** Set when the facts do not list the API and its versions are its owner's: the owner's name. */
  inferredFrom?: string;
}

/** Layout of `corpus/api-versions.json`: rows, so the file stays compact and diffs stay readable. */
export interface ApiDataFile {
  format: 1;
  source: string;
  /** Prefix of every row's address. */
  docsBase: string;
  /** [name, py2, py3, path] — path relative to docsBase; "$" in it stands for the name. */
  modules: [string, string | null, string | null, string][];
  /** [name, kind, py2, py3, path]. */
  members: [string, ApiKind, string | null, string | null, string][];
  /** [function, kwarg, py2, py3, path] — path is the function's anchor. */
  kwargs: [string, string, string | null, string | null, string][];
}
