import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PyVer } from "../../../src/pyver.ts";

/**
 * A tiny corpus in the built-in format, so adapter tests never depend on the real release notes
 * (which change as they are written). One section has a heading far beyond every Discord limit,
 * so tests can show long answers are cut to fit.
 */
export const LONG_HEADING = `zebrafish ${"marvellously extended heading words ".repeat(40)}`.trim();

const FILES: Record<string, string> = {
  "python-3.4.md": `---
version: "3.4"
title: What's New in Python 3.4
released: 2014-03-16
end_of_life: 2019-03-18
source: https://docs.python.org/3/whatsnew/3.4.html
---

# What's New in Python 3.4

## Release highlights {#summary-release-highlights}

- [pathlib, object-oriented filesystem paths (PEP 428)](https://docs.python.org/3/whatsnew/3.4.html#pathlib)
- [enum, enumeration types (PEP 435)](https://docs.python.org/3/whatsnew/3.4.html#enum)

## New modules {#new-modules}

### pathlib (PEP 428) {#pathlib}

The new pathlib module offers classes representing filesystem paths with semantics appropriate for
different operating systems. Path objects replace many os.path calls.

### enum (PEP 435) {#enum}

The new enum module defines enumeration types: sets of symbolic names bound to unique values.

### asyncio (PEP 3156) {#asyncio}

The new asyncio module provides infrastructure for writing single-threaded concurrent code using
coroutines, event loops and futures.

### statistics (PEP 450) {#statistics}

The new statistics module offers mean, median and other basic statistics of numeric data.

### tracemalloc (PEP 454) {#tracemalloc}

The new tracemalloc module traces memory blocks allocated by Python.

## Improved modules {#improved-modules}

### ${LONG_HEADING} {#zebrafish}

The zebrafish module gained an extraordinarily long heading so that answers about it exceed the
limits of every chat platform. Zebrafish swim.
`,
  "python-3.10.md": `---
version: "3.10"
title: What's New in Python 3.10
released: 2021-10-04
end_of_life: 2026-10
source: https://docs.python.org/3/whatsnew/3.10.html
---

# What's New in Python 3.10

## Release highlights {#summary-release-highlights}

- [Structural pattern matching, the match statement (PEP 634)](https://docs.python.org/3/whatsnew/3.10.html#pep-634-structural-pattern-matching)

## New features {#new-features}

### PEP 634: Structural pattern matching, the match statement {#pep-634-structural-pattern-matching}

The match statement compares a subject value against patterns and runs the first case that matches.

### Parenthesized context managers {#parenthesized-context-managers}

Several context managers may now be grouped in parentheses in a with statement.

## Improved modules {#improved-modules}

### zipfile {#zipfile}

zipfile.Path gained stem, suffix and suffixes; the new module features of zipfile were extended.

### statistics {#statistics}

statistics.correlation computes Pearson's correlation coefficient.
`,
};

export interface FixtureBot {
  bot: PyVer;
  dir: string;
  cleanup(): void;
}

/** Writes the fixture corpus to a temporary directory and opens the core on it (no index cache). */
export function openFixtureBot(): FixtureBot {
  const dir = mkdtempSync(join(tmpdir(), "pyver-discord-"));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  const bot = PyVer.open({ corpusDir: dir, cache: false, now: () => new Date("2025-06-01T00:00:00Z") });
  return { bot, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
