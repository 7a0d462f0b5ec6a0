/**
 * What a walk over the syntax tree collects, before anything is looked up: the language features
 * seen (first line each), the names the code reaches into the library with, and where the parser
 * failed and why.
 */
import type { FeatureId } from "./language-features.ts";

/** A dotted name the code uses: `math.isqrt` as head "math", rest ["isqrt"]. */
export interface NameUse {
  /** A name, for a literal's method the literal's type ("str", "dict"), or "" for another
   * expression (`f().strip`). */
  head: string;
  literal: boolean;
  rest: string[];
  line: number;
  /** Whether the name is called (or used as a decorator with arguments). */
  called: boolean;
  /** Keyword arguments when the name is called. */
  kwargs: string[];
  /** Written as a decorator without brackets (`@lru_cache`). */
  bareDecorator?: boolean;
  /** Inside a version check or an `except ImportError` fallback: not a requirement. */
  guarded: boolean;
}

/** `import a.b as c` (names undefined) or `from a.b import x as y`. */
export interface ImportUse {
  module: string;
  /** Leading dots of a relative import. */
  relative: boolean;
  /** For `from` imports: each imported name with the local name it binds. */
  names?: { name: string; local: string }[];
  /** For plain imports: the local name (`c`, or the first part of the dotted name). */
  local?: string;
  line: number;
  guarded: boolean;
}

/** A subscript or `|` in an annotation or at run time, judged once the whole file is read. */
export interface TypingUse {
  id: "builtin-generics" | "union-types";
  line: number;
  /** Inside an annotation that Python evaluates (parameters, returns, module and class variables). */
  annotation: boolean;
  /** A name that must not be redefined in the file for the use to count (`list` in `list[int]`). */
  builtin?: string;
  /** A name resolved through imports (`deque` → collections.deque) that makes the use count. */
  generic?: { head: string; rest: string[] };
}

export class Findings {
  /** Each feature with the first line that uses it. */
  readonly features = new Map<FeatureId, number>();
  /** Constructs a later release rejects (`async` as a name), with their first line. */
  readonly removed = new Map<FeatureId, number>();
  readonly names: NameUse[] = [];
  readonly imports: ImportUse[] = [];
  readonly typing: TypingUse[] = [];
  /** Names the file assigns, defines, imports or takes as parameters. */
  readonly defined = new Set<string>();
  readonly errorLines = new Set<number>();
  /** Lines whose parse errors a recognised construct explains. */
  readonly explained = new Set<number>();
  futureAnnotations = false;
  /** Line where analysis stopped on input too costly to parse, if it did. */
  stoppedAt?: number;

  feature(id: FeatureId, line: number): void {
    const seen = this.features.get(id);
    if (seen === undefined || line < seen) this.features.set(id, line);
  }

  /** A construct the parser cannot read: its lines' errors are its doing. */
  explain(id: FeatureId, fromLine: number, toLine = fromLine): void {
    this.feature(id, fromLine);
    for (let line = fromLine; line <= toLine; line++) this.explained.add(line);
  }
}
