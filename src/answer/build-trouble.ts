import type { ParsedQuery } from "../query/parse-query.ts";
import { type Answer, outsideNotes } from "./answer.ts";

/**
 * The errors of building a package from source — a missing compiler, a wheel that failed to build,
 * a system Python that refuses pip — which no Python release explains, however often they are asked.
 */
const BUILD_TROUBLE =
  /\b(?:microsoft visual c\+\+ [\d.]+(?: or greater)? is required|(?:need|needs|requires?)\s+(?:the\s+)?microsoft visual c\+\+ [\d.]+|(?:microsoft|ms) visual c\+\+ (?:error|build tools)|failed (?:building|to build) wheels?|could not build wheels|error: externally-managed-environment|legacy-install-failure|must be installed to build)\b/i;

/**
 * "fatal error: ffi.h: No such file or directory": a C header a package's build needs, missing from
 * the machine. (A header a release moved or removed, like `longintrepr.h`, is that release's.)
 */
const MISSING_HEADER = /\bfatal error:\s*([\w./]+\.h):?\s*No such file or directory/i;

/** The C header a build could not find, if the message reports one. */
export function missingHeader(text: string): string | undefined {
  return MISSING_HEADER.exec(text)?.[1];
}

/**
 * The system's package manager refusing the install: apt's "unmet dependencies", a held package,
 * a distribution's Python package that cannot be installed ("cannot install python3-pip") or that
 * its repositories do not have ("Unable to locate package python3.5").
 */
const SYSTEM_PACKAGE_TROUBLE =
  /\b(?:unmet dependencies|held broken packages|(?:can'?t|cannot|unable to|could ?n[o']?t)\s+install\s+python3?-[a-z]+|unable to locate package|could ?n[o']?t find any package by (?:glob|regex))\b/i;

/**
 * "Pip install fails on windows", "installation fails", "… is about to be released, and pip install
 * fails": an install that failed, told without the Python error that would say why (a message naming
 * one is explained from it) or the package ("numpy installation fails", "pip install numpy fails" are
 * that package's).
 */
const INSTALL_FAILS =
  /^(?![\s\S]*(?:Error|Exception|Warning)\b)(?:[\s\S]*(?:[.!?:,]\s+|\b(?:the|my|our|python|and|but|so|now|then)\s+))?(?:pip3?\s+install\w*\s+|(?:installation|installing)\b[^.?!\n]{0,30}\b)(?:fails?|failed|failing)\b/i;

/**
 * "Cant install requirements using 3.13.5", "now this library won't install": a project's
 * dependencies, or a package, that will not install.
 */
const REQUIREMENTS_REFUSED =
  /^(?![\s\S]*\b[A-Z]\w*(?:Error|Exception|Warning)\b)[\s\S]*(?:\b(?:can'?t|cannot|unable to|could ?n[o']?t|fail(?:s|ed)? to)\s+install\s+(?:the\s+|my\s+|our\s+)?(?:requirements|dependencies)\b|\b(?:library|package|lib)\s+(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|fails? to)\s+install\b)/i;

/**
 * pip's own progress lines ("Collecting numpy==1.21.0", "Getting requirements to build wheel") and
 * then pip's "ERROR:", with no Python exception of the package's named: pip failed to install it.
 */
const PIP_FAILED =
  /^(?![\s\S]*\b[A-Z]\w*(?:Error|Warning)\b)[\s\S]*^\s*(?:Collecting \S|Getting requirements to build|Building wheels? for|Installing build dependencies)[\s\S]*\bERROR:/m;

/** A package with no ready-made wheel for the asker's release: "There is no wheel for Python 3.13". */
const WHEEL_TROUBLE =
  /\b(?:no|missing|any|get an?|need an?)\s+(?:pip\s+|binary\s+)?wheels?\s+(?:build\s+|built\s+|files?\s+)?(?:for|available|yet)\b|\bwheels?\s+(?:for|built for)\s+(?:python\s*|py\s*|cp)?3\.?\d/i;

/** pip finding no release of a package for the asker's Python and platform. */
const RESOLVE_TROUBLE =
  /\b(?:no matching distribution found for|could not find a version that satisfies the requirement|requires a different python)\b|\bpip\b(?:[^.!?\n]|\.(?=\d)){0,40}\b(?:can'?t|cannot|could ?n[o']?t)\s+(?:find|found)\s+(?:a\s+|the\s+|any\s+)?packages?\b/i;

