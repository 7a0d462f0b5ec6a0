import { BUILTIN_TYPES } from "../code/builtin-types.ts";
import { compareVersions, normalizeVersion } from "../documents/version.ts";
import { tokenize } from "../search/tokenize.ts";
import { otherLanguage } from "./message-language.ts";
import { isChatInterjection } from "./spelling.ts";
import { expandSynonyms } from "./synonyms.ts";

/** What a question asks for, beyond "find the section about X". */
export type Intent =
  | "feature"
  | "release-date"
  | "end-of-life"
  | "overview"
  | "deprecations"
  | "removals"
  /** "how fast is 3.11", "3.12 performance improvements": the release's speed-ups. */
  | "speedups"
  /** "what syntax is new in 3.8": the language syntax a release added. */
  | "syntax"
  /** "what breaks from 3.9 to 3.12": removals and porting notes of every release in a range. */
  | "range"
  /** "latest python version": the newest release known. */
  | "latest"
  /** "which versions are still supported": every release before its end of life. */
  | "supported";

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
  /** Version the question is limited to ("what's new in 3.4", "--version 3.4"). */
  version?: string;
  /**
   * The version the asker runs or targets ("can I use X on 3.7?", "we're on 3.6"): the answer is a
   * verdict about it, and it never narrows the search.
   */
  context?: string;
  /**
   * The asker reports trouble on the release they name ("SSL errors in Python 3.13", "multiprocessing
   * broken on macOS with 3.8"): that release's own notes may say what changed.
   */
  troubleIn?: string;
  /**
   * The release a deprecation notice names for the removal ("deprecated since Python 3.8, and
   * scheduled for removal in Python 3.10"): once that release is out, its notes say what went.
   */
  plannedRemoval?: string;
  /** The version filters because the question wrote it as a bound ("until 3.9", "< 3.11"), not as the release asked about. */
  bound?: boolean;
  /** First and last release of a range question ("from 3.9 to 3.12"). */
  range?: { from: string; to: string };
  /** Content terms of the question itself. */
  terms: string[];
  expansions: Expansion[];
  /** The question leans on deprecations or removals rather than additions. */
  wantsDeprecations: boolean;
  wantsRemovals: boolean;
  /** Set when nothing answerable is left; says why in words for the user. */
  refusal?: string;
  /**
   * The Latin-script language other than English the question is written in ("it" for "Quali sono
   * le differenze …"): its words are neither corrected nor, when the notes lack them, weighed as subject.
   */
  language?: string;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Invisible characters inside words ("path\u200blib") are deleted, not turned into spaces. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const VERSION_FLAG = /(?:^|\s)--version[=\s]+(\S+)/i;
/** "Python 3.79": a micro release typed without its second dot (3.7.9); no 3.20 or later exists yet. */
const RUN_TOGETHER_MICRO = /(?<![\w.])3\.([2-9])(\d)(?![\w.]*\d)/g;
/** "3.13t", "python3.14t": the release's free-threaded build, which is what the asker speaks of. */
const FREE_THREADED_BUILD = /(?<![\w.])((?:python|py)?3\.\d{1,2})t(?!\w|\.\d)/gi;
/** "in the latest Python 3.12": a release named says which; "latest" adds nothing to search. */
const LATEST_NAMED = /\b(?:latest|newest)\s+(?=(?:python|py|cpython)?\s*3\.\d)/gi;
/** "3.11.0b4", "3.13.0rc1", "3.14a1", "3.12-beta", "3.12 alpha": a pre-release is the release it leads to. */
const PRE_RELEASE =
  /(?<![\w.])(3\.\d{1,2}(?:\.\d+)?)(?:[-_]?(?:a|b|rc|alpha|beta|dev)\d*|\s+(?:alpha|beta)(?:\s?\d+)?)(?!\w|\.\w)/gi;
/** "3.12", "python 3.12", "py3.10"; a 2.x number only with "python"/"py" before it ("round(2.5)" is no version). */
export const VERSION_MENTION =
  /(?<![\w.])(?:(?:python\s*|py\s*|cpython\s*|v)?(3\.\d{1,2})|(?:python\s*|py\s*)(2\.\d))(?:\.\d+)?(?![\w.]*\d)/gi;
/** Python 3 named as a whole: "Python 3", "py3", "3.x". */
const PYTHON_3_TOO = /\b(?:python\s?3|py3)(?![.\d])|(?<![\w.])3\.x\b|\b3\.\d{1,2}\b/i;
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
  "and",
  "or",
  "s",
  "all",
]);
const RELEASE_DATE = [
  // Within one sentence; "when launched using a relative path" is when something runs.
  /\b(when|what date|which date|what year|date)\b(?!\s+(?:launched|released|run|used|started|called|installed)\b)(?:[^.?!\n]|\.(?!\s))*\b(releas|come out|came out|ship|launch|out)/,
  /\b(release|ship|launch)(d)? (date|day|year)\b/,
  /\b(out|released|available) yet\b/,
  /^(is|has) (python )?\S+ (been )?(out|released)\b/,
  /\b(once|is|was|been|officially|finally|gets?|got) (officially |finally )?(released|out)\b/,
];
/** Words that ask how fast a release is. */
const SPEED_WORD =
  /^(?:fast|faster|fastest|speed|speeds|speedup|speedups|quick|quicker|slow|slower|perf|performance|performant|optimi[sz]ations?|benchmarks?)$/;
/** Words for a language's syntax as a whole. */
const SYNTAX_WORD = /^(?:syntax|syntaxes|syntactic|grammar)$/;
/** Words around a question about a release's speed that ask nothing of their own. */
const SPEED_QUESTION_WORDS = new Set(
  (
    "how much so really than compare compared comparison vs versus why make makes made did does do improvement improvements gains boost " +
    // "why does this specific code run faster in 3.11": the asker's code is any code.
    "this that my our same specific particular code program programs script scripts run runs running execute executes"
  ).split(" "),
);

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
  "patch",
  "in",
  "python",
  "release",
  "about",
  "tell",
  "me",
  "the",
  "show",
  "list",
  // Article titles about a release: "Python 3.9: all you need to know", "a first look at 3.13".
  "need",
  "know",
  "guide",
  "explained",
  "tour",
  "look",
  "first",
  "deep",
  "dive",
  "review",
  "recap",
  "rundown",
  "upcoming",
  "expect",
  "coming",
  "preview",
  "walkthrough",
  "introducing",
  "introduction",
]);

/**
 * "What's new" as people ask it in other languages, and release news ("3.14 终于来了"): with a
 * version and little else, the release overview.
 */
const WHATS_NEW_ELSEWHERE =
  /o que (?:h[áa]|tem) de novo|novidades|qu[ée] hay de nuevo|novedades|quoi de neuf|nouveaut[ée]s|was ist neu|neuerungen|cosa c'è di nuovo|novit[àa]|что нового|新特性|新功能|有什么新|有哪些新|更新了什么|来了|发布了|新機能|変更点/i;
/**
 * A project's work on a release ("CI: add 3.13 to the test matrix", "test on python 3.12", "bump
 * minimum python to 3.10"): beside a version and nothing else, the release is the topic.
 */
const PROJECT_WORK_WORDS = new Set(
  (
    "ci test tests testing tested matrix tox nox classifier classifiers workflow workflows action actions " +
    "github wheel wheels build builds pipeline trove pyproject setup requires bump bumped bumping minimum " +
    "min max maximum upgrade upgrading upgraded migrate migrating migration move moving switch switching " +
    "compat compatibility compatible target targets targeting run runs running enable enabled allow"
  ).split(" "),
);
/** Most other words beside a translated "what's new" for the question still to be about the release. */
const MAX_WORDS_BESIDE_WHATS_NEW = 3;

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

/**
 * At most `maxChars` of a paste: its first and last halves when it is longer, each cut at a line, since
 * a snippet's imports come first and a traceback's error last.
 */
function headAndTail(input: string, maxChars: number): string {
  if (input.length <= maxChars) return input.replace(LONE_SURROGATE, "");
  const half = Math.floor(maxChars / 2);
  const headEnd = input.lastIndexOf("\n", half);
  const tailStart = input.indexOf("\n", input.length - half);
  const head = input.slice(0, headEnd > 0 ? headEnd : half);
  const tail = input.slice(tailStart >= 0 ? tailStart + 1 : input.length - half);
  return `${head}\n${tail}`.replace(LONE_SURROGATE, "");
}

