import { languageFeature } from "../code/language-features.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";
import { factAnswer, type NotesFor, whatsNewCitation } from "./release-sections.ts";

/** The `typing` aliases whose built-in PEP 585 made generic in 3.9, with that built-in. */
const BUILTIN_OF: Readonly<Record<string, string>> = {
  "typing.List": "list",
  "typing.Dict": "dict",
  "typing.Set": "set",
  "typing.FrozenSet": "frozenset",
  "typing.Tuple": "tuple",
  "typing.Type": "type",
};

/** "is typing.List deprecated?", "should I stop using typing.Dict", "typing.List vs list". */
const SUPERSEDED =
  /\b(?:deprecat\w*|obsolete|outdated|legacy|stop using|still (?:need\w*|use|required|necessary)|instead|replace\w*|vs\.?|versus)\b/i;

/** Whether a question asks if a `typing` alias of a built-in is still the way to write it. */
export function asksSupersededAlias(text: string, name: string): boolean {
  return name in BUILTIN_OF && SUPERSEDED.test(text);
}

/**
 * The release that made the alias unnecessary, said from the facts: 3.9 lets the built-in itself be
 * subscripted in annotations (PEP 585). The alias still works; no release removed it.
 */
export function supersededAliasAnswer(
  query: ParsedQuery,
  name: string,
  notesFor: NotesFor,
  releases: ReleaseFacts[],
): Answer | undefined {
  const builtin = BUILTIN_OF[name];
  if (!builtin) return undefined;
  const feature = languageFeature("builtin-generics");
  const sentence = `From Python 3.9, annotations can use the built-in \`${builtin}\` itself (\`${builtin}[…]\`) instead of \`${name}\` (PEP 585); \`${name}\` still works, and no release has removed it.`;
  const about = feature.name.replace(/`/g, "");
  const lead = [whatsNewCitation(feature.version, about, feature.url, releases)];
  return factAnswer(query.raw, sentence, feature.version, lead, about, notesFor, releases);
}
