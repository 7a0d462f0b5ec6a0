import { describe, expect, it } from "vitest";
import { asksBuildTrouble } from "../../src/answer/build-trouble.ts";
import { PyVer } from "../../src/pyver.ts";

describe("a package failing to build", () => {
  it("is recognised by the messages build tools print", () => {
    expect(asksBuildTrouble('error: Microsoft Visual C++ 14.0 is required. Get it with "Build Tools"')).toBe(
      true,
    );
    expect(asksBuildTrouble("ERROR: Failed building wheel for aiohttp")).toBe(true);
    expect(asksBuildTrouble("error: externally-managed-environment")).toBe(true);
    expect(asksBuildTrouble("does python 3.4 come with pip")).toBe(false);
    expect(asksBuildTrouble("Cannot install on Python 3.13. There is no wheel for Python 3.13.")).toBe(true);
    expect(asksBuildTrouble("There are currently wheels for 3.12, but nothing for 3.13")).toBe(true);
    // pip's own progress lines, then its error, with no Python exception of the package's.
    const pip =
      "$ pip install -r requirements.txt\nCollecting numpy==1.21.0\n  Getting requirements to build wheel ... done\nERROR: Exception:";
    expect(asksBuildTrouble(pip)).toBe(true);
    expect(asksBuildTrouble(`${pip}\nModuleNotFoundError: No module named 'distutils'`)).toBe(false);
    expect(asksBuildTrouble("is there a wheel module in python 3.12")).toBe(false);
    expect(asksBuildTrouble("Pip install fails on windows. Installation with on Windows fails.")).toBe(true);
    expect(asksBuildTrouble("Python 3.13 is about to be released, and pip install fails.")).toBe(true);
    expect(asksBuildTrouble("Cant install requirements using 3.13.5 from python.org")).toBe(true);
    expect(asksBuildTrouble("I upgraded to python 3.13 but now this library won't install")).toBe(true);
    expect(asksBuildTrouble("can't install requirements: ImportError: cannot import name 'x'")).toBe(false);
    // A Python error met during the install says why, and is explained from it.
    expect(asksBuildTrouble("pip install fails with SyntaxError on python 3.5")).toBe(false);
    expect(asksBuildTrouble("ERROR: No matching distribution found for python>=3.7")).toBe(true);
    expect(
      asksBuildTrouble("ERROR: Package 'opendrop' requires a different Python: 3.5.3 not in '>=3.6'"),
    ).toBe(true);
    expect(
      asksBuildTrouble("I installed python 3.8 but running the install command says pip is not recognised"),
    ).toBe(true);
    expect(asksBuildTrouble("'python' is not recognized as an internal or external command")).toBe(true);
    expect(asksBuildTrouble("bash: pip: command not found")).toBe(true);
    expect(asksBuildTrouble("pip install in python3.12 can't found package")).toBe(true);
    expect(asksBuildTrouble("is the match statement recognised by 3.9")).toBe(false);
    expect(asksBuildTrouble("pip install psutil fails and tells me I need Microsoft Visual C++ 14.0")).toBe(
      true,
    );
    expect(asksBuildTrouble("on a Raspberry pi 3 i cannot install python3-pip")).toBe(true);
    expect(asksBuildTrouble("pip install keeps giving me a Microsoft Visual C++ error")).toBe(true);
    // A distribution's package for a removed module is that removal's.
    expect(asksBuildTrouble("Package python3-distutils is not available")).toBe(false);
  });

  it("reads the system package manager's refusal as typed, before the speller makes a word of it", () => {
    const bot = PyVer.open({ cache: false });
    const apt = bot.ask("Python 3.11 upgrade fails due to unmet dependencies");
    expect(apt.found).toBe(false);
    expect(apt.answer).toMatch(/package manager/);
    // A Python its repositories do not have.
    const missing = bot.ask(
      "E: Unable to locate package python3.5 E: Couldn't find any package by regex 'python3.5'",
    );
    expect(missing.found).toBe(false);
    expect(missing.answer).toMatch(/package manager/);
  });

  it("is answered as no release's doing, while a Python error met during pip install is explained", () => {
    const bot = PyVer.open({ cache: false });
    const build = bot.ask("pip install fails: error: Microsoft Visual C++ 14.0 or greater is required");
    expect(build.found).toBe(false);
    expect(build.answer).toMatch(/not something a Python release changed/);
    const resolve = bot.ask(
      "i got this error while trying to install the requirements: ERROR: No matching distribution found for python>=3.7",
    );
    expect(resolve.found).toBe(false);
    expect(resolve.answer).toMatch(/^That is pip finding no release of a package/);
    const pasted = bot.ask(
      "pip install -e .\nAttributeError: module 'pkgutil' has no attribute 'ImpImporter'",
    );
    expect(pasted.version).toBe("3.12");
  });

  it("says a standard module the Python was built without is the build's, pasted or told", () => {
    const bot = PyVer.open({ cache: false });
    for (const message of [
      "No module named 'tkinter' when running for first time. OS: Ubuntu 19.04, Python 3.7.5",
      "ModuleNotFoundError: No module named '_ctypes'",
      "_tkinter module missing even after specifying custom Tcl/Tk build during pyenv install",
      "WARNING: pip is configured with locations that require TLS/SSL, however the ssl module in Python is not available.",
    ]) {
      const a = bot.ask(message);
      expect(a.found).toBe(false);
      expect(a.answer).toMatch(/built or packaged without/);
    }
    // Python 2's name for it is 3.0's rename, not a build's gap.
    expect(bot.ask("ImportError: No module named 'Tkinter'").answer).not.toMatch(/built or packaged/);
  });

  it("says a Python without ensurepip is its packaging's, while when pip came bundled is 3.4's", () => {
    const bot = PyVer.open({ cache: false });
    for (const message of [
      "python3.11 on ubuntu is missing ensurepip, so venv fails",
      "ModuleNotFoundError: No module named 'ensurepip' on colab",
    ]) {
      const a = bot.ask(message);
      expect(a.found).toBe(false);
      expect(a.answer).toMatch(/packaged or built without `ensurepip`/);
    }
    expect(bot.ask("since when is pip bundled with python (ensurepip)").version).toBe("3.4");
  });

  it("says a certificate the machine does not trust, or an install that lost its files, is its own trouble", () => {
    const bot = PyVer.open({ cache: false });
    for (const message of [
      "urllib2.URLError: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:590)>",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate",
    ]) {
      const a = bot.ask(message);
      expect(a.found).toBe(false);
      expect(a.answer).toMatch(/not trusting a server's TLS certificate/);
    }
    for (const message of [
      "Fatal Python error: init_fs_encoding: failed to get the Python codec of the filesystem encoding. ModuleNotFoundError: No module named 'encodings'",
      "zsh: /usr/local/bin/pip3: bad interpreter: /usr/local/opt/python@3.9/bin/python3.9: no such file or directory",
    ])
      expect(bot.ask(message).answer).toMatch(/installation that cannot find its own files/);
    expect(
      bot.ask(
        "Activate.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies",
      ).answer,
    ).toMatch(/PowerShell refusing to run scripts/);
    // The exception's own name is 3.7's news.
    expect(bot.ask("Failing to check the hostname now raises SSLCertVerificationError").found).toBe(true);
  });

  it("says a C header missing from the machine is the build's, unless a release moved it", () => {
    const bot = PyVer.open({ cache: false });
    const ffi = bot.ask("c/_cffi_backend.c:15:17: fatal error: ffi.h: No such file or directory");
    expect(ffi.found).toBe(false);
    expect(ffi.answer).toMatch(/header of a system library is missing/);
    expect(bot.ask("fatal error: longintrepr.h: No such file or directory").version).toBe("3.11");
    // Every release has Python.h, whatever sections say about what it includes.
    const python = bot.ask(
      "problem building with python3.12\n`fatal error: Python.h: No such file or directory`",
    );
    expect(python.found).toBe(false);
    expect(python.answer).toMatch(/python3-dev/);
    expect(asksBuildTrouble("CMake must be installed to build the following extensions: dlib")).toBe(true);
  });
});
