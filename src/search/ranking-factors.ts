/**
 * Every number that decides which release comes first, in one table: what each does and why its
 * value. `CoreOptions.ranking` carries them; tests and experiments override single fields.
 */
export interface RankingFactors {
  // ---- What is searched --------------------------------------------------------------------
  /** Question terms sent to MiniSearch, rarest first. 4: a search costs the length of its terms'
   * postings, so only the rarest few are searched and the rest are checked on the candidates. */
  maxSearchedTerms: number;
  /** Synonym and word-form terms sent along. 2: they find the notes' wording without flooding. */
  maxSearchedExpansions: number;
  /** The searched terms' chunk counts together stay under this share of the corpus. 0.03. */
  postingsBudgetShare: number;
  /** …or this many chunks, whichever is more: small corpora still search two terms. 500. */
  minPostingsBudget: number;
  /** A term in more than this share of chunks is not searched ("python", "new"). 0.05. */
  commonTermShare: number;
  /** Boost of a synonym term against the question's own words. 0.5: the notes' wording helps find
   * a section, but must not outweigh what was asked. */
  synonymBoost: number;
  /** Boost of a PEP number or dotted name. 1.5: the most specific thing a question can say. */
  specificTermBoost: number;
  /** Boost of a category word ("module", "function"). 0.5: it says what kind of thing, not which. */
  categoryTermBoost: number;
  /** Other forms of a word ("numbered" for "numbering") searched or checked. 3. */
  maxVariants: number;

  // ---- How much of the question a section covers ------------------------------------------
  /** MiniSearch results re-scored. 200: the priors never lift a hit from further down. */
  rescoredHits: number;
  /** Of those, checked for the question's unsearched terms. 60. */
  checkedHits: number;
  /** Coverage is raised to this power in the score. 3: a section that answers part of the
   * question loses to one that answers all of it, however well the part matches. */
  coverageExponent: number;
  /** Credit for a word matched only as another form ("starter" as "start"). 0.5. */
  variantCredit: number;
  /** Credit for an unknown word matched fuzzily to a different word ("printer" → "print"). 0.5. */
  unseenCredit: number;
  /** An unknown noise word ("ngl", "lmaooo") weighs like a word in this share of sections. 0.05:
   * chat noise cannot sink a section that matches everything else. */
  unknownTermShare: number;
  /** A question word in at most this many sections is rare enough to anchor a heading match. 30. */
  anchorMaxFrequency: number;

  // ---- Section priors ----------------------------------------------------------------------
  /** Factor of a section under a "New …" heading. 1.8: "which version added X" means its arrival. */
  newSection: number;
  /** Factor of a deprecation or removal section when the question asks for one. 1.8. */
  askedChangeSection: number;
  /** …when it does not. 0.5: a removal of X is rarely the answer to a question about X. */
  unaskedChangeSection: number;
  /** Factor of any other section when the question asks about deprecations or removals. 0.8. */
  otherSectionWhenChangesAsked: number;
  /** Factor of a section about improvements to something an earlier release brought. 0.7. */
  followUpSection: number;
  /** Added per share of the question's focus terms in the section's heading. 0.3. */
  headingShare: number;
  /** Added per share of them in the heading's subject (before a colon or dash). 0.3. */
  subjectShare: number;
  /** Factor when the heading's subject is exactly what was asked. 1.4. */
  exactSubject: number;
  /** Factor when the heading writes a name exactly as the asker wrote it (`__pycache__`, not
   * `pycache_prefix`). 1.5: a word shared by two names is not the name. */
  exactName: number;
  /** Taken off per minor version, up to `maxVersionLean` versions. 0.01: later releases mostly
   * refine what earlier ones introduced. */
  versionLean: number;
  maxVersionLean: number;
  /** Lift of the earliest release whose heading names every focus term. 1.3. */
  firstAppearance: number;
  /** …when the asker gave their own version ("can I use X on 3.7?"). 2: the arrival decides. */
  firstAppearanceInContext: number;
}

export const DEFAULT_RANKING: RankingFactors = {
  maxSearchedTerms: 4,
  maxSearchedExpansions: 2,
  postingsBudgetShare: 0.03,
  minPostingsBudget: 500,
  commonTermShare: 0.05,
  synonymBoost: 0.5,
  specificTermBoost: 1.5,
  categoryTermBoost: 0.5,
  maxVariants: 3,
  rescoredHits: 200,
  checkedHits: 60,
  coverageExponent: 3,
  variantCredit: 0.5,
  unseenCredit: 0.5,
  unknownTermShare: 0.05,
  anchorMaxFrequency: 30,
  newSection: 1.8,
  askedChangeSection: 1.8,
  unaskedChangeSection: 0.5,
  otherSectionWhenChangesAsked: 0.8,
  followUpSection: 0.7,
  headingShare: 0.3,
  subjectShare: 0.3,
  exactSubject: 1.4,
  exactName: 1.5,
  versionLean: 0.01,
  maxVersionLean: 20,
  firstAppearance: 1.3,
  firstAppearanceInContext: 2,
};
