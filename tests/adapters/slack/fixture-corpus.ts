/**
 * A tiny corpus written for the Slack tests, so they do not depend on the built-in one: Python 3.4 with
 * pathlib (the answer every test looks for) and enough other modules that "module" has more results
 * than an answer cites, and Python 3.8 with the walrus operator.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PyVer } from "../../../src/pyver.ts";

const PYTHON_34 = `---
version: "3.4"
title: What's New in Python 3.4
released: 2014-03-16
end_of_life: 2019-03-18
source: https://docs.python.org/3/whatsnew/3.4.html
---

# What's New in Python 3.4

## Release highlights {#summary-release-highlights}

- [New module pathlib: object-oriented filesystem paths (PEP 428)](https://docs.python.org/3/whatsnew/3.4.html#pathlib)
- [New module asyncio (PEP 3156)](https://docs.python.org/3/whatsnew/3.4.html#asyncio)

## New modules {#new-modules}

### pathlib (PEP 428) {#pathlib}

The new pathlib module offers classes representing filesystem paths with semantics appropriate for
different operating systems.

### asyncio (PEP 3156) {#asyncio}

The new asyncio module provides infrastructure for writing single-threaded concurrent code.

### ensurepip (PEP 453) {#ensurepip}

The new ensurepip module bootstraps the pip installer into a Python installation.

### enum (PEP 435) {#enum}

The new enum module provides a standard implementation of enumeration types.

### selectors {#selectors}

The new selectors module allows high-level and efficient I/O multiplexing.

### statistics (PEP 450) {#statistics}

The new statistics module offers basic numerically stable statistics functions.

### tracemalloc (PEP 454) {#tracemalloc}

The new tracemalloc module is a debug tool to trace memory blocks allocated by Python.

## Improved modules {#improved-modules}

### abc {#abc}

The abc module gains the ABC helper class, so a module can define abstract base classes by inheritance.

### contextlib {#contextlib}

The contextlib module gains suppress, a context manager that ignores the exceptions given to it.

### functools {#functools}

The functools module gains partialmethod and singledispatch for generic functions in a module.
`;

const PYTHON_38 = `---
version: "3.8"
title: What's New in Python 3.8
released: 2019-10-14
end_of_life: 2024-10-07
source: https://docs.python.org/3/whatsnew/3.8.html
---

# What's New in Python 3.8

## New features {#new-features}

### Assignment expressions: the walrus operator := (PEP 572) {#assignment-expressions}

The new := operator assigns to a name inside an expression: if (n := len(items)) > 10: ...
`;

export interface FixtureBot {
  bot: PyVer;
  cleanup: () => void;
}

export function openFixtureBot(): FixtureBot {
  const corpusDir = mkdtempSync(join(tmpdir(), "pyver-slack-corpus-"));
  writeFileSync(join(corpusDir, "python-3.4.md"), PYTHON_34);
  writeFileSync(join(corpusDir, "python-3.8.md"), PYTHON_38);
  const bot = PyVer.open({ corpusDir, cache: false, now: () => new Date("2025-06-01T00:00:00Z") });
  return { bot, cleanup: () => rmSync(corpusDir, { recursive: true, force: true }) };
}