/**
 * A pasted error or snippet as the code readers see it: lines kept, but platform mention syntax and
 * mentions of the bot or of everyone removed, so `@here` on a line of its own is not a decorator.
 */
export function cleanPaste(input: string, maxChars: number): string {
  return uncommented(headAndTail(input, maxChars).replace(INVISIBLE, "").replace(/\r\n?/g, "\n"))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, " ")
    .replace(MENTION_SYNTAX, " ")
    .replace(/^\s*\/?pyver\b:?/i, " ")
    .replace(/@(pyver|everyone|here|channel)\b/gi, " ");
}

/** A line a build log or a quoting asker marked as a comment. */
const COMMENTED = /^\s*#(?:\s|$)/;
const COMMENTED_ERROR = /^\s*#\s*(?:\w+(?:Error|Exception|Warning):|Traceback \(most recent call last\))/;

/**
 * "#     raise Error, "…" / #   ^ / # SyntaxError: invalid syntax": a traceback each of whose lines
 * a log printed behind "#" is the traceback itself.
 */
function uncommented(text: string): string {
  if (!text.includes("#")) return text;
  const lines = text.split("\n");
  let start = 0;
  while (start < lines.length) {
    if (!COMMENTED.test(lines[start] ?? "")) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && COMMENTED.test(lines[end] ?? "")) end++;
    if (end - start > 1 && lines.slice(start, end).some((l) => COMMENTED_ERROR.test(l)))
      for (let i = start; i < end; i++) lines[i] = (lines[i] ?? "").replace(/^\s*# ?/, "");
    start = end;
  }
  return lines.join("\n");
}

