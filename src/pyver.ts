import { type Answer, outsideNotes } from "./answer/answer.ts";
import {
  asksBuildTrouble,
  buildTroubleAnswer,
  machineTrouble,
  missingHeader,
  packagedBeforeRemovalAnswer,
  packagedWithoutAnswer,
} from "./answer/build-trouble.ts";
import { codeAnswer, rejectedPython3 } from "./answer/code-answer.ts";
import {
  changeListAnswer,
  featureAnswer,
  isHighlights,
  type NotesResult,
  noteSentence,
  notFound,
  overviewAnswer,
  refusal,
  releaseAnswer,
  topicListAnswer,
  warmUpQuoting,
} from "./answer/compose.ts";
import {
  aboutAnswer,
  aboutSentence,
  beyondNotesAnswer,
  type Coverage,
  coverageLabel,
  updatedPhrase,
} from "./answer/coverage.ts";
import { errorAnswer, thirdPartyAnswer } from "./answer/error-answer.ts";
import { explainError } from "./answer/explain-error.ts";
import {
  knowsSyntaxOf,
  languageFeatureAnswer,
  noNewSyntaxAnswer,
  syntaxListAnswer,
} from "./answer/language-feature-answer.ts";
import {
  asksProjectRelease,
  asksProjectSupport,
  projectReleaseAnswer,
  projectSupportAnswer,
} from "./answer/project-support.ts";
import { rangeAnswer } from "./answer/range-answer.ts";
import type { ReleaseFacts } from "./answer/release-facts.ts";
import type { NotesFor } from "./answer/release-sections.ts";
import { latestAnswer, supportedAnswer } from "./answer/release-status.ts";
import { removalAnswer, STILL_THERE } from "./answer/removal-answer.ts";
import { plainText } from "./answer/text.ts";
import { asksSupersededAlias, supersededAliasAnswer } from "./answer/typing-alias-answer.ts";
import { type ApiAnswerContext, apiAnswer, namesApi } from "./api/api-answer.ts";
import { type ApiCatalog, apiSuggestions, builtinApiCatalog, isAvailableIn } from "./api/api-catalog.ts";
import type { ApiEntry } from "./api/api-fact.ts";
import {
  type ApiMention,
  asWrittenInFull,
  findApi,
  importedNames,
  looksLikeCode,
} from "./api/api-question.ts";
import { findBackport } from "./api/backports.ts";
import { python3NameOf } from "./api/python2-names.ts";
import { builtinRemovalCatalog, type RemovalCatalog, type RemovalEntry } from "./api/removal-catalog.ts";
import type { Chunk } from "./chunks/chunk.ts";
import { analyzeCode, type CodeAnalysis, type Requirement, warmUpCodeAnalysis } from "./code/analyze.ts";
import { BUILTIN_FUNCTIONS, BUILTIN_TYPES, DICT_VIEWS } from "./code/builtin-types.ts";
import { extractCode } from "./code/extract-code.ts";
import { FEATURE_PHRASES, type FeatureId, isSyntax, languageFeature } from "./code/language-features.ts";
import { cutAtLine } from "./code/source-text.ts";
import { type CoreOptions, resolveOptions } from "./config.ts";
import { compareVersions, normalizeVersion } from "./documents/version.ts";
import {
  BUILTIN_CORPUS,
  BUILTIN_CORPUS_UPDATED,
  hashCorpus,
  type KnowledgeBase,
  openKnowledgeBase,
} from "./knowledge-base.ts";
import { isEnglishWord } from "./query/english-words.ts";
import { type FeatureMention, findFeatureMention, findFeatureMentions } from "./query/feature-mention.ts";
import { literal } from "./query/literal.ts";
import { withoutLogTags } from "./query/log-prefix.ts";
import { headsCommand, moduleCommand } from "./query/module-command.ts";
import {
  addedIn,
  asksTechnique,
  broughtBy,
  cleanPaste,
  cutQuestion,
  DIFFERENCE_ELSEWHERE,
  DIFFERENCE_WORDS,
  happenedIn,
  moveTargets,
  type ParsedQuery,
  parseQuery,
  RELEASE_WORDS,
  releasesNamedIn,
  VERSION_MENTION,
  wantedReleases,
  withoutTroubleTerms,
} from "./query/parse-query.ts";
import {
  CLOSING_QUOTE,
  type ErrorReading,
  type ErrorSubject,
  readError,
  shownRunning,
  standardFrame,
} from "./query/read-error.ts";
import { Speller } from "./query/spelling.ts";
import { findTask } from "./query/task-phrases.ts";
import { features, holds, sectionKind, warmUpRanking, withStems } from "./search/chunk-features.ts";
import { focusTerms } from "./search/priors.ts";
import { holdsWord } from "./search/query-terms.ts";
import { type RankedHit, rank } from "./search/rank.ts";
import { Suggester, type Suggestion } from "./search/suggest.ts";
import { isCategoryWord, isKindWord, tokenize } from "./search/tokenize.ts";
import { readReleaseCycles, readUpdateState } from "./update/data-dir.ts";
import { withReleaseCycles } from "./update/release-cycle.ts";

export interface AskOptions {
  /** Only answer from this version's notes ("3.12"). */
  version?: string;
  /** How many citations to list; defaults to `CoreOptions.citations`. */
  limit?: number;
}

export interface OpenOptions {
  /** Directory of documents to answer from; defaults to the built-in corpus. */
  corpusDir?: string;
  options?: Partial<CoreOptions>;
  /** Use and refresh the on-disk index cache (default true). */
  cache?: boolean;
  /** Clock for "is 3.8 still supported"; tests fix it. */
  now?: () => Date;
  /**
   * Where `npm run corpus:update` keeps downloaded What's New pages and release-cycle data
   * (`PYVER_DATA_DIR`); none answers from the built-in corpus alone.
   */
  dataDir?: string;
}

/** What a health check or `about` reports: the index in use and what its notes cover. */
export interface Status {
  /** Sections in the index. */
  chunks: number;
  /** Whether the index was built at start or read from the cache. */
  index: "built" | "cache";
  coverage: Coverage;
  /** Corpus files skipped at load, and why. */
  warnings: { path: string; reason: string }[];
}

/** A knowledge base with the release-cycle data laid over its release facts: swapped as one. */
interface Loaded {
  kb: KnowledgeBase;
  releases: ReleaseFacts[];
  updated?: string;
}

function loaded(kb: KnowledgeBase, dataDir: string | undefined, today: Date): Loaded {
  if (!dataDir) return { kb, releases: kb.releases };
  const updated = readUpdateState(dataDir).updatedAt;
  const releases = withReleaseCycles(kb.releases, readReleaseCycles(dataDir), today);
  return { kb, releases, ...(updated ? { updated } : {}) };
}

/** A name of CPython's C API: `Py_TRASHCAN_BEGIN`, `PyEval_InitThreads`, `PyFrameObject`, `PyThreadState`. */
const C_API_NAME = /\b_?Py(?:_[A-Za-z]\w*|[A-Z][a-z]*(?:[A-Z][a-z]+)*(?:_[A-Za-z]\w*|Object|State)\b)/;
const C_API_NAMES = new RegExp(C_API_NAME.source, "g");
/**
 * A compiler or linker saying a name is not there (`implicit declaration of function 'X'`, `'X' was
 * not declared`, clang's `call to undeclared function 'X'`, `undefined symbol: X`, `no member named
 * 'f_code' in '_frame'`, `incomplete type`;
 * MSVC's `'frame': is not a member of '_ts'`), with the name it quotes: what a release removed or
 * hid, not what it deprecated.
 */
