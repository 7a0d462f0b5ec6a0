import type { FeatureId } from "./language-features.ts";

/** What a piece of code needs, one reason at a time. */
export interface Requirement {
  /** The release that first has it ("3.8"); "2" for what only Python 2 has. */
  version: string;
  /** The reason in words: "the walrus operator `:=`", "math.isqrt", "zip(strict=)". */
  what: string;
  /** 1-based line of the first use. */
  line: number;
  /** For language features: the id in `language-features.ts`. */
  featureId?: FeatureId;
  /** For library names: the dotted name ("math.isqrt", "zip(strict=)"). */
  api?: string;
  pep?: number;
  /** The What's New section or library reference entry that documents it. */
  url?: string;
}
