import { formatDate } from "../documents/dates.ts";
import type { ParsedQuery } from "../query/parse-query.ts";
import type { Answer } from "./answer.ts";
import type { ReleaseFacts } from "./release-facts.ts";

const SUPPORT = /\bsupport(?:s|ed|ing)?\b/i;
/**
 * Words that make a project the one asked about: "could you release a version that supports 3.14",
 * "when will this library support 3.13", "any plans for 3.14", "3.5 support. Does this work with 3.5",
 * "3.7 support? I'd love to use this in a python 3.7 project", "any chance of an upgrade for 3.5?",
 * "is there a way for 3.8 support to be added?".
 */
const PROJECT =
  /\b(?:you|your|this (?:project|library|lib|package|repo|repository|tool|plugin|extension|module|app|sdk)|plans?|planned|roadmap|(?:a|new) (?:version|release)|when will|will there be|eta|(?:does|will|would|can) (?:this|it) (?:\w+ )?(?:work|run)|(?:use|using) (?:this|it) (?:in|on|with|under)|any chance|timeline|support\s+(?:to\s+be|be|being)\s+added)\b/i;
const PYTHON_VERSION = /\bpython\b|\b3\.\d{1,2}\b/i;
/** "When will support for 3.8 end?" asks about Python's own support window. */
const SUPPORT_WINDOW =
  /\b(?:end|ends|ended|ending|stop|stops|stopped|until|over|eol|expire|expires|lifecycle|life|dead)\b/i;

/**
 * A question to a project's maintainers about which Python versions their project supports, which
 * Python's release notes cannot answer. Only asked of a question that names no Python feature or API.
 */
/** "does your python version support match", "it seems you're using 3.9": a person's Python, not a project. */
const SOMEONES_PYTHON =
  /\byour (?:python|version|interpreter|py)\b|\byou(?:'re| are)? (?:using|on|running|run|use)\b/gi;

/**
 * "Could we get this merged?", "make a new release with these changes", "when the final version will
 * be released": a project's own merges and releases, when the message names no Python at all.
 */
const PROJECT_RELEASE =
  /\b(?:get|got|have)\s+(?:this|it|these|that)\s+merged\b|\b(?:make|cut|publish|tag)\s+(?:a\s+)?new\s+release\b|\b(?:final|next|new)\s+(?:version|release)\s+(?:will\s+be|is|gets?)\s+released\b/i;
const NAMES_PYTHON = /\bpython\b|\bpy\s?3|(?<![\w.])3\.\d/i;

export function asksProjectRelease(text: string): boolean {
  return PROJECT_RELEASE.test(text) && !NAMES_PYTHON.test(text);
}

/** "Thank you!": politeness, not the project addressed. */
const THANKS = /\bthank(?:s| you)\b/gi;

export function asksProjectSupport(text: string): boolean {
  const about = text.replace(SOMEONES_PYTHON, " ").replace(THANKS, " ");
  return (
    SUPPORT.test(about) && PROJECT.test(about) && PYTHON_VERSION.test(about) && !SUPPORT_WINDOW.test(about)
  );
}

/** Says whose question it is, with what the notes do know: when the release came out. */
export function projectSupportAnswer(query: ParsedQuery, release: ReleaseFacts | undefined): Answer {
  const released = release?.released
    ? ` Python ${release.version} was released on ${formatDate(release.released)}; ask "what's new in ${release.version}" for what it changed.`
    : "";
  return {
    query: query.raw,
    found: false,
    kind: "not-found",
    answer: `Which Python versions a project supports is up to its maintainers: its changelog or package metadata says. PyVer answers from Python's own release notes.${released}`,
    citations: [],
    hits: [],
    suggestions: [],
  };
}

/** Says whose question a project's merge or release is. */
export function projectReleaseAnswer(query: ParsedQuery): Answer {
  return {
    query: query.raw,
    found: false,
    kind: "not-found",
    answer:
      "When a project merges a change or makes a release is up to its maintainers. PyVer answers from Python's own release notes: ask about a Python release, feature or module.",
    citations: [],
    hits: [],
    suggestions: [],
  };
}
