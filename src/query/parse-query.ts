import { normalizeVersion } from "../documents/version.ts";
import { tokenize } from "../search/tokenize.ts";
import { expandSynonyms } from "./synonyms.ts";

/** What a question asks for, beyond "find the section about X". */
export type Intent = "feature" | "release-date" | "end-of-life" | "overview" | "deprecations" | "removals";

/** Terms a synonym adds, and the question's own terms it stands for. */
export interface Expansion {
  terms: string[];
  standsFor: string[];
  /** False when the terms only count for coverage and need not be searched for. Default true. */
  searched?: boolean;
  /** How much of a question term these terms stand in for, 0 to 1. Default 1. */
  credit?: number;
}

export interface ParsedQuery {
  /** The question as received, cut to the maximum length (see `cutQuestion`). */
  raw: string;
  /** The question without command prefix, mentions, flags and control characters. */
  text: string;
  intent: Intent;
  /** Version the question is limited to ("in 3.4", "--version 3.4"). */
  version?: string;
  /** Content terms of the question itself. */
  terms: string[];
  expansions: Expansion[];
  /** The question leans on deprecations or removals rather than additions. */
  wantsDeprecations: boolean;
  wantsRemovals: boolean;
  /** Set when nothing answerable is left; says why in words for the user. */
  refusal?: string;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Invisible characters inside words ("path\u200blib") are deleted, not turned into spaces. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const VERSION_FLAG = /(?:^|\s)--version[=\s]+(\S+)/i;
/** "3.12", "python 3.12", "py3.10"; a 2.x number only with "python"/"py" before it ("round(2.5)" is no version). */
export const VERSION_MENTION =
  /(?<![\w.])(?:(?:python\s*|py\s*|cpython\s*|v)?(3\.\d{1,2})|(?:python\s*|py\s*)(2\.\d))(?:\.\d+)?(?![\w.]*\d)/gi;
/** Filler in list questions: "what got removed in 3.12", "which modules were deprecated". */
const LIST_WORDS = new Set([
  "was",
  "were",
  "got",
  "is",
  "are",
  "has",
  "have",
  "been",
  "which",
  "modules",
  "features",
  "apis",
  "things",
  "stuff",
  "s",
  "all",
]);
const RELEASE_DATE = [
  /\b(when|what date|which date|what year|date)\b.*\b(releas|come out|came out|ship|launch|out)/,
  /\b(release|ship|launch)(d)? (date|day|year)\b/,
  /\b(out|released|available) yet\b/,
  /^(is|has) (python )?\S+ (been )?(out|released)\b/,
];
const OVERVIEW_WORDS = new Set([
  "whats",
  "what",
  "new",
  "change",
  "changes",
  "changelog",
  "highlight",
  "highlights",
  "summary",
  "overview",
  "notes",
  "note",
  "in",
  "python",
  "release",
  "about",
  "tell",
  "me",
  "the",
  "show",
  "list",
]);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Platform mention syntax, labelled or not: `<@U123>`, `<@U123|bob>`, `<@&123>`, `<!here>`, `<!subteam^S1|@team>`. */
const MENTION_SYNTAX = /<[@!][^<>]*>/g;

/**
 * The first `maxChars` UTF-16 units of `input`, the first thing done to any question. Half a surrogate
 * pair (left by the cut, or sent alone) is dropped: quoted back, it would make a message some platform
 * JSON decoders refuse.
 */
export function cutQuestion(input: string, maxChars: number): string {
  return input.slice(0, maxChars).replace(LONE_SURROGATE, "");
}

/** Strips what chat platforms and people wrap around a question: `/pyver`, mentions, control characters. */
export function cleanQuestion(input: string, maxChars: number): string {
  // NFKC can lengthen text ("ﷺ" becomes 18 letters), so the normalized question is cut again.
  return cutQuestion(cutQuestion(input, maxChars).normalize("NFKC"), maxChars)
    .replace(INVISIBLE, "")
    .replace(CONTROL, " ")
    .replace(MENTION_SYNTAX, " ")
    .replace(/^\s*\/?pyver\b:?/i, " ")
    .replace(/@(pyver|everyone|here|channel)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function parseQuery(input: string, options: { maxChars: number; version?: string }): ParsedQuery {
  const raw = cutQuestion(input, options.maxChars);
  let text = cleanQuestion(raw, options.maxChars);
  let version = options.version ? normalizeVersion(options.version) : undefined;

  const flag = VERSION_FLAG.exec(text);
  if (flag) {
    version = normalizeVersion(flag[1] ?? "") ?? version;
    text = text.replace(VERSION_FLAG, " ").trim();
  }
  const mentioned = [...text.matchAll(VERSION_MENTION)]
    .map((m) => normalizeVersion(m[1] ?? m[2] ?? ""))
    .filter(Boolean);
  version ??= mentioned[0];
  const withoutVersions = text.replace(VERSION_MENTION, " ").replace(/\b(in|on|for|since)\s*$/i, " ");

  const lower = text.toLowerCase();
  const base: Omit<ParsedQuery, "intent" | "terms" | "expansions"> = {
    raw,
    text,
    version,
    wantsDeprecations: /deprecat/.test(lower),
    wantsRemovals: /\b(remov|dropped|deleted|gone)/.test(lower),
  };

  if (!/[\p{L}\p{N}]/u.test(text)) {
    return {
      ...base,
      intent: "feature",
      terms: [],
      expansions: [],
      refusal: text
        ? "That doesn't look like a question."
        : "Ask me about a Python feature, module or release.",
    };
  }

  const words = withoutVersions.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (version) {
    if (RELEASE_DATE.some((re) => re.test(lower))) {
      return { ...base, intent: "release-date", terms: [], expansions: [] };
    }
    if (
      /\b(end[- ]of[- ]life|eol|supported|support|security (fixes|updates)|maintained|sunset|retire)/.test(
        lower,
      )
    ) {
      return { ...base, intent: "end-of-life", terms: [], expansions: [] };
    }
    if (words.every((w) => OVERVIEW_WORDS.has(w) || w === "s")) {
      return { ...base, intent: "overview", terms: [], expansions: [] };
    }
    // "what was removed in 3.12", "deprecations in 3.13": the list, not one section.
    const listed = words.filter((w) => !OVERVIEW_WORDS.has(w) && !LIST_WORDS.has(w));
    if (listed.every((w) => /^(deprecat|remov|dropped|gone)/.test(w)) && listed.length > 0) {
      const intent = listed.some((w) => /^deprecat/.test(w)) ? "deprecations" : "removals";
      return { ...base, intent, terms: [], expansions: [] };
    }
  }

  const terms = [...new Set(tokenize(withoutVersions))];
  const expansions = expandSynonyms(withoutVersions).map(({ phrase, concept }) => {
    const conceptTerms = new Set(concept.flatMap((phrase) => tokenize(phrase)));
    return {
      terms: tokenize(phrase).filter((t) => !terms.includes(t)),
      standsFor: terms.filter((t) => conceptTerms.has(t)),
    };
  });
  return {
    ...base,
    intent: "feature",
    terms,
    expansions: expansions.filter((e) => e.terms.length > 0),
    refusal:
      terms.length === 0 && expansions.length === 0
        ? "Ask me about a Python feature, module or release."
        : undefined,
  };
}