/** Strips what chat platforms and people wrap around a question: `/pyver`, mentions, control characters. */
export function cleanQuestion(input: string, maxChars: number): string {
  // NFKC can lengthen text ("ﷺ" becomes 18 letters), so the normalized question is cut again.
  return (
    cutQuestion(cutQuestion(input, maxChars).normalize("NFKC"), maxChars)
      .replace(INVISIBLE, "")
      .replace(CONTROL, " ")
      .replace(MENTION_SYNTAX, " ")
      .replace(/^\s*\/?pyver\b:?/i, " ")
      .replace(/@(pyver|everyone|here|channel)\b/gi, " ")
      // Emoji shortcodes (":grinning:") are tone, not words.
      .replace(/(^|\s):[a-z][a-z0-9_+-]*:(?=\s|$)/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** "Python 3", "py3" on their own: the language, not a release. */
const PYTHON_3 = /\b(?:python|py|cpython)\s*3(?![.\d])/gi;
/** "py37", "python310", "python 38", "… in py38.", "py<38": a version typed without its dot. */
const COMPACT_VERSION = /(?<![\w.])(?:python ?|py ?|cp)([<>]=?|==)?3(\d{1,2})(?![\w]|\.\w)/gi;
/** "from 3.9 to 3.12", "between 3.8 and 3.12", "3.13 vs 3.14", "3.9 -> 3.11", "3.9 --> 3.11", "3.9 > 3.10". */
const RANGE = [
  // "between using python3.9 and python3.10": a word or two may come before the first release.
  /\b(?:from|between)\s+(?:[a-z]+\s+){0,2}?(?:python\s*|py\s*)?(3\.\d{1,2})(?:\.\d+)?\s+(?:to|and|-+>|→|=+>|>|till|until)\s+(?:python\s*|py\s*)?(3\.\d{1,2})/i,
  /(?<![\w.])(?:python\s*|py\s*)?(3\.\d{1,2})(?:\.\d+)?\s*(?:vs\.?|versus|-+>|→|=+>|>(?!=)|to|compared (?:to|with)|(?:backwards?[- ])?compatible with)\s*(?:python\s*|py\s*)?(3\.\d{1,2})(?![\d])/i,
];
/** A range form also needs a word saying the question is about the difference ("3.9 to 3.12 breaks"). */
const RANGE_WORDS =
  /\b(between|from|vs\.?|versus|upgrad\w*|migrat\w*|break\w*|changed?|changes|differen\w*|compare\w*|moving|move|going|go|bump\w*|port\w*|incompatib\w*|compatib\w*|removed?)\b|->|→|=>/i;
/**
 * Words that ask what happened in a release ("what changed in asyncio in 3.12", "is free-threading
 * still experimental in 3.14"): the version filters.
 */
const CHANGE_WORDS =
  /\b(what'?s new|whats new|new|add|adds|added|introduc\w*|changes?|changed|improve\w*|updates?|updated|differen\w*|compar\w*|versus|vs|deprecat\w*|remov(?:ed|es|al|als|ing)?|gone|dropped|experimental|provisional\w*)\b/i;
/** "If I understand correctly", "I don't understand why this resulted in": how the asker reasons. */
const ASKER_REASONS =
  /\b(?:(?:if|as far as|from what)\s+i\s+(?:understand|understood|can tell)(?:\s+it)?(?:\s+correctly)?|i\s+(?:don'?t|do not)\s+(?:understand|get)(?:\s+why)?(?:\s+(?:this|that|it)\s+resulted\s+in)?)\b/gi;
const BACKWARD_COMPATIBLE = /\bbackwards?[- ](?:compat\w*|incompat\w*)/gi;
/** Change words that say nothing of a change in the release named beside them. */
const NO_RELEASE_CHANGE = [
  // "could this be changed to a regular assignment": the asker's code rewritten.
  /\b(?:(?:could|can|should|would|must|might|to)\s+(?:(?:it|this|that|these|those|they)\s+)?be\s+changed\s+to|change\s+(?:it|this|that|them|these|those)\s+to)\b/gi,
  // "once python 3.8 is dropped": the project's oldest release taken out.
  /\b(?:once|when|after|until|before)\s+(?:support\s+for\s+)?(?:python|py)?\s*(?:support\s+)?(?:is|gets|was|has been|will be)\s+dropped\b/gi,
  // "The Protocol type was introduced in PEP544": a PEP brought it.
  /\b(?:introduc\w*|added|defined|proposed|specified|described)\s+(?:in|by|with)\s+pep[\s-]?\d+/gi,
];
/** Words that ask whether something is there for the asker ("can I use X on 3.7?"): the version is context. */
const CONTEXT_WORDS =
  /\b(can|could|cannot|can'?t|is there|are there|does|do|did|doesn'?t|don'?t|isn'?t|won'?t|not|no|have|has|work|works|working|use|using|used|run|running|runs|support|supports|supported|available|exists?|get|stuck|still|without|backport\w*|need|needs|on|with|for|we'?re|i'?m|target\w*|missing|compatib\w*|fails?|failed|failing|breaks?|broken|errors?|\w+(?:error|exception)|older|lower|earlier|below|yet|how (?:to|do|can|would|should)|(?:best|right|proper|pythonic|idiomatic|cleanest|simplest|easiest) way|way to)\b|^\s*(?:is|are)\s|\?/i;
const LATEST =
  /\b(latest|newest|current|most recent|last|recent)\b.*\b(python|version|release|stable)\b|\b(python|version|release)\b.*\b(latest|newest)\b/i;
/** "the latest version of Python is 3.13", "Python 3.12 is the newest release": which is the newest, said. */
const LATEST_CLAIM =
  /\b(?:latest|newest|most recent|last)\s+(?:stable\s+)?(?:released\s+)?(?:python\s+)?(?:version|release)\s+(?:of\s+(?:python|cpython)\s+)?(?:is|was)\s+(?:now\s+)?(?:python\s*)?3\.\d{1,2}\b/i;
const SUPPORTED =
  /\b(which|what|whats|list)\b.*\b(versions?|releases?|pythons?)\b.*\b(supported|maintained|alive|security|eol|end of life|get(ting)? (bug|security)? ?fix)|\bsupported (python )?(versions|releases)\b|\boldest\b.*\b(python|versions?|releases?)\b.*\b(supported|maintained|alive)\b/i;
/** "which python version should I use for a new project": the newest release answers. */
const WHICH_TO_USE =
  /\b(which|what)\s+(python\s+)?(version|release)\s+(of\s+python\s+)?(should|do you recommend|would you recommend|to use|to pick|to choose|to install)\b/i;
/** What may surround a which-release-to-use question without making it about a feature. */
const CHOOSING_WORDS = new Set(
  "should use using recommend recommended pick choose install target start starting project projects app apps beginner beginners learning learn production prod new".split(
    " ",
  ),
);
/**
 * "is 3.7 deprecated?", "is 3.13 stable enough for prod", "should I still use python 3.8": the
 * release's standing, asked as a question, whatever follows.
 */
const STATUS_QUESTION = [
  /^\W*(is|are)\s+(python|py|cpython)?\s*3\.\d{1,2}(\.\d+)?\s+(still\s+)?(deprecated|obsolete|outdated|stable|dead|eol|supported|maintained|safe|ready|production[- ]ready|ok|okay|fine)\b/,
  /\bshould\s+(i|we|you)\s+(still\s+)?(use|stay on|keep using|stick (with|to))\s+(python|py)?\s*3\.\d{1,2}(\.\d+)?\s*(\?|$|in 20\d\d|anymore)/,
  /\b(is it|it's|its)\s+(still\s+)?(safe|ok|okay|fine)\s+to\s+(use|run)\s+(python|py)?\s*3\.\d{1,2}(\.\d+)?\s*(\?|$|in 20\d\d|anymore)/,
  // "is it safe to upgrade to 3.13", "should we move to 3.14 yet", "worth upgrading to 3.12?"
  /\b(?:(?:is it|it's|its)\s+(?:safe|ok|okay|time|a good idea)\s+to|should\s+(?:i|we|you)|worth)\s+(?:upgrad\w*|mov\w*|switch\w*|migrat\w*|go(?:ing)?|jump\w*)\s+(?:up\s+)?to\s+(?:python|py)?\s*3\.\d{1,2}(?:\.\d+)?\s*(?:\?|$|yet|now|already|in 20\d\d)/,
];
/**
 * "should I learn python 3.14 or 3.13", "should I download 3.8.5 (released July 2020) or 3.5.10": a
 * choice between two releases.
 */
const RELEASE_CHOICE =
  /\b(?:should|do|would|shall|can)\s+(?:i|we|you)\s+(?:learn|use|pick|choose|install|download|get|go with|go for|start with|target|stick with)\s+(?:python\s*|py\s*)?(3\.\d{1,2})(?:\.\d+)?\s+(?:\([^)]{0,60}\)\s+)?or\s+(?:python\s*|py\s*)?(3\.\d{1,2})\b/;
/**
 * "Which version of Python should I use? Python 3.10.11 Python 3.11.9 Python 3.12.9", "recommended
 * Python version": a choice among the releases listed.
 */
const RELEASE_CHOICE_ASKED =
  /\b(?:which|what)\s+(?:python\s+)?(?:version|release)s?(?:\s+of\s+python)?\s+(?:should|do|would|shall)\s+(?:i|we|you)\s+(?:learn|use|pick|choose|install|download|get|go with|go for|start with|target)\b|\brecommended\s+(?:python\s+)?version\b|\b(?:install|use|pick|choose|learn)\s+(?:python\s*)?3\.\d{1,2}(?:\.[\dx]+)?(?:\s+specifically)?,?\s+or\s+(?:the\s+)?(?:latest|newest)\b|\bor\s+(?:python\s*)?3\.\d{1,2}\s+as\s+(?:the\s+|our\s+)?min(?:imal|imum)\b/;
const END_OF_LIFE =
  /\b(end[- ]of[- ]life|end[- ]of[- ](?:bug ?fix(?:es)?|security)(?: support)?|eol|supported|support|security (fixes|updates|releases|patch(es)?)|patch(es)?(?! notes?)|maintained|maintenance|sunset|retired?|dead|alive|bug ?fix(es)?|fixes|lifecycle|life cycle|how long)\b/i;

/** Phrases that only ever speak of a release's support, whatever else the message says. */
const STATUS_STATEMENT =
  /\b(end[- ]of[- ]life|end[- ]of[- ](?:bug ?fix(?:es)?|security)(?: support)?|eol|security[- ](only|fixes|updates|releases|support)|maintenance status|bug ?fix(es)? (only|releases)|unsupported(?= *(?:$|[.,;:!?)]|(?:python|py|cpython|versions?|releases?|interpreters?|and|so|now|since|by|as|upstream|anymore|any more|soon|already|for|in|on|at)\b|3\.\d))|no longer (be(ing)? )?(supported|maintained|receiv\w*|get(ting)? (bug ?fix|security))|stop(s|ped)? (receiv\w*|getting)|drop(ping|ped)? (support|python|3\.\d)|stop(s|ped|ping)? support(ing)?|(goodbye|farewell) to|remov(e|ing) (support|python|3\.\d)|no longer support(ing)? (it|python|3\.\d)|sunsett?(ing|ed|s)?|(support|maintenance) (ends|ended|ending|will end)|end of (support|maintenance))\b/i;

/** "scheduled for removal in Python 3.10", "will be removed in 3.12": the release a notice plans. */
const PLANNED_REMOVAL =
  /\b(?:(?:scheduled|slated|planned|set|marked)\s+(?:for\s+removal|to\s+be\s+removed)|will\s+be\s+removed|removal\s+(?:is\s+)?planned|will\s+stop\s+working)\s+in\s+(?:python\s*)?(3\.\d{1,2})\b|\bin\s+(?:python\s*)?(3\.\d{1,2}),?\s+it\s+will\s+(?:stop\s+working|be\s+removed)\b|\b(?:a\s+problem|break\w*|fail\w*)\s+(?:for|in|with|on)\s+(?:the\s+)?(?:future|upcoming|coming|next)\s+(?:release\s+of\s+)?(?:python\s*)?(3\.\d{1,2})\b/i;

export interface ParseOptions {
  maxChars: number;
  /** A version the caller limits the search to (`--version`, the Discord option). */
  version?: string;
  /** Spelling correction applied to the cleaned question before it is read (see `Speller`). */
  correct?: (text: string) => string;
}

/** `ntpath.isabs`, `posixpath.join`: the platform modules `os.path` is, named as tracebacks show them. */
const PLATFORM_PATH_MODULE = /(?<![\w.])(?:nt|posix)path\./g;

export function parseQuery(input: string, options: ParseOptions): ParsedQuery {
  const raw = cutQuestion(input, options.maxChars);
  let text = cleanQuestion(raw, options.maxChars);
  // Before spelling correction, which would make English of the other language's words.
  const translated = WHATS_NEW_ELSEWHERE.test(text);
  if (translated) text = text.replace(WHATS_NEW_ELSEWHERE, " what's new ");
  // Another language's words are no typos of English ones ("dari" is no "dark").
  const language = otherLanguage(text);
  if (options.correct && !language) text = options.correct(text);
  text = text
    .replace(
      COMPACT_VERSION,
      (_m, bound: string | undefined, minor: string) => `${bound ?? ""}3.${Number(minor)}`,
    )
    .replace(PRE_RELEASE, "$1")
    .replace(LATEST_NAMED, "")
    .replace(FREE_THREADED_BUILD, "$1 free-threaded")
    .replace(RUN_TOGETHER_MICRO, "3.$1.$2")
    .replace(PLATFORM_PATH_MODULE, "os.path.");
  let version = options.version ? normalizeVersion(options.version) : undefined;
  const explicit = version !== undefined;

  const flag = VERSION_FLAG.exec(text);
  if (flag) {
    version = normalizeVersion(flag[1] ?? "") ?? version;
    text = text.replace(VERSION_FLAG, " ").trim();
  }
  const flagged = explicit || flag !== null;
  const matches = [...text.matchAll(VERSION_MENTION)];
  // "ArcGIS Pro v3.1.2 on python 3.9.16": a "v" number is another product's, when Python's is named.
  const ofPython = (m: RegExpExecArray): boolean =>
    /^(?:python|py|cpython)/i.test(m[0]) || /python\s*$/i.test(text.slice(0, m.index));
  const otherProduct = (m: RegExpExecArray): boolean => /^v/i.test(m[0]) && !ofPython(m);
  const named = (matches.some(ofPython) ? matches.filter((m) => !otherProduct(m)) : matches)
    .map((m) => normalizeVersion(m[1] ?? m[2] ?? ""))
    .filter((v): v is string => v !== undefined);
  // "in Python 2.6 it prints 99, in Python 3.x it prints 6": a Python 2 release set beside Python 3
  // is what 3.0 changed from, not a release asked about.
  const mentioned = PYTHON_3_TOO.test(text) ? named.filter((v) => !v.startsWith("2.")) : named;
  const withoutVersions = text
    // "Python 3.13 is stable so it should be supported": the release's standing, no stable ABI.
    .replace(RELEASE_STANDING, " ")
    .replace(RUNS_RELEASE, " ")
    .replace(VERSION_MENTION, " ")
    .replace(/\b(in|on|for|since)\s*$/i, " ")
    // What is left of "pre-python-3.10".
    .replace(/\bpre-(?:python|py)?-?(?=\s|$)/gi, " ");

  const lower = text.toLowerCase();
  const base: Omit<ParsedQuery, "intent" | "terms" | "expansions"> = {
    raw,
    text,
    version: version ?? mentioned[0],
    wantsDeprecations: /deprecat/.test(lower),
    wantsRemovals: /\b(remov|dropped|deleted|gone)/.test(lower),
    ...(language ? { language: language.language } : {}),
  };
  const planned = PLANNED_REMOVAL.exec(text);
  const plannedRemoval = planned ? normalizeVersion(planned[1] ?? planned[2] ?? planned[3] ?? "") : undefined;
  if (plannedRemoval) base.plannedRemoval = plannedRemoval;

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
  // "deprecated in Python 3.10 and will be removed in Python 3.12": a notice's timeline, no range.
  const range = plannedRemoval
    ? undefined
    : (readRange(text, mentioned) ??
      (new Set(mentioned).size === 1 ? breakingIn(text, base.version) : breakingAcross(text, mentioned)));
  if (range && !flagged) {
    const terms = rangeSubject(withoutVersions);
    return { ...base, version: undefined, range, intent: "range", terms, expansions: [] };
  }
  if (!base.version) {
    if (SUPPORTED.test(lower)) return { ...base, intent: "supported", terms: [], expansions: [] };
    if (
      (LATEST.test(lower) && words.every((w) => RELEASE_WORDS.has(w))) ||
      (WHICH_TO_USE.test(lower) && words.every((w) => RELEASE_WORDS.has(w) || CHOOSING_WORDS.has(w)))
    )
      return { ...base, intent: "latest", terms: [], expansions: [] };
  }
  // "The last released version of python is now 3.13": a claim about the newest release, checked.
  if (LATEST_CLAIM.test(text))
    return { ...base, version: undefined, intent: "latest", terms: [], expansions: [] };
  if (base.version) {
    // "your generated code is out of date": the idiom dates nothing.
    const dated = lower.replace(/\b(?:out[- ]of|up[- ]to)[- ]date\b/g, " ");
    if (RELEASE_DATE.some((re) => re.test(dated))) {
      return { ...base, intent: "release-date", terms: [], expansions: [] };
    }
    // "should I learn python 3.14 or 3.13": the newer one's standing says which is current.
    const choice = RELEASE_CHOICE.exec(lower);
    if (choice) {
      const [a = "", b = ""] = [normalizeVersion(choice[1] ?? ""), normalizeVersion(choice[2] ?? "")];
      const newer = a && b && compareVersions(a, b) < 0 ? b : a || b;
      if (newer) return { ...base, version: newer, intent: "end-of-life", terms: [], expansions: [] };
    }
    const choices = [...new Set(mentioned)].filter((v) => !v.startsWith("2."));
    if (choices.length >= 2 && RELEASE_CHOICE_ASKED.test(lower)) {
      const newest = [...choices].sort(compareVersions).at(-1);
      return { ...base, version: newest, intent: "end-of-life", terms: [], expansions: [] };
    }
    if (
      STATUS_STATEMENT.test(lower) ||
      STATUS_QUESTION.some((re) => re.test(lower)) ||
      (END_OF_LIFE.test(lower) && words.every((w) => RELEASE_WORDS.has(w) || END_OF_LIFE.test(w)))
    ) {
      return {
        ...base,
        version: statusSubject(text) ?? base.version,
        intent: "end-of-life",
        terms: [],
        expansions: [],
      };
    }
    const beside = words.filter(
      (w) => !OVERVIEW_WORDS.has(w) && !RELEASE_WORDS.has(w) && !PROJECT_WORK_WORDS.has(w) && !YEAR.test(w),
    );
    if (beside.length === 0 || (translated && beside.length <= MAX_WORDS_BESIDE_WHATS_NEW)) {
      return { ...base, intent: "overview", terms: [], expansions: [] };
    }
    // "what was removed in 3.12", "deprecations in 3.13": the list, not one section.
    const listed = words.filter((w) => !OVERVIEW_WORDS.has(w) && !LIST_WORDS.has(w) && !RELEASE_WORDS.has(w));
    // Whole words: `removeprefix` is a name, not a removal.
    if (
      listed.every((w) => /^(?:deprecat\w*|remov(?:e|ed|es|al|als|ing)|dropped|gone)$/.test(w)) &&
      listed.length > 0
    ) {
      const intent = listed.some((w) => /^deprecat/.test(w)) ? "deprecations" : "removals";
      return { ...base, intent, terms: [], expansions: [] };
    }
    // "how much faster is python 3.11", "3.12 performance improvements": the release's speed as a whole.
    const aboutSpeed = listed.filter((w) => !SPEED_QUESTION_WORDS.has(w));
    if (aboutSpeed.length > 0 && aboutSpeed.every((w) => SPEED_WORD.test(w)))
      return { ...base, intent: "speedups", terms: [], expansions: [] };
    // "what syntax is new in 3.8", "python 3.10 new syntax": the release's syntax as a whole.
    if (listed.length > 0 && listed.every((w) => SYNTAX_WORD.test(w)))
      return { ...base, intent: "syntax", terms: [], expansions: [] };
  }

  // "Python 3" is every release, not something to search for; nor are the asker's own files and
  // the tags of a pull request's title.
  const searched = withoutVersions
    .replace(PYTHON_3, " ")
    .replace(PROJECT_FILE, (name) => (NOTED_FILES.has(name.toLowerCase()) ? name : " "))
    .replace(PULL_REQUEST_TAG, " ")
    .replace(PEP_LINK, " PEP $1 ")
    .replace(FOREIGN_LINK, " ")
    .replace(RELEASE_DROP, "$1")
    .replace(IN_PRODUCTION, " ")
    .replace(SYSTEM_RELEASE, "$1")
    .replace(THROWS_ERROR, " error ")
    // "backwards compat issue": whether code still runs, not something iterated backwards.
    .replace(BACKWARD_COMPATIBLE, " ")
    .replace(ASKER_REASONS, " ")
    // "Fixes self.async by renaming": an attribute of the asker's own object names only the attribute.
    .replace(/\b(?:self|cls)\.(?=[A-Za-z_])/g, "");
  // A year ("in 2021") or a lone 2 or 3 ("3 features", "py 3") is no subject.
  const terms = [...new Set(tokenize(searched))].filter(
    (t) =>
      !CHAT_FILLER.has(t) &&
      !isChatInterjection(t) &&
      !BARE_NUMBER.test(t) &&
      !language?.functionWords.has(t),
  );
  const expansions = expandSynonyms(withoutVersions).map(({ phrase, concept }) => {
    const conceptTerms = new Set(concept.flatMap(phraseTerms));
    const own = phraseTerms(phrase);
    // A word the phrase shares with the question is found by itself or not at all: "dictionary
    // merge" for "dict merge" lets "dictionary" stand for "dict", never for "merge".
    return {
      terms: own.filter((t) => !terms.includes(t)),
      standsFor: terms.filter((t) => conceptTerms.has(t) && !own.includes(t)),
    };
  });
  // A version in a question about a feature narrows the search only when the question asks what
  // happened in that release; "can I use X on 3.7?" asks about X, from where the asker stands.
  // "python 3.10.0 !!", "fixes for 3.9": a release named with nothing else to search for.
  if (terms.length === 0 && expansions.every((e) => e.terms.length === 0) && base.version && !flagged)
    return { ...base, intent: "overview", terms: [], expansions: [] };
  const around = text.replace(VERSION_MENTION, " ");
  // "Python 3.7's data classes": what the release has, not where the asker stands.
  const possessive = /(?<![\w.])3\.\d{1,2}['’]s\b/.test(text);
  // "not supported until 3.9", "Python < 3.11", "3.10+": the release where things changed.
  const bound = flagged ? undefined : boundVersion(text);
  const changes =
    CHANGE_WORDS.test(NO_RELEASE_CHANGE.reduce((rest, re) => rest.replace(re, " "), around)) &&
    !ASKS_WHICH_RELEASE.test(around);
  // In another language the words that make a release the asker's own are unknown: it stays theirs.
  const asksAboutRelease = possessive || changes || (!language && !CONTEXT_WORDS.test(around));
  // A release the question says things happened in ("removed in 3.11") comes before a bound
  // ("deprecated since 3.9").
  // "I'm running 3.9.5 … since python 3.8 the process for importing DLLs has changed": the release
  // the asker runs is theirs; the bound is where things changed.
  const runsOther =
    bound !== undefined && base.version !== undefined && bound !== base.version && ASKER_RUNS.test(text);
  // "Since 3.3 the way is collections.abc, and the old way stopped working in 3.10": the release
  // things happened in, when one is said so, whichever is named first.
  const happened = flagged ? undefined : happenedIn(text);
  const filter = happened
    ? happened
    : runsOther
      ? bound
      : flagged || (base.version !== undefined && changes)
        ? base.version
        : (bound ?? (asksAboutRelease ? base.version : undefined));
  // "can I use walrus in 3.7 and older": the release named is the asker's, the bound after it where
  // things changed.
  const upTo = bound !== undefined && filter === bound ? UP_TO.exec(text) : null;
  const context = upTo
    ? normalizeVersion(`3.${Number(upTo[1])}`)
    : !flagged && base.version !== undefined && filter === undefined
      ? base.version
      : undefined;
  return {
    ...base,
    version: filter,
    ...(context ? { context } : {}),
    ...(bound && filter === bound ? { bound: true } : {}),
    ...(context && TROUBLE.test(around) ? { troubleIn: troubledRelease(text) ?? context } : {}),
    intent: "feature",
    terms,
    expansions: expansions.filter((e) => e.terms.length > 0),
    refusal:
      terms.length === 0 && expansions.length === 0
        ? "Ask me about a Python feature, module or release."
        : undefined,
  };
}

/** A release said to be out ("Python 3.13 is stable"). */
const RELEASE_STANDING =
  /\b(?:(?:python|py)\s*)?3\.\d{1,2}(?:\.\d+)?\s+(?:is|has been)\s+(?:now\s+)?(?:stable|out|released|final)\b/gi;
/** Numbers that name no subject: years, and the 2 or 3 of "Python 3". */
const BARE_NUMBER = /^(?:19\d\d|20\d\d|[23])$/;
/** A file of the asker's project ("machine.py", "tox.ini"): its name says nothing about Python. */
// Extensions in lower case, as files have them: `threading.Lock` is a class.
const PROJECT_FILE = /(?<![\w.])[\w-]+\.(?:py|pyi|toml|cfg|ini|txt|ya?ml|json|lock)(?![\w.])/g;
/** Files the release notes themselves speak about. */
const NOTED_FILES = new Set(["__main__.py", "__init__.py", "setup.py", "pyproject.toml", "pyvenv.cfg"]);
/** "See: https://www.python.org/dev/peps/pep-0515/": a link to a PEP says only which PEP. */
const PEP_LINK =
  /(?:\bhttps?:\/\/)?(?:\bwww\.)?\b(?:peps\.python\.org|python\.org\/dev\/peps)\/pep-0*(\d{1,4})\b[^\s)\]]*/gi;
/**
 * A link anywhere but Python's own docs ("Since https://github.com/python/cpython/pull/106411, …"):
 * its host, path and numbers are no words of the question ("com" is no `command.com`).
 */
const FOREIGN_LINK =
  /(?:\bhttps?:\/\/|\bwww\.|\b(?=(?:github|gitlab)\.com\/))(?!(?:docs|peps)\.python\.org)\S+/gi;
/** "[WIP]", "(master)", "[duplicate]": how pull requests, commits and Q&A titles are tagged, not what they are about. */
const PULL_REQUEST_TAG =
  /[[(](?:master|main|develop|wip|draft|backport|rfc|dnm|do not merge|duplicate|closed|solved|resolved|on hold)[\])]/gi;

/**
 * Words of bug reports and chat that say how the asker feels about a feature, not which feature:
 * "fixed walrus operator which python3.7 doesn't support yet". They are dropped from the question's
 * terms (the index keeps them: release notes use them for their own meaning).
 */
const CHAT_FILLER = new Set(
  (
    "fix fixed fixes fixing support supported supports supporting compatible compatibility incompatible " +
    "incompatibility break breaks broke broken breaking fail fails failed failing crash crashes work works " +
    "worked working doesnt dont didnt isnt cant wont wasnt arent havent hasnt couldnt wouldnt shouldnt " +
    "im ive theres thats lets theyve theyre youve youre weve hes shes itll " +
    "issue issues problem problems help anyone someone somebody wondering question questions trying tried " +
    "getting instead wait lower higher older newer above below earlier prior upgrade upgrading downgrade " +
    "allow allows anymore yet still already always never way ways reason maybe should would could please " +
    "thanks thank hello code script project projects our my here there now current currently possible " +
    // "What is the minimum Python that supports X": the version asked for, not a word to find.
    "minimum minimal min required require requires requirement oldest earliest standard " +
    // "should be updated to 3.11, it is significantly faster": the asker's plans and emphasis.
    "update updated updating significantly considerably " +
    // "the most pythonic way to merge two dicts": how the asker wants it done, not what.
    "pythonic idiomatic elegant elegantly cleanest cleaner nicer neater easiest simplest proper properly " +
    // "my code says SyntaxError": how the asker reports, not what.
    "say says said saying " +
    // "yo when did pathlib drop", "hey pyver": greetings and chat slang.
    "hey hi hiya heya yo sup lol lmao bro dude guys folks pls plz thx ty pyver " +
    // "Turns out, Python 3.9 may have broken my stuff": how the asker tells it.
    "turn turns turned out " +
    // "is it normal that my dict keeps order?": what the asker made of it.
    "normal expected intended weird strange odd surprising " +
    // "Looks like a typo to me", "does not parse JSON correctly", "in fact", "I tested": how the asker
    // reads and tried what they saw.
    "look looks looked typo typos going fact actual correctly tested guess " +
    // "(i.e. 00:00:00)", "tl;dr: …": how the asker restates what they said.
    "i.e tl dr tldr " +
    // "we're stuck on 3.6, is X a thing?": where the asker is, and chat's word for a feature.
    "stuck thing things " +
    // "is pathlib ok on 3.6": whether it will do, not `exist_ok`.
    "ok okay fine " +
    // "a few regexps in the code contain \\ escapes": how much of the asker's code, not what.
    "few several contain contains containing " +
    // "is it because of the round half-to-even method?", "whether to support 3.6": the asker's
    // reasoning and doubts, not their subject.
    "because whether " +
    // "I've seen somewhere that …, not sure if it's related": where the asker heard it.
    "somewhere seen sure related " +
    // "‘PyTypeObject’ {aka ‘struct _typeobject’}": another name for the same thing.
    "aka"
  ).split(" "),
);

/** "python3.7 throws error": how the asker's run went, not `generator.throw()`. */
const THROWS_ERROR = /\bthrows?\s+(?:an?\s+|this\s+|the\s+following\s+)?(?:errors?|exceptions?)\b/gi;
/**
 * "on Ubuntu 21.04", "macOS 12.3", "Debian 11": the system's release is where the asker runs, no word
 * of the notes. Windows is left out: "Windows 3.11" in a Python question is Python's release.
 */
const SYSTEM_RELEASE =
  /\b(ubuntu|debian|fedora|centos|rhel|alpine|macos|mac\s?os\s?x?|os\s?x|freebsd|raspbian|mint)\s*v?\d+(?:\.\d+)*\b/gi;
/** "we run 3.6 in prod": where the asker's code runs, not `math.prod()`. */
const IN_PRODUCTION = /\b(?:in|on|to|for)\s+prod(?:uction)?\b/gi;
/**
 * "stopped working in Python 3.10", "removed in 3.12", "union type syntax was introduced in 3.10",
 * "Python 3.9 added two operators", "Python 3.10 removes the `loop` argument", "a change in `ast` behavior in Python 3.9": the release something
 * happened in.
 */
const HAPPENED_IN =
  /\b(?:stopped working|no longer works?|broke|(?:is|was)\s+broken|removed|dropped|changed|switched|(?:was|were|been|got)\s+(?:introduced|added)|(?:just\s+)?debut(?:ing|s|ed)|land(?:ed|s|ing)|arriv(?:ed|es|ing))\s+(?:in|with|on)\s+(?:python\s*|py\s*|cpython\s*)?(3\.\d{1,2})(?![\d])|\b(?:python\s*|py\s*|cpython\s*)(3\.\d{1,2})(?:\.\d+)?\s+(?:has\s+)?(?:removed|removes|dropped|drops|changed|changes|switched|switches|deprecated|deprecates|added|adds|introduced|introduces)\b|\b(?:in|on|under|with)\s+(?:python\s*|py\s*|cpython\s*)?(3\.\d{1,2})(?![\d])(?:\.\d+)?,?\s+(?:[^\s.,;:!?]+\s+){1,4}(?:printed|rendered|formatted|behaves|works|acts|displayed|shown|output)\s+differently\b|\bchanges?\s+(?:in|to|of)\s+(?:[^\s.,;:!?]+\s+){1,4}in\s+(?:python\s*|py\s*|cpython\s*)?(3\.\d{1,2})(?![\d])/i;
/** The release a message says something happened in ("changed in 3.11"), if it says so. */
export function happenedIn(text: string): string | undefined {
  const m = HAPPENED_IN.exec(text);
  return normalizeVersion(m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? "");
}
const ADDED_VERB = /\b(?:added|adds|introduc\w+|debut\w*|land\w*|arriv\w+)\b/i;
/** The release a message says something was added in ("Python 3.8 introduces `lcm`"), if it says so. */
export function addedIn(text: string): string | undefined {
  const m = HAPPENED_IN.exec(text);
  return m && ADDED_VERB.test(m[0]) ? happenedIn(m[0]) : undefined;
}
/** The synonym table's phrases, tokenized once each: every question naming a concept needs them all. */
const PHRASE_TERMS = new Map<string, string[]>();
function phraseTerms(phrase: string): string[] {
  let terms = PHRASE_TERMS.get(phrase);
  if (!terms) {
    terms = tokenize(phrase);
    PHRASE_TERMS.set(phrase, terms);
  }
  return terms;
}
/** A year said beside a release ("since October 2024"). */
const YEAR = /^(?:19|20)\d\d$/;
/** "I'm running 3.9.5", "we are on python 3.11": the release the asker has. */
const ASKER_RUNS =
  /\b(?:i'?m|i am|we'?re|we are)\s+(?:running|using|on|stuck on)\s+(?:python\s*|py\s*|cpython\s*|v)?3\.\d{1,2}\b/i;
/** "our CI runs 3.5", "it ran on python 3.9": where the asker's code runs, not `run()`. */
const RUNS_RELEASE =
  /\b(?:runs?|running|ran)\s+(?:on\s+|under\s+|with\s+|in\s+)?(?=(?:python\s*|py\s*|cpython\s*)?3\.\d)/gi;
/**
 * "X was added in which python version? we run 3.7", "when was X removed, we're on 3.12": the asker
 * wants the release, so the one they name is where they stand.
 */
const ASKS_WHICH_RELEASE =
  /\b(?:which|what)\s+(?:python\s+)?(?:version|release)\b|\bwhen\s+(?:was|were|did|does|is|are)\b/i;

/** "when did pathlib drop?": chat's word for a release coming out, at the end of a when-question. */
const RELEASE_DROP = /\b(when\s+(?:did|does|will|do)\b[^?.!\n]*?)\s+drop\b(?=\s*(?:[?.!]|$))/gi;

/** Words that may surround a release question without making it about something else. */
export const RELEASE_WORDS: ReadonlySet<string> = new Set(
  (
    "s a an the is was are were it its of for in on to python py cpython version versions release releases " +
    "released main major big biggest key cool notable important top best all any everything new stuff " +
    "features feature changes change changed updates update news did does do bring brought get got come " +
    "came with pls plz please thx thanks hey hi yo lol so what whats which when how long still getting " +
    "get gets receive receiving fixes fix bugfix bugfixes bug security support supported end life eol dead " +
    "alive stop stops stopped reach reaches until till will be maintained there us we our me i you our " +
    "anymore any more currently now today officially official highlight highlights summary overview notes " +
    "tell show list give quick tldr tl dr latest newest current recent last stable added add adds " +
    "introduced introduce version features feature " +
    // "3.13 became the latest stable version in October 2024": when a release came, in words.
    "became become becomes since january february march april may june july august september october " +
    "november december"
  ).split(" "),
);

/** The first and last release of "from 3.9 to 3.12", earliest first. */
function readRange(text: string, mentioned: string[]): { from: string; to: string } | undefined {
  if (
    mentioned.length < 2 ||
    !(RANGE_WORDS.test(text) || UPGRADE_ELSEWHERE.test(text) || DIFFERENCE_ELSEWHERE.test(text))
  )
    return undefined;
  // "3.8 vs 3.9 vs 3.10 vs 3.11": a chain of releases compared spans the oldest to the newest.
  const chain = VERSUS_CHAIN.exec(text)?.[0];
  if (chain) {
    const named = releasesNamedIn(chain);
    const [from] = named;
    const to = named.at(-1);
    if (from && to && from !== to) return { from, to };
  }
  for (const re of RANGE) {
    const m = re.exec(text);
    const a = normalizeVersion(m?.[1] ?? "");
    const b = normalizeVersion(m?.[2] ?? "");
    if (!a || !b || a === b) continue;
    // "Backport X from 3.11 to 3.7" carries X back: it asks about X, not about moving between releases.
    if (compareVersions(a, b) > 0 && BACKPORT.test(text)) continue;
    const [from, to] = compareVersions(a, b) < 0 ? [a, b] : [b, a];
    return { from, to };
  }
  // "Migrate to Python >=3.10: currently we support >=3.9": an upgrade between the only two releases
  // a message names, however it words them.
  const distinct = [...new Set(mentioned.map((v) => normalizeVersion(v)).filter((v) => v !== undefined))];
  // "Upgrade from python 3.7 + 3.8 to 3.8 + 3.9": from the oldest it leaves to the newest it reaches.
  if (distinct.length > 2 && upgrades(text)) return spanAcross(text);
  const [a, b] = distinct;
  // "3.10's security updates end 2026-10, could you upgrade to 3.11?" is about the older one's support.
  // "differences 3.10 3.12": the two releases compared, however they are joined; how fast one is
  // compared with the other asks about speed.
  const moving =
    upgrades(text) ||
    ((DIFFERENCE_WORDS.test(text) || DIFFERENCE_ELSEWHERE.test(text)) && !SPEED_WORDS.test(text));
  if (distinct.length !== 2 || !a || !b || !moving || STATUS_STATEMENT.test(text)) return undefined;
  // "upgrade to 3.13 … could even consider upgrading to 3.14": two places to go, not a way between them.
  const targets = new Set(moveTargets(text));
  if (distinct.every((v) => targets.has(v))) return undefined;
  const [from, to] = compareVersions(a, b) < 0 ? [a, b] : [b, a];
  return { from, to };
}

export const DIFFERENCE_WORDS = /\b(?:differen\w*|diffs?|compar\w*)\b/i;
/** "简述python3.9和python3.11的区别", "3.12と3.13の違い": the difference, in other languages. */
export const DIFFERENCE_ELSEWHERE =
  /区别|區別|差异|差異|不同|違い|차이|разниц|отлич|diferencias?|diferenças?|différences?|unterschied|differenz[ae]|rozdíl|perbedaan|różnic|farkl|verschil/i;
/** Three or more releases joined by "vs". */
const VERSUS_CHAIN = /(?:python\s*)?3\.\d{1,2}(?:\s*(?:vs\.?|versus)\s*(?:python\s*)?3\.\d{1,2}){2,}/i;
const SPEED_WORDS = /\b(?:fast\w*|speed\w*|slow\w*|perform\w*|benchmark\w*)\b/i;

/**
 * "breaking changes in 3.12", "py 3.13 porting notes", "upgrade to 3.12 broke my tests": what breaks
 * when moving to one release.
 */
const BREAKING =
  /\b(breaking changes?|what (?:breaks|broke|will break)|backwards?[- ]incompatib\w*|incompatible changes|porting (?:notes|guide)|migration (?:notes|guide))\b|\b(?:upgrad\w*|updat\w*|moving|switching|migrat\w*)\s+to\s+(?:python\s*|py\s*)?3\.\d{1,2}(?:\.\d+)?,?\s+(?:(?:has|have)\s+)?(?:broke|breaks|broken)\b/i;

/** The upgrade from the release before `version` to it, when the message asks what it breaks. */
function breakingIn(text: string, version: string | undefined): { from: string; to: string } | undefined {
  const minor = Number(version?.split(".")[1] ?? 0);
  if (!version || minor < 1 || !BREAKING.test(text)) return undefined;
  return { from: `3.${minor - 1}`, to: version };
}

/** "We prefer 3.11 instead of 3.12 due to some breaking changes": two releases, and what breaks between them. */
function breakingAcross(
  text: string,
  mentioned: readonly string[],
): { from: string; to: string } | undefined {
  const releases = [...new Set(mentioned)].sort(compareVersions);
  const [from, to] = releases;
  if (releases.length !== 2 || !from || !to || !BREAKING.test(text)) return undefined;
  return { from, to };
}

/** Words of a range question that say it is about moving between releases, not what it is about. */
const RANGE_TALK =
  /^(?:upgrad|migrat|break|broke|chang|differ|compar|mov|go$|going|bump|port|incompat|remov|gotcha|watch|out$|know|anything|need|code|project|app$|update|switch|jump|worth|consider|look|notice|issue|problem|between|from|vs|versus|note$|compatib|backward)/;

/** "what changed in typing from 3.9 to 3.12": the subject a range question narrows to, if any. */
function rangeSubject(text: string): string[] {
  return [...new Set(tokenize(text.replace(PYTHON_3, " ")))].filter(
    (t) => !CHAT_FILLER.has(t) && !BARE_NUMBER.test(t) && !RANGE_TALK.test(t),
  );
}

/** The releases before a message's " to " and after it, as one upgrade from the oldest to the newest. */
function spanAcross(text: string): { from: string; to: string } | undefined {
  const at = text.search(/\sto\s+(?:python\s*|py\s*)?3\.\d/i);
  if (at < 0) return undefined;
  const from = releasesNamedIn(text.slice(0, at))[0];
  const to = releasesNamedIn(text.slice(at)).at(-1);
  return from && to && compareVersions(from, to) < 0 ? { from, to } : undefined;
}

const BACKPORT = /\bback-?port/i;

/**
 * "update to Python 3.11", "upgrade the project to use python 3.13", "Transition to Python 3.8",
 * "raise the minimum compatible Python version to 3.6", "move on 3.7": a release a message moves to.
 */
const MOVE_TO =
  /\b(?:(?:updat|upgrad|migrat|bump|mov|switch|port|transition|rais|increas|jump)\w*\s+(?:[\w-]+\s+){0,5}?(?:to|onto)|mov\w*\s+on)\s+(?:use\s+)?(?:python\s*|py\s*|cpython\s*)?(?:version\s+)?(3\.\d{1,2})\b/gi;

/**
 * Words after which a message names the releases it wants: "to support python 3.11 and 3.12",
 * "features and improvements introduced in Python 3.9", "add support for 3.13".
 */
const WANTS_AFTER =
  /\b(?:to support|add(?:ed|ing)? support for|features(?: and improvements)? (?:introduced|added|available|new) in)\s+(?:python\s*|py\s*|cpython\s*)?(3\.\d{1,2})\b(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:python\s*)?(3\.\d{1,2})\b)?/gi;
/** Words before which a message names a release it wants: "added 3.10 support", "newer 3.12 features". */
const WANTS_BEFORE =
  /\b(?:add(?:ed|ing|s)?|newer|new|use)\s+(?:python\s*|py\s*)?(3\.\d{1,2})\+?\s+(?:support|features?)\b/gi;

/**
 * The releases a message about support wants, newest last: those whose support or features it asks
 * for ("drop 3.6 and bump dependencies to support python 3.11" wants 3.11). Where it merely moves to
 * is not wanted for itself: "3.10's end of life is near, consider upgrading to 3.11" is about 3.10.
 */
export function wantedReleases(text: string): string[] {
  const named = [
    ...[...text.matchAll(WANTS_AFTER)].flatMap((m) => [m[1], m[2]]),
    ...[...text.matchAll(WANTS_BEFORE)].map((m) => m[1]),
  ];
  return [...new Set(named.flatMap((v) => normalizeVersion(v ?? "") ?? []))].sort(compareVersions);
}

/** The releases a text names, oldest first. */
export function releasesNamedIn(text: string): string[] {
  return [...text.matchAll(VERSION_MENTION)]
    .map((m) => normalizeVersion(m[1] ?? m[2] ?? ""))
    .filter((v): v is string => v !== undefined)
    .sort(compareVersions);
}

/** "newly supported in py310", "made it official in 3.10": words saying a release brought something. */
const BROUGHT_IN =
  /\b(?:added|introduced|new|newly\s+\w+|supported|official|arrived|came|available)\s+(?:\w+\s+){0,2}?(?:in|since|with|from|as\s+of)\s+(?=\S)/gi;
/** How far after those words the release is looked for: "in Python 3.10", "in py310". */
const BROUGHT_REACH = 14;

/** The one release a message says brought something, if it says so of exactly one. */
export function broughtBy(text: string): string | undefined {
  const said = new Set(
    [...text.matchAll(BROUGHT_IN)].flatMap((m) => {
      const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + BROUGHT_REACH);
      const [first] = [...after.matchAll(VERSION_MENTION)];
      return first && first.index === 0 ? (normalizeVersion(first[1] ?? first[2] ?? "") ?? []) : [];
    }),
  );
  const [only, ...others] = said;
  return others.length === 0 ? only : undefined;
}

/** The releases a message moves to, in the order it names them. */
export function moveTargets(text: string): string[] {
  return [...text.matchAll(MOVE_TO)].map((m) => normalizeVersion(m[1] ?? "")).filter((v) => v !== undefined);
}

/**
 * Of several releases in a message about support, the one named last before its last word on
 * support: "Drop 3.8 & 3.9 - 3.9 went EOL", "3.8 hit end of life … dropping 3.9 once that hits end of
 * life as well".
 */
function statusSubject(text: string): string | undefined {
  // "Add support for Python 3.14: … removing 3.9, since it's EOL": a message that opens on something
  // else is about the release it opens with.
  const opening = text.split(/[.:;!?]\s|\s[-–—]\s/)[0] ?? text;
  if (!STATUS_STATEMENT.test(opening)) return undefined;
  // "Drop Python 3.5 from CI. It's EOL … We could also drop 3.6": the one release the opening acts on.
  const opens = STATUS_STATEMENT.exec(opening);
  const actedOn =
    opens && ACTS_ON_RELEASE.test(opens[0]) && [...opening.matchAll(VERSION_MENTION)].length === 1
      ? RELEASE_ACTED_ON.exec(opening.slice(opens.index + opens[0].length))
      : null;
  if (actedOn) return normalizeVersion(actedOn[1] ?? "");
  const said = [...text.matchAll(STATUS_STATEMENTS)].at(-1);
  if (!said?.index) return undefined;
  // "Are we ok dropping Python 3.8?": a statement that acts on a release names it after itself.
  const after = RELEASE_ACTED_ON.exec(text.slice(said.index + said[0].length));
  if (after && ACTS_ON_RELEASE.test(said[0])) return normalizeVersion(after[1] ?? "");
  const before = [...text.slice(0, said.index).matchAll(VERSION_MENTION)].at(-1);
  return before ? normalizeVersion(before[1] ?? before[2] ?? "") : undefined;
}
const STATUS_STATEMENTS = new RegExp(STATUS_STATEMENT.source, "gi");
/** Status words that act on a release ("dropping", "goodbye to"), which then follows them. */
const ACTS_ON_RELEASE = /^(?:drop|stop|remov|goodbye|farewell|sunset)/i;
/** The release a statement acts on, right after it: "dropping Python 3.8", "drop support for 3.8". */
const RELEASE_ACTED_ON = /^\s+(?:support\s+)?(?:for\s+)?(?:python\s*|py\s*|cpython\s*)?(3\.\d{1,2})\b/i;
/** Words of a problem report: something stopped working on a release. */
/**
 * "declares support up to 3.7. Running the tests on Python 3.8 produces two errors": of several
 * releases named, the one the sentence that reports the trouble names.
 */
function troubledRelease(text: string): string | undefined {
  const named = new Set([...text.matchAll(VERSION_MENTION)].map((m) => m[1]).filter(Boolean));
  if (named.size < 2) return undefined;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const releases = [...sentence.matchAll(VERSION_MENTION)].map((m) => m[1]).filter(Boolean);
    if (releases.length === 1 && TROUBLE.test(sentence.replace(VERSION_MENTION, " ")))
      return normalizeVersion(releases[0] ?? "");
  }
  return undefined;
}

/**
 * Words for trouble, Python's own among them: "'float' object cannot be interpreted as an integer"
 * is a failure quoted.
 */
const TROUBLE =
  /\b(?:errors?|[a-z]+error|broken|breaks?|broke|bugged|buggy|fail\w*|crash\w*|not work\w*|(?:doesn'?t|does not|don'?t|no longer) work\w*|(?:doesn'?t|does not|won'?t|not) (?:pars|accept|handl|recogni[sz])\w*|stopped working|(?:doesn'?t|does not|don'?t|no longer) like|incompatib\w*|bugs?|warnings?|complain\w*|issues?|problems?|regression|(?:is|are|gets?|being) ignored|ha(?:s|ve) no effect|object cannot be interpreted as an integer|object is not (?:iterable|callable|subscriptable|reversible)|has no attribute|no module named|cannot import name|unexpected keyword argument)\b/i;
/** A problem report's words for how things went, as terms: not what changed. */
const TROUBLE_TERMS = new Set(
  "error errors warning warnings issue issues bug bugs problem problems regression crash crashes complain complains complaining".split(
    " ",
  ),
);

/** A quoted value in an exception's message: "… in thread 'MainThread'", "string: '2021-01-01Z'". */
const QUOTED_IN_MESSAGE = /\b[A-Z]\w*(?:Error|Exception|Warning):[^\n]*/g;

/**
 * The terms of a problem report without its words for how things went ("SSL errors" → "ssl") and
 * without the values an exception's message quotes, which are the asker's data, not the subject.
 */
export function withoutTroubleTerms(terms: readonly string[], text = ""): string[] {
  // "'float' object cannot be interpreted as an integer": a builtin type's name is Python's word.
  const quoted = new Set(
    [...text.matchAll(QUOTED_IN_MESSAGE)].flatMap((m) =>
      [...m[0].matchAll(/'([^'\n]{1,60})'/g)]
        .filter((q) => !BUILTIN_TYPES.has(q[1] ?? "") && q[1] !== "NoneType")
        .flatMap((q) => tokenize(q[1] ?? "")),
    ),
  );
  return terms.filter((t) => !TROUBLE_TERMS.has(t) && !quoted.has(t));
}

/**
 * A version written as a bound: "< 3.11", ">=3.9", "pre-python-3.10", "until 3.9", "before 3.8",
 * "3.10+", "3.8 or later", "3.10 only". Such a message says the release is where something changed.
 */
const BOUND = [
  // "till 3.10 it was X, but from python 3.11 it became Y", "starting from 3.8, python changes …":
  // the release a change is said to start from comes before any other bound.
  /(?:\bstarting\s+(?:from|with|in)|\bbeginning\s+(?:with|in)|\bas\s+of|(?<!\b(?:upgrad\w*|migrat\w*|mov\w*|switch\w*|port\w*|go\w*)\s+)\bfrom)\s+(?:python[\s-]*|py[\s-]*)?(3\.\d{1,2})(?:\.\d+)?(?:\s+on(?:wards)?)?\s*,?\s+(?=(?:it|this|that|they|python|the|now)\b)/i,
  /(?:[<>]=?|≥|≤|\bpre-?|\bbefore|\buntil|\btill|\bprior to|\bsince)\s*(?:python[\s-]*|py[\s-]*)?(3\.\d{1,2})(?![\d])/i,
  /(?<![\w.])(3\.\d{1,2})(?:\.\d+)?\s*(?:\+|or (?:later|newer|higher|above|greater)|and (?:later|newer|up|above|onwards?)|onwards?\b|only\b)/i,
];

/** "for Python 3.11 and earlier", "3.9 or older": the last release before things changed. */
// "3.10以前", "3.8及更早": the same, in Japanese and Chinese.
const UP_TO =
  /(?<![\w.])(?:python[\s-]*|py[\s-]*)?3\.(\d{1,2})(?:\.\d+)?\s*(?:(?:and|or)\s+(?:earlier|older|lower|below|prior|before)\b|以前|[及或](?:更早|以前))/i;

/** "<=3.7", "≤ 3.7": a bound that includes the last release before the change ("> 3.12" is said for "3.12+"). */
const INCLUSIVE_BELOW = /(?:<=|≤)\s*(?:python[\s-]*|py[\s-]*)?3\.(\d{1,2})(?![\d])/i;

/** "since Python 3.10 and 3.9.5": a change a maintenance release of an older line took too. */
const BACKPORTED_BOUND =
  /\bsince\s+(?:python[\s-]*|py[\s-]*)?3\.(\d{1,2})(?:\.\d+)?\s*(?:and|,|\/)\s*(?:python[\s-]*|py[\s-]*)?3\.(\d{1,2})\.\d+/i;

function boundVersion(text: string): string | undefined {
  // The change came with the release after the last one that lacked it.
  const upTo = UP_TO.exec(text) ?? INCLUSIVE_BELOW.exec(text);
  if (upTo) return normalizeVersion(`3.${Number(upTo[1]) + 1}`);
  // The older line's maintenance release had it first.
  const backported = BACKPORTED_BOUND.exec(text);
  if (backported) return normalizeVersion(`3.${Math.min(Number(backported[1]), Number(backported[2]))}`);
  for (const re of BOUND) {
    const m = re.exec(text);
    const version = m ? normalizeVersion(m[1] ?? "") : undefined;
    if (version) return version;
  }
  return undefined;
}

/** "How do I …", "how to …", "how can we …": asking for a way to do something. */
const HOW_TO =
  /^\s*(?:how (?:do|can|could|should|would|does) (?:i|you|we|one)|how to|why|(?:what|which)\b[^?.!]{0,30}?\bshould (?:i|you|we|one)|(?:is|are|can|does) (?:python|it|there)|can (?:i|you|we|one)|what (?:is|are|does|do)|when (?:is|are|does|do))\b/i;
/** Words that give a how-to question a release angle ("how do I do X in older versions"). */
const RELEASE_ANGLE =
  /\b(?:versions?|releases?|python ?[23]|py3|since|added|introduced|new|newer|older|latest|deprecat\w*|remov\w*|support\w*|available|upgrad\w*|migrat\w*|still|anymore|backport\w*|compatib\w*|com(?:e|es|ing)|arriv\w*|land\w*|ship\w*|out|eol|end of life)\b/i;

/**
 * A how-to, why or what-is question with no release in it ("How can I sort a list of dictionaries
 * by value?", "Why do my lists get modified when passed to a function?"): it asks about Python
 * itself, which release notes answer only where they name what it asks about.
 */
export function asksTechnique(text: string): boolean {
  return HOW_TO.test(text) && !RELEASE_ANGLE.test(text) && text.search(VERSION_MENTION) < 0;
}

/** Words that make two releases in one message an upgrade from one to the other. */
const UPGRADE_WORDS =
  /\b(upgrad\w*|migr\w*|bump\w*|port(?:ing|ed)? to|moving to|move to|switch(?:ing)? to|actualiz\w*|atualiz\w*)\b/i;
/** The same in scripts where `\b` finds no word boundary ("バージョンアップ", "升级", "обновить"). */
const UPGRADE_ELSEWHERE =
  /バージョンアップ|アップグレード|移行|升级|迁移|업그레이드|обнов|\bmise à jour\b|\bactualiza(?:r|ción)\b|\batualiza(?:r|ção)\b|\baggiorna\w*|\baktualizac\w*|\bumstieg\b/i;

function upgrades(text: string): boolean {
  return UPGRADE_WORDS.test(text) || UPGRADE_ELSEWHERE.test(text);
}