/** A shell that cannot find Python or pip: the installation's PATH, not a release. */
const PATH_TROUBLE =
  /\b(?:(?:pip3?|python3?|py)['"`’]?\s+is\s+not\s+recogni[sz]ed|not recogni[sz]ed as (?:an internal or external command|the name of a cmdlet)|(?:pip3?|python3?):?\s+command not found|command not found:\s+(?:pip3?|python3?))\b/i;

/** The parts of the standard library built on a system library, by their underscored names. */
const BUILT_PART = "_(?:tkinter|ssl|ctypes|sqlite3|bz2|lzma|curses|dbm|gdbm|uuid|hashlib|readline)";

/**
 * A standard module built on a system library missing from the Python that runs: "No module named
 * 'tkinter'", "'_ctypes'", "'_sqlite3'". Every Python 3 release has them; a build without the
 * library's headers, or a distribution that ships them apart, leaves them out.
 */
const OPTIONAL_MODULE_MISSING = new RegExp(
  String.raw`\bNo module named ['"‘’\x60]?(?:tkinter|readline|${BUILT_PART})\b`,
);
/** …retold: "_tkinter module missing", "missing _ctypes" (the underscore names the part built on the library). */
const BUILT_PART_MISSING = new RegExp(
  String.raw`(?<![\w.])${BUILT_PART}\s+(?:module\s+)?(?:is\s+)?(?:missing|not found)\b|\bmissing\s+(?:the\s+)?${BUILT_PART}\b`,
  "i",
);

/**
 * A server's certificate the machine does not trust: "[SSL: CERTIFICATE_VERIFY_FAILED] certificate
 * verify failed: unable to get local issuer certificate", whichever library or release reports it
 * (the exception's own name, `ssl.SSLCertVerificationError`, is 3.7's news).
 */
const CERTIFICATE_TROUBLE =
  /\bCERTIFICATE_VERIFY_FAILED\b|\bcertificate verify failed\b|\bunable to get local issuer certificate\b/i;

const CERTIFICATE_ANSWER =
  "That is the machine not trusting a server's TLS certificate (CA certificates missing or out of date, or a proxy that re-signs traffic), not something a Python release changed: on macOS run the `Install Certificates.command` that came with Python, elsewhere update the system's CA certificates or point `SSL_CERT_FILE` at the bundle your proxy needs. The release notes don't cover it.";

/**
 * A Python that cannot find its own standard library ("No module named 'encodings'" at start-up), or
 * a script whose interpreter an upgrade took away ("bad interpreter: …/python3.9: no such file").
 */
const BROKEN_INSTALL = /\bNo module named ['"‘`]?encodings\b|\binit_?fs_?encoding\b|\bbad interpreter\b/i;

const BROKEN_INSTALL_ANSWER =
  "That is a Python installation that cannot find its own files, not something a Python release changed: `PYTHONHOME` or `PYTHONPATH` pointing at another Python's library, or a virtual environment (or a script's `#!` line) still pointing at a Python that an upgrade moved or removed. Unset those variables or recreate the virtual environment; the release notes don't cover it.";

/**
 * A Python without its pip bootstrapper: "No module named ensurepip", "ensurepip is not available",
 * "missing ensurepip". Debian and Ubuntu ship it apart (`python3-venv`), and builds may leave it out.
 */
const ENSUREPIP_MISSING =
  /\bNo module named ['"‘`]?ensurepip\b|\bensurepip\s+(?:module\s+)?(?:is\s+)?(?:not available|missing)\b|\bmissing\s+(?:the\s+)?ensurepip\b/i;

const ENSUREPIP_ANSWER =
  "That is a Python packaged or built without `ensurepip`, the module that installs pip, not something a Python release changed (every release since 3.4 has it): on Debian and Ubuntu install `python3-venv` (or `python3.X-venv` for that release) and `python3-pip`, elsewhere build Python again or use `get-pip.py`. The release notes don't cover it.";

/** PowerShell refusing a virtual environment's `Activate.ps1`: its execution policy, not Python. */
const SCRIPTS_DISABLED = /\bcannot be loaded because running scripts is disabled\b/i;

const SCRIPTS_DISABLED_ANSWER =
  "That is PowerShell refusing to run scripts (its execution policy), not something a Python release changed: allow signed local scripts for your account with `Set-ExecutionPolicy -Scope CurrentUser RemoteSigned`, or activate the environment from cmd.exe with `activate.bat`. The release notes don't cover it.";

const BUILD_ANSWER =
  "That is a package failing to build or install, not something a Python release changed: a package without a ready-made wheel for your Python and platform is compiled from source, which needs a C compiler (on Windows, Microsoft C++ Build Tools). The package's own install notes say what it needs; the release notes don't cover it.";
const RESOLVE_ANSWER =
  "That is pip finding no release of a package that installs on your Python and platform (or a name that is not on the package index), not something a Python release changed: the package's page on PyPI lists the Python versions it supports; the release notes don't cover it.";

const SYSTEM_PACKAGE_ANSWER =
  "That is the system's package manager failing to install a Python build (apt's unmet dependencies), not something a Python release changed: the packages for that Python must all come from one source (the distribution's own repositories or one added repository). The release notes don't cover it.";

const PATH_ANSWER =
  'That is the shell not finding Python or pip, not something a Python release changed: the folder they were installed to is not on your PATH (on Windows, re-run the installer with "Add python.exe to PATH", or use the `py` launcher: `py -m pip install …`). The release notes don\'t cover it.';

/** pip's words for a Python built without OpenSSL: "… however the ssl module in Python is not available". */
const SSL_MODULE_UNAVAILABLE = /\bthe ssl module (?:in Python )?is not available\b/i;

const OPTIONAL_MODULE_ANSWER =
  "That Python was built or packaged without one of the standard modules that need a system library (`ssl` needs OpenSSL, `tkinter` Tcl/Tk, `sqlite3` SQLite, `ctypes` libffi, `bz2` and `lzma` their compression libraries): every Python 3 release has them, not something a release changed. Install the distribution's package for it (on Debian and Ubuntu `python3-tk` for tkinter), or the library's development headers and build Python again; the release notes don't cover it.";

const HEADER_ANSWER =
  "That is a package's C code failing to compile because a header of a system library is missing, not something a Python release changed: install the development files of the library the header belongs to (the `-dev` or `-devel` package, e.g. `libffi-dev` for `ffi.h`, `python3-dev` for `Python.h`), or use a ready-made wheel. The release notes don't cover it.";

/**
 * Each kind of trouble by its messages, with what is said of it; the first that matches answers.
 * `whatever` marks the machine's own trouble, which answers whatever else a message says: a module
 * its Python was built without, a certificate it does not trust, an installation that lost its
 * files, a shell that will not run scripts.
 */
const TROUBLES: readonly { pattern: RegExp; answer: string; whatever?: true }[] = [
  { pattern: OPTIONAL_MODULE_MISSING, answer: OPTIONAL_MODULE_ANSWER, whatever: true },
  { pattern: BUILT_PART_MISSING, answer: OPTIONAL_MODULE_ANSWER, whatever: true },
  { pattern: SSL_MODULE_UNAVAILABLE, answer: OPTIONAL_MODULE_ANSWER, whatever: true },
  { pattern: ENSUREPIP_MISSING, answer: ENSUREPIP_ANSWER, whatever: true },
  { pattern: BUILD_TROUBLE, answer: BUILD_ANSWER },
  { pattern: WHEEL_TROUBLE, answer: BUILD_ANSWER },
  { pattern: SYSTEM_PACKAGE_TROUBLE, answer: SYSTEM_PACKAGE_ANSWER },
  { pattern: INSTALL_FAILS, answer: BUILD_ANSWER },
  { pattern: REQUIREMENTS_REFUSED, answer: BUILD_ANSWER },
  { pattern: PIP_FAILED, answer: BUILD_ANSWER },
  { pattern: RESOLVE_TROUBLE, answer: RESOLVE_ANSWER },
  { pattern: PATH_TROUBLE, answer: PATH_ANSWER },
  { pattern: CERTIFICATE_TROUBLE, answer: CERTIFICATE_ANSWER, whatever: true },
  { pattern: BROKEN_INSTALL, answer: BROKEN_INSTALL_ANSWER, whatever: true },
  { pattern: SCRIPTS_DISABLED, answer: SCRIPTS_DISABLED_ANSWER, whatever: true },
];

function troubleSaid(text: string): string | undefined {
  return TROUBLES.find((t) => t.pattern.test(text))?.answer;
}

/** Whether a message reports the machine's own trouble, pasted or told, which answers before all else. */
export function machineTrouble(text: string): boolean {
  return TROUBLES.some((t) => t.whatever && t.pattern.test(text));
}

export function asksBuildTrouble(text: string): boolean {
  return troubleSaid(text) !== undefined;
}

/** Says whose trouble it is: the package's build and the machine's tools, not a Python release. */
export function buildTroubleAnswer(query: ParsedQuery): Answer {
  return outsideNotes(
    query.raw,
    troubleSaid(query.text) ??
      troubleSaid(query.raw) ??
      (missingHeader(query.raw) ? HEADER_ANSWER : BUILD_ANSWER),
  );
}

/** How a Python came to lack a standard module its release has, and what to do about it. */
const LEFT_OUT =
  " that cannot import it was built or packaged without it (some distributions ship parts of the standard library as separate packages): not something a release changed. Install the distribution's package for it or use a full Python build; the release notes don't cover it.";

/** Says a module a later release removed is missing from an earlier one by its packaging. */
export function packagedBeforeRemovalAnswer(
  query: ParsedQuery,
  module: string,
  removedIn: string,
  running: string,
): Answer {
  return outsideNotes(
    query.raw,
    `\`${module}\` stays in the standard library until Python ${removedIn} removes it, so a Python ${running}${LEFT_OUT}`,
  );
}

/**
 * A standard module a Python cannot import though its release has it: the build or the
 * distribution's packaging left it out, which no release note covers.
 */
export function packagedWithoutAnswer(
  query: ParsedQuery,
  module: string,
  since: string,
  running: string,
): Answer {
  return outsideNotes(
    query.raw,
    `\`${module}\` is in the standard library since Python ${since}, so a Python ${running}${LEFT_OUT}`,
  );
}
