import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TINY_CORPUS } from "../fixtures/tiny.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

function ask(args: string[], input?: string) {
  const run = spawnSync(TSX, ["src/cli/ask.ts", "--corpus", TINY_CORPUS, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

const CONTRACT_KEYS = ["query", "found", "answer", "citations", "tookMs"];

describe("ask CLI", () => {
  it("prints one JSON object with exactly the contract's fields", () => {
    const { stdout, status } = ask(["--json", "walrus operator"]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? "");
    expect(Object.keys(answer)).toEqual(CONTRACT_KEYS);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toEqual({
      version: "3.8",
      title: "What's New in Python 3.8",
      section: "Assignment expressions: the walrus operator := (PEP 572)",
      url: "https://docs.python.org/3/whatsnew/3.8.html#assignment-expressions",
      source: "python-3.8.md",
    });
    expect(typeof answer.tookMs).toBe("number");
  });

  it("adds the api field when the question names a standard-library API", () => {
    const answer = JSON.parse(ask(["--json", "pathlib"]).stdout);
    expect(answer.api).toEqual({
      name: "pathlib",
      kind: "module",
      addedIn: "3.4",
      url: "https://docs.python.org/3/library/pathlib.html#module-pathlib",
    });
    expect(answer.citations[0].url).toBe("https://docs.python.org/3/whatsnew/3.4.html#pathlib");
  });

  it("answers every stdin line in order with --json and no question", () => {
    const { stdout, status } = ask(["--json"], "pathlib\nwalrus operator\n\nkubernetes\n");
    expect(status).toBe(0);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.query)).toEqual(["pathlib", "walrus operator", "", "kubernetes"]);
    expect(answers.map((a) => a.found)).toEqual([true, true, false, false]);
  });

  it("reads one JSON object per line with --jsonl, so a question can span lines", () => {
    const traceback =
      'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nImportError: x';
    const input = `${JSON.stringify({ q: "pathlib" })}\n\n${JSON.stringify({ q: traceback })}\n`;
    const { stdout, status } = ask(["--json", "--jsonl"], input);
    expect(status).toBe(0);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.query)).toEqual(["pathlib", traceback]);
    expect(Object.keys(answers[0])).toEqual(expect.arrayContaining(CONTRACT_KEYS));
  });

  it("refuses a --jsonl line that is not an object with a question", () => {
    const { stderr, status } = ask(["--json", "--jsonl"], "pathlib\n");
    expect(status).toBe(2);
    expect(stderr).toMatch(/--jsonl lines are JSON objects/);
  });

  it("applies --version and --limit", () => {
    const answer = JSON.parse(ask(["--json", "--version", "3.12", "--limit", "1", "pathlib"]).stdout);
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0].version).toBe("3.12");
  });

  it("prints the answer and numbered citations for a person", () => {
    const { stdout } = ask(["pathlib"]);
    expect(stdout).toMatch(/^pathlib — new in Python 3\.4/);
    expect(stdout).toContain("[1] Python 3.4 › pathlib");
  });

  it.each([
    ["whitespace", "   "],
    ["10,000 characters", "x".repeat(10_000)],
    ["control characters", "\u0001\u0002\u0003"],
    ["only punctuation", "?!?!"],
  ])("meets %s with found:false, never a stack trace", (_name, question) => {
    const { stdout, stderr, status } = ask(["--json", question]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).found).toBe(false);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("explains a missing question or a bad flag instead of crashing", () => {
    const missing = ask([]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("give a question");
    const badLimit = ask(["--limit", "zero", "pathlib"]);
    expect(badLimit.status).toBe(2);
    expect(badLimit.stderr).toContain("--limit");
  });
});