const C_MISSING =
  /\b(?:implicit declaration of(?: function)?|call to undeclared (?:library )?function|use of undeclared identifier|undefined (?:symbol|reference to)|(?:has )?no member named|unknown type name|incomplete type)\s*:?\s*[‘'"`]?([A-Za-z_]\w*)|[‘'"`]([A-Za-z_]\w*)[’'"`](?: (?:was not declared|undeclared)\b|:\s*(?:is not a member of|undeclared identifier)\b)/;
/**
 * MSVC names a struct by its tag where GCC also gives the typedef (`'PyThreadState' {aka 'struct
 * _ts'}`): the tags of CPython's structs, by the names the notes use.
 */
const C_STRUCT_TAGS: ReadonlyMap<string, string> = new Map([
  ["_ts", "PyThreadState"],
  ["_is", "PyInterpreterState"],
  ["_frame", "PyFrameObject"],
  ["_typeobject", "PyTypeObject"],
]);
/**
 * "error C2039: 'frame': is not a member of '_ts'" (MSVC), "no member named 'frame' in '_ts'" (clang):
 * the struct said to lack a member, by its tag.
 */
const MSVC_NOT_MEMBER =
  /(?:is not a member of|no member named [‘'"`]\w+[’'"`] in) [‘'"`](?:struct\s+)?(_\w+)[’'"`]/g;
const C_MISSING_ALL = new RegExp(C_MISSING.source, "g");
/** Windows failing to load a library an extension module needs. */
const DLL_LOAD_FAILED = /\bDLL load failed\b/i;
/** ctypes' own words, from 3.8, for a DLL it could not find (named with or without `.dll`). */
const CTYPES_DLL_MISSING =
  /\bCould not find module '[^'\n]+(?:\.dll'|'\.?\s*Try using the full path with constructor syntax)/i;
/** Scores this close to the best are a tie that something else the question says may break. */
const NEAR_TIE = 0.95;
/** A DLL named in prose: a file, DLLs at large, or the Windows call that loads one. */
const DLL_NAMED = /\.dll\b|\bDLLs?\b|\bLoadLibrary/i;
/** Words for looking a file up. */
const DLL_LOOKUP = /\b(?:find\w*|found|search\w*|PATH|resolv\w*|discover\w*)\b/;
/** The release that changed where Windows looks for the DLLs extension modules and ctypes load. */
const DLL_SEARCH_CHANGED = "3.8";
/** "cannot pickle 'itertools.count' object": the type of a value pickle refused. */
const UNPICKLED = /cannot pickle '([\w.]+)' object/i;
/** How many of the calls a message writes out are looked up as section headings. */
const MAX_CALLS_SEARCHED = 8;
/** Keywords a bracket may follow (`while (x)`, `return (a, b)`): no calls. */
const STATEMENT_WORDS = new Set(
  "while return with except assert yield lambda elif else from import await async class raise".split(" "),
);
/**
 * A C, C++ or Objective-C compiler's diagnostic: `src/x.c:91:18: error: …`, SWIG's
 * `swigpyrun.inl:75:31: error: …`.
 */
const C_DIAGNOSTIC =
  /\.(?:c|h|cc|cpp|cxx|hpp|hh|inl|ipp|tcc|mm?)[:(]\d+(?::\d+)?\)?:?\s+(?:fatal\s+)?(?:error|warning)\b/;

/**
 * The most used third-party packages: a question about one of them ("numpy installation fails",
 * "pandas read_csv is slow") is not about a Python release, whatever else it shares with the notes.
 */
const THIRD_PARTY = new Set(
  (
    "numpy pandas scipy matplotlib seaborn django flask fastapi requests tensorflow torch pytorch keras " +
    "sklearn scikit jupyter notebook conda anaconda poetry pipenv pydantic sqlalchemy celery boto3 " +
    "selenium beautifulsoup bs4 opencv cv2 pillow pygame kivy pyqt pyside openai langchain " +
    "transformers huggingface streamlit gradio airflow spark pyspark dask polars uvicorn gunicorn " +
    "setuptools pkg_resources six virtualenv pyinstaller cython pipx pyenv twine more_itertools " +
    "dateutil aiohttp httpx numba sympy networkx tqdm lxml paramiko psycopg2 redis uvloop"
  ).split(" "),
);

/**
 * pip put to work ("make pip use http", "`pip install --upgrade pip` fails"): the tool's own
 * behaviour, a project of its own; only whether a Python comes with it (3.4's bundling) is a release's.
 */
const PIP_USED =
  /\bpip3?\s+(?:install|uninstall|download|freeze|list|config|cache|wheel|use|uses|using|fails?|failed|hangs?|times? out)\b|\b(?:upgrad\w*|updat\w*|make|making|run\w*)\s+pip3?\b/i;
const PIP_BUNDLED =
  /\b(?:bundl\w*|includ\w*|ship\w*|comes? with|came with|by default|ensurepip|get-pip|built[- ]?in|preinstalled|pre-installed)\b/i;

/** An exception or warning class as printed, named after its package ("SetuptoolsDeprecationWarning:"). */
const PACKAGE_EXCEPTION = /\b([A-Z][a-z]+)[A-Za-z]*(?:Warning|Error|Exception):/;

/**
 * Packages people name beside the standard library ("timezones without pytz"): never a typo of a
 * word the notes use.
 */
const KNOWN_PACKAGES: readonly string[] = [
  ...THIRD_PARTY,
  ..."pytz dateutil typing_extensions tomli toml attrs mock simplejson orjson ujson aiohttp httpx black mypy pytest tox nox ruff flake8 pylint pip wheel pyyaml yaml lxml cryptography uvloop trio anyio numba sympy networkx tqdm click typer rich jinja2 markupsafe werkzeug tornado twisted gevent redis psycopg2 paramiko".split(
    " ",
  ),
];

/**
 * "a dot product without numpy", "DLLs on Windows are resolved differently (Non-Anaconda)": the
 * package the asker does without is not the subject.
 */
function avoided(text: string, name: string): boolean {
  return new RegExp(
    `(?:\\b(?:without|instead of|rather than|not using|no need for|avoid(?:ing)?)\\s+(?:using\\s+|installing\\s+)?\`?|\\bnon-)${literal(name)}\\b`,
    "i",
  ).test(text);
}

/** "math.dist isn't from distutils": a module the message says a name is not from is not its subject. */
function deniedHome(text: string, name: string): boolean {
  return new RegExp(
    `\\b(?:isn'?t|is not|aren'?t|are not|not)\\s+(?:from|in|part of)\\s+(?:the\\s+)?\`?${literal(name)}\\b`,
    "i",
  ).test(text);
}

/** "like sum() but for multiplication": the name is what the asked-for thing is measured against. */
function comparedWith(text: string, token: string): boolean {
  const name = literal(token);
  return new RegExp(`\\b(?:like|similar to|analogous to)\\s+\`?${name}(?:\\(\\))?\`?\\s+but\\b`, "i").test(
    text,
  );
}

/**
 * "Is there a built-in product()?": a bare name asked for as a builtin, which the facts know only as
 * some module's member (`itertools.product`), names what the asker hopes for, not that member.
 */
function soughtAsBuiltin(text: string, named: ApiMention): boolean {
  const token = named.token;
  if (token.includes(".") || !named.entries.every((e) => e.name.includes("."))) return false;
  return new RegExp(`\\bbuilt[- ]?in\\s+(?:an?\\s+)?\`?${literal(token)}\\b`, "i").test(text);
}

/** Names in a list as people write one: "'math', 'numpy' or 'stat'", "math/numpy", "numpy and statistics". */
const NAME_LIST =
  /[a-z_][\w.]*['"`]?(?:\s*(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and|nor)\s+|\/)\s*['"`]?[a-z_][\w.]*)+/gi;

/**
 * "cannot find the function in 'math', 'numpy' or 'stat'": a package listed beside standard
 * modules is one of the places the asker looked, not what the question is about.
 */
function listedAmongStandard(text: string, word: string, api: ApiCatalog): boolean {
  for (const list of text.match(NAME_LIST) ?? []) {
    const items = (list.toLowerCase().match(/[a-z_][\w.]*/g) ?? []).filter(
      (w) => !/^(?:or|and|nor)$/.test(w),
    );
    if (
      items.includes(word) &&
      items.some((w) => w !== word && !THIRD_PARTY.has(w) && api.isStandardPackage(w))
    )
      return true;
  }
  return false;
}

/** A warning raised in a package's own file: `…/site-packages/packaging/version.py:127: DeprecationWarning`. */
const PACKAGE_WARNING = /[/\\](?:site|dist)-packages[/\\][^\s:]+\.py:\d+:\s*[A-Z]\w*Warning\b/;

/** Tools with their own Python parser, named as people name them. */
const TOOL_PARSERS =
  /\b(cython(?:ize)?|ruff|mypy|pylint|flake8|pyflakes|pyright|pylance|bpython|yapf|jedi|pycodestyle|autopep8|pytype|nuitka|libcst|parso)\b/i;
/** Black's own report of a file it could not parse. */
const BLACK_REFUSAL = /\berror: cannot format [^\n:]+: Cannot parse\b/i;
/** A tool's message that names the release the syntax needs. */
const TOOL_NEEDS_RELEASE =
  /\b(?:need|needs|requires?|using)\s+(?:to\s+run\s+\w+\s+(?:using|with|on)\s+)?python\s*3\.\d+\s+or\s+(?:newer|later|above)/i;
/** Words of a parser's complaint. */
const PARSE_COMPLAINT =
  /\b(?:cannot parse|parse error|fails? to parse|failed to parse|unable to parse|expected\b|E999|syntax\s?error|invalid syntax|unexpected token)/i;

/** Pythons other than CPython, whose syntax and library CPython's release notes do not describe. */
const OTHER_PYTHONS = /\b(?:micropython|circuitpython|brython|skulpt|transcrypt|jython|ironpython)\b/i;

/** "Python 3.4" and "py3.4" as people type them → "3.4". */
function withoutPythonPrefix(typed: string): string {
  return typed.trim().replace(/^(python|py)\s*/i, "");
}

/** `about`, `help` or a bare "?": what PyVer knows and how to ask, on every platform. */
const ABOUT = /^\s*(?:about|help|\?)\s*$/i;
/** How far past the newest release in the notes a version may be and still be a real one to link. */
const MAX_RELEASES_AHEAD = 5;
/** Words that say what kind of thing a language feature is ("the except* operator"), not another subject. */
const FEATURE_KIND_WORDS = new Set([
  "operator",
  "operators",
  "expression",
  "expressions",
  "feature",
  "features",
  "syntax",
  "statement",
  "statements",
  "definition",
  "definitions",
  "declaration",
  "declarations",
  "signature",
  "signatures",
  // Where typing syntax is written: "union of types annotation not supported by python 3.9".
  "annotation",
  "annotations",
  "hint",
  "hints",
  "mean",
  "means",
  "meaning",
  // Moving to a feature: "switch from Union to |", "use X instead".
  "switch",
  "switching",
  "migrate",
  "migrating",
  "replace",
  "replacing",
  "instead",
]);
/** A message opening with a short "what is X?" and going on past it. */
const DEFINITION_OPENING = /^\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?([^?.!\n]{2,40})\?\s+\S/i;

/** How far ahead of the next section one about a question's subject must score to answer with less of its words. */
const ABOUT_LEAD = 3;
/** How much more of a problem report an earlier release's section must answer than the asker's own. */
const EARLIER_CHANGE_MARGIN = 0.2;
/** What of a long message a section far ahead in the release it names must still hold. */
const MIN_FAR_AHEAD_COVERAGE = 0.25;
/** A package manager missing a distribution's package of one module for a release: `python3.12-distutils`. */
const DISTRO_MODULE_PACKAGE =
  /\b(?:unable to locate|no match for|no package|not find|target not found:?)[^\n]{0,20}?\bpython3\.(\d{1,2})-([a-z][a-z0-9_]+)\b/i;

/**
 * What a later release's compiler refuses in the code (`async` as a name), as against what it refuses
 * only when the line runs (`open(path, 'rU')`, a late `(?i)`).
 */
function compilerRefusals(analysis: CodeAnalysis): Requirement[] {
  return (analysis.removed ?? []).filter(
    (r) => r.featureId !== undefined && isSyntax(languageFeature(r.featureId)),
  );
}

/** A line where Python names the exception it raised: `ValueError: invalid mode: 'rU'`. */
const RAISED_LINE = /^\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception):\s/m;

/** The least coverage of a section a message's rare word finds alone in its release. */
const MIN_ALONE_COVERAGE = 0.1;
/** A far-ahead section its heading does not anchor: how far ahead, how much it holds, of how many words. */
const UNANCHORED_LEAD = 5;
const MIN_UNANCHORED_COVERAGE = 0.2;
const MIN_UNANCHORED_WORDS = 2;

/** Words of a deprecation notice about itself. */
const NOTICE_TERM =
  /^(?:\w+warning|\w+error|deprecated|deprecation|scheduled|slated|planned|removal|future)$/;

/** Words that ask about speed, which a section on a speed-up answers. */
const SPEED_ASKED = /\b(?:fast\w*|speed\w*|slow\w*|perform\w*|optimi[sz]\w*|quick\w*|overhead|memory)\b/i;

/** Words that say a name is there but does not do what its asker expects of it. */
const BEHAVIOUR_COMPLAINT =
  /\b(?:does(?:n'?t| not)|do(?:n'?t| not)|can(?:'?t|not)|won'?t|will not)\s+(?:fully\s+)?(?:handle|support|parse|accept|understand|recogni[sz]e)\b|\b(?:throws?|raises?)\s+(?:an?\s+)?(?:error|exception)s?\s+(?:for|on|with)\b|\brequires?\s+\S+\s+instead\s+of\b|\bnot\s+parsing\b/i;
/** Words that say a release runs slow or fast: "significantly slower", "worse optimized", "slowdown". */
const SPEED_SAID =
  /\b(?:fast(?:er|est)?|slow(?:er|est|ly|down|downs|ness)?|speed(?:s|up|ups)?|performance|performant|optimi[sz]ed)\b/i;

/** The name a question asks after: "where did reduce go", "what happened to the xrange function". */
/** A dotted call written in prose: `asyncio.get_event_loop()`. */
const CALL_NAMED = /(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(\)/g;
/** Words for one argument of a function. */
const ARGUMENT_WORD = String.raw`(?:kwarg|keyword(?:\s+argument)?|argument|arg|parameter|param|option)s?\b`;
/**
 * "asyncio.wait_for no longer takes the loop kwarg", "does asyncio.sleep still accept a `loop=` argument",
 * "when `asyncio.Lock()` is called with the `loop` parameter".
 */
const ARGUMENT_AFTER_FUNCTION = new RegExp(
  String.raw`(?<![\w.])\x60?([A-Za-z_][\w.]*\w)(?:\(\))?\x60?(?:\(\))?\s+(?:(?:no longer|still|doesn'?t|does not|won'?t|can'?t|cannot|not)\s+)?(?:take|takes|taking|accept|accepts|accepting|support|supports|have|has|allow|allows|(?:is\s+|was\s+|are\s+|were\s+)?(?:called|invoked|created|instantiated|constructed)\s+with)\s+(?:an?\s+|the\s+|its\s+|any\s+)?\x60?([A-Za-z_]\w*)=?\x60?\s+${ARGUMENT_WORD}`,
  "i",
);
/** A keyword argument in a call written into a sentence: `asyncio.sleep(1, loop=loop)`. */
const KEYWORD_IN_CALL = /(?<![\w.])([A-Za-z_][\w.]*\w)\((?:[^()=]*,\s*)?([A-Za-z_]\w*)\s*=(?!=)/;
/** Words saying something that worked no longer does. */
const NO_LONGER =
  /\b(?:no longer|stopped|stops|broke|broken|breaks|fails?|failing|failed|removed|gone|after upgrad\w*|since upgrad\w*)\b/i;
/** "the loop parameter of asyncio.sleep was removed". */
const ARGUMENT_BEFORE_FUNCTION = new RegExp(
  String.raw`\x60?([A-Za-z_]\w*)=?\x60?\s+${ARGUMENT_WORD}\s+(?:of|in|for|to|from)\s+\x60?([A-Za-z_][\w.]*\w)`,
  "i",
);
const ASKED_AFTER = /\b(?:what happened to|where (?:did|does|has|have))\s+(?:the\s+)?([A-Za-z_][\w.]*)/i;

/** Python 2 named as such: "python 2.x", "Python2", "py2", "python 2.7". */
const PYTHON_2 = /\b(?:python\s?2(?:\.\d+|\.x)?|py2)\b(?!\.\d*[1-9])/i;

/** "in Python 3 how is dict.keys() different from dict?", "Python 3.x rounding behavior": Python 3 as a whole, against Python 2. */
const PYTHON_3_DIFFERS =
  /\b(?:in|on|with|for)\s+(?:python\s?3|py3)\b(?![.\d])[^?!]{0,60}\b(?:differen\w*|differ|changed?)\b|^\s*(?:python\s?3(?:\.x)?|py3)(?![.\d\w])[^?!.]{0,40}\bbehaviou?r\b/i;

/** "In Python 3 long is a bad word", "…造成的python3 NameError": something said of Python 3 as a whole. */
const PYTHON_3_SAID =
  /(?:\b(?:in|on|with|for)\s+|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))`?(?:python\s?3|py3)`?(?!\w|\.\d)/i;

/** "versões", "Versionen": the word for a version in other Latin-script languages. */
const VERSION_ELSEWHERE = /^(?:vers(?:ão|ões|ion|ione|ioni|iones|ionen)|wersj[aei])$/;

/** A comparison's own words, as terms: "difference between python 2 and 3" asks for nothing more. */
const COMPARISON_TERM = /^(?:differ|vs|versus)$/;

/** Whether a question sets Python 3 against Python 2, which 3.0's notes answer. */
function againstPython2(query: ParsedQuery): boolean {
  // "versions 3.x and 2.7": a bare 2.7 set beside Python 3 as a whole is Python 2.
  const bare = BARE_PYTHON_2.test(query.text) && PYTHON_3_WHOLE.test(query.text);
  return (PYTHON_2.test(query.text) || bare || PYTHON_3_DIFFERS.test(query.text)) && !query.version;
}

const BARE_PYTHON_2 = /(?<![\w.])2\.(?:[4-7]|x)(?![\w.]|\.\d)/i;
const PYTHON_3_WHOLE = /(?<![\w.])3\.x\b|\b(?:python\s?3|py3)(?![.\d\w])/i;

/** What a value of the wrong type could not do, as Python says it. */
const VALUE_COMPLAINT =
  /object (?:is not|isn't) (callable|iterable|subscriptable|reversible)|cannot (pickle) '[^']+' object/i;
/** What the notes call doing what a complaint says a value cannot ("reversed()" for reversible). */
const COMPLAINT_DOING: Readonly<Record<string, string>> = { reversible: "reversed" };
/** A TypeError saying a float came where an int was wanted. */
const FLOAT_FOR_INT =
  /'float' object cannot be interpreted as an integer|integer argument expected, got float|(?:slice|list|tuple|string) indices must be integers(?: or slices)?, not float/;
/**
 * Messages extension code raises only from a release's change on, with the words of that release's
 * section: sip (PyQt) refuses a float for an `int` parameter once 3.10 stopped converting it through
 * `__int__`.
 */
const RELEASE_MESSAGES: readonly { message: RegExp; release: string; about: string }[] = [
  {
    message: /\b(?:argument \d+ has )?unexpected type '?float\b/i,
    release: "3.10",
    about: "integer parameters float",
  },
  // Before 3.11 `with` on an object without the protocol raised "AttributeError: __enter__".
  {
    message: /object does not support the (?:asynchronous )?context manager protocol/,
    release: "3.11",
    about: "TypeError instead of AttributeError context manager",
  },
];
/** `len(items)/2`, `(a + b) / 2`: a division by `/` of operands, on a line of code that is no path or URL. */
const TRUE_DIVISION = /(?:[\w)\]]\s*\/\s*(?:\d|\(|[A-Za-z_]\w*\())|(?:[\w)\]]\s+\/\s+[\w(])/;

/** Whether a paste's code divides with `/` (tracebacks' file lines and paths aside). */
function dividesTruly(pasted: string): boolean {
  return pasted
    .split("\n")
    .some((line) => !/File "|:\/\/|(?:^|\s)\/\w+\/|\w\/\w+\//.test(line) && TRUE_DIVISION.test(line));
}
/** A warning class named in prose ("a SyntaxWarning for 'is' with literals"). */
const WARNING_NAMED = /\b[A-Z]\w*Warning\b/;
/** A future statement as a requirement names it (`from __future__ import annotations`). */
const FUTURE_IMPORT = /from __future__ import \w+/;
/** What the notes call doing what an operator does ("division" for `/`). */
const OPERATOR_DOING: Readonly<Record<string, string>> = {
  "/": "division",
  "//": "division",
  "*": "multiplication",
  "%": "modulo",
  "+": "addition",
  "-": "subtraction",
  "@": "matrix multiplication",
};
/** Complaints a value of a plain type makes only through the asker's own bug. */
const PLAIN_COMPLAINTS = new Set(["callable", "iterable", "subscriptable"]);
/** Types whose complaints are always the asker's own bug. */
const PLAIN_TYPES = new Set(
  "NoneType int float complex str bytes bytearray bool list tuple dict set frozenset object type function method module builtin_function_or_method generator coroutine".split(
    " ",
  ),
);

/** Words asking what a release brought to a subject. */
const TOPIC_CHANGE =
  /\b(?:what'?s new|whats new|new|changes?|changed|features?|improvements?|improved|updates?|stuff)\b/i;
/** Those words as terms, and the filler around them, which leave the subject alone. */
const TOPIC_WORDS = new Set(
  "new change changes changed feature features improvement improvements improved update updates stuff what whats module library".split(
    " ",
  ),
);
/** A topic needs this many sections of its own in the release to be listed. */
const MIN_TOPIC_SECTIONS = 2;

/** A name's last part this long and no English word is the name wherever a heading writes it. */
const MIN_COINED_LEAF = 6;
/** Words of a question besides an API's name that one sentence about it must say to answer it. */
const MIN_BEHAVIOUR_WORDS = 2;
/** And the share of those words it must say. */
const BEHAVIOUR_SHARE = 0.4;

/** How many APIs named beside the asker's release are weighed for the one it lacks. */
const MAX_APIS_WEIGHED = 3;
/** How far ahead of the next section of its release a section headed by a name the message gives must score. */
const NAMED_CHANGE_LEAD = 1.5;

/** A speed-up section's weight for a question that does not ask about speed. */
const UNASKED_SPEEDUP = 0.3;

/** Whether a section is one of a release's optimizations. */
function isSpeedUp(chunk: Chunk): boolean {
  return chunk.headings.some((h) => /^optimi[sz]ations?$/i.test(h.trim()));
}

/**
 * For a question that asks nothing about speed, speed-up sections answer only far ahead of the rest
 * ("Python 3 integer division" is not how much faster `//` got), and never when they are not about
 * the question's rare words ("the difference between two lists") or when the question asks how to
 * do something (`always`).
 */
function withoutUnaskedSpeedUps(query: ParsedQuery, ranked: RankedHit[], always = false): RankedHit[] {
  if (SPEED_ASKED.test(query.text)) return ranked;
  return ranked
    .filter((h) => !isSpeedUp(h.chunk) || (h.anchored && !always))
    .map((h) => (isSpeedUp(h.chunk) ? { ...h, score: h.score * UNASKED_SPEEDUP } : h))
    .sort((a, b) => b.score - a.score);
}

/** Whether an answer's first section is headed by a feature's name ("f-strings = specifier …" by f-strings). */
function aboutFeature(answer: Answer, id: FeatureId): boolean {
  return findFeatureMentions(answer.citations[0]?.section ?? "").some((f) => f.feature.id === id);
}

/**
 * Whether a section is headed by language features the question names none of: "`match` is a
 * reserved keyword" finds 3.7's section on `async` by its words, which is about something else.
 */
function aboutOtherFeature(chunk: Chunk | undefined, question: string): boolean {
  const heads = findFeatureMentions(chunk?.section ?? "");
  const named = new Set(findFeatureMentions(question).map((f) => f.feature.id));
  return heads.length > 0 && heads.every((f) => !named.has(f.feature.id));
}

/** The module a name is or belongs to: itself, or a dotted name's top package; a bare function has none. */
function moduleOf(entry: ApiEntry): string | undefined {
  if (entry.kind === "module") return entry.name;
  return entry.name.includes(".") ? entry.name.split(".")[0] : undefined;
}

/** Whether a section's heading names a dotted name's last part as a word ("random.sample()"). */
function headedBy(section: string, name: string): boolean {
  const leaf = name.split(".").at(-1) ?? name;
  return new RegExp(`(?<![\\w])${literal(leaf)}(?:e?s)?(?![\\w])`).test(section);
}

/** A text's sentences, and its lines, each on its own. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A message's first sentence: what an error says before the asker goes on. */
function firstSentence(message: string): string {
  return message.split(/(?<=[.!?])\s/)[0] ?? "";
}

/** Whether a name's last part is a word of a feature's phrase, singular or plural (`dict`, `typing.Literal`). */
function withinPhrase(name: string, phrase: string): boolean {
  const last = name.split(".").at(-1)?.toLowerCase() ?? "";
  return phrase.split(" ").some((w) => w === last || `${w}s` === last || w === `${last}s`);
}

/** How long a start two words share makes them forms of one word ("formatting", "formatted"). */
const STEM_LENGTH = 6;

function sharedStem(a: string, b: string): boolean {
  return (
    a.length >= STEM_LENGTH && b.length >= STEM_LENGTH && a.slice(0, STEM_LENGTH) === b.slice(0, STEM_LENGTH)
  );
}

/** How a release without a feature answers its syntax, and how its askers say it lacks it. */
const SYNTAX_SYMPTOM = new Set([
  "syntaxerror",
  "syntax",
  "invalid",
  "error",
  "errors",
  "missing",
  "unsupported",
]);
/** Other subjects a question may name beside a language feature and still be about the feature. */
const MAX_OTHER_SUBJECTS = 0;
/** Words of prose around a one-line snippet that make the message an account, not a paste. */
const TOLD_AROUND_CODE = 12;
/** Lines of code that a long account may quote and still only tell about (two inline spans). */
const MAX_TOLD_SNIPPETS = 2;
/** Words an error's message needs to say something of its own rather than name the asker's subject. */
const MIN_MESSAGE_WORDS = 3;
/** Words besides a PEP number that still ask only which release it came in. */
const PEP_QUESTION_WORDS = new Set([
  "implemented",
  "introduced",
  "added",
  "new",
  "version",
  "release",
  "came",
  "shipped",
]);

/** The PEP term of a question that asks only which release a PEP came in ("PEP 563", "which version implemented PEP 563"). */
function pepAsked(query: ParsedQuery): string | undefined {
  const peps = query.terms.filter((t) => /^pep\d+$/.test(t));
  const [pep] = peps;
  if (!pep || peps.length > 1 || !query.terms.every((t) => t === pep || PEP_QUESTION_WORDS.has(t)))
    return undefined;
  return pep;
}

/** The one PEP a question names, if it names exactly one. */
function onePep(query: ParsedQuery): string | undefined {
  const peps = query.terms.filter((t) => /^pep\d+$/.test(t));
  return peps.length === 1 ? peps[0] : undefined;
}

/** Whether a heading names the PEP ("PEP 649 and PEP 749", "PEPs 484, 526"). */
function namesPep(pep: string, heading: string): boolean {
  return new RegExp(`\\bPEPs?\\s?(?:\\d+,\\s*)*${pep.slice(3)}\\b`, "i").test(heading);
}

/**
 * The release whose section first names the PEP comes first, not a later one that revised it
 * ("PEP 563 postponed annotations put on hold", 3.11, after 3.7's introduction).
 */
function introductionFirst(pep: string, ranked: RankedHit[]): RankedHit[] {
  const first = ranked
    .filter((h) => namesPep(pep, h.chunk.section) && h.chunk.version)
    .reduce<RankedHit | undefined>(
      (best, h) => (!best || compareVersions(h.chunk.version ?? "", best.chunk.version ?? "") < 0 ? h : best),
      undefined,
    );
  return first ? [first, ...ranked.filter((h) => h !== first)] : ranked;
}

/**
 * Where a message splits into clauses: sentence ends, a colon, a dash between spaces. An issue title
 * followed by its chatter ("Remove loop parameter from asyncio calls: was apparently removed in 3.10,
 * not sure if it did something important") is answered by one clause, which the rest would outweigh.
 */
const CLAUSE_BREAK = /[.:;!?]+(?:\s+|$)|\s+[-–—]+\s+/;
/** "will be deprecated in python 3.15": the release a deprecation is said to be planned for. */
const PLANNED_DEPRECATION = /\b(?:will|to)\s+be\s+deprecated\s+in\s+(?:python\s*)?(3\.\d{1,2})\b/i;
/** A message saying a name is gone: "no longer has", "missing in", "没有…了", "больше нет". */
const SAID_GONE = /\b(?:no longer|missing|gone|removed|disappeared)\b|没有.*了|больше нет|нет больше/i;
/** Where a traceback chains a second error to the first. */
const CHAINED_ERROR = /\n\s*During handling of the above exception, another exception occurred:/;
/** A notice quoted in a message, saying that something changed. */
const QUOTED_NOTICE = /["“]([^"“”\n]{6,200}?\b(?:deprecated|removed|no longer)\b[^"“”\n]{0,100})["”]/gi;
/** A dotted name written as code ("multiprocessing.Process"), with its top package. */
const DOTTED_NAME = /(?<![\w.])([a-z_][a-z0-9_]*)\.[A-Za-z_]\w*/g;
/** A deprecation warning reported: "DeprecationWarning: …", "… is deprecated". */
const DEPRECATION_WARNED = /\bDeprecationWarning\b|\bis deprecated\b/;
/** Words saying a release stopped allowing something: "isn't allowed anymore", "no longer supported". */
const STOPPED_ALLOWING =
  /\b(?:isn'?t|is not|not|no longer)\s+(?:allowed|permitted|supported)\s+(?:anymore|any more)\b|\bno longer\s+(?:allowed|permitted|supported)\b|\bdoes(?:n'?t| not) support\b/i;
/** Two outputs quoted as one becoming the other: '"optional arguments" has become "options"'. */
const QUOTED_CHANGE =
  /["“]([^"“”\n]{2,80})["”]\s+(?:has\s+become|became|is\s+now|was\s+changed\s+to|changed\s+to|turned\s+into|replaced\s+by|instead\s+of)\s+["“]([^"“”\n]{2,80})["”]/gi;
/** A clause that is an exception's name alone ("SyntaxWarning"), whose message is the next clause. */
const EXCEPTION_ALONE = /^\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Warning|Exception)\s*$/;

/**
 * The clauses to search, in order: "SyntaxWarning: invalid escape sequence" is tried whole first,
 * the name telling which release's wording it is, then as the message alone.
 */
function clausesOf(text: string): string[] {
  const parts = text.split(CLAUSE_BREAK).filter((c) => c.trim() !== "");
  return parts.flatMap((part, i) => {
    const next = parts[i + 1];
    return EXCEPTION_ALONE.test(part) && next ? [`${part.trim()}: ${next}`] : [part];
  });
}
/** The most words a message's opening clause has to read as its title ("Upgrade to Python 3.11"). */
const MAX_TITLE_WORDS = 8;
/** "is deprecated", "deprecation warning". */
const DEPRECATION_SAID = /\bdeprecat/i;
/** How a message that leaves a release speaks of doing so: no words of what it wants. */
const STATUS_TALK =
  /\b(?:drop(?:ping|ped|s)?|remov(?:e|es|ing|ed)|support(?:ed|ing|s)?|keep(?:ing)?|bump(?:ing|ed|s)?|matrix|minimum|end[- ]of[- ]life|eol|reach(?:es|ed)?|security|schedule)\b/gi;
/** "I cant use generic dict", "allow us to use cool features like …": what leaving a release is for. */
const WANTS_TO_USE =
  /\b(?:can'?t|cannot|can not|could|couldn'?t|to|us|me|finally|start)\s+use\b|\bfeatures?\s+(?:like|such as)\b/i;
/** A release as written, with a "+" for "and later". */
const VERSION_WRITTEN = /(?<![\d.])3\.\d{1,2}\+?/g;
/** Of the sections a message leaving a release wants, the share of its words the best must cover. */
const WANTED_COVERAGE = 0.5;
/** Clauses searched on their own, the first ones; a clause needs this many words to be searched. */
const MAX_CLAUSES = 4;
const MIN_CLAUSE_TERMS = 2;
/** A call of a name with no module before it: `open(`, not `os.open(` or `self.open(`. */
const BARE_CALL = /(?<![\w.])([a-z_][a-z0-9_]*)\(/g;
/** Sentences of a question tried as a bare message the notes quote. */
const MAX_SENTENCES_QUOTED = 12;
/** The opening words of an error message a section must quote to explain it ("a bytes-like object
 * is" opens more than one message), and the fewest a message quoted whole may have. */
const MESSAGE_WORDS_QUOTED = 8;
const MIN_MESSAGE_WORDS_QUOTED = 5;
/** A value an error message quotes: "'str' object is not callable", "(pid=1234)". */
const MESSAGE_VALUE = /(?:^|(?<=[\s(]))'[^'\n]{1,80}'(?=[\s,.;:)]|$)|\d+/g;

/** What a section quotes in double quotes, outside its code (`json.loads(b'{"a": 1}')`). */
function quotedIn(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, " ");
  // … and an error printed whole as code: `TypeError: 'async for' received an object from …`.
  const printed = [...text.matchAll(/`[A-Z]\w*(?:Error|Exception|Warning): ([^`]{12,300})`/g)];
  return [...[...prose.matchAll(/"([^"]{12,300})"/g)], ...printed].map((m) => m[1] ?? "");
}

/** An error message's own words, without the values it quotes, which are the asker's. */
function messageWords(text: string): string[] {
  return (
    text
      .replace(MESSAGE_VALUE, " ")
      .toLowerCase()
      .match(/[a-z_]+/g) ?? []
  );
}

/** The message after an exception's name ("re.error: …"), or one quoted whole in double quotes or backticks. */
const ERROR_MESSAGE =
  /(?<![\w.])(?:[a-z_]\w*\.)*(?:[A-Z]\w*(?:Error|Exception|Warning)|error):[ \t]+([^\n]{12,200})|["“]([^"“”\n]{12,200})["”]|`([^`\n]{12,200})`/g;
/** A message that names one release and found nothing more specific gets that release's overview up to this many terms. */
const MAX_TERMS_FOR_OVERVIEW = 6;
const MAX_TERMS_FOR_TOPICAL_OVERVIEW = 12;
/** A message saying tests fail or broke: "TestDoesNotLeakMemory tests fail on Python 3.14". */
const TESTS_BROKEN = /\b(?:tests?|test_\w+)\b.{0,40}\b(?:fail(?:s|ed|ing)?|broken|break(?:s)?)\b/i;
/** Words of a message about a release breaking something: "fix Python 3.14 compatibility". */
const COMPATIBILITY_TROUBLE = /\b(?:compatib\w*|incompatib\w*|regression|breaks?|broken|broke)\b/i;
/** The lines a traceback always prints, which sections on exception chaining quote. */
const TRACEBACK_FURNITURE =
  /^(?:During handling of the above exception|The above exception was the direct cause|Traceback \(most recent call last\))/;
/** A bugfix release named by its third number: "3.14.1", not "3.14.0". */
const BUGFIX_RELEASE = /\b3\.\d{1,2}\.[1-9]\d*\b/;
/** Words that make a release the topic even beside the asker's own: "migrate to use 3.9 features". */
const RELEASE_TOPIC =
  /\b(features?|new stuff|what'?s new|release|released|bump\w*|migrat\w*|upgrad\w*|move to|switch to|drop\w*|stable|eol|end of life|security)\b/i;
/**
 * Removed names that are also ordinary words ("new", "parser", "buffer"): they name the module or
 * builtin only when written as code or when the question asks about a removal.
 */
const ENGLISH_NAMES = new Set(
  (
    "apply buffer chunk commands cookie file formatter in input intern long new parser pipes queue reduce " +
    "reload sets string symbol test types user"
  ).split(" "),
);
/** Text without the values it prints by their repr (`<X object at 0x…>`, `<bound method A.f of <A>>`), innermost first. */
function withoutReprs(text: string): string {
  let rest = text;
  for (let inner = rest.replace(/<[^<>\n]*>/g, " "); inner !== rest; inner = rest.replace(/<[^<>\n]*>/g, " "))
    rest = inner;
  return rest;
}
/**
 * Two removed names that differ only in their class ("getchildren" of `Element` and of
 * `ElementTree`) are one removal to a question that names the method alone.
 */
function sameRemoval(a: RemovalEntry, b: RemovalEntry): boolean {
  return (
    a.kind === b.kind &&
    a.removedIn === b.removedIn &&
    a.deprecatedIn === b.deprecatedIn &&
    a.name.split(".").at(-1) === b.name.split(".").at(-1)
  );
}
/** "when was X added": the arrival is asked for, not a removal. */
const ARRIVAL =
  /\b(added|introduced?|introduces|new in|since when|first (appeared|added)|arrive[ds]?|came (in|with|out))\b/i;
/** The release that made `async` and `await` reserved words. */
const ASYNC_RESERVED = "3.7";
/** A report of a syntax error, pasted or told. */
const SYNTAX_ERROR_SAID = /\bsyntax\s*err(?:or)?\b|\binvalid syntax\b/i;
/** `async` as a word or an attribute (`.async`), not `async def`, `asyncio` or `async with`. */
const ASYNC_WORD = /(?<!\w)["'`“]?async["'`”]?(?!\w|\s+(?:def|with|for)\b)/;
/** Words that say a module's name changed: "renamed", "spelled without capital letters", "in CamelCase". */
const RENAMED =
  /\brenam(?:e|ed|es|ing)\b|\bspel(?:t|led)\s+(?:without\s+capital|in\s+(?:lower|camel)\s*case|all\s+lower)|\bcamel\s*case\b/i;
/**
 * "removes Callable from collections (module)": a name and the module it is taken from. Only a name
 * that looks like one: "comes from the new video" takes nothing from Python 2's `new`.
 */
const TAKEN_FROM =
  /(?<![\w.])['"`‘]?([A-Z]\w*|[a-z]\w*_\w*)['"`’]? from (?:the )?['"`‘]?([a-z_][\w.]*[a-z0-9_])/g;
/** "escape from cgi", "escape in cgi": a plain word and the module it may belong to. */
const PLAIN_FROM_MODULE = /\b([a-z]\w*) (?:from|in) (?:the )?([a-z_][\w.]*[a-z0-9_])/gi;
/** "Import gcd from math instead of fractions": the module a name used to be taken from. */
const INSTEAD_OF_MODULE =
  /\b([a-z_]\w*) from (?:the )?[a-z_][\w.]* instead of (?:the )?([a-z_][\w.]*[a-z0-9_])/gi;
/**
 * Of several removed names that end alike (`ConfigParser.readfp`, `RawConfigParser.readfp`), the one
 * whose owner the message names as a word ("ConfigParser's readfp()"), or any when they are one
 * removal; none otherwise.
 */
function ownedAsNamed(entries: RemovalEntry[], text: string): RemovalEntry[] {
  const owned = entries.filter((e) => {
    const owner = e.name.split(".").at(-2);
    return owner !== undefined && new RegExp(`(?<![\\w.])${owner}(?![\\w])`).test(text);
  });
  if (owned.length === 1) return owned;
  const [first, ...rest] = entries;
  return first && rest.every((e) => sameRemoval(e, first)) ? [first] : [];
}

/** Names as a question writes them: `unittest.makeSuite`, `Thread.isAlive`, `imghdr`, `2to3`. */
const NAME_TOKEN = /[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*|(?<![\w.])\d+[A-Za-z_]\w*/g;

/** Words questions are made of that no release note needs to contain. */
const QUESTION_WORDS = [
  "which",
  "what",
  "when",
  "version",
  "python",
  "added",
  "introduced",
  "removed",
  "deprecated",
];

/** A word in at least this many sections is ordinary prose to the API matcher ("print", "run"). */
const PROSE_FREQUENCY = 5;

/** A capital after a small letter (`ImpImporter`): how class names are spelled. */
const INNER_CAPITAL = /[a-z][A-Z]/;

/** The retrieval core's one entry point: questions in, `Answer`s out. */
export class PyVer {
  private suggester: Suggester | undefined;
  /** Standard-library version facts; read once per process and shared by every instance. */
  readonly api: ApiCatalog = builtinApiCatalog();

  private current: Loaded;

  private constructor(
    kb: KnowledgeBase,
    readonly options: CoreOptions,
    private readonly now: () => Date,
    private readonly source: Pick<OpenOptions, "corpusDir" | "cache" | "dataDir"> = {},
  ) {
    this.current = loaded(kb, source.dataDir, now());
  }

  static open(open: OpenOptions = {}): PyVer {
    const options = resolveOptions(open.options);
    const kb = PyVer.load(open, options);
    return new PyVer(kb, options, open.now ?? (() => new Date()), open);
  }

  private static load(
    open: Pick<OpenOptions, "corpusDir" | "cache" | "dataDir">,
    options: CoreOptions,
  ): KnowledgeBase {
    return openKnowledgeBase(
      open.corpusDir ?? BUILTIN_CORPUS,
      options,
      { enabled: open.cache ?? true },
      open.dataDir,
    );
  }

  static fromKnowledgeBase(kb: KnowledgeBase, open: Omit<OpenOptions, "corpusDir" | "cache"> = {}): PyVer {
    return new PyVer(kb, resolveOptions(open.options), open.now ?? (() => new Date()), open);
  }

  /** The index and release facts questions are answered from. */
  get kb(): KnowledgeBase {
    return this.current.kb;
  }

  /** Release facts, with the release-cycle data over those of the notes. */
  get releases(): ReleaseFacts[] {
    return this.current.releases;
  }

  /**
   * Reads the corpus and data directory again and swaps the new index in as one assignment: `ask`
   * is synchronous, so every question is answered wholly from the old index or wholly from the new.
   * Returns whether the index changed.
   */
  reload(): boolean {
    // Unchanged documents keep the index in use; only the release-cycle facts and dates are re-read.
    const hash = hashCorpus(this.source.corpusDir ?? BUILTIN_CORPUS, this.options, this.source.dataDir);
    const kb = hash === this.current.kb.hash ? this.current.kb : PyVer.load(this.source, this.options);
    const changed = kb.hash !== this.current.kb.hash;
    const next = loaded(kb, this.source.dataDir, this.now());
    if (changed) {
      warmUpRanking(kb.index.chunks);
      warmUpQuoting(kb.index.chunks);
    }
    this.current = next;
    if (changed) {
      this.speller = undefined;
      this.suggester = undefined;
    }
    return changed;
  }

  /** Releases newer than the notes this far are answered with a link to their official page. */
  private beyondNotes(query: ParsedQuery): Answer | undefined {
    const version = query.version;
    if (!version) return undefined;
    const coverage = this.coverage();
    const { last } = coverage;
    if (!last || compareVersions(version, last) <= 0) return undefined;
    const [major, minor] = version.split(".").map(Number);
    const lastMinor = Number(last.split(".")[1]);
    if (major !== 3 || (minor ?? 0) > lastMinor + MAX_RELEASES_AHEAD) return undefined;
    return beyondNotesAnswer(query, version, coverage);
  }

  /**
   * "I have no release notes for Python 3.99. I know Python 3.0–3.14 release notes, updated …":
   * the same words wherever a version is asked for that no release has (a question, Discord's
   * version option).
   */
  noNotesFor(typed: string): string {
    const version = normalizeVersion(withoutPythonPrefix(typed));
    return `I have no release notes for ${version ? `Python ${version}` : `“${typed.trim()}”`}. I know ${this.corpusLabel}.`;
  }

  private noNotes(query: ParsedQuery): Answer {
    return { ...refusal(query), answer: this.noNotesFor(query.version ?? "") };
  }

  /** What the notes cover, for `about`, `help` and health checks. */
  coverage(): Coverage {
    const noted = this.releases.filter((r) => !r.noNotes);
    const builtin = (this.source.corpusDir ?? BUILTIN_CORPUS) === BUILTIN_CORPUS;
    const updated = this.current.updated ?? (builtin ? BUILTIN_CORPUS_UPDATED : undefined);
    return {
      first: noted[0]?.version,
      last: noted.at(-1)?.version,
      inDevelopment: noted.filter((r) => r.inDevelopment).map((r) => r.version),
      ...(updated ? { updated } : {}),
    };
  }

  /** The index in use and what it covers, for health checks, start-up logs and `about`. */
  status(): Status {
    const kb = this.current.kb;
    return { chunks: kb.index.size, index: kb.origin, coverage: this.coverage(), warnings: kb.warnings };
  }

  /** Known versions, newest first, that contain what has been typed ("3.1" → 3.14, 3.13, …, 3.1). */
  versionChoices(typed: string, limit: number): string[] {
    const needle = withoutPythonPrefix(typed);
    return this.releases
      .filter((r) => !r.noNotes)
      .map((r) => r.version)
      .filter((v) => v.includes(needle))
      .sort((a, b) => compareVersions(b, a))
      .slice(0, limit);
  }

  /**
   * The release a typed version names ("Python 3.4", "py3.12", "3.12.1" → "3.12") when the notes
   * cover it; undefined otherwise.
   */
  resolveVersion(typed: string): string | undefined {
    const version = normalizeVersion(withoutPythonPrefix(typed));
    return version && this.releases.some((r) => r.version === version && !r.noNotes) ? version : undefined;
  }

  /** `/pyver about`: what the notes cover and when they were last updated. */
  about(): string {
    return aboutSentence(this.coverage());
  }

  /** "Python 3.0–3.14 release notes, updated December 4, 2026", for footers and help. */
  get corpusLabel(): string {
    const c = this.coverage();
    if (!c.first) return "Python release notes";
    return `${coverageLabel({ ...c, updated: undefined })} release notes${updatedPhrase(c)}`;
  }

  /**
   * Pays every one-time cost before the first question: the code parser's start-up, each section's
   * ranking features and plain text, the speller's vocabulary and the removal facts. Adapters call it at start so no user waits for it.
   */
  warmUp(): void {
    warmUpCodeAnalysis({ catalog: this.api });
    warmUpRanking(this.kb.index.chunks);
    warmUpQuoting(this.kb.index.chunks);
    this.ask("waht verison got teh walrus");
    this.ask("ModuleNotFoundError: No module named 'asynchat'");
  }

  /** Autocomplete: names the index knows that match what has been typed so far. */
  suggest(typed: string, limit = 25): Suggestion[] {
    this.suggester ??= new Suggester(this.kb.index.chunks, apiSuggestions(this.api));
    return this.suggester.suggest(cutQuestion(typed, this.options.maxQueryChars), limit);
  }

  private speller: Speller | undefined;

  /**
   * The one class name, among the API and removal facts, that a capitalised word is in other case
   * (`Impimporter` → `ImpImporter`); none when the word is a name as typed or could be several.
   */
  private casedName(word: string): string | undefined {
    this.removals ??= builtinRemovalCatalog();
    const lower = word.toLowerCase();
    const leaves = new Set(
      [...this.api.lookup(word), ...this.removals.lookup(word)]
        .map((e) => e.name.split(".").at(-1) ?? "")
        .filter((leaf) => leaf.toLowerCase() === lower),
    );
    const [leaf, ...others] = leaves;
    return leaf && others.length === 0 && leaf !== word && INNER_CAPITAL.test(leaf) ? leaf : undefined;
  }

  /** Corrects typos against what this index and the API facts know; built on first use. */
  private correct = (text: string): string => {
    this.speller ??= new Speller({
      terms: this.kb.index.terms(),
      questionWords: [...RELEASE_WORDS, ...QUESTION_WORDS, ...KNOWN_PACKAGES],
      isApiName: (name) => this.api.lookup(name).length > 0,
      modules: this.api.entries.filter((e) => e.kind === "module").map((e) => e.name.split(".")[0] ?? ""),
      owners: this.api.topNames(),
      membersOf: (module) => this.membersOf(module),
      isWord: isEnglishWord,
      casedName: (word) => this.casedName(word),
      // Only names Python 3 removed are joined: "data classes" reads as well as `dataclasses`.
      isJoinedName: (name) => {
        this.removals ??= builtinRemovalCatalog();
        return (
          this.removals.lookup(name).some((e) => e.name === name && e.removedIn) ||
          this.api.lookup(name).some((e) => e.name === name && e.py3 === null)
        );
      },
    });
    return this.speller.correct(text, this.options.maxCorrections);
  };

  private members?: Map<string, string[]>;

  /** The last parts of a module's direct members (`contextlib` → `suppress`, `nullcontext`, …). */
  private membersOf(module: string): string[] {
    if (!this.members) {
      this.members = new Map();
      for (const e of this.api.entries) {
        const dot = e.name.lastIndexOf(".");
        if (dot <= 0 || e.kwarg) continue;
        const owner = e.name.slice(0, dot);
        const list = this.members.get(owner);
        if (list) list.push(e.name.slice(dot + 1));
        else this.members.set(owner, [e.name.slice(dot + 1)]);
      }
    }
    return this.members.get(module) ?? [];
  }

  private parse(question: string, version?: string): ParsedQuery {
    return parseQuery(question, { maxChars: this.options.maxQueryChars, version, correct: this.correct });
  }

  /**
   * The question's words about something besides a named phrase, that the notes know: "reserved
   * keywords" beside "async and await" asks about a later change, not the feature's introduction.
   */
  private otherSubjects(query: ParsedQuery, mention: FeatureMention, found?: Chunk): string[] {
    const words = [mention.phrase, mention.feature.name, ...(FEATURE_PHRASES[mention.feature.id] ?? [])];
    // "I'm looking at some code which used the @ symbol": when the section found is about no language
    // feature, a word it does not say is no subject it answers ("looking" beside symtable's symbols).
    // "`match` is a reserved keyword … as a variable": nor when the section is about another
    // feature (3.7's `async` keywords), found by the named feature's own words.
    const aboutNone = found !== undefined && findFeatureMentions(found.section).length === 0;
    const aboutOther = found !== undefined && aboutOtherFeature(found, query.text);
    const says = aboutNone || aboutOther ? withStems(tokenize(`${found.section} ${found.text}`)) : undefined;
    const named = tokenize(words.join(" "));
    // "f-string formatting": a word of the feature's own name in another form ("formatted string
    // literal") names the feature again.
    const naming = (t: string): boolean => named.some((n) => n === t || sharedStem(n, t));
    // "f string gives SyntaxError on python 3.5": a release without the feature rejects it, so the
    // error is what the asker saw, not a second subject.
    const context = query.context ?? query.version;
    const rejected = context !== undefined && compareVersions(mention.feature.version, context) > 0;
    // "why aren't async and await keywords?": a kind of thing the section found is headed by (3.7's
    // "async and await are reserved keywords") is a subject of its own there.
    const headed = found ? features(found).headingTerms : undefined;
    const focus = [
      ...focusTerms(query),
      ...query.terms.filter((t) => isCategoryWord(t) && headed !== undefined && holds(headed, t)),
    ];
    // "use of `match` keyword breaks Python 3.9 [bug]": so is the report's word for it.
    const reported = new Set(withoutTroubleTerms(focus));
    return focus.filter(
      (t) =>
        !naming(t) &&
        !FEATURE_KIND_WORDS.has(t) &&
        !/^\d/.test(t) &&
        !(rejected && (SYNTAX_SYMPTOM.has(t) || !reported.has(t))) &&
        // "Syntax error on using variable async": the error is what the change made of such code.
        !(mention.feature.rejectsOldCode && SYNTAX_SYMPTOM.has(t)) &&
        (says === undefined || holds(says, t)) &&
        this.kb.index.frequency(t) > 0,
    );
  }

  /**
   * A deprecation notice that plans a removal in a release the notes cover: that release's section on
   * the removal, when it has one ("The loop argument is deprecated since 3.8 … removal in 3.10").
   */
  private plannedRemoval(query: ParsedQuery, limit: number): Answer | undefined {
    const release = query.plannedRemoval;
    if (!release || !this.releases.some((r) => r.version === release && !r.noNotes)) return undefined;
    // The notice's own words ("DeprecationWarning", "scheduled") say how it was announced, not what.
    const terms = query.terms.filter((t) => !NOTICE_TERM.test(t));
    const notes = this.searchNotes({ ...query, version: release, context: undefined, terms }, limit);
    return notes.answer.found && notes.lead?.event === "removed" ? notes.answer : undefined;
  }

  /**
   * "X is deprecated and slated for removal in Python 3.16 when running with python 3.14": a removal
   * planned for a release the notes do not cover yet is no release asked about; the deprecation is.
   */
  private withoutFuturePlan(query: ParsedQuery, ask: AskOptions): ParsedQuery {
    // "locale.getdefaultlocale will be deprecated in python 3.15": a deprecation planned, too.
    const planned = query.plannedRemoval ?? normalizeVersion(PLANNED_DEPRECATION.exec(query.text)?.[1] ?? "");
    if (!planned || ask.version || query.version !== planned) return query;
    if (this.releases.some((r) => r.version === planned && !r.noNotes)) return query;
    const other = [...query.text.matchAll(VERSION_MENTION)]
      .map((m) => normalizeVersion(m[1] ?? m[2] ?? ""))
      .find((v) => v !== undefined && v !== planned);
    return { ...query, version: undefined, context: query.context ?? other };
  }

  /** The facts of the newest release a message names, if the corpus has it. */
  private newestNamed(text: string): ReleaseFacts | undefined {
    const newest = releasesNamedIn(text).at(-1);
    return newest ? this.releases.find((r) => r.version === newest) : undefined;
  }

  /**
   * "python -m json instead of json.tool which py": the section headed by the command the asker runs,
   * one of its options they name first, else the release that brought the command itself.
   */
  private commandAnswer(query: ParsedQuery, limit: number): Answer | undefined {
    const command = moduleCommand(query.raw);
    if (!command) return undefined;
    const heads = this.kb.index.chunks
      .map((chunk) => ({ chunk, how: headsCommand(chunk.section, command) }))
      .filter((c) => c.how !== undefined && c.chunk.version !== undefined);
    const best = heads.some((c) => c.how === "asked") ? heads.filter((c) => c.how === "asked") : heads;
    const [first] = best.sort((a, b) => compareVersions(a.chunk.version ?? "", b.chunk.version ?? ""));
    const hit = first && this.hitOf(first.chunk);
    return hit ? this.sectionAlone(query, hit, limit) : undefined;
  }

  /** A section chosen by its heading, as the ranking scores it for that heading. */
  private hitOf(chunk: Chunk): RankedHit | undefined {
    const heading = { ...this.parse(chunk.section), version: chunk.version };
    return rank(heading, this.kb.index, this.options).find((h) => h.chunk === chunk);
  }

  /** The overview of the newest release a message about leaving an older one wants, if it wants one. */
  private releaseWanted(query: ParsedQuery, limit = this.options.citations): Answer | undefined {
    const left = query.version ?? query.context;
    if (!left) return undefined;
    const leaving =
      query.intent === "end-of-life" || query.intent === "removals" || asksProjectSupport(query.text);
    const target = leaving ? wantedReleases(query.text).at(-1) : undefined;
    if (!target || compareVersions(target, left) <= 0) return undefined;
    // A feature or standard name the message wants says more than the release's overview.
    if (findFeatureMention(query.text) || findApi(query.text, this.api)) return undefined;
    const facts = this.releases.find((r) => r.version === target && !r.noNotes);
    return facts && overviewAnswer({ ...query, version: target, context: undefined }, facts, limit);
  }

  /**
   * A language feature or standard name the message names that came after the release it names,
   * dated for that release ("Drop 3.11 … to use `itertools.batched`").
   */
  private featureBeyond(query: ParsedQuery, limit: number): Answer | undefined {
    const release = query.version;
    if (!release) return undefined;
    // "features introduced in Python 3.8: the walrus operator, … keyword-only parameters": of those
    // named, one the dropped release lacks.
    const mentions = findFeatureMentions(query.text);
    const feature = mentions.find((f) => compareVersions(f.feature.version, release) > 0) ?? mentions[0];
    if (!feature || compareVersions(feature.feature.version, release) <= 0) {
      const named = this.findApi(query.text);
      const later = named?.entries.every((e) => !isAvailableIn(e, release));
      return named && later
        ? apiAnswer({ ...query, version: undefined, context: release }, named, this.apiContext(limit))
        : this.wantedAfter(query, release, limit);
    }
    return languageFeatureAnswer(
      { ...query, context: query.version },
      feature.feature,
      this.notesFor,
      this.kb.releases,
    );
  }

  /**
   * "can we drop 3.8 support? I am annoyed that I cant use generic dict, list for typing": what the
   * message wants, in its own words, from the releases after the one it leaves (up to the one it
   * names as the new floor).
   */
  private wantedAfter(query: ParsedQuery, release: string, limit: number): Answer | undefined {
    if (!WANTS_TO_USE.test(query.text)) return undefined;
    const wanted = this.parse(query.text.replace(STATUS_TALK, " ").replace(VERSION_WRITTEN, " "));
    if (wanted.intent !== "feature" || wanted.terms.length === 0) return undefined;
    const floor = wantedReleases(query.text).at(-1);
    const between = (v: string): boolean =>
      compareVersions(v, release) > 0 &&
      (floor === undefined || compareVersions(floor, release) <= 0 || compareVersions(v, floor) <= 0);
    const asked = { ...wanted, version: undefined, context: undefined };
    const ranked = rank(asked, this.kb.index, this.options).filter(
      (h) => h.chunk.version !== undefined && between(h.chunk.version),
    );
    const notes = featureAnswer(asked, ranked, {
      minCoverage: WANTED_COVERAGE,
      minAnchoredCoverage: this.options.minAnchoredCoverage,
      limit,
      maxHits: this.options.maxHits,
    });
    return notes.answer.found ? { ...notes.answer, query: query.raw } : undefined;
  }

  private removals?: RemovalCatalog;
  /** What the notes quote in double quotes, as message words: read once, on the first pasted error. */
  private quotedMessages?: string[];

  /**
   * The section of one release whose heading names a package or an API, found by that name alone.
   * With `lead`, a section's first sentence naming it as code counts too: "setuptools wheel removed
   * from ensurepip" goes on to list `pkg_resources` among what new environments lack.
   */
  private sectionHeadedBy(name: string, release: string, lead = false): RankedHit | undefined {
    const [top] = rank(
      { ...this.parse(name), version: release, context: undefined },
      this.kb.index,
      this.options,
    );
    const opening = lead ? (top?.chunk.text.split(/\.\s/)[0] ?? "") : "";
    return top &&
      (holdsWord(top.chunk.section.toLowerCase(), name.toLowerCase()) || opening.includes(`\`${name}\``))
      ? top
      : undefined;
  }

  /**
   * The section the release a question names heads with a package ("setuptools wheel removed from
   * ensurepip" for setuptools on 3.12), as the answer: the package is what that release changed.
   */
  private packageInRelease(query: ParsedQuery, name: string, limit: number): Answer | undefined {
    const release = query.version ?? query.context ?? query.troubleIn;
    const headed = release ? this.sectionHeadedBy(name, release, true) : undefined;
    return release && headed ? this.sectionOfRelease(query, headed, limit) : undefined;
  }

  /**
   * "no setuptools/wheel on 3.12+": a package the notes themselves head a section with ("setuptools
   * wheel removed from ensurepip"), when that section is about all the question asks.
   */
  private headedInNotes(query: ParsedQuery, names: string[]): boolean {
    if (names.length === 0) return false;
    const [top] = rank({ ...query, context: undefined }, this.kb.index, this.options);
    const heading = top?.chunk.section.toLowerCase() ?? "";
    return (
      top !== undefined &&
      top.coverage >= this.options.minCoverage &&
      names.some((name) => holdsWord(heading, name.toLowerCase()))
    );
  }

  /**
   * The latest release up to `release` with a section for the question whose heading passes, when
   * the first section found up to then passes too.
   */
  private latestHeadedBefore(
    query: ParsedQuery,
    heading: (section: string) => boolean,
    release: string,
  ): string | undefined {
    const earlier = rank(
      { ...query, version: undefined, context: undefined },
      this.kb.index,
      this.options,
    ).filter((h) => h.chunk.version && compareVersions(h.chunk.version, release) <= 0);
    // Only when the section found first is about the name too ("dict" heads many that are not).
    if (!earlier[0] || !heading(earlier[0].chunk.section)) return undefined;
    const versions = earlier.filter((h) => heading(h.chunk.section)).map((h) => h.chunk.version ?? "");
    return versions.sort(compareVersions).at(-1);
  }

  /** A pasted error or code, answered with the release that explains it; undefined for other questions. */
  private askPasted(question: string, query: ParsedQuery, limit: number): Answer | undefined {
    const pasted = cleanPaste(question, this.options.maxPasteChars);
    const notesFor = this.notesFor;
    const reading = this.removedCause(pasted) ?? readError(pasted);
    // The release the error was met on, as the paste shows it or the question says.
    const metOn = reading?.running ?? query.troubleIn ?? query.version;
    // "SyntaxError: Can't build lexer … ERROR: …: global flags not at the start of the expression": a
    // sentence further down that a section quotes word for word is what went wrong underneath.
    const underneath = reading ? this.quotedUnderneath(pasted, reading.message, metOn, limit) : undefined;
    if (underneath) return { ...underneath, query: query.raw };
    // "window.timeout(140 - len(snake)/5) … TypeError: integer argument expected, got float": a float
    // where an int was wanted, from code that divides with `/`, is Python 3's true division.
    if (reading?.exception === "TypeError" && FLOAT_FOR_INT.test(reading.message) && dividesTruly(pasted))
      return errorAnswer(
        query,
        reading,
        { kind: "feature", feature: languageFeature("integer-division") },
        notesFor,
        this.releases,
      );
    // "setValue(self, int): argument 1 has unexpected type 'float'": a message only a release's change
    // makes, unless the asker met it on an earlier release.
    const made = reading?.subject ? undefined : this.madeByRelease(pasted, metOn, limit);
    if (made) return { ...made, query: query.raw };
    if (reading?.subject) {
      this.removals ??= builtinRemovalCatalog();
      const removals = this.removals;
      const explanation = explainError(reading, {
        api: this.api,
        // "name 'T' is not defined": a name this short is a removal only by its whole name (`uu`), not `re.T`.
        removals: (name) => removals.lookup(name).find((e) => name.length > 2 || e.name === name),
        removedArguments: (callable) => removals.argumentsOf(callable),
        removedKeywords: (kwarg) => {
          const entries = removals.keyword(kwarg);
          const named = entries.find((e) => pasted.includes(e.name.slice(0, e.name.indexOf("("))));
          return named ? { entries, named } : { entries };
        },
        codeNeeds: (code) => {
          const full = analyzeCode(code, { catalog: this.api });
          // `open(path, 'rU')` raising ValueError: a call a release refuses at run time is told by the
          // message, which the notes quote; only what the compiler refuses is the line's syntax.
          const refused = compilerRefusals(full);
          const analysis = { ...full, removed: refused.length > 0 ? refused : undefined };
          // `def async(self):` is code a later release rejects: its removal explains the error.
          const rejected = analysis.python2[0] === undefined && analysis.removed?.[0] !== undefined;
          // `print(msg, file=f)` raising SyntaxError: only Python 2 rejects it, so Python 2 ran it.
          // A Python 2 name beside it (`unichr`) would fail only when run; the syntax is what failed.
          const top =
            analysis.python2.find((r) => r.featureId !== undefined) ??
            analysis.removed?.[0] ??
            // What the compiler refuses is syntax: `'{}'.format(x)` fails on 3.0 only when it runs.
            analysis.requirements.find(
              (r) => r.featureId !== undefined && isSyntax(languageFeature(r.featureId)),
            ) ??
            analysis.python3Syntax?.[0];
          if (!top?.featureId) return undefined;
          const feature = languageFeature(top.featureId);
          // `print("…", flush=True)` refused by Python 2 still needs 3.3 once it runs on Python 3.
          const beyond = rejected
            ? undefined
            : analysis.requirements
                .filter(
                  (r) =>
                    r.version !== "2" &&
                    compareVersions(r.version, feature.version === "2" ? "3.0" : feature.version) > 0,
                )
                .sort((a, b) => compareVersions(b.version, a.version))[0];
          return { feature, rejected, ...(beyond ? { beyond } : {}) };
        },
        ...(metOn ? { metOn } : {}),
      });
      // "'mycontext' object does not support the context manager protocol": what no fact explains
      // may be worded as only one release words it.
      const unexplained =
        explanation === undefined || explanation.kind === "unexplained" || explanation.kind === "third-party";
      const wordedThen = unexplained ? this.madeByRelease(pasted, metOn, limit) : undefined;
      if (wordedThen) return { ...wordedThen, query: query.raw };
      // "No module named 'pyaudioop' on Python 3.13 – audioop removed": a package standing in for a
      // removed module, named beside it, is missing because the module went; so is one a question
      // about a removal names by a backport's naming (`pyasyncore`, `audioop-lts`).
      if (explanation?.kind === "third-party") {
        const named = (question.match(/[a-z][a-z0-9_]{3,}/g) ?? []).filter(
          (word) => word !== explanation.name && explanation.name.includes(word),
        );
        // So is one named like a removed module (`pyaudioop`) on a release from its removal: the
        // package's fallback for the module the release no longer has.
        const standIn = explanation.name.replace(/^py(?=[a-z]{4})|[-_]lts$/g, "");
        const goneBy = removals
          .lookup(standIn)
          .find((e) => e.name === standIn && e.kind === "module")?.removedIn;
        const newest = metOn ?? releasesNamedIn(query.text).at(-1);
        const backported =
          query.wantsRemovals ||
          query.wantsDeprecations ||
          (goneBy !== undefined && newest !== undefined && compareVersions(newest, goneBy) >= 0)
            ? standIn
            : "";
        const gone = [...named, backported].find(
          (word) =>
            word !== explanation.name &&
            removals.lookup(word).some((e) => e.name === word && e.kind === "module"),
        );
        const removal = gone ? removals.lookup(gone).find((e) => e.name === gone) : undefined;
        if (removal)
          return errorAnswer(
            query,
            reading,
            { kind: "removed", name: removal.name, removal },
            notesFor,
            this.releases,
          );
        // "Python 3.12: No module named 'setuptools'": a package the named release's own notes head a
        // section with is missing because of that release.
        const headed = this.packageInRelease(query, explanation.name, limit);
        if (headed) return headed;
      }
      // "async will be a keyword in 3.7 -> syntaxerror" names an error without pasting one: the
      // question is answered as written.
      // "SMTP_SSL.__init__() got an unexpected keyword argument 'keyfile'" is Python's own wording,
      // pasted without the exception's name.
      const pastedError =
        reading.exception !== "" ||
        reading.code.length > 0 ||
        (reading.subject.kind === "keyword" && reading.subject.callable !== "");
      // "SyntaxError: invalid syntax when using match case": the error alone says nothing, the
      // feature it names does.
      // "'dict_keys' object is not reversible": what the value could not do is more specific than a
      // feature its printed type names (dict views).
      // Python's own words for the value ("'dict_items' object is not reversible") are pasted, with
      // the exception's name or without it.
      const changed =
        explanation?.kind === "unexplained" && reading.subject.kind === "value"
          ? this.valueChange(reading.subject.type, reading.message || pasted, limit, metOn)
          : undefined;
      if (changed) return { ...changed, query: query.raw };
      // "unsupported operand type(s) for /: 'datetime.timedelta' and 'datetime.timedelta'": what a
      // standard type could not do with the operator, when a section is about the type doing it.
      const operated =
        explanation?.kind === "unexplained" && reading.subject.kind === "operator"
          ? this.operatorChange(reading.subject, limit, metOn)
          : undefined;
      if (operated) return { ...operated, query: query.raw };
      // "File "/usr/lib/python3.12/random.py", line 301, in randrange … TypeError": the standard
      // function that raised it, where a release up to the one running changed it.
      // So is a standard function the message names as called ("math.factorial() with 0.0 …
      // TypeError: 'float' object cannot be interpreted as an integer").
      const frame =
        explanation?.kind === "unexplained"
          ? (standardFrame(pasted) ?? this.calledByName(question))
          : undefined;
      const raisedBy = frame
        ? this.changedFunction(frame, reading.message, shownRunning(pasted), limit)
        : undefined;
      if (raisedBy) return { ...raisedBy, query: query.raw };
      // "SyntaxError: asynchronous comprehension outside of an asynchronous function": Python's own
      // words that a section quotes say which change it is, more than a feature they name.
      const quotedSyntax =
        explanation?.kind === "unexplained" && reading.subject.kind === "syntax"
          ? this.sectionQuoting(reading.subject.message, undefined, limit)
          : undefined;
      if (quotedSyntax) return { ...quotedSyntax, query: query.raw };
      const named =
        pastedError && explanation?.kind === "unexplained" ? findFeatureMention(question) : undefined;
      if (named) {
        const answer = languageFeatureAnswer(query, named.feature, notesFor, this.releases);
        if (answer) return answer;
      }
      const asName =
        pastedError && explanation?.kind === "unexplained" && reading.subject.kind === "syntax"
          ? this.asyncAsName(query)
          : undefined;
      if (asName) return asName;
      if (explanation && (explanation.kind !== "unexplained" || pastedError)) {
        // "x: Base | None = None … unsupported operand type(s) for |": the quoted line dates an
        // operator the facts cannot.
        const withCode =
          explanation.kind === "unexplained" && reading.subject.kind === "syntax"
            ? this.askCode(pasted, query, notesFor)
            : explanation.kind === "unexplained" &&
                reading.subject.kind === "operator" &&
                reading.code.length > 0
              ? this.askCode(reading.code.join("\n"), query, notesFor, true)
              : undefined;
        // "TypeError: Population must be a sequence … a change in python 3.11": the release named
        // may say what changed where no fact explains the error.
        // So may the release the question is about ("fails on python 3.10 due to improved messages").
        const inRelease = query.troubleIn ? query : { ...query, troubleIn: query.version };
        const trouble =
          explanation.kind === "unexplained" ? this.searchTrouble(inRelease, limit, true) : undefined;
        if (trouble?.answer.found) return trouble.answer;
        // "`locals()` forwarding breaks in Python 3.13 NameError: …": a call the asker marks as code,
        // where the release that broke it heads a section with it.
        const broke = explanation.kind === "unexplained" ? inRelease.troubleIn : undefined;
        const marked = broke ? [...question.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "").join("\n") : "";
        const headedCall = broke && marked ? this.callHeadedIn(marked, broke) : undefined;
        if (headedCall) return this.sectionOfRelease(query, headedCall, limit);
        // "format_exception() missing 2 required positional arguments" met on 3.9: a call written for
        // a later release, whose notes head a section with the function.
        const later =
          explanation.kind === "unexplained" && reading.subject.kind === "arity" && metOn
            ? this.headedAfter(reading.subject.callable, metOn)
            : undefined;
        if (later) return this.sectionOfRelease(query, later, limit);
        const moved =
          explanation.kind === "unexplained" ? this.importIn(reading.subject, query, limit) : undefined;
        if (moved) return moved;
        // "module 're' has no attribute 'sre_parse'": a section headed by the missing name, found by
        // its full name, that deprecates or removes it says what became of it where no fact does. A
        // name the facts list is still there ("module 'logging' has no attribute 'handlers'").
        // So does "cannot import name 'HTMLParseError'".
        const subject = reading.subject;
        const full =
          subject.kind === "attribute" && subject.ownerIs === "module"
            ? `${subject.owner}.${subject.name}`
            : subject.kind === "import"
              ? [subject.module, subject.name].filter(Boolean).join(".")
              : "";
        const missing =
          explanation.kind === "unexplained" &&
          full !== "" &&
          !this.api.lookup(full).some((e) => e.name === full)
            ? this.goneInNotes(full, limit)
            : undefined;
        if (missing) return { ...missing, query: query.raw };
        // "HTTPSConnection.__init__() got an unexpected keyword argument 'key_file'": the section
        // that removes that argument from the call's module, where no fact records it.
        const lost =
          explanation.kind === "unexplained" && subject.kind === "keyword" && subject.kwarg !== ""
            ? this.keywordGoneInNotes(subject.callable, subject.kwarg, limit)
            : undefined;
        if (lost) return { ...lost, query: query.raw };
        // "Python 3.8.11 >>> import dataclasses ModuleNotFoundError": a release that already has the
        // module was built or packaged without it; a call it already takes the argument of is
        // another library's. The release running is only what the paste shows (the traceback's
        // paths, the interpreter's banner): one the asker names may be one they read about.
        const running = shownRunning(pasted);
        // "ImportError: No module named pathlib" is Python 2's wording (Python 3 quotes the name): a
        // Python 3 path elsewhere in the paste is not what ran the import.
        const python2Wording = /\bNo module named [A-Za-z_]/.test(reading.message);
        const contradicted =
          explanation.kind === "added" &&
          !explanation.typed &&
          !python2Wording &&
          running !== undefined &&
          compareVersions(running, explanation.version) >= 0;
        if (contradicted && reading.subject.kind === "module")
          return packagedWithoutAnswer(query, explanation.name, explanation.version, running);
        // "No module named 'lib2to3'" from …/python3.12/…: a release before the removal still has it.
        const gone = explanation.kind === "removed" ? explanation : undefined;
        const removedIn = gone?.removal.removedIn;
        if (
          gone &&
          removedIn &&
          running !== undefined &&
          reading.subject.kind === "module" &&
          compareVersions(running, removedIn) < 0
        )
          return packagedBeforeRemovalAnswer(query, gone.name, removedIn, running);
        if (contradicted)
          return errorAnswer(query, reading, { kind: "unexplained" }, notesFor, this.releases);
        return withCode ?? errorAnswer(query, reading, explanation, notesFor, this.releases);
      }
    }
    // "DeprecationWarning: There is no current event loop" beside `asyncio.get_event_loop()`: what the
    // warning is about, in the sections that record a deprecation; another warning, in any section.
    const warning = reading !== undefined && /Warning$/.test(reading.exception);
    const warned =
      reading && !reading.subject && warning ? this.saidByMessage(reading, pasted, limit) : undefined;
    if (warned) return { ...warned, query: query.raw };
    // "DeprecationWarning: ssl.PROTOCOL_TLSv1_2 is deprecated" above the line that used it: the
    // deprecation the facts record of the name it warns of, not what the line needs.
    const deprecated =
      reading && !reading.subject && /DeprecationWarning$/.test(reading.exception)
        ? this.askRemoval(this.parse(`${reading.exception}: ${firstSentence(reading.message)}`))
        : undefined;
    if (deprecated) return { ...deprecated, query: query.raw };
    // "`random.sample(…)` will raise: TypeError: Population must be a sequence": an error beside code
    // that dates nothing is about what the error says.
    const error = reading !== undefined && !warning && reading.exception !== "";
    // "print 'Rate: {:5.2f}'.format(r) … ValueError: zero length field name in format": code that ran
    // far enough to raise at run time is not what a section quoting the error explains.
    const runTime = error && !/^(?:SyntaxError|IndentationError|TabError)$/.test(reading.exception);
    // A section of the release it was met on that quotes it comes first (3.8's spawn on macOS and
    // 3.14's forkserver on Linux both say "Can't pickle local object").
    const quotingFirst = runTime
      ? ((metOn ? this.sectionQuoting(reading.message, metOn, limit) : undefined) ??
        this.sectionQuoting(reading.message, undefined, limit))
      : undefined;
    if (quotingFirst) return { ...quotingFirst, query: query.raw };
    // 'File "/usr/lib/python3.13/dbm/sqlite3.py", line 79, in _execute … sqlite3.ProgrammingError':
    // the running release's section headed by the standard module the last frame ran in.
    const running = shownRunning(pasted);
    const frameModule = runTime ? standardFrame(pasted)?.split(".").slice(0, -1).join(".") : undefined;
    const headed = frameModule && running ? this.sectionHeadedBy(frameModule, running) : undefined;
    if (headed) return this.sectionOfRelease(query, headed, limit);
    // "TypeError: cannot pickle 'itertools.count' object … Python 3.14": what a release did to
    // pickling the type's module, where a release did something.
    const unpickled = runTime && reading ? UNPICKLED.exec(reading.message)?.[1] : undefined;
    const pickling = unpickled
      ? this.valueChange(unpickled, reading?.message ?? "", limit, metOn)
      : undefined;
    if (pickling) return { ...pickling, query: query.raw };
    const code = this.askCode(pasted, query, notesFor, error, error ? running : undefined);
    // "updated from 3.13 to 3.14 … RuntimeError: There is no current event loop": code that raised at
    // run time on the newest release the message names needs nothing newer; that release broke it.
    const newest = runTime && code?.version ? releasesNamedIn(query.text).at(-1) : undefined;
    const ranOn =
      newest !== undefined && code?.version !== undefined && compareVersions(code.version, newest) < 0;
    // A message that is only a name ("ModuleNotFoundError: contextvars") is the asker's subject, which
    // the question as a whole dates better.
    const sentence = firstSentence(reading?.message ?? "");
    const says = (sentence.match(/[A-Za-z]+/g) ?? []).length >= MIN_MESSAGE_WORDS;
    if ((code && !ranOn) || !error || reading.subject || !says) return code;
    // "TypeError: the JSON object must be str, not 'bytes'" on 3.5: a section that quotes the error
    // says what went wrong, whatever release the asker runs.
    const quoting = this.sectionQuoting(reading.message, undefined, limit);
    if (quoting) return { ...quoting, query: query.raw };
    const said = this.saidByMessage(reading, pasted, limit);
    if (said) return { ...said, query: query.raw };
    // "tarfile.AbsoluteLinkError: '…' is a link to an absolute path": the one section that names a
    // standard module's exception class as code, beside the module, brought it.
    const raisedBy = new RegExp(`\\b([a-z_]\\w*)\\.${literal(reading.exception)}\\b`).exec(pasted)?.[1] ?? "";
    const naming = this.api.isStandardPackage(raisedBy)
      ? this.kb.index.chunks.filter(
          (c) => c.text.includes(`\`${reading.exception}\``) && c.text.includes(`\`${raisedBy}`),
        )
      : [];
    const namer = naming.length === 1 && naming[0] ? this.hitOf(naming[0]) : undefined;
    if (namer) return this.sectionOfRelease(query, namer, limit);
    // "on Python 3.14 I got: RuntimeError: There is no current event loop …": what that release
    // changed, in the error's own words. They are Python's, not the asker's: none of them is chat
    // ("current"), though the values they quote are the asker's data (left out by the trouble search).
    // "TypeError: As of 3.10, the *loop* parameter was removed from Queue()": so may the release the
    // message itself names.
    const text = `${reading.exception}: ${sentence}`;
    const troubleIn = query.troubleIn ?? releasesNamedIn(sentence).at(-1) ?? (ranOn ? newest : undefined);
    const message = { ...this.parse(sentence), text, terms: tokenize(sentence), troubleIn };
    const trouble = troubleIn ? this.searchTrouble(message, limit, true) : undefined;
    return trouble?.answer.found ? { ...trouble.answer, query: query.raw } : code;
  }

  /** The section quoting a sentence of a paste other than its error's own message, if one does. */
  private quotedUnderneath(
    pasted: string,
    message: string,
    metOn: string | undefined,
    limit: number,
  ): Answer | undefined {
    // The message's own sentence is the error's, with its own answer ("… not 'bytes'. I use 3.5").
    const own = firstSentence(message);
    const sentences = sentencesOf(pasted).filter(
      (s) => !s.includes(own) && !message.includes(s) && !TRACEBACK_FURNITURE.test(s),
    );
    return this.firstQuoted(sentences, metOn ? [metOn, undefined] : [undefined], limit);
  }

  /**
   * "No module named 'audioop'", then, "during handling of the above exception", "No module named
   * 'pyaudioop'": the first error of a chain is the cause when it is a standard module a release removed.
   */
  private removedCause(pasted: string): ErrorReading | undefined {
    const chained = CHAINED_ERROR.exec(pasted);
    if (!chained) return undefined;
    const first = readError(pasted.slice(0, chained.index));
    if (first?.subject?.kind !== "module") return undefined;
    this.removals ??= builtinRemovalCatalog();
    const module = first.subject.module;
    const removed = this.removals
      .lookup(module)
      .some((e) => e.kind === "module" && e.name === module && e.removedIn);
    return removed ? first : undefined;
  }

  /**
   * "cannot import name 'CancelledError' from 'asyncio.futures'" met on 3.8: a name the facts do not
   * place there, in that release's section headed by it.
   */
  private importIn(subject: ErrorSubject, query: ParsedQuery, limit: number): Answer | undefined {
    const release = query.troubleIn ?? query.version ?? query.context;
    if (subject.kind !== "import" || !release) return undefined;
    const root = subject.module?.split(".")[0] ?? "";
    const asked = this.parse(`${root} ${subject.name}`);
    const notes = this.searchNotes({ ...asked, version: release, context: undefined }, limit);
    const headed = notes.lead !== undefined && headedBy(notes.lead.chunk.section, subject.name);
    return notes.answer.found && headed ? { ...notes.answer, query: query.raw } : undefined;
  }

  /** The section of the release whose change alone makes a message the paste holds, unless met before it. */
  private madeByRelease(pasted: string, metOn: string | undefined, limit: number): Answer | undefined {
    const told = RELEASE_MESSAGES.find((m) => m.message.test(pasted));
    if (!told || (metOn !== undefined && compareVersions(metOn, told.release) < 0)) return undefined;
    const notes = this.searchNotes(
      { ...this.parse(told.about), version: told.release, context: undefined },
      limit,
    );
    return notes.answer.found ? notes.answer : undefined;
  }

  /** The section an exception's own message speaks of, with the code it came from. */
  private saidByMessage(reading: ErrorReading, pasted: string, limit: number): Answer | undefined {
    if (reading.message === "") return undefined;
    // A deprecation is answered by a section that records one; another warning by any section.
    const deprecation = /DeprecationWarning$/.test(reading.exception);
    // The code the warning came from: quoted by a traceback, or pasted beside it.
    const code = reading.code.length > 0 ? reading.code : [extractCode(pasted)?.code ?? ""];
    // The warning's own sentence, with what stands before it on its line ("asyncio DeprecationWarning:
    // …"); what the asker goes on to say is theirs.
    // "Babel with Python 3.6 issues a DeprecationWarning at import time:" above the warning itself:
    // the line that prints it is the one with its message.
    const lines = pasted.split("\n");
    const line =
      lines.find((l) => l.includes(`${reading.exception}:`)) ??
      lines.find((l) => l.includes(reading.exception)) ??
      "";
    // A title's tag ("[Trixie] …") is where the asker met it.
    // A warning's file path says only which module raised it: a standard one by its name
    // ("/usr/lib64/python3.14/unittest/case.py:725:"), the asker's or a package's not at all.
    // Python prints a warning as "path:line: Category: message", so what stands before its path was
    // written by the asker ("After upgrading my distro … at startup: /usr/…/StartPage.py:189: …").
    const printed = line.slice(0, line.indexOf(reading.exception));
    const path = printed.search(/\S*\.py:\d+:\s*$/);
    const before = printed
      .slice(Math.max(path, 0))
      .replace(/\[[^\]\n]*\]/g, " ")
      .replace(
        /(\S*[/\\]python3(?:\.\d+)?[/\\](?!(?:site|dist)-packages))?(\S*)\.py:\d+:?/gi,
        (_, lib, module: string) => (lib ? ` ${module.replace(/[/\\]/g, " ")} ` : " "),
      )
      // "/Users/nick/Library/Application Support/…/importer.py:127:": a path broken by a space is
      // still a path.
      .replace(/\S*[/\\]\S*/g, " ")
      // "Ubuntu 22.04.1 LTS - .deb SyntaxWarning": a file type says how the asker installed.
      .replace(/(?<!\S)\.[a-z]\w*(?!\S)/g, " ")
      // "I'm getting this message in .xsession-errors; DeprecationWarning: …": the asker's clause
      // before the warning is theirs, and so is a title set off by a dash ("Warning with python3.6 — …",
      // "Ubuntu 22.04.1 LTS - …").
      .split(/[;!?](?:\s|$)|\.\s|\s[-—–]\s/)
      .at(-1);
    const warning = /Warning$/.test(reading.exception);
    // "at position 33", "(pid=16443)": numbers of the asker's run, no word of the notes.
    // Nor is the line it points at, pasted after it in backticks ("… boolean context `x = f() or y`").
    // Nor are the values it prints by their repr ("(<bound method T.test_a of <T testMethod=test_a>>").
    const message = withoutReprs(firstSentence(reading.message))
      .replace(/\s`[^`]*`?/g, " ")
      .replace(/\b[A-Za-z_]+=\d+\b/g, " ")
      .replace(/(?<![\w.])\d+(?![\w.])/g, " ");
    // The code a warning or error came from speaks only through the standard names it calls; its
    // variables are the asker's.
    // A builtin the catalog does not date (`open(path, 'rU')`) is called by its bare name.
    const source = code.flatMap(
      (c) => this.findApi(c)?.token ?? [...c.matchAll(BARE_CALL)].map((m) => m[1] ?? ""),
    );
    // "… event loop" due to asyncio.get_event_loop()": a call the asker names beside it.
    const named = code.some((c) => c.trim() !== "") ? [] : (line.match(CALL_NAMED) ?? []);
    // "SyntaxWarning: "is not" with a literal" names what it warns of; an error's class is only how it failed.
    const kind = warning && !deprecation ? reading.exception : "";
    const said = warning ? `${before} ${message}` : message;
    const parsed = this.parse([...source, ...named, kind, said].join(" "));
    // "Python3.13で「SyntaxWarning: …」": the release the asker saw it on is no filter; the warning's
    // words say which release brought it.
    const asked = { ...parsed, version: undefined, context: undefined };
    const ranked = rank(asked, this.kb.index, this.options);
    const enough = (h: RankedHit | undefined): h is RankedHit =>
      h !== undefined &&
      h.coverage >= (h.anchored ? this.options.minAnchoredCoverage : this.options.minCoverage);
    const recorded = ranked.filter((h) => !deprecation || sectionKind(h.chunk) === "deprecated");
    // Else a section elsewhere that tells of the warning by name (3.12's tarfile filters: "extracting
    // without a filter emits a DeprecationWarning").
    const deprecations = enough(recorded[0])
      ? recorded
      : ranked.filter((h) => h.chunk.text.includes("`DeprecationWarning`"));
    // Two releases' deprecations the warning's words fit alike ("'async' and 'await' will become
    // reserved keywords"): the one that began emitting the warning names it.
    const top = deprecations[0];
    const emitting = deprecation
      ? deprecations.find(
          (h) =>
            top !== undefined &&
            h.score >= NEAR_TIE * top.score &&
            h.chunk.text.includes("`DeprecationWarning`"),
        )
      : undefined;
    const best = emitting ?? top;
    if (!enough(best)) return undefined;
    // An error is explained only by a section headed by the standard call the code made with it, or
    // one that writes as code the value the message quotes ("invalid mode: 'rU'").
    const values = reading.message.match(/'[^'\s]{1,20}'/g) ?? [];
    // "… is not allowed: use default_factory": so does one that writes in its code the name the
    // message tells the asker to use.
    // A call it names ("use sys.set_int_max_str_digits()") is dated by the facts, not found here.
    const names = message.match(/(?<![\w.])[a-z]+(?:_[a-z]+)+(?![\w.(])/g) ?? [];
    const spans = best.chunk.text.match(/`[^`]+`/g) ?? [];
    const writesValue =
      values.some((value) => best.chunk.text.includes(`\`${value}\``)) ||
      names.some((name) => spans.some((span) => new RegExp(`\\b${name}\\b`).test(span)));
    if (!warning && !writesValue && !source.some((name) => headedBy(best.chunk.section, name)))
      return undefined;
    // What the message names first leads: a release's highlights may hold more of its words
    // ("syntax", "warning", "literal") without being about it.
    const notes = this.notesFrom(
      asked,
      [best, ...deprecations.filter((h) => h !== best && h.anchored && enough(h))],
      limit,
    );
    return notes.answer.found ? notes.answer : undefined;
  }

  private askCode(
    pasted: string,
    query: ParsedQuery,
    notesFor: NotesFor,
    onlyIfDated = false,
    ranOn?: string,
  ): Answer | undefined {
    // "type_caster_base.h:482:26: error: … 482 |   frame = frame->f_back;": a C compiler's report
    // quotes C, whatever of it parses as Python.
    if (C_DIAGNOSTIC.test(pasted)) return undefined;
    const code = extractCode(pasted);
    if (!code) return undefined;
    // "如何表示Enum(枚举)": a name glossed in another script in brackets is prose, not a call.
    const unquoted = code.code.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "");
    if (!code.code.includes("\n") && /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff]/.test(unquoted))
      return undefined;
    // "test failures on Python 3.14 caused by deprecated `asyncio.get_event_loop_policy()`": a name
    // written as code beside its deprecation or removal is asked about, not given to run.
    if (/^[A-Za-z_][\w.]*(?:\(\))?(?: \.\.\.)?$/.test(code.code.trim()) && STILL_THERE.test(code.prose))
      return undefined;
    const read = cutAtLine(code.code, this.options.maxCodeChars);
    const analysis = analyzeCode(read, { catalog: this.api });
    // "cgi.escape does not work any more … change `import cgi` to `import html`": a removed member
    // the prose names is what the question is about, not the module the code imports (3.8, not 3.13).
    const removedModules = (analysis.removedApis ?? []).flatMap((r) =>
      r.api && !r.api.includes(".") ? [r.api] : [],
    );
    if (removedModules.length > 0 && this.namesRemovedMember(code.prose, removedModules)) return undefined;
    // "file = open(path, 'rU') … ValueError: invalid mode: 'rU'": what a release refuses only when the
    // line runs is told by the error pasted with it, which the notes quote.
    const refusedWhenRun =
      (analysis.removed?.length ?? 0) > 0 &&
      compilerRefusals(analysis).length === 0 &&
      analysis.requirements.length === 0 &&
      analysis.python2.length === 0 &&
      (analysis.removedApis?.length ?? 0) === 0;
    const toldByError = refusedWhenRun && RAISED_LINE.test(pasted);
    const dated =
      analysis.requirements.length > 0 ||
      analysis.python2.length > 0 ||
      ((analysis.removed?.length ?? 0) > 0 && !toldByError) ||
      (analysis.removedApis?.length ?? 0) > 0 ||
      rejectedPython3(query, analysis) !== undefined;
    // "fails on Python 3.13: `return locals()["__version__"]` KeyError": a call the code makes whose
    // section of the release the message says broke it is headed by it.
    const brokeIn = query.bound ? undefined : (query.troubleIn ?? query.version);
    const headedCall = brokeIn && !dated ? this.callHeadedIn(read, brokeIn) : undefined;
    if (headedCall) {
      const notes = this.notesFrom(query, [headedCall], this.options.citations);
      if (notes.answer.found) return { ...notes.answer, query: query.raw };
    }
    if (onlyIfDated && !dated) return undefined;
    // "Why does Python log a SyntaxWarning for 'is' with literals? `if x is 200:`": code any Python 3
    // runs, beside a warning the prose names, asks why the warning comes, not whether it runs.
    if (!dated && WARNING_NAMED.test(code.prose)) {
      const warned = this.searchNotes(this.parse(code.prose, query.version), this.options.citations);
      if (warned.answer.found) return { ...warned.answer, query: query.raw };
    }
    // "…/python3.10/… `updated_at := fromisoformat(…)` ValueError": code a traceback shows running on
    // a release that has all it needs ran there, so what it needs explains no error it raised.
    const fits =
      ranOn !== undefined &&
      (analysis.minVersion === undefined || compareVersions(analysis.minVersion, ranOn) <= 0) &&
      analysis.python2.length === 0 &&
      (analysis.removed?.length ?? 0) === 0 &&
      (analysis.removedApis?.length ?? 0) === 0;
    if (fits) return undefined;
    // "in Python 3.11, using `class MyEnum(str, Enum)` … puts the name in an f-string", "running with
    // `PYTHON_JIT=1` does not use the JIT": a snippet or two inside a long account are not asked to run.
    const told = (code.prose.match(/[A-Za-z]{2,}/g) ?? []).length >= TOLD_AROUND_CODE;
    if (!dated && told && code.code.split("\n").length <= MAX_TOLD_SNIPPETS) return undefined;
    // "`from __future__ import annotations` … not needed with Python 3.14+": code an earlier release
    // runs, beside a bound the message sets, is about what changed at the bound, not whether it runs.
    const needs = analysis.minVersion;
    if (query.bound && query.version && needs && compareVersions(needs, query.version) < 0) return undefined;
    // "Python 3.9 added two operators to dict: `a | b` does `{*a, *b}`": code older than the release
    // the message says added something shows what that addition does.
    const addition = addedIn(query.text);
    if (addition && needs && compareVersions(needs, addition) < 0) return undefined;
    // "Support Python 3.14 — `from __future__ import annotations` — evaluated eagerly?": a future
    // import the release asked about deprecated is answered by that release's section on it.
    const asked = query.version ?? query.context;
    const future =
      analysis.requirements.length === 1
        ? FUTURE_IMPORT.exec(analysis.requirements[0]?.what ?? "")?.[0]
        : undefined;
    if (future && asked && needs && compareVersions(needs, asked) < 0) {
      const chunk = this.kb.index.chunks.find((c) => c.version === asked && c.section.includes(future));
      const headed = chunk && this.hitOf(chunk);
      if (headed && sectionKind(headed.chunk) === "deprecated")
        return this.sectionOfRelease(query, headed, this.options.citations);
    }
    // "the Python 3.9+ dictionary merge operator (dict | dict)": a feature the prose names, with its
    // own release, says what the code is, where the code alone reads as another (a union of types).
    const top = analysis.requirements[0];
    const named = findFeatureMention(code.prose);
    const namedWithRelease =
      named !== undefined &&
      new RegExp(`(?<![\\d.])${literal(named.feature.version)}(?!\\d)`).test(query.text);
    if (
      top?.featureId &&
      named &&
      namedWithRelease &&
      named.feature.id !== top.featureId &&
      analysis.requirements.length === 1
    )
      return undefined;
    // "Why keyword `match` in Python 3.10 can be as a variable or function name? >>> match = '…'": so
    // does one beside code that any Python 3 runs.
    if (!dated && namedWithRelease) return undefined;
    // "Replace `@functools.lru_cache(maxsize=None)` with `@functools.cache` once 3.8 is dropped": code
    // the asker's release runs, beside a name written in the prose that it lacks, is about that name.
    const release = query.context ?? query.version;
    if (release && (!needs || compareVersions(needs, release) <= 0)) {
      const lacking = this.findApi(code.prose);
      if (lacking?.entries.every((e) => !isAvailableIn(e, release))) return undefined;
    }
    // "it takes 0.5 seconds to just `import openai`": code that only imports a package that is not
    // Python's own is about that package.
    const outside = dated
      ? undefined
      : analysis.onlyImports?.find((m) => m !== "" && !this.api.isStandardPackage(m.toLowerCase()));
    if (outside) return thirdPartyAnswer(query, outside);
    // "Python 3.12 changed how f-strings are handled", "error on f-string for CPython 3.12": code
    // older than the release the message says changed it, or broke on, is about that release's
    // section on what the code needs.
    const changedIn = (query.bound ? undefined : query.version) ?? query.troubleIn;
    if (changedIn && top?.featureId && needs && compareVersions(needs, changedIn) < 0) {
      const feature = languageFeature(top.featureId);
      const changed = this.featureChangedIn([feature.name], changedIn, this.options.citations);
      if (changed) return { ...changed, query: query.raw };
    }
    // "In Python 3.14, `asyncio.get_event_loop()` will error if there is no running loop": a call the
    // code makes, older than that release, whose section of that release is headed by it.
    if (changedIn && needs && compareVersions(needs, changedIn) < 0) {
      const called = analysis.requirements
        .flatMap((r) => (r.api?.includes(".") ? [r.api] : []))
        .sort((a, b) => b.length - a.length);
      for (const api of called) {
        const headed = this.sectionHeadedBy(api, changedIn);
        const notes = headed ? this.notesFrom(query, [headed], this.options.citations) : undefined;
        if (notes?.answer.found) return { ...notes.answer, query: query.raw };
      }
    }
    // "pytest-virtualenv fails tests on Python 3.12" above code that release runs: a yes would deny
    // the report; what the release changed about the report's subject answers it, where its notes say.
    const troubled = query.troubleIn;
    if (troubled && (!needs || compareVersions(needs, troubled) <= 0)) {
      const trouble = this.searchTrouble(query, this.options.citations);
      if (trouble?.answer.found) return { ...trouble.answer, query: query.raw };
    }
    return codeAnswer(query, analysis, notesFor, this.releases);
  }

  /** The first section after a release that is headed by a function's name. */
  private headedAfter(name: string, release: string): RankedHit | undefined {
    const later = this.kb.releases
      .map((r) => r.version)
      .filter((v) => compareVersions(v, release) > 0)
      .sort(compareVersions);
    for (const version of later) {
      const headed = this.sectionHeadedBy(name, version);
      if (headed) return headed;
    }
    return undefined;
  }

  /** The section of a release headed by a function the code calls, the longest name first. */
  private callHeadedIn(code: string, release: string): RankedHit | undefined {
    // A long paste calls many of its own functions: a search for each would cost more than it finds.
    const called = [...new Set([...code.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)\(/g)].map((m) => m[1] ?? ""))]
      .filter((name) => name.length > 3 && !STATEMENT_WORDS.has(name))
      .sort((a, b) => b.length - a.length)
      .slice(0, MAX_CALLS_SEARCHED);
    for (const name of called) {
      const headed = this.sectionHeadedBy(name, release);
      if (headed) return headed;
    }
    return undefined;
  }

  /**
   * "DeprecationWarning: ast.Str is deprecated and will be removed in Python 3.14" on 3.12: a warning
   * seen on a release that still has the name began where that release's notes record its
   * deprecation, if they do; the removal comes after.
   */
  private warningBeganIn(query: ParsedQuery, pasted: Answer): Answer | undefined {
    const reading = readError(query.raw);
    if (reading?.exception !== "DeprecationWarning") return undefined;
    // "… will be removed in Python 3.14` with Python 3.12": the one other release named is the asker's.
    const others = new Set(
      [...query.text.matchAll(VERSION_MENTION)]
        .map((m) => m[1])
        .filter((v): v is string => v !== undefined && v !== query.plannedRemoval),
    );
    const [told] = others.size === 1 ? others : [];
    const running = shownRunning(query.raw) ?? query.context ?? query.troubleIn ?? told;
    if (!running || running === pasted.version) return undefined;
    const fact = this.askRemoval(this.parse(firstSentence(reading.message)))?.api;
    return fact ? this.deprecatedThen(query, fact, running) : undefined;
  }

  /**
   * The section of the asker's release, before the name's removal, that records its deprecation
   * ("imp is deprecated in python 3.6.8": 3.6 made importing it warn).
   */
  private deprecatedThen(
    query: ParsedQuery,
    fact: { name: string; removedIn?: string },
    running: string,
  ): Answer | undefined {
    if (fact.removedIn && compareVersions(running, fact.removedIn) >= 0) return undefined;
    const headed = this.sectionHeadedBy(fact.name, running);
    if (!headed || sectionKind(headed.chunk) !== "deprecated") return undefined;
    return this.sectionOfRelease(query, headed, 1);
  }

  /**
   * "an "async" syntax error with Python 3.8.3", "SyntaxError: invalid syntax async keyword problem"
   * on 3.8: on a release from 3.7, where `async` is a reserved word, a syntax error over it is code
   * using it as a name.
   */
  private asyncAsName(query: ParsedQuery): Answer | undefined {
    const release = query.troubleIn ?? query.context ?? query.version;
    if (!release || compareVersions(release, ASYNC_RESERVED) < 0) return undefined;
    if (!SYNTAX_ERROR_SAID.test(query.text) || !ASYNC_WORD.test(query.text)) return undefined;
    return languageFeatureAnswer(query, languageFeature("async-keywords"), this.notesFor, this.releases);
  }

  /** A standard function written in full with its call's brackets (`math.factorial()`), if one is. */
  private calledByName(text: string): string | undefined {
    for (const m of text.matchAll(/\b([a-z_][a-z0-9_]*(?:\.[A-Za-z_]\w*)+)\(/g)) {
      const name = m[1] ?? "";
      if (this.api.lookup(name).some((e) => e.name === name)) return name;
    }
    return undefined;
  }

  /** Whether prose names a member a release removed from one of the modules (`cgi.escape` of `cgi`). */
  private namesRemovedMember(prose: string, modules: readonly string[]): boolean {
    this.removals ??= builtinRemovalCatalog();
    const removals = this.removals;
    return modules.some((module) =>
      [...prose.matchAll(new RegExp(`\\b${literal(module)}\\.([A-Za-z_]\\w*)`, "g"))].some((m) =>
        removals.lookup(m[0]).some((e) => e.name === m[0] && e.removedIn),
      ),
    );
  }

  ask(question: string, ask: AskOptions = {}): Answer {
    // NaN (say, an option that failed to parse) would list no citations at all; the default is kinder.
    const wanted = ask.limit === undefined || Number.isNaN(ask.limit) ? this.options.citations : ask.limit;
    const limit = Math.max(1, Math.min(wanted, this.options.maxHits));
    // The tags a logger wrote before a traceback's lines are read past; the question is still the
    // asker's own.
    const untagged = withoutLogTags(question);
    const read = this.answer(untagged, ask, limit);
    const answer =
      untagged === question ? read : { ...read, query: cutQuestion(question, this.options.maxQueryChars) };
    // Answers led by a fact cite what states it first; the caller's limit still holds.
    return answer.citations.length > limit
      ? { ...answer, citations: answer.citations.slice(0, limit) }
      : answer;
  }

  private answer(question: string, ask: AskOptions, limit: number): Answer {
    if (ABOUT.test(question)) return aboutAnswer(question, this.coverage());
    const query = this.withoutFuturePlan(this.parse(question, ask.version), ask);
    // "ruff: E999 SyntaxError … `match value:` — Python 3.10.6": another tool's parser refusing syntax
    // the release the asker names accepts.
    const refusedByTool = this.toolRefusing(query);
    if (refusedByTool) return refusedByTool;
    // "match case in micropython — SyntaxError": another Python's syntax, whatever the error says.
    const elsewhere = OTHER_PYTHONS.exec(query.text)?.[0];
    if (elsewhere && !query.refusal) return thirdPartyAnswer(query, elsewhere.toLowerCase());
    // "SetuptoolsDeprecationWarning: setup.py install is deprecated": a package's own warning class.
    const ownClass = PACKAGE_EXCEPTION.exec(query.raw)?.[1]?.toLowerCase();
    if (ownClass && THIRD_PARTY.has(ownClass) && !query.refusal) return thirdPartyAnswer(query, ownClass);
    // "No module named '_tkinter'", "[SSL: CERTIFICATE_VERIFY_FAILED]", "No module named 'encodings'":
    // the build left a module out, or the machine's own setup failed, whatever else the paste says.
    if (machineTrouble(query.raw)) return buildTroubleAnswer(query);
    // "ImportError: DLL load failed: The specified module could not be found": a library the machine
    // lacks, unless on a release from 3.8, which changed where Windows looks for DLLs.
    const on = query.version ?? query.context ?? query.troubleIn;
    const dll = DLL_LOAD_FAILED.test(query.raw);
    if (dll && (on === undefined || compareVersions(on, DLL_SEARCH_CHANGED) < 0))
      return buildTroubleAnswer(query);
    // "FileNotFoundError: Could not find module 'node.dll'" on 3.8: that release's change to where
    // Windows looks for them.
    // So is a DLL not found where it was looked for, told on a release from 3.8 ("couldn't find
    // OpenColorIO_2_0.dll, because PATH is no longer used").
    const dllLookup =
      DLL_NAMED.test(query.raw) &&
      DLL_LOOKUP.test(query.raw) &&
      on !== undefined &&
      compareVersions(on, DLL_SEARCH_CHANGED) >= 0;
    const dllSearch =
      CTYPES_DLL_MISSING.test(query.raw) || dllLookup
        ? this.searchNotes(
            { ...this.parse("Windows DLL"), version: DLL_SEARCH_CHANGED, context: undefined },
            limit,
          )
        : undefined;
    if (dllSearch?.answer.found) return { ...dllSearch.answer, query: query.raw };
    // "fatal error: ffi.h: No such file or directory": a header the machine lacks, unless the notes
    // name it (a release moved `longintrepr.h`). `Python.h` itself, which every release has, is
    // missing only where the development package is not installed.
    const header = missingHeader(query.raw);
    const file = header?.split("/").at(-1)?.toLowerCase() ?? "";
    if (header && (this.kb.index.frequency(file) === 0 || file === "python.h"))
      return buildTroubleAnswer(query);
    // "fatal error: longintrepr.h: No such file … (3.11.2 vs 3.9)": the section that moved or removed
    // it, whatever releases the message compares.
    const moved = header ? this.searchNotes({ ...this.parse(file), context: undefined }, limit) : undefined;
    if (moved?.answer.found && moved.lead?.chunk.text.toLowerCase().includes(file))
      return { ...moved.answer, query: query.raw };
    const pasted = query.refusal ? undefined : this.askPasted(question, query, limit);
    // "Add support for PEP 692: `**kwargs: typing.Unpack[TypedDict]`": the PEP named dates the code.
    const pep = pasted ? this.pepSection(query, limit) : undefined;
    if (pep && pep.version !== pasted?.version) return pep;
    // "The loop argument is deprecated since 3.8 … scheduled for removal in 3.10": once out, the
    // planned release says what went, unless the paste was already answered from it.
    if (pasted) {
      const began = this.warningBeganIn(query, pasted);
      if (began) return began;
      if (!query.plannedRemoval || pasted.version === query.plannedRemoval) return pasted;
      // "…/python3.10/site-packages/…: DeprecationWarning: … slated for removal in Python 3.12": a
      // release the paste shows running, before the removal, is answered by what it did itself.
      const running = shownRunning(query.raw);
      if (running && pasted.version === running && compareVersions(running, query.plannedRemoval) < 0)
        return pasted;
      // The removal the facts record there says when it was deprecated, too.
      const recorded = this.askRemoval(query);
      if (recorded && recorded.version === query.plannedRemoval) return recorded;
      return this.plannedRemoval(query, limit) || pasted;
    }
    const command = this.commandAnswer(query, limit);
    if (command) return command;
    // "which version added <>", "@=", ":= on py3.7?": a feature written in symbols leaves no words to
    // search, and is no release's overview.
    // A release's support dropped ("dropping Python 3.9 support") searches no words either: an API
    // named that the release lacks is answered below.
    const dropped = query.intent === "end-of-life" ? query.version : undefined;
    const lackingApi =
      dropped !== undefined &&
      this.findApi(query.text)?.entries.every((e) => !isAvailableIn(e, dropped)) === true;
    const symbols =
      query.refusal || (query.terms.length === 0 && !lackingApi) ? findFeatureMention(query.text) : undefined;
    // "Deprecating Python 3.7 … the walrus operator, keyword-only parameters": of the features a
    // dropped release is left for, one it lacks, not one it has.
    const beyondDropped =
      symbols && dropped && compareVersions(symbols.feature.version, dropped) <= 0
        ? this.featureBeyond(query, limit)
        : undefined;
    if (beyondDropped) return beyondDropped;
    const bySymbols =
      symbols && languageFeatureAnswer(query, symbols.feature, this.notesFor, this.kb.releases);
    if (bySymbols) return bySymbols;
    if (query.refusal) return refusal(query);
    // As typed too: the speller makes "unmet" an "unset".
    if (asksBuildTrouble(query.text) || asksBuildTrouble(query.raw))
      return this.removedPackage(query) ?? buildTroubleAnswer(query);
    // "Drop 3.6 and bump dependencies to support python 3.11", "Removed 3.6, added 3.10 support": a
    // message leaving a release for a newer one is about what the newer one brings.
    const wanted = this.releaseWanted(query);
    if (wanted) return wanted;
    // "Are there any plans to support PEP-657 style enhanced tracebacks": a PEP a release implemented
    // names a subject as well as a feature's name does.
    const unnamed =
      !findFeatureMention(query.text) &&
      !findApi(query.text, this.api) &&
      this.pepSection(query, limit) === undefined &&
      // "python 3.13+ support free-threading": a feature the notes know by other words, too.
      !query.expansions.some((e) => e.standsFor.some((t) => !isKindWord(t)));
    if (asksProjectRelease(query.text) && unnamed) return projectReleaseAnswer(query);
    if (asksProjectSupport(query.text) && unnamed) {
      const asked = query.version ?? query.context;
      return projectSupportAnswer(
        query,
        this.kb.releases.find((r) => r.version === asked),
      );
    }
    const today = this.now();
    if (query.intent === "range") {
      // "Between Python 3.3 and 3.9, `Mapping` was in both … in 3.10 it was removed": the releases a
      // name was there in, and its removal after them, which is the news.
      // "module chunk unavailable in Python 3.13 — since upgrading from 3.11 to 3.13": so is a name
      // the upgrade itself removed.
      const removed = this.askRemoval(query);
      const after = removed?.version && query.range && compareVersions(removed.version, query.range.from) > 0;
      if (removed && after) return removed;
      return rangeAnswer(query, this.releases, this.kb.index.chunks, limit) ?? notFound(query);
    }
    if (query.intent === "latest") return latestAnswer(query, this.releases, today) ?? notFound(query);
    if (query.intent === "supported") return supportedAnswer(query, this.releases, today) ?? notFound(query);
    // "Drop Python 3.9 support … to use `match case`": the feature the dropped release lacks is the
    // reason, and its release the news.
    const lacking = query.intent === "end-of-life" ? this.featureBeyond(query, limit) : undefined;
    if (lacking) return lacking;
    if (query.intent !== "feature") {
      const facts = this.releases.find((r) => r.version === query.version);
      const fromNotes =
        query.intent === "overview" ||
        query.intent === "deprecations" ||
        query.intent === "removals" ||
        query.intent === "speedups" ||
        query.intent === "syntax";
      if (!facts || (fromNotes && facts.noNotes)) return this.beyondNotes(query) ?? this.noNotes(query);
      if (query.intent === "overview") return overviewAnswer(query, facts, limit);
      if (query.intent === "syntax")
        return (
          syntaxListAnswer(query, facts.version, this.releases, limit) ??
          (knowsSyntaxOf(facts.version)
            ? noNewSyntaxAnswer(overviewAnswer(query, facts, limit), facts.version)
            : overviewAnswer(query, facts, limit))
        );
      if (query.intent === "deprecations" || query.intent === "removals" || query.intent === "speedups") {
        return changeListAnswer(query, facts, this.kb.index.chunks, limit);
      }
      return releaseAnswer(query, facts, this.releases, today);
    }
    const beyond = this.beyondNotes(query);
    if (beyond) return beyond;
    if (query.version && !this.releases.some((r) => r.version === query.version)) return this.noNotes(query);
    // "undefined symbol: PyEval_CallObject": a compiler's or linker's words are no removed module's name.
    const missingInC = C_MISSING.test(query.text);
    const cApiFirst = missingInC ? this.cApiNamed(query, limit) : undefined;
    if (cApiFirst) return cApiFirst;
    const removed = this.askRemoval(query) ?? this.plannedRemoval(query, limit);
    // "f-string syntax error: remove equal symbol": a name among the words that name a language
    // feature (`symbol`) is that feature's word, not the module.
    const phrase = findFeatureMention(query.text)?.phrase.toLowerCase();
    const inPhrase =
      phrase !== undefined && removed?.api !== undefined && withinPhrase(removed.api.name, phrase);
    // "imp is deprecated in python 3.6.8": a deprecation met on the asker's interpreter, named to its
    // patch release, before the removal.
    const interpreter = query.context ?? query.version;
    const metThen =
      removed?.api &&
      interpreter &&
      DEPRECATION_SAID.test(query.text) &&
      new RegExp(`(?<![\\d.])${literal(interpreter)}\\.\\d`).test(query.text)
        ? this.deprecatedThen(query, removed.api, interpreter)
        : undefined;
    if (metThen && !inPhrase) return metThen;
    if (removed && !inPhrase) return removed;
    const topicList = this.topicInRelease(query, limit);
    if (topicList) return topicList;
    // Words as typed: the tokenizer would make "pandas" a "panda".
    const words = query.text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];
    const packages = words.filter((w) => THIRD_PARTY.has(w) && !this.isProse(w));
    // pip at work beside no module a release added ("tomllib error after pip install" is tomllib's).
    const pipAtWork =
      PIP_USED.test(query.text) &&
      !PIP_BUNDLED.test(query.text) &&
      !words.some((w) =>
        this.api
          .lookup(w)
          .some((e) => e.kind === "module" && e.name === w && e.py3 !== null && e.py3 !== "3.0"),
      );
    const outside = packages[0] ?? (pipAtWork ? "pip" : undefined);
    const feature = findFeatureMention(query.text);
    // "the `/` in a function signature (in the numpy docs)": a package named beside a language
    // feature is where the asker met it.
    const firstNamed = this.findApi(query.text);
    // "`pkg_resources` is deprecated … use `importlib.metadata` instead on 3.8+": a standard name
    // written as code beside the package is what the message is about.
    // "`TypeAlias` usage breaks conda-store-server for python <3.10": so is one written in backticks.
    // "minepy fails to build on conda-forge … incomplete typedef 'PyFrameObject'": CPython's own C API
    // named beside the package is what changed.
    const standardToo =
      outside !== undefined &&
      ((firstNamed !== undefined &&
        (firstNamed.token.includes(".") || query.text.includes(`\`${firstNamed.token}\``))) ||
        C_API_NAME.test(query.text) ||
        // "ValueError: unsupported pickle protocol: 5 … My environment is: conda": Python's own error
        // about a standard module is what the paste is about, whatever tool the asker runs it in. Only a
        // module's name that names nothing else counts ("code" is also many a `.code` attribute).
        (readError(query.raw)?.message.match(/[a-z_]+/g) ?? []).some(
          (w) => this.api.hasMembers(w) && !BUILTIN_TYPES.has(w) && this.api.lookup(w).length === 0,
        ));
    if (
      outside &&
      !feature &&
      !standardToo &&
      !listedAmongStandard(query.text, outside, this.api) &&
      !avoided(query.text, outside) &&
      // "`pkg_resources` is no longer available … because setuptools is no longer included": any
      // package the message names that heads the section found.
      !this.headedInNotes(query, packages)
    ) {
      // pip's own doings are pip's, whatever release changed what its bundled copy brings.
      if (!packages[0]) return thirdPartyAnswer(query, outside);
      // "setuptools missing on 3.12": the release named heads a section with the package.
      const headed = this.packageInRelease(query, outside, limit);
      if (headed) return headed;
      // "Use numpy.sum instead of sum … The sum function in Python 3.12 switched to Neumaier
      // summation": the package is the asker's way out of what the release they name changed.
      const release = query.version ?? query.troubleIn;
      const inRelease = release
        ? this.farAhead({ ...query, version: release, context: undefined })
        : undefined;
      if (inRelease)
        return this.sectionAlone({ ...query, version: release, context: undefined }, inRelease, limit);
      return thirdPartyAnswer(query, outside);
    }
    // "`from __future__ import annotations` … not needed with Python 3.14+": a feature older than the
    // bound changed there, and that release's notes on it say how. So did one older than a release
    // said to have changed it ("Python 3.12 changed how f-strings are handled").
    // "Q000 error on f-string for CPython 3.12 … no errors on 3.11": so did one the message says
    // broke on a later release.
    const changedAt = query.version ?? query.troubleIn;
    if (feature && changedAt && compareVersions(feature.feature.version, changedAt) < 0) {
      const changed = this.featureChangedIn(
        [feature.phrase, feature.feature.name],
        changedAt,
        limit,
        query.bound,
      );
      if (changed) return { ...changed, query: query.raw };
    }
    const mention = firstNamed && this.lackingMention(query, firstNamed);
    const task = this.describedApi(query, mention);
    // A described task is more specific than a feature named beside it ("type hinting: the return
    // type is the same type as cls" asks for `typing.Self`, not for type hints), unless the words
    // that described it are the feature's own ("nested string literals … same type in f strings").
    if (task && !(feature && withinPhrase(task.token, feature.phrase))) {
      return apiAnswer(query, task, this.apiContext(limit));
    }
    // "assignment expressions … using __future__": a module named beside a feature is where the
    // asker looked for it, not what was asked; "`|` operation for types `dict`": a name inside the
    // feature's own phrase is part of naming the feature.
    const partOfFeature =
      mention !== undefined && feature !== undefined && withinPhrase(mention.token, feature.phrase);
    // "Rewrite f-strings into str.format() to support 3.5": of a feature and an API named beside the
    // asker's release, the one that release lacks is the trouble.
    const context = query.context ?? query.version;
    const featureLacking =
      context !== undefined &&
      feature !== undefined &&
      compareVersions(feature.feature.version, context) > 0 &&
      mention?.entries.every((e) => isAvailableIn(e, context)) === true;
    // "What does the slash mean in help() output?": a name Python 2 already had dates nothing; the
    // feature named beside it does.
    const timeless = mention?.entries.every((e) => e.py2 !== null && e.py3 === "3.0") === true;
    // "TypeError: unorderable types: NoneType() < int()": a type the message prints its values by is
    // no name the asker reached for.
    const typeName = mention?.token.split(/[\s.]/).at(-1) ?? "";
    const printed = PLAIN_TYPES.has(typeName) && (readError(query.raw)?.message.includes(typeName) ?? false);
    if (
      mention &&
      feature &&
      (partOfFeature ||
        featureLacking ||
        timeless ||
        printed ||
        mention.entries.every((e) => e.kind === "module"))
    ) {
      const answer = languageFeatureAnswer(query, feature.feature, this.notesFor, this.kb.releases);
      if (answer) return answer;
    }
    // "StopIteration RuntimeError python 3.7": a name Python 2 already had dates nothing; a section
    // headed by it, about what the question says of it, does.
    if (mention && timeless && mention.entries.every((e) => e.kind !== "module")) {
      // "in Python 3 how is dict.keys() different from dict?": what 3.0 changed about it.
      if (againstPython2(query)) {
        const fromPython2 = this.searchNotes({ ...query, version: "3.0", context: undefined }, limit);
        if (fromPython2.answer.found) return fromPython2.answer;
      }
      const leaf = mention.token.split(".").at(-1) ?? mention.token;
      const namesLeaf = new RegExp(`(?<![\\w.])${literal(leaf)}(?![\\w])`);
      const heading = (section: string): boolean => namesLeaf.test(section);
      const headed = (notes: NotesResult): boolean =>
        notes.answer.found &&
        notes.answer.version !== "3.0" &&
        notes.lead !== undefined &&
        heading(notes.lead.chunk.section);
      // "Raise StopIteration causes breakage in Python 3.7": what that release did to it, first.
      const inTrouble = query.troubleIn
        ? this.searchNotes({ ...query, version: query.troubleIn, context: undefined }, limit)
        : undefined;
      if (inTrouble && headed(inTrouble)) return inTrouble.answer;
      // "raising StopIteration causes a RunTime error on Python 3.8": with nothing on it in that
      // release, the latest change to it before, which the release still carries.
      const before = query.troubleIn ? this.latestHeadedBefore(query, heading, query.troubleIn) : undefined;
      const carried = before
        ? this.searchNotes({ ...query, version: before, context: undefined }, limit)
        : undefined;
      if (carried && headed(carried)) return carried.answer;
      const notes = this.searchNotes(
        query.version ? { ...query, version: undefined, context: query.version } : query,
        limit,
      );
      if (headed(notes)) return notes.answer;
      // "pickle.HIGHEST_PROTOCOL … it is 5 for Python 3.8": the release named, by its section on the
      // name's module.
      // "In Python 3.11 `sample()` has to operate on a list": a bare name's one module is as good.
      const modules = new Set(mention.entries.map((e) => e.name.split(".")[0]));
      const module = mention.token.includes(".")
        ? mention.token.split(".")[0]
        : modules.size === 1 && mention.entries.every((e) => e.name.includes("."))
          ? [...modules][0]
          : undefined;
      const named = query.version ?? query.context;
      const inNamed =
        module && named && named !== "3.0" ? this.moduleLedIn(query, module, named, limit) : undefined;
      if (inNamed) return inNamed;
    }
    // "is typing.List deprecated?": 3.9 made the built-in generic; the alias stays.
    const alias = mention?.entries.find((e) => asksSupersededAlias(query.text, e.name));
    if (alias) {
      const answer = supersededAliasAnswer(query, alias.name, this.notesFor, this.kb.releases);
      if (answer) return answer;
    }
    if (mention) {
      // "Is collections.abc.Callable bugged in Python 3.9.1?": what that release changed about it. An
      // API that came later is the trouble itself ("functools.cache failed in python3.8").
      const [best] = mention.entries;
      if (query.troubleIn && best && isAvailableIn(best, query.troubleIn)) {
        const inRelease = apiAnswer(
          { ...query, version: query.troubleIn, context: undefined },
          mention,
          this.apiContext(limit),
        );
        if (inRelease.found && inRelease.version === query.troubleIn) return inRelease;
        // "fromisoformat('…Z') fails on 3.10 but works on 3.12": a later release's change to it is
        // what differs.
        const later = this.laterChangeTo(best, query.troubleIn, limit);
        if (later) return { ...later, query: query.raw };
        // "Collections Module issue in Python 3.10 … fails to import": what that release changed in
        // the module; "aiodns … raises NotImplementedError in add_reader on Python 3.8": in the module
        // of a name that release did nothing to itself.
        const module = moduleOf(best);
        const changed = module ? this.moduleInRelease(query, module, query.troubleIn, limit) : undefined;
        if (changed) return changed;
        // "make sure to get InterruptedError … that test will fail in python3.5": the one section of
        // that release that writes the name as code, in a heading about something else (PEP 475).
        const writing = this.writtenIn(best, query.troubleIn);
        if (writing) return this.sectionOfRelease(query, writing, limit);
      }
      // "3.10已经没有asyncio.Semaphore了", "asyncio.Semaphore missing in 3.10": a name said to be gone
      // from a release that still has it lost an argument there.
      const release = query.troubleIn ?? query.context ?? query.version;
      if (best && release && isAvailableIn(best, release) && SAID_GONE.test(query.text)) {
        this.removals ??= builtinRemovalCatalog();
        const argument = this.removals.entries.find(
          (e) => e.removedIn === release && e.name.startsWith(`${best.name}(`),
        );
        const gone =
          argument &&
          removalAnswer(query, argument, this.notesFor, this.releases, best.py3 ?? best.py2 ?? "");
        if (gone) return gone;
      }
      // "typing.get_type_hints() returns Optional[Any] if the default … is None": a behaviour of the
      // name that a release's sentence about it tells in the same words.
      const told = best && !release ? this.behaviourOf(query, best, limit) : undefined;
      if (told) return told;
      // "fromisoformat() doesn't handle Zulu time", "`fromisoformat` requires `+00:00` instead of
      // `Z`": a name that is there but misbehaves was changed later, by the release that made it do so.
      if (best && !release && BEHAVIOUR_COMPLAINT.test(query.text) && !SAID_GONE.test(query.text)) {
        // A name Python 2 had ("`dict.keys()` does not support indexing") is Python 3's change to it.
        const since = best.py2 === null ? best.py3 : undefined;
        const later = since ? this.laterChangeTo(best, since, limit) : undefined;
        if (later) return { ...later, query: query.raw };
      }
      // "while train.has_key((u, j)): … AttributeError": a Python 2 name is answered by the release
      // that removed it, which the notes record, not by Python 2's library reference.
      const gone = best?.py3 === null ? this.python2Removal(query, best) : undefined;
      if (gone) return gone;
      const answer = apiAnswer(query, mention, this.apiContext(limit));
      // "`str.format()` output for `enum.Enum` … changed in 3.11": of the names a message gives
      // beside the release it says things changed in, the one that release's notes speak of.
      // "Running the tests in Python 3.10 gives … DeprecationWarning: ssl.SSLContext() without protocol
      // argument is deprecated": so does a deprecation the named release is said to warn of.
      const warned = DEPRECATION_WARNED.test(query.text);
      if (
        !query.version ||
        answer.version === query.version ||
        (happenedIn(query.text) !== query.version && !warned) ||
        // "Python 3.8 introduces `lcm` in the `math` module": the facts date the name, whatever the
        // asker remembers.
        (addedIn(query.text) === query.version && answer.version !== undefined)
      )
        return answer;
      // "Python3.12 removed _Flavour and _PosixFlavour from `pathlib`": what that release changed in
      // the module, when no section speaks of the names.
      // "ssl.SSLContext() … is deprecated" on 3.10: the module of a dotted name, when none is named.
      const module =
        mention.entries.find((e) => e.kind === "module")?.name ??
        mention.entries.map(moduleOf).find((m) => m !== undefined);
      // "Python 3.14 changed the default multiprocessing method … TypeError: cannot pickle
      // 'select.epoll' object": with nothing on the name there, what the message says changed.
      const said = (): Answer | undefined => {
        const [top] = rank({ ...query, context: undefined }, this.kb.index, this.options);
        if (!top?.anchored || top.coverage < MIN_FAR_AHEAD_COVERAGE) return undefined;
        return this.sectionAlone({ ...query, context: undefined }, top, limit);
      };
      return (
        this.changedNamed(query, mention, limit) ??
        (module ? this.moduleInRelease(query, module, query.version, limit) : undefined) ??
        said() ??
        answer
      );
    }
    // "How do I sort a list of dicts by value?": a technique asked for, with nothing about a release,
    // is answered only by a section about it, never by one that merely shares its words.
    const technique = asksTechnique(query.text) && !feature;
    // "error: invalid use of incomplete typedef 'PyFrameObject'": the C API names a build error gives.
    // Searched above already when a compiler said the names are missing.
    const cApi = feature || missingInC ? undefined : this.cApiNamed(query, limit);
    if (cApi) return cApi;
    const asName = feature ? undefined : this.asyncAsName(query);
    if (asName) return asName;
    // "SSL errors in Python 3.13": what that release changed about the subject, when its notes say.
    const trouble = feature ? undefined : this.searchTrouble(query, limit);
    if (trouble?.answer.found) return trouble.answer;
    // "the locals()[func_total] … raises KeyError with the change on py3.13": a call the message
    // writes out that the release it names heads a section with.
    const brokeIn = query.troubleIn ?? query.version;
    const call = feature || !brokeIn ? undefined : this.callHeadedIn(query.raw, brokeIn);
    const byCall = call ? this.notesFrom(query, [call], limit) : undefined;
    if (byCall?.answer.found) return { ...byCall.answer, query: query.raw };
    // "What is __pycache__? From what I understand …": a message that opens by asking what a thing
    // is asks about that thing, whatever it goes on to say.
    const defined = DEFINITION_OPENING.exec(query.text)?.[1];
    if (defined && !feature) {
      const about = this.searchAbout(this.parse(defined), limit, this.options.minCoverage, true);
      if (about.answer.found) return { ...about.answer, query: query.raw };
    }
    // "In Python 2.x int(50) < '2' returns True, in Python 3 a TypeError": how Python 2 differs is
    // what 3.0's notes say, when they say it.
    if (againstPython2(query) && !feature) {
      // "difference between python 2 and 3", "Python2和3的区别": Python 3 as a whole is 3.0's overview.
      // Words of another script beside the comparison ("和", "的区别") ask for nothing more either.
      const latin = query.terms.filter(
        (t) => /[a-z0-9]/.test(t) && !/^(?:c?python|py)[23]?$/.test(t) && !/^2\.(?:\d+|x)$/.test(t),
      );
      const overall =
        latin.every(
          (t) =>
            DIFFERENCE_WORDS.test(t) ||
            COMPARISON_TERM.test(t) ||
            (query.language !== undefined && (DIFFERENCE_ELSEWHERE.test(t) || VERSION_ELSEWHERE.test(t))),
        ) &&
        (latin.length > 0 || query.terms.length === 0 || DIFFERENCE_ELSEWHERE.test(query.text));
      const first = this.kb.releases.find((r) => r.version === "3.0");
      if (overall && first && !ask.version) return overviewAnswer(query, first, limit);
      const fromPython2 = this.searchNotes({ ...query, version: "3.0", context: undefined }, limit);
      if (fromPython2.answer.found) return fromPython2.answer;
    }
    // "In Python 3 long is a bad word", "In `py2` `map` allows indexing but not in `py3`": a name
    // Python 2 had, said of Python 3 as a whole, is answered by the 3.0 section headed by it.
    if ((againstPython2(query) || PYTHON_3_SAID.test(query.text)) && !query.version && !feature) {
      const named = this.python3Named(query, limit);
      if (named) return named;
    }
    // A question about Python itself is answered by a section that is about most of what it asks.
    // "python3.7 throws error, is it python3.8 code?": a report's word for trouble alone is no subject.
    const subjectless = query.terms.length > 0 && withoutTroubleTerms(query.terms).length === 0 && !feature;
    const notes = subjectless
      ? { answer: notFound(query, []) }
      : technique
        ? this.searchAbout(query, limit, this.options.minCoverage, true)
        : this.searchNotes(query, limit);
    // "an f-string … valid in Python 3.12+, but crashes in 3.11": a feature older than the bound
    // changed there; where that release's notes on the feature found nothing (above), the question's
    // own words may. A feature that came after the bound ("dicts ordered in 3.6+", 3.7) is dated by
    // itself below.
    if (
      feature &&
      query.bound &&
      query.version &&
      compareVersions(feature.feature.version, query.version) < 0 &&
      notes.answer.found
    )
      return notes.answer;
    // A language feature named in words ("yield from", "assignment expressions") is dated by its
    // own fact when the notes found nothing, or found a release other than the one that added it.
    // "nested string literals … in f strings": of two features named, the notes found the release of
    // the plainer one (f-strings, 3.6); the more specific one was asked about.
    const plainer = feature
      ? findFeatureMentions(query.text).filter(
          (f) =>
            f.feature.id !== feature.feature.id &&
            compareVersions(f.feature.version, feature.feature.version) < 0 &&
            f.phrase.length < feature.phrase.length,
        )
      : [];
    if (
      feature &&
      (!notes.answer.found ||
        // A Python 2 behaviour or syntax is its own fact; a section that shares its release, or a
        // later release's section on syntax errors, is not about it.
        feature.feature.python3 !== undefined ||
        feature.feature.removedIn === "3.0" ||
        (notes.answer.version !== (feature.feature.removedIn ?? feature.feature.version) &&
          (plainer.some(
            (f) => f.feature.version === notes.answer.version || aboutFeature(notes.answer, f.feature.id),
          ) ||
            this.otherSubjects(query, feature, notes.lead?.chunk).length <= MAX_OTHER_SUBJECTS ||
            // "Inline variable … type hints are breaking 3.5 compatibility", "Remove dict union
            // operator for 3.8 compatibility": a feature the asker's release lacks is the trouble, not
            // a section found by the message's other words.
            (context !== undefined && compareVersions(feature.feature.version, context) > 0) ||
            // "F-strings not available on raspbian stable": another release's highlights name the
            // feature in passing ("f-strings support `=`" in 3.8's).
            isHighlights(notes.lead?.chunk.section ?? ""))))
    ) {
      const answer = languageFeatureAnswer(query, feature.feature, this.notesFor, this.kb.releases);
      if (answer) return answer;
    }
    // "Somehow the tests on Python 3.13 are significantly slower", "3.11 worse optimized than 3.10?":
    // a release said to be slow or fast is asked about its speed, unless a section of that release
    // answers better; of releases compared the newer one is the news. Another release's section on
    // speed ("3.0 about 10% slower than 2.5") says nothing of it.
    const speedOf = SPEED_SAID.test(query.text) && !ask.version ? this.newestNamed(query.text) : undefined;
    if (speedOf && !speedOf.noNotes && notes.answer.version !== speedOf.version) {
      const speed = changeListAnswer(
        { ...query, intent: "speedups", version: speedOf.version },
        speedOf,
        this.kb.index.chunks,
        limit,
      );
      if (speed.found) return speed;
    }
    // "Python version 3.14 does not support 'continue' inside 'finally' clause … isn't allowed
    // anymore": an older release's section on the subject says it was allowed; what the asker's
    // release did to it, if a section of it is far ahead on the same words, says why not now.
    const stopped =
      notes.answer.found &&
      query.context !== undefined &&
      notes.answer.version !== undefined &&
      compareVersions(notes.answer.version, query.context) < 0 &&
      STOPPED_ALLOWING.test(query.text);
    if (stopped) {
      const [top, next] = rank(
        { ...query, version: query.context, context: undefined },
        this.kb.index,
        this.options,
      );
      if (top && (!next || top.score >= ABOUT_LEAD * next.score)) {
        return this.sectionAlone({ ...query, context: undefined }, top, limit);
      }
    }
    // "ensure this library still works after Python 3.14": a deprecation the asker's release no longer
    // has to say "yes, but deprecated" about, when a name the section heads was removed by then.
    const gone = this.removedSinceDeprecation(query, notes);
    if (gone) return gone;
    if (notes.answer.found) return notes.answer;
    // "Seems Python 3.10 has removed a bunch of deprecated loop parameters …", "how a Python 3.13
    // build with JIT enabled would perform": in the release a long message is about, a section about
    // its rarest words far ahead of the rest.
    // "Fix Python 3.14 compatibility … The forkserver is started separately": so for the release a
    // message says something broke or needs fixing in.
    const setIn = query.version ?? (COMPATIBILITY_TROUBLE.test(query.text) ? query.context : undefined);
    if (setIn && !ask.version) {
      const inRelease = { ...query, version: setIn, context: undefined };
      const top = this.farAhead(inRelease);
      if (top) return this.sectionAlone(inRelease, top, limit);
    }
    const named = query.version ?? query.context;
    // A version that filters out everything was the asker's, not the release asked about:
    // "walrus operator python 3.7" is answered from the release that added it, by a section about
    // it: one that merely shares words is no better than the release's overview below.
    if (query.version && !ask.version && !/--version/.test(query.text)) {
      // So is a bound's ("invalid escape sequences warn in 3.7 and above", 3.6): the release that
      // did it is the answer, whichever side of the bound it stands.
      const asked = { ...query, version: undefined, context: query.version };
      const asContext = this.searchAbout(asked, limit);
      const removed = asContext && this.removedSinceDeprecation(asked, asContext);
      if (removed) return removed;
      if (asContext?.answer.found) return asContext.answer;
    }
    const clause = this.searchClauses(query, ask, limit);
    if (clause) return clause;
    // "we run py3.6 in prod, is pathlib ok": with nothing in the notes on the rest, a module the
    // notes often name is still what an asker on that release asks about, unless it is in trouble.
    if (query.context && !query.troubleIn) {
      const module = findApi(query.text, this.api, () => false);
      // One Python 3 always had dates nothing.
      if (module?.entries.every((e) => e.kind === "module" && e.py3 !== null && e.py3 !== "3.0"))
        return apiAnswer(query, module, this.apiContext(limit));
    }
    // "Error on how ast doesn't have certain members now for python 3.14.0": with nothing in the notes
    // on the rest, a module in trouble on a release is answered by what that release changed in it.
    if (query.troubleIn) {
      const module = findApi(query.text, this.api, () => false);
      const [only, ...others] = module?.entries ?? [];
      // "a multiprocessing.Process is started … a regression in 3.14?": a standard package's name
      // written as code, when no fact names it, is the module just the same.
      const written = [...query.text.matchAll(DOTTED_NAME)]
        .map((m) => m[1] ?? "")
        .find((top) => this.api.isStandardPackage(top));
      const name = only?.kind === "module" && others.length === 0 ? only.name : module ? undefined : written;
      const changed = name ? this.moduleInRelease(query, name, query.troubleIn, limit) : undefined;
      if (changed) return changed;
    }
    // Nothing specific found, but the message names a release ("python 3.10.0 is out, let's move"):
    // what that release brought is the most useful answer.
    // Only for a short message about one release: a long one that found nothing is about something else.
    const releasesNamed = new Set([...query.text.matchAll(VERSION_MENTION)].map((m) => m[1] ?? m[2]));
    // A version the asker runs, beside a subject that was not found, does not make the release the topic.
    // "TestDoesNotLeakMemory tests fail on Python 3.14": a test suite the release broke, with nothing
    // on the rest, is about what that release changed; one a bugfix release broke ("fail with Python
    // 3.14.1") is about a change the notes of the feature release do not hold.
    const topical =
      query.version !== undefined ||
      query.terms.length <= 1 ||
      RELEASE_TOPIC.test(query.text) ||
      (TESTS_BROKEN.test(query.text) && !BUGFIX_RELEASE.test(query.text));
    // A message that says the release is its topic ("cool new features in 3.10, let's move") may
    // say more around it than one that merely names a version.
    const maxTerms = RELEASE_TOPIC.test(query.text) ? MAX_TERMS_FOR_TOPICAL_OVERVIEW : MAX_TERMS_FOR_OVERVIEW;
    // "Upgrade to Python3.11. Our build container uses Centos 9 …": a title that moves to the
    // release says what the long message after it is about.
    const title = clausesOf(query.text)[0] ?? "";
    const titled = moveTargets(title)[0] === named && title.split(/\s+/).length <= MAX_TITLE_WORDS;
    // "Fold nested with statements. This was newly supported in py310": a message that says what
    // release brought its subject is about that release, when the subject itself was not found.
    const brought = named !== undefined && broughtBy(query.text) === named;
    const release =
      named &&
      (titled ||
        (brought && query.terms.length <= MAX_TERMS_FOR_TOPICAL_OVERVIEW) ||
        (topical &&
          (releasesNamed.size <= 1 || moveTargets(query.text)[0] === named) &&
          query.terms.length <= maxTerms))
        ? this.kb.releases.find((r) => r.version === named)
        : undefined;
    // "New warnings on upgrade to python 3.9 … site-packages/packaging/version.py:127:
    // DeprecationWarning": a warning a package raises is that package's, not the release's news.
    const packageWarns = PACKAGE_WARNING.test(query.raw);
    return release && !ask.version && !packageWarns ? overviewAnswer(query, release, limit) : notes.answer;
  }

  /**
   * "'staticmethod' object is not callable": what a value of a standard type could not do, when a
   * section is about that type doing it (3.10 made static methods callable). A plain type's
   * complaint ('NoneType' object is not iterable) is the asker's own bug.
   */
  private valueChange(printed: string, message: string, limit: number, running?: string): Answer | undefined {
    const complaint = VALUE_COMPLAINT.exec(message);
    const did = (complaint?.[1] ?? complaint?.[2])?.toLowerCase();
    // A dict view's printed type ("'dict_keys' object is not reversible") speaks for the dict.
    const type = DICT_VIEWS.has(printed) ? "dict" : printed;
    // "'dict' object is not reversible": before 3.8 no dict was, so it is no bug of the asker's.
    const plain = PLAIN_TYPES.has(type) && PLAIN_COMPLAINTS.has(did ?? "");
    // "cannot pickle 'itertools.count' object": what pickles is decided for a module's types at once.
    const subject = did === "pickle" && type.includes(".") ? type.slice(0, type.lastIndexOf(".")) : type;
    if (!did || plain || this.api.lookup(subject).length === 0) return undefined;
    const doing = COMPLAINT_DOING[did] ?? did;
    // The section must be about the type: 3.8's reversed dicts say nothing of a set. The release the
    // error was met on says first what it did to the type (3.14 removed what 3.12 deprecated).
    return this.typeSection(`${subject} ${doing}`, (section) => headedBy(section, subject), limit, running);
  }

  /**
   * A section about a standard type doing something, whose heading passes: the release the error was
   * met on first, which says what it did to the type itself, then any release.
   */
  private typeSection(
    words: string,
    heading: (section: string) => boolean,
    limit: number,
    running?: string,
  ): Answer | undefined {
    const asked = this.parse(words);
    for (const version of running ? [running, undefined] : [undefined]) {
      const about = this.searchAbout({ ...asked, version }, limit, this.options.minCoverage, true);
      if (about.answer.found && heading(about.lead?.chunk.section ?? "")) return about.answer;
    }
    return undefined;
  }

  /**
   * The section about a standard type doing what an operator does ("datetime.timedelta multiplication
   * and division by float", 3.2), for an operator a value of that type refused. Plain types refuse
   * operators through the asker's own bug; dicts and unions are language features, read before.
   */
  private operatorChange(
    subject: { operator: string; left: string; right: string },
    limit: number,
    running?: string,
  ): Answer | undefined {
    const doing = OPERATOR_DOING[subject.operator];
    // A type printed with its module ('datetime.timedelta') is standard when its module is, dated or not.
    const standard = (side: string) =>
      side.includes(".")
        ? this.api.isStandardPackage(side.split(".")[0] ?? "")
        : this.api.lookup(side).length > 0;
    const type = [subject.left, subject.right].find((side) => !PLAIN_TYPES.has(side) && standard(side));
    if (!doing || !type) return undefined;
    const about = (section: string) => headedBy(section, type) && section.toLowerCase().includes(doing);
    return this.typeSection(`${type} ${doing}`, about, limit, running);
  }

  /**
   * "what's new in asyncio 3.12", "typing changes in 3.11": a release asked about for one module, when
   * its notes have several sections naming it in their headings.
   */
  private topicInRelease(query: ParsedQuery, limit: number): Answer | undefined {
    const version = query.version;
    if (!version || query.context || !TOPIC_CHANGE.test(query.text)) return undefined;
    const rest = query.terms.filter((t) => !TOPIC_WORDS.has(t));
    const [topic] = rest;
    if (rest.length !== 1 || !topic || !this.api.isStandardPackage(topic)) return undefined;
    if (!this.api.lookup(topic).some((e) => e.kind === "module" && e.name === topic)) return undefined;
    return this.moduleInRelease(query, topic, version, limit);
  }

  /** A module's sections in one release, listed, when it has several. */
  private moduleInRelease(
    query: ParsedQuery,
    topic: string,
    version: string,
    limit: number,
  ): Answer | undefined {
    const seen = new Set<string>();
    const sections = this.kb.index.chunks.filter((c) => {
      if (c.version !== version || seen.has(c.section)) return false;
      if (!holdsWord(c.section.toLowerCase(), topic)) return false;
      seen.add(c.section);
      return true;
    });
    return sections.length >= MIN_TOPIC_SECTIONS
      ? topicListAnswer(query, version, topic, sections, limit)
      : undefined;
  }

  /** The one section of a release that writes a name, by its last part, as code. */
  private writtenIn(entry: ApiEntry, release: string): RankedHit | undefined {
    const leaf = entry.name.split(".").at(-1) ?? entry.name;
    const written = new RegExp(`\`(?:[\\w.]+\\.)?${literal(leaf)}(?:\\(\\))?\``);
    const sections = this.kb.index.chunks.filter((c) => c.version === release && written.test(c.text));
    const [only] = sections;
    return sections.length === 1 && only ? this.hitOf(only) : undefined;
  }

  /** The first section after `release` that names the API in its heading and changed it, as an answer. */
  private laterChangeTo(entry: ApiEntry, release: string, limit: number): Answer | undefined {
    const byName = this.parse(entry.name);
    // The notes may shorten the owner ("datetime.fromisoformat()" for `datetime.date`'s): a leaf no
    // prose uses names it on its own.
    const leaf = entry.name.split(".").at(-1) ?? entry.name;
    const coined =
      leaf.length >= MIN_COINED_LEAF && !isEnglishWord(leaf.toLowerCase()) && !this.isProse(leaf);
    const later = rank(byName, this.kb.index, this.options).filter(
      (h) =>
        h.chunk.version !== undefined &&
        compareVersions(h.chunk.version, release) > 0 &&
        (namesApi(h.chunk.section, entry) ||
          (coined && new RegExp(`(?<![\\w])(?:\\w+\\.)*${literal(leaf)}(?![\\w])`).test(h.chunk.section))),
    );
    const notes = this.notesFrom(byName, later, limit);
    const event = notes.lead?.event;
    return notes.answer.found && event !== "removed" && event !== "deprecated" ? notes.answer : undefined;
  }

  /** The answer to an error message a question quotes, from a section that quotes it too. */
  private messageExplained(query: ParsedQuery, ask: AskOptions, limit: number): Answer | undefined {
    for (const m of [...query.text.matchAll(ERROR_MESSAGE)].slice(0, MAX_CLAUSES)) {
      // "the error 're.error: global flags …' when trying to run it. Any idea?": an error the asker
      // put in quotes ends where the quote does.
      const close = CLOSING_QUOTE[query.text[(m.index ?? 0) - 1] ?? ""];
      const said = m[1] ?? m[2] ?? m[3] ?? "";
      const message = close && m[1] && said.includes(close) ? said.slice(0, said.indexOf(close)) : said;
      const quoting = this.sectionQuoting(message, ask.version, limit);
      if (quoting) return { ...quoting, query: query.raw };
    }
    // "… could it be the problem? [1406157] Passing coroutines is forbidden, use tasks explicitly.":
    // Python's own words pasted bare, a sentence of their own.
    const quoting = this.firstQuoted(
      sentencesOf(query.text).slice(0, MAX_SENTENCES_QUOTED),
      [ask.version],
      limit,
    );
    return quoting ? { ...quoting, query: query.raw } : undefined;
  }

  /** The section quoting the first of some sentences that one does, in each release given in turn. */
  private firstQuoted(
    sentences: readonly string[],
    versions: readonly (string | undefined)[],
    limit: number,
  ): Answer | undefined {
    for (const sentence of sentences)
      for (const version of versions) {
        const quoting = this.sectionQuoting(sentence, version, limit);
        if (quoting) return quoting;
      }
    return undefined;
  }

  /** The notes' answer from a section that quotes an error message's opening words, if one does. */
  private sectionQuoting(text: string, version: string | undefined, limit: number): Answer | undefined {
    // "Can't pickle local object <function f.<locals>.g at 0x7f…>": the repr is the asker's value.
    const words = messageWords(withoutReprs(firstSentence(text)));
    if (words.length < MIN_MESSAGE_WORDS_QUOTED) return undefined;
    // A section that says the same words in prose ("raises RuntimeError when there is no current
    // event loop") is no explanation; one that quotes the message is.
    const opening = words.slice(0, MESSAGE_WORDS_QUOTED).join(" ");
    // Few sections quote a message: most pastes need no search at all.
    this.quotedMessages ??= this.kb.index.chunks.flatMap((c) =>
      quotedIn(c.text).map((quote) => messageWords(quote).join(" ")),
    );
    if (!this.quotedMessages.some((quote) => quote.includes(opening))) return undefined;
    // The message's own words: not what the asker added after a dash ("… — File "toolbox.py", line 292").
    // Nor the numbers it reports ("at position 399"), which are the asker's data.
    const own = (said: string) =>
      (said.split(/\s[—–]\s/)[0] ?? said).replace(/(?<![\w.])\d+(?!\w|\.\w)/g, " ");
    // What follows may say the asker's release ("… not 'bytes'. I use python 3.5.3"), or only plead
    // for help ("… at position 32. I don't know what this means"): then the sentence alone is the message.
    for (const said of [text, firstSentence(text)]) {
      const message = this.parse(own(said), version);
      const quoting = rank(message, this.kb.index, this.options).filter((h) =>
        quotedIn(h.chunk.text).some((quote) => messageWords(quote).join(" ").includes(opening)),
      );
      const notes = this.notesFrom(message, quoting, limit);
      if (notes.answer.found) return notes.answer;
    }
    return undefined;
  }

  /**
   * A release's section on a language feature an earlier release brought: one headed by the feature's
   * name, not one sharing a word with it (unless `anySection`, for a bound the feature changed at).
   */
  private featureChangedIn(
    names: string[],
    version: string,
    limit: number,
    anySection = false,
  ): Answer | undefined {
    const [first = ""] = names;
    const changed = this.searchNotes({ ...this.parse(first), version }, limit);
    // From a word's start: "Generator gi_yieldfrom" is no heading about `yield from`, "Type hinting
    // generics" is one about type hints.
    const words = (text: string) =>
      ` ${text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim()}`;
    const title = words(changed.lead?.chunk.section ?? "");
    const aboutIt = anySection || names.some((name) => title.includes(words(name)));
    return changed.answer.found && aboutIt ? changed.answer : undefined;
  }

  /**
   * The section of the query's release about its rarest words, far ahead of the rest: anchored by its
   * heading and three times ahead, or further ahead still on more than one of its words.
   */
  private farAhead(query: ParsedQuery): RankedHit | undefined {
    const [top, ...rest] = this.rankOf(query);
    if (!top) return undefined;
    // Sections about the same rare word (3.14's forkserver default for multiprocessing and for
    // `ProcessPoolExecutor`) do not compete with each other.
    const next = top.anchored ? rest.find((h) => !h.anchored) : rest[0];
    const lead = top.anchored ? ABOUT_LEAD : UNANCHORED_LEAD;
    const held = new Set(tokenize(`${top.chunk.section} ${top.chunk.text}`));
    const words = query.terms.filter((t) => held.has(t)).length;
    // Sections only about the message's rare word, nothing else found beside them, need less of the rest.
    const enough = top.anchored
      ? top.coverage >= (next ? MIN_FAR_AHEAD_COVERAGE : MIN_ALONE_COVERAGE)
      : top.coverage >= MIN_UNANCHORED_COVERAGE && words >= MIN_UNANCHORED_WORDS;
    return enough && (!next || top.score >= lead * next.score) ? top : undefined;
  }

  /** The removal, by the asker's release, of a name the deprecation section found heads. */
  private removedSinceDeprecation(query: ParsedQuery, notes: NotesResult): Answer | undefined {
    const lead = notes.lead;
    const context = query.context;
    if (!notes.answer.found || lead?.event !== "deprecated" || !lead.version || !context) return undefined;
    if (compareVersions(context, lead.version) < 0) return undefined;
    this.removals ??= builtinRemovalCatalog();
    for (const name of lead.chunk.section.match(DOTTED_NAME) ?? []) {
      const removal = this.removals
        .lookup(name)
        .find(
          (e) => e.name === name && e.removedIn !== undefined && compareVersions(e.removedIn, context) <= 0,
        );
      if (removal) return removalAnswer(query, removal, this.notesFor, this.releases, "");
    }
    return undefined;
  }

  /** The answer from one section chosen for a question, whatever share of its words it holds. */
  private sectionAlone(query: ParsedQuery, section: RankedHit, limit: number): Answer {
    const settings = { minCoverage: 0, minAnchoredCoverage: 0, limit, maxHits: 1 };
    return featureAnswer(query, [section], settings).answer;
  }

  /** A section chosen for the question as asked, answered as the news of its own release. */
  private sectionOfRelease(query: ParsedQuery, section: RankedHit, limit: number): Answer {
    const inRelease = { ...query, version: section.chunk.version, context: undefined };
    return { ...this.sectionAlone(inRelease, section, limit), query: query.raw };
  }

  /** Each question's sections as ranked, kept while the question is: several answers weigh the same ranking. */
  private readonly ranked = new WeakMap<ParsedQuery, RankedHit[]>();

  private rankOf(query: ParsedQuery): RankedHit[] {
    let hits = this.ranked.get(query);
    if (!hits) {
      hits = rank(query, this.kb.index, this.options);
      this.ranked.set(query, hits);
    }
    return hits;
  }

  /** The notes' answer for a name gone missing, from a section headed by it that deprecates or removes it. */
  private goneInNotes(name: string, limit: number): Answer | undefined {
    const asked = this.parse(name);
    // "cannot import name EnumMeta": a heading on a member of it (`enum.EnumMeta.__getattr__`
    // removed) says nothing of the name itself.
    const leaf = name.split(".").at(-1) ?? name;
    const member = new RegExp(`(?<![\\w])${literal(leaf)}\\.\\w`);
    const headed = rank(asked, this.kb.index, this.options).filter(
      (h) =>
        h.coverage >= this.options.minCoverage &&
        headedBy(h.chunk.section, name) &&
        !member.test(h.chunk.section),
    );
    // The removal explains a missing name better than the deprecation before it.
    const top =
      headed.find((h) => sectionKind(h.chunk) === "removed") ??
      headed.find((h) => sectionKind(h.chunk) === "deprecated");
    if (!top) return undefined;
    const answer = this.notesFrom(asked, [top], limit).answer;
    return answer.found ? answer : undefined;
  }

  /**
   * The section headed by a standard function that a release up to `running` changed or removed from,
   * found by the function and the error's words; the latest such release.
   */
  private changedFunction(
    name: string,
    message: string,
    running: string | undefined,
    limit: number,
  ): Answer | undefined {
    const parts = name.split(".");
    const top = parts[0] ?? name;
    const leaf = parts.at(-1) ?? name;
    const asked = this.parse(`${top}.${leaf} ${firstSentence(message)}`);
    const hits = rank(
      { ...asked, version: undefined, context: undefined },
      this.kb.index,
      this.options,
    ).filter(
      (h) =>
        headedBy(h.chunk.section, leaf) &&
        `${h.chunk.section} ${h.chunk.text}`.includes(top) &&
        sectionKind(h.chunk) !== "new" &&
        h.chunk.version !== undefined &&
        (!running || compareVersions(h.chunk.version, running) <= 0),
    );
    const latest = hits.sort((a, b) => compareVersions(b.chunk.version ?? "", a.chunk.version ?? ""))[0];
    if (!latest) return undefined;
    const answer = this.sectionAlone(asked, latest, limit);
    return answer.found ? answer : undefined;
  }

  /** A section removing or renaming a keyword argument, naming the module of the call that lost it. */
  private keywordGoneInNotes(callable: string, kwarg: string, limit: number): Answer | undefined {
    const called = callable.replace(/\.__init__$/, "");
    // A function Python names alone (`format_exception()`) is named so in the notes too.
    // A method written with its class (`SMTP.starttls`) is named in full by the facts.
    const named = (this.findApi(called)?.entries ?? []).map((e) => e.name);
    const found =
      named.find((f) => f.endsWith(`.${called}`)) ??
      [called, ...named].find((f) => f.includes(".")) ??
      called;
    // The facts may know a class by its Python 2 home (`httplib.HTTPSConnection`).
    const full = python3NameOf(found) ?? found;
    const leaf = full.split(".").at(-1) ?? full;
    const module = full.split(".").slice(0, -1).join(".") || leaf;
    // A method's class or the module it is in (`SMTP.starttls` is smtplib's).
    const topModule = module.split(".")[0] ?? module;
    // Both as the notes write code: the argument in italics, backticks or with "=", the call or its
    // module in backticks.
    const argument = new RegExp(`[*\`]${literal(kwarg)}[*\`]|(?<![\\w.])${literal(kwarg)}=`);
    const owners = [module, topModule].map(literal).join("|");
    const call = new RegExp(`\`(?:[\\w.]*\\.)?${literal(leaf)}(?:\\(\\))?\`|\`(?:${owners})\``);
    // Removed, or renamed ("the etype parameter of traceback.format_exception() … renamed to exc").
    const gone = (h: RankedHit): boolean =>
      (sectionKind(h.chunk) === "removed" || /\b(?:removed|renamed)\b/i.test(h.chunk.section)) &&
      argument.test(h.chunk.text) &&
      call.test(h.chunk.text);
    // The call's own name first; a module the notes say much of (smtplib) may bury the section under
    // its other news, so then the module and the argument alone.
    const [asked, top] =
      [`${module} ${leaf} ${kwarg}`, `${topModule} ${kwarg}`]
        .map((words) => this.parse(words))
        .map((q): [ParsedQuery, RankedHit | undefined] => [
          q,
          rank(q, this.kb.index, this.options).find(gone),
        ])
        .find(([, hit]) => hit !== undefined) ?? [];
    if (!asked || !top) return undefined;
    const answer = this.sectionAlone(asked, top, limit);
    return answer.found ? answer : undefined;
  }

  /** The first clause of a longer message that the notes answer on its own, if any. */
  private searchClauses(query: ParsedQuery, ask: AskOptions, limit: number): Answer | undefined {
    // 'Warning "datetime adapter is deprecated as of Python 3.12". Running 1.74 inside …': a notice
    // quoted whole says what changed; the words around it are the asker's.
    for (const m of query.text.matchAll(QUOTED_NOTICE)) {
      const notice = this.parse(m[1] ?? "", ask.version);
      if (notice.intent !== "feature" || notice.terms.length < MIN_CLAUSE_TERMS) continue;
      const notes = this.searchNotes(notice, limit);
      if (notes.answer.found) return { ...notes.answer, query: query.raw };
    }
    // '"optional arguments" has become "options" in Python 3.10': what was printed and what is now
    // are the change, whatever the words around them are.
    for (const m of query.text.matchAll(QUOTED_CHANGE)) {
      const [was = "", now = ""] = [m[1]?.toLowerCase(), m[2]?.toLowerCase()];
      const change = this.parse(`${was} ${now}`, ask.version ?? query.version);
      if (change.intent !== "feature" || change.terms.length < MIN_CLAUSE_TERMS) continue;
      // Only a section that quotes both outputs tells of the one becoming the other; one that
      // merely says the words (3.14's getopt "optional arguments and intermixed options") does not.
      const quotes = (text: string, output: string): boolean => text.includes(`"${output}`);
      const both = rank(change, this.kb.index, this.options).filter((h) => {
        const text = `${h.chunk.section} ${h.chunk.text}`.toLowerCase();
        return quotes(text, was) && quotes(text, now);
      });
      const notes = this.notesFrom(change, both, limit);
      if (notes.answer.found) return { ...notes.answer, query: query.raw };
    }
    // 'Python "global flags not at the start of the expression" on Device edit': the words of an
    // error the asker quotes say what went wrong, whatever the words around them are.
    const told = this.messageExplained(query, ask, limit);
    if (told) return told;
    const clauses = clausesOf(query.text);
    if (clauses.length < 2) return undefined;
    for (const text of clauses.slice(0, MAX_CLAUSES)) {
      const clause = this.parse(text, ask.version);
      if (clause.intent !== "feature" || clause.terms.length < MIN_CLAUSE_TERMS) continue;
      // "multiprocessing error on macOS with Python3.8: I recently updated …": a problem report's
      // first clause names the trouble and the release.
      const trouble = this.searchTrouble(clause, limit);
      if (trouble?.answer.found) return { ...trouble.answer, query: query.raw };
      const ranked = rank(clause, this.kb.index, this.options);
      // A clause stands for the whole message only when it is answered nearly word for word.
      if ((ranked[0]?.coverage ?? 0) < this.options.minClauseCoverage) continue;
      const notes = this.notesFrom(clause, ranked, limit);
      if (notes.answer.found) return { ...notes.answer, query: query.raw };
    }
    return undefined;
  }

  /** A fact-led answer's search for the release's own sections about its subject. */
  private readonly notesFor: NotesFor = (text, version) =>
    this.searchNotes(this.parse(text, version), this.options.citations);

  private readonly isProse = (word: string): boolean => this.kb.index.frequency(word) >= PROSE_FREQUENCY;

  /** The removal of a Python 2 name, when the removals record exactly that name. */
  private python2Removal(query: ParsedQuery, entry: ApiEntry): Answer | undefined {
    this.removals ??= builtinRemovalCatalog();
    const [removal] = this.removals.exactly(entry.name).filter((e) => e.removedIn !== undefined);
    return removal && removalAnswer(query, removal, this.notesFor, this.releases, entry.py2 ?? "");
  }

  /**
   * A question about a name a release removed or deprecated ("is lib2to3 still in the stdlib",
   * "Avoid usage of unittest.makeSuite"), answered with the removal rather than the name's arrival.
   */
  private askRemoval(query: ParsedQuery): Answer | undefined {
    this.removals ??= builtinRemovalCatalog();
    const asksArrival = ARRIVAL.test(query.text) && !STILL_THERE.test(query.text);
    if (asksArrival) return undefined;
    const argument = this.removedArgument(query);
    if (argument) return argument;
    const asksRemoval = STILL_THERE.test(query.text);
    // "where did reduce go", "what happened to xrange": the word asked after is the name.
    const askedAfter = ASKED_AFTER.exec(query.text)?.[1]?.replace(/\.+$/, "").toLowerCase();
    const quoted = new Set([...query.text.matchAll(/`([^`]+)`/g)].map((m) => m[1]?.replace(/\(\)$/, "")));
    // "from fractions import gcd" names `fractions.gcd`.
    const imported = importedNames(query.text).map((i) => `${i.module}.${i.name}`);
    // "removes Callable from collections": a name taken from a module is that module's.
    for (const m of query.text.matchAll(TAKEN_FROM)) {
      const module = m[2] ?? "";
      if (this.api.lookup(module).some((e) => e.kind === "module" && e.name === module && e.py3))
        imported.push(`${module}.${m[1]}`);
    }
    // "Python 3.8 dropped escape from cgi": a plain word and a module, when together they name
    // exactly a removed function.
    for (const m of [...query.text.matchAll(INSTEAD_OF_MODULE), ...query.text.matchAll(PLAIN_FROM_MODULE)]) {
      const name = `${m[2]}.${m[1]}`.toLowerCase();
      if (this.removals.lookup(name).some((e) => e.name.toLowerCase() === name)) imported.push(name);
    }
    // "ConfigParser's readfp() is deprecated": a Python 2 name beside a later removal is the class
    // of today's module, not what was asked about.
    let python2: (() => Answer | undefined) | undefined;
    // "prefer gdbm or ndbm … Python 3.13+ defaults to dbm.sqlite3": a Python 2 module's name beside a
    // dotted name a later Python 3 added is today's talk, not the old module.
    // "Add usedforsecurity flag to md5 hashing": so is an argument Python 3 added to a function.
    const modern = (): boolean => {
      const named = this.findApi(query.text);
      const argument = named?.entries.every((e) => e.kwarg !== undefined) === true;
      return (
        (named?.token.includes(".") === true || argument) &&
        named.entries.some((e) => e.py3 !== null && e.py3 !== undefined && compareVersions(e.py3, "3.0") > 0)
      );
    };
    // "Update config parser class name. `SafeConfigParser` … will be removed": a name written as code
    // is what the message is about before a plain word that happens to name a removed module.
    const written = asWrittenInFull(query.text.match(NAME_TOKEN) ?? []);
    const asCode = (t: string) => quoted.has(t) || looksLikeCode(t);
    const tokens = [...imported, ...written.filter(asCode), ...written.filter((t) => !asCode(t))];
    for (const token of tokens) {
      // A two-letter word names a removal only as a removed module's exact name (`uu`).
      const short =
        token.length < 3 &&
        !(
          /^[a-z]+$/.test(token) &&
          this.removals.lookup(token).some((e) => e.kind === "module" && e.name === token)
        );
      if (short || RELEASE_WORDS.has(token.toLowerCase())) continue;
      const { entries, via } = this.removalsNamed(token, query.text);
      const [entry, ...others] = entries;
      if (!entry || others.length > 0 || deniedHome(query.text, token)) continue;
      // "write() on read-only GzipFile": a method named by an English word is any class's, unless
      // the message names the class whose method was removed (`array`'s `write`) or asks after a
      // removal ("escape() no longer works").
      const owner = entry.name.split(".").at(-2);
      if (
        !asksRemoval &&
        entry.removedIn !== (query.context ?? query.version) &&
        !token.includes(".") &&
        entry.name.includes(".") &&
        isEnglishWord(token) &&
        owner !== undefined &&
        !new RegExp(`\\b${literal(owner)}\\b`, "i").test(query.text)
      )
        continue;
      // "`str()` gives the integer value": a builtin's name is no removed class of another case (`ast.Str`).
      if (BUILTIN_TYPES.has(token) && entry.name.split(".").at(-1) !== token) continue;
      // "the `U` mode in `open()`": a builtin function's name is the builtin, not a module's function
      // spelled alike (`codecs.open`), unless the message names that module.
      if (
        BUILTIN_FUNCTIONS.has(token) &&
        entry.name !== token &&
        owner !== undefined &&
        !new RegExp(`\\b${literal(owner)}\\b`, "i").test(query.text)
      )
        continue;
      const near = via === "typo";
      // "configparser" as typed is today's module, not Python 2's `ConfigParser`, unless the message
      // speaks of the renaming ("configparser was renamed to all lowercase").
      const renaming =
        RENAMED.test(query.text) &&
        entry.removedIn === "3.0" &&
        entry.name.toLowerCase() === token.toLowerCase();
      if (entry.name !== token && !renaming && this.api.lookup(token).some((e) => e.name === token)) continue;
      // "removed from Queue()": called, a Python 2 module's name is today's class of that name.
      if (entry.removedIn === "3.0" && entry.kind === "module" && query.text.includes(`${token}(`)) continue;
      // "there is no getargspec in the inspect module": a long word no dictionary or section knows,
      // spelt exactly as the removed function is (not "traversable" for the class `Traversable`).
      const coined =
        /^[a-z_]{6,}$/.test(token) &&
        !isEnglishWord(token) &&
        !this.isProse(token) &&
        !near &&
        entry.name.split(".").at(-1) === token &&
        // As the asker typed it: the speller's "unescape" for "unescaped" is no removed function.
        new RegExp(`(?<![\\w.])${token}(?![\\w])`).test(query.raw);
      // "cannot load module "chunk."", "the chunk module": a word called a module is that module.
      const calledModule =
        entry.kind === "module" &&
        entry.name === token &&
        new RegExp(
          `\\bmodule\\s+["'\`“]?${literal(token)}\\b|\\b${literal(token)}["'\`”]?\\s+module\\b`,
          "i",
        ).test(query.text);
      // "settiltangle() no longer works": a name written as a call is code.
      const called = new RegExp(`(?<![\\w.])${literal(token)}\\(`).test(query.text);
      const code = quoted.has(token) || looksLikeCode(token) || coined || calledModule || called;
      // "use shlex than pipes to support python3.13": the release named is the one that removed it.
      const removedThen =
        entry.removedIn !== undefined && entry.removedIn === (query.context ?? query.version);
      // "does not work with python 3.8 because of clock module": a removed name's last part, said
      // beside the release that removed it, is that name.
      const leafThen =
        removedThen &&
        query.troubleIn !== undefined &&
        entry.name.split(".").at(-1) === token &&
        !/(?:^|\.)_/.test(entry.name) &&
        // A word ("format", "version") only when the message says it is code: "clock module".
        ((!isEnglishWord(token) && !this.isProse(token)) ||
          new RegExp(`\\b${literal(token)}\\s+(?:module|function|method|call)s?\\b`, "i").test(query.text));
      const whole =
        via === "typo" || via === "module" || leafThen || entry.name.toLowerCase() === token.toLowerCase();
      // A plain word names a removal only as its whole name ("imghdr", "xrange"); a word that is also
      // English ("parser", "buffer") or common in the notes only as a module asked about as removed.
      const typed = (near ? entry.name : token).toLowerCase();
      const plain = ENGLISH_NAMES.has(typed) || (this.isProse(typed) && entry.kind !== "module");
      const meant = asksRemoval || removedThen;
      // "when was reduce removed", "is long still there": the word is all the question names.
      const alone = query.terms.every((t) => t === typed || STILL_THERE.test(t) || RELEASE_WORDS.has(t));
      const named = askedAfter === token.toLowerCase() || (asksRemoval && alone);
      if (!code && (!whole || (plain && !named && !(meant && (entry.kind === "module" || leafThen)))))
        continue;
      // Only the last part of a dotted name that is itself a dunder would match any class's method.
      if (!whole && !code) continue;
      if (!whole && /^__\w+__$/.test(token)) continue;
      // A deprecation alone answers only a question about deprecation or whether it is still there.
      if (!entry.removedIn && !STILL_THERE.test(query.text)) continue;
      // "I still use python 3.4 … replace `async def` with `@asyncio.coroutine`?": on a release before
      // the name was even deprecated, its removal is not what the asker meets.
      const standing = query.context ?? query.version;
      const since = entry.deprecatedIn;
      if (!asksRemoval && standing && since && compareVersions(standing, since) < 0) continue;
      const notesFor = this.notesFor;
      // "for Python 3.7 the syntax `asyncio.async` is no longer valid": a deprecated name a later
      // release's syntax forbids to be written is that release's change.
      const call = `${entry.name}()`;
      const forbids = !entry.removedIn && (analyzeCode(call, { catalog: this.api }).removed?.length ?? 0) > 0;
      const forbidden = forbids ? this.askCode(`\`${call}\``, query, notesFor, true) : undefined;
      if (forbidden?.found) return forbidden;
      const added = this.api.lookup(entry.name).find((e) => e.name === entry.name && !e.kwarg);
      // Python 2 names have a precise Python 3 home (PEP 3108): `urllib2` → `urllib.request`.
      const precise = entry.removedIn === "3.0" ? python3NameOf(entry.name) : undefined;
      const fact = precise ? { ...entry, replacement: precise } : entry;
      const answer = () =>
        removalAnswer(query, fact, notesFor, this.releases, added ? (added.py3 ?? added.py2 ?? "") : "");
      if (entry.removedIn !== "3.0") return answer();
      if (!asksRemoval && modern()) continue;
      python2 ??= answer;
    }
    return python2?.();
  }

  /**
   * "asyncio.wait_for no longer takes the loop kwarg", "the loop parameter of asyncio.sleep": the
   * removal of one argument of a function, when the facts record it.
   */
  private removedArgument(query: ParsedQuery): Answer | undefined {
    const text = query.text;
    const said = ARGUMENT_AFTER_FUNCTION.exec(text);
    const before = said ? undefined : ARGUMENT_BEFORE_FUNCTION.exec(text);
    // "`urlopen(cafile=…)` stopped working after upgrading": written as code, beside what broke.
    const call = said || before || !NO_LONGER.test(text) ? undefined : KEYWORD_IN_CALL.exec(text);
    const [fn, kwarg] = said ? [said[1], said[2]] : before ? [before[2], before[1]] : [call?.[1], call?.[2]];
    if (!fn || !kwarg) return undefined;
    // A function older than the facts (`json.loads`) is named in full as written.
    const owner = this.findApi(fn)?.entries.find((e) => !e.kwarg && e.kind !== "module");
    const name = owner?.name ?? (fn.includes(".") ? fn : undefined);
    this.removals ??= builtinRemovalCatalog();
    const removals = this.removals;
    // "The loop parameter to Queue": of the callables a bare name may be, the one that lost the argument.
    const removal =
      (name ? removals.lookup(`${name}(${kwarg}=)`).find((e) => e.removedIn) : undefined) ??
      (fn.includes(".") ? undefined : removals.lookup(`${fn}(${kwarg}=)`).find((e) => e.removedIn));
    return (
      removal && removalAnswer(query, removal, this.notesFor, this.releases, owner?.py3 ?? owner?.py2 ?? "")
    );
  }

  /**
   * The removed names a token stands for: as the catalog finds it, else (in this order) the removed
   * module a dotted name belongs to (`pipes.quote`), the removed module it is a typo of ("distutil"),
   * or of the names it ends, the one whose owner the message names ("ConfigParser's readfp()").
   */
  private removalsNamed(
    token: string,
    text: string,
  ): { entries: RemovalEntry[]; via: "name" | "module" | "typo" | "owner" } {
    this.removals ??= builtinRemovalCatalog();
    const removals = this.removals;
    // `self.assertDictContainsSubset`: a method called on the instance is the method's name.
    const instance = /^(?:self|cls)\.([A-Za-z_]\w*)$/.exec(token)?.[1];
    if (instance) return this.removalsNamed(instance, text);
    // `module.bind_textdomain_codeset(…)`: a long name of words joined by underscores, after a
    // variable that names no module, is the removed function of that name.
    const [owner = "", leaf = ""] = /^([a-z_]\w*)\.([a-z]+(?:_[a-z]+){2,})$/.exec(token)?.slice(1) ?? [];
    if (leaf && !this.api.isStandardPackage(owner) && this.api.lookup(owner).length === 0)
      return this.removalsNamed(leaf, text);
    const found = removals.lookup(token);
    if (found.length > 0) return { entries: found, via: "name" };
    const [head] = token.split(".");
    if (head && head !== token) {
      const module = removals.lookup(head).filter((e) => e.kind === "module" && e.name === head);
      if (module.length > 0) return { entries: module, via: "module" };
    }
    // A digit is no slip of the fingers: `parse1` is the asker's name, not `parser` misspelt.
    const near =
      !isEnglishWord(token) && !/\d/.test(token) && this.api.lookup(token).length === 0
        ? removals.nearModule(token)
        : undefined;
    if (near) return { entries: [near], via: "typo" };
    return { entries: ownedAsNamed(removals.endingWith(token), text), via: "owner" };
  }

  /**
   * The API a question describes without naming it ("the product of a list" is `math.prod`, "tomli"
   * is `tomllib`'s backport), when it names no API or only the module the described one belongs to
   * ("argparse boolean flag").
   */
  private describedApi(query: ParsedQuery, named: ApiMention | undefined): ApiMention | undefined {
    const task = findBackport(query.text) ?? findTask(query.text);
    if (!task) return undefined;
    const module = named?.entries.every((e) => e.kind === "module") ? named.token.toLowerCase() : undefined;
    if (
      named &&
      !(module && task.api.toLowerCase().startsWith(`${module}.`)) &&
      !comparedWith(query.text, named.token.split(" ").at(-1) ?? named.token) &&
      !soughtAsBuiltin(query.text, named)
    )
      return undefined;
    const described = findApi(task.api, this.api);
    // The question is about the API alone: a version in it is the asker's, not a filter.
    return described && { ...described, bare: true, described: true };
  }

  private findApi(text: string): ApiMention | undefined {
    return findApi(text, this.api, this.isProse, (word) => this.speller?.isKnown(word) ?? true);
  }

  /**
   * "need TypedDict NotRequired but stuck on 3.10": of the APIs a message names beside the asker's
   * release, the first one that release lacks is the trouble; else the first that release added;
   * the first named otherwise.
   */
  private lackingMention(query: ParsedQuery, first: ApiMention): ApiMention {
    const context = query.context;
    if (!context) return first;
    // "`gather` works fine, why did Python 3.11 add `TaskGroup`?": else the one that release added.
    let addedThen: ApiMention | undefined;
    for (const mention of this.apisNamed(query.text, first)) {
      if (!mention.entries.every((e) => isAvailableIn(e, context))) return mention;
      if (!addedThen && mention.entries.some((e) => e.py3 === context)) addedThen = mention;
    }
    return addedThen ?? first;
  }

  /**
   * "Unable to locate package python3.12-distutils": a distribution's package for a standard module
   * that the release it is named after removed is missing because of that removal, not the machine.
   */
  private removedPackage(query: ParsedQuery): Answer | undefined {
    const [, minor, module] = DISTRO_MODULE_PACKAGE.exec(query.raw) ?? [];
    if (!minor || !module) return undefined;
    this.removals ??= builtinRemovalCatalog();
    const removal = this.removals.exactly(module).find((e) => e.kind === "module" && e.removedIn);
    if (!removal?.removedIn || compareVersions(removal.removedIn, `3.${minor}`) > 0) return undefined;
    const answer = this.askRemoval(this.parse(`when was ${module} removed`));
    return answer && { ...answer, query: query.raw };
  }

  /**
   * A linter's, formatter's or compiler's parser that fails on syntax a release the message names
   * already has (walrus "in python 3.8" through Cython, `match` on 3.10 through ruff): that tool's
   * matter, which no release note explains.
   */
  private toolRefusing(query: ParsedQuery): Answer | undefined {
    const tool = TOOL_PARSERS.exec(query.raw)?.[1] ?? (BLACK_REFUSAL.test(query.raw) ? "black" : undefined);
    // "you likely need to run mypy using Python 3.12 or newer": the tool itself names the release.
    if (!tool || !PARSE_COMPLAINT.test(query.raw) || TOOL_NEEDS_RELEASE.test(query.raw)) return undefined;
    const extracted = extractCode(query.raw);
    const analysis = extracted ? analyzeCode(extracted.code, { catalog: this.api }) : undefined;
    // Of the feature named and the one the code needs, the newer decides (`d[k := …]` is 3.10's).
    const written = analysis?.requirements.find((r) => r.featureId)?.featureId;
    const named = [findFeatureMention(query.text)?.feature, written ? languageFeature(written) : undefined];
    const feature = named
      .filter((f) => f !== undefined)
      .sort((a, b) => compareVersions(b.version, a.version))[0];
    const newest = releasesNamedIn(query.text).at(-1);
    if (!feature || !isSyntax(feature) || !newest || compareVersions(newest, feature.version) < 0)
      return undefined;
    return outsideNotes(
      query.raw,
      `That is ${tool}'s own parser refusing the code, not Python: ${feature.name} ${feature.plural ? "are" : "is"} valid from Python ${feature.version}, so Python ${newest} accepts ${feature.plural ? "them" : "it"}. ${tool}'s documentation or issue tracker says which syntax it supports; the release notes don't cover it.`,
    );
  }

  /** The APIs a message names, the first one found first, each next one in what the others leave. */
  private *apisNamed(text: string, first: ApiMention): Generator<ApiMention> {
    let rest = text;
    let mention: ApiMention | undefined = first;
    for (let i = 0; mention && i < MAX_APIS_WEIGHED; i++) {
      yield mention;
      const said = mention.token.split(" ")[0] ?? mention.token;
      rest = rest.replace(new RegExp(`(?<![\\w.])${literal(said)}(?![\\w])`, "gi"), " ");
      mention = this.findApi(rest);
    }
  }

  /**
   * "`str.format()` output for `enum.Enum` … changed in 3.11": in the release a message says things
   * changed in, the section found first, far ahead of the next, when it is headed by a name the
   * message gives.
   */
  private changedNamed(query: ParsedQuery, first: ApiMention, limit: number): Answer | undefined {
    const names = [...this.apisNamed(query.text, first)].flatMap((m) => m.entries.map((e) => e.name));
    return this.leadingHeaded(query, (section) => names.some((name) => headedBy(section, name)), limit);
  }

  /**
   * The section found first for a question in its release, far ahead of the next (or, `againstOthers`,
   * of the next whose heading fails), if its heading passes.
   */
  private leadingHeaded(
    query: ParsedQuery,
    heading: (section: string) => boolean,
    limit: number,
    againstOthers = false,
  ): Answer | undefined {
    const [top, ...rest] = rank({ ...query, context: undefined }, this.kb.index, this.options);
    // Of 3.0's two sections headed by `unicode`, either says how Python 3 differs; of a module's
    // sections in a release, none alone says what changed in it.
    const next = againstOthers ? rest.find((h) => !heading(h.chunk.section)) : rest[0];
    if (!top || (next && top.score < NAMED_CHANGE_LEAD * next.score) || !heading(top.chunk.section))
      return undefined;
    return this.sectionAlone(query, top, limit);
  }

  /**
   * The 3.0 section found first for a question, well ahead of the next, when its heading names a
   * name the question gives: one written as code (`map`), one only Python 2 had (`long`), or a
   * module's (`configparser`). "all" in prose is a word, not the builtin.
   */
  private python3Named(query: ParsedQuery, limit: number): Answer | undefined {
    const written = new Set(
      [...query.text.matchAll(/`([A-Za-z_]\w*)(?:\(\))?`|\b([A-Za-z_]\w*)\(\)/g)].map((m) =>
        (m[1] ?? m[2] ?? "").toLowerCase(),
      ),
    );
    const names = query.terms.filter(
      (t) =>
        written.has(t) ||
        this.api.lookup(t).some((e) => e.name === t && !e.kwarg && (e.py3 === null || e.kind === "module")),
    );
    const heading = (section: string): boolean => names.some((n) => holdsWord(section.toLowerCase(), n));
    return this.leadingHeaded({ ...query, version: "3.0" }, heading, limit, true);
  }

  /**
   * The section of a release that leads the rest of it for a question and is headed by a module's
   * name, as that release's answer ("Pickle protocol 5 …" for `pickle.HIGHEST_PROTOCOL` on 3.8).
   */
  private moduleLedIn(
    query: ParsedQuery,
    module: string,
    release: string,
    limit: number,
  ): Answer | undefined {
    const named = new RegExp(`(?<![\\w.])${literal(module)}(?![\\w])`, "i");
    return this.leadingHeaded({ ...query, version: release }, (section) => named.test(section), limit);
  }

  /**
   * The section with the sentence that names an API (by its coined last part) and says most of what
   * the question says about it, if that is enough: "`get_type_hints()` no longer adds Optional for
   * `None` defaults" for "get_type_hints() returns Optional[Any] if the default value is None".
   */
  private behaviourOf(query: ParsedQuery, entry: ApiEntry, limit: number): Answer | undefined {
    const leaf = entry.kwarg ?? entry.name.split(".").at(-1) ?? "";
    if (leaf.length < MIN_COINED_LEAF || isEnglishWord(leaf.toLowerCase())) return undefined;
    const own = new Set(tokenize(`${entry.name} ${entry.kwarg ?? ""}`));
    const words = query.terms.filter(
      (t) => !own.has(t) && !isCategoryWord(t) && !isKindWord(t) && this.kb.index.frequency(t) > 0,
    );
    if (words.length < MIN_BEHAVIOUR_WORDS) return undefined;
    const named = new RegExp(`(?<![\\w])${literal(leaf)}(?![\\w])`);
    let best: { chunk: Chunk; sentence: string } | undefined;
    let most = 0;
    for (const chunk of this.kb.index.chunks) {
      if (!chunk.text.includes(leaf)) continue;
      for (const sentence of plainText(chunk.text).split(/(?<=[.!?])\s+/)) {
        if (!named.test(sentence)) continue;
        const said = new Set(tokenize(sentence));
        const hits = words.filter((w) => said.has(w)).length;
        if (hits > most) [best, most] = [{ chunk, sentence }, hits];
      }
    }
    if (!best || most < MIN_BEHAVIOUR_WORDS || most < BEHAVIOUR_SHARE * words.length) return undefined;
    const settings = { minCoverage: 0, minAnchoredCoverage: 0, limit, maxHits: 1 };
    const hit: RankedHit = { chunk: best.chunk, score: 1, coverage: 1, anchored: true };
    const { answer, lead } = featureAnswer(query, [hit], settings);
    // The sentence that tells it, not the section's opening.
    return lead ? { ...answer, answer: noteSentence({ ...lead, summary: best.sentence }) } : answer;
  }

  /** The release-note sections that answer a feature question. */
  private searchNotes(query: ParsedQuery, limit: number): NotesResult {
    const pep = pepAsked(query);
    const asked = pep ? { ...query, terms: [pep], expansions: [] } : query;
    const found = withoutUnaskedSpeedUps(query, this.rankOf(asked));
    // "a free-threaded PEP703 build": one PEP named beside words about it, and the section found
    // first is about that PEP; its introduction comes first unless a later change was asked about.
    const named = pep ?? onePep(query);
    const about = named !== undefined && namesPep(named, found[0]?.chunk.section ?? "");
    const later = query.wantsRemovals || query.wantsDeprecations || query.version !== undefined;
    const notes = this.notesFrom(
      asked,
      pep || (about && !later) ? introductionFirst(named ?? "", found) : found,
      limit,
    );
    // "With PEP 557 data classes are introduced … what exactly are they": a long question about
    // one PEP that no section covers is answered by the PEP.
    if (notes.answer.found || pep || !named || later) return notes;
    const byPep = { ...query, terms: [named], expansions: [] };
    const ranked = introductionFirst(named, rank(byPep, this.kb.index, this.options));
    const pepNotes = this.notesFrom(byPep, ranked, limit);
    return pepNotes.answer.found ? { ...pepNotes, answer: { ...pepNotes.answer, query: query.raw } } : notes;
  }

  /** The section that introduced the one PEP a message names, if a release's notes name it. */
  private pepSection(query: ParsedQuery, limit: number): Answer | undefined {
    const pep = onePep(query);
    if (!pep) return undefined;
    const byPep = { ...query, version: undefined, context: undefined, terms: [pep], expansions: [] };
    const ranked = introductionFirst(pep, rank(byPep, this.kb.index, this.options));
    const notes = this.notesFrom(byPep, ranked, limit);
    const named = notes.lead !== undefined && namesPep(pep, notes.lead.chunk.section);
    return notes.answer.found && named ? { ...notes.answer, query: query.raw } : undefined;
  }

  /**
   * "minepy fails to build on conda-forge … incomplete typedef 'PyFrameObject'": of a message that
   * names CPython's C API, those names are the subject, in the release it was met on if it says and
   * that release changed them.
   */
  private cApiNamed(query: ParsedQuery, limit: number): Answer | undefined {
    const missing = [...query.text.matchAll(C_MISSING_ALL)].map((m) => m[1] ?? m[2] ?? "");
    // "PyCObject_FromVoidPtr", which no note names: the notes speak of its family, `PyCObject`.
    const known = (name: string): boolean => this.kb.index.frequency(name.toLowerCase()) > 0;
    const family = (name: string): string => {
      const prefix = name.replace(/_[A-Za-z]\w*$/, "");
      return known(name) || !known(prefix) ? name : prefix;
    };
    const tagged = [...query.text.matchAll(MSVC_NOT_MEMBER)].flatMap(
      (m) => C_STRUCT_TAGS.get(m[1] ?? "") ?? [],
    );
    const written = [
      ...missing.filter((n) => n.includes("_")),
      ...(query.text.match(C_API_NAMES) ?? []),
      ...tagged,
    ];
    const names = [...new Set(written.map(family))];
    if (names.length === 0) return undefined;
    const asked = { ...this.parse(names.join(" ")), context: undefined, wantsRemovals: missing.length > 0 };
    // A build on the asker's release fails by what that release did to the names, if it did anything.
    const met = query.troubleIn ?? query.version ?? query.context;
    const inRelease = met ? this.searchNotes({ ...asked, version: met }, limit) : undefined;
    const notes =
      inRelease?.answer.found || query.version
        ? inRelease
        : this.searchNotes({ ...asked, version: undefined }, limit);
    return notes?.answer.found ? { ...notes.answer, query: query.raw } : undefined;
  }

  /** A problem report's release searched for its subject; the report's own words ("errors", "broken") are how it went, not what changed. */
  private searchTrouble(query: ParsedQuery, limit: number, pasted = false): NotesResult | undefined {
    if (!query.troubleIn) return undefined;
    const terms = withoutTroubleTerms(query.terms, query.text);
    const inTrouble = { ...query, version: query.troubleIn, context: undefined, terms };
    const inRelease = this.searchNotes(inTrouble, limit);
    if (!pasted || !inRelease.answer.found) return inRelease;
    // "random.sample for python312 … TypeError: Population must be a sequence": an earlier release's
    // section that answers a pasted error nearly word for word is the change the asker's release
    // still carries, not a section of theirs that shares a word. A section of theirs that answers
    // so much of it that no other could answer more by the margin needs no second search.
    const [mine] = this.rankOf(inTrouble);
    const margin = (mine?.coverage ?? 0) + EARLIER_CHANGE_MARGIN;
    if (margin > 1) return inRelease;
    const anyRelease = { ...query, version: undefined, context: undefined, terms };
    const [top] = this.rankOf(anyRelease);
    const earlier =
      top?.anchored === true &&
      top.coverage >= this.options.minCoverage &&
      top.coverage >= margin &&
      top.chunk.version !== undefined &&
      compareVersions(top.chunk.version, query.troubleIn) < 0;
    return earlier ? this.notesFrom(anyRelease, [top], limit) : inRelease;
  }

  /**
   * The notes search, answered only when its best section's heading is about the question's rarest
   * words. A question about Python `itself` (how to do something, what a thing is) is never answered
   * by a speed-up unless it asks about speed.
   */
  private searchAbout(query: ParsedQuery, limit: number, minCoverage = 0, itself = false): NotesResult {
    // "How can I sort a list of dicts?": how much faster sorting got says nothing of how to sort.
    const all = rank(query, this.kb.index, this.options);
    const ranked = itself ? withoutUnaskedSpeedUps(query, all, true) : all;
    const notes = this.notesFrom(query, ranked, limit);
    const best = ranked.find((h) => h.chunk === notes.lead?.chunk);
    const next = ranked.find((h) => h !== best);
    // Far ahead of every other section, a section about the question's rarest words needs less of
    // its other words ("merge two dictionaries in a single expression").
    const enough =
      best !== undefined && (best.coverage >= minCoverage || !next || best.score >= ABOUT_LEAD * next.score);
    return best?.anchored && enough ? notes : { answer: notFound(query, ranked) };
  }

  /** The answer from sections already ranked for `query`. */
  private notesFrom(query: ParsedQuery, ranked: RankedHit[], limit: number): NotesResult {
    return featureAnswer(query, ranked, {
      minCoverage: this.options.minCoverage,
      minAnchoredCoverage: this.options.minAnchoredCoverage,
      limit,
      maxHits: this.options.maxHits,
    });
  }

  /** What an API answer needs of the core: the notes search, the parser and the releases. */
  private apiContext(limit: number): ApiAnswerContext {
    return {
      search: (q) => this.searchNotes(q, limit),
      parse: (text) => this.parse(text),
      releases: this.kb.releases,
    };
  }
}
