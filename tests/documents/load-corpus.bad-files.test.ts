/**
 * A corpus directory is edited by people and tools: whatever one file is, loading skips it or cuts it
 * with a warning naming it, and every other document still loads.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listCorpusFiles, loadCorpus, MAX_DOCUMENT_BYTES } from "../../src/documents/load-corpus.ts";
import { PyVer } from "../../src/pyver.ts";

let dir: string;

const write = (path: string, content: string | Buffer): void => {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), content);
};

const GOOD = "# Python 3.4\n\nPython 3.4 adds pathlib.\n";

/** Loads the corpus and checks the good document came through whatever else is there. */
function loadBesideGood(): ReturnType<typeof loadCorpus> {
  write("good.md", GOOD);
  const loaded = loadCorpus(dir);
  expect(loaded.documents.map((d) => d.path)).toContain("good.md");
  return loaded;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pyver-bad-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loadCorpus with bad files", () => {
  it("cuts a 50 MB file to the document limit, says so, and still indexes its beginning", () => {
    const section = "## zoneinfo\n\nPython 3.9 adds the zoneinfo module for IANA time zones.\n\n";
    write("huge.md", `# Python 3.9\n\n${section.repeat(Math.ceil((50 * 1024 * 1024) / section.length))}`);
    const { documents, warnings } = loadBesideGood();
    expect(warnings).toEqual([
      { path: "huge.md", reason: `larger than ${MAX_DOCUMENT_BYTES} bytes; truncated` },
    ]);
    const huge = documents.find((d) => d.path === "huge.md");
    expect(huge?.version).toBe("3.9");
    expect(huge?.sections.length).toBeGreaterThan(1000);
  });

  it("reads a document whose YAML front matter is broken without it, and says so", () => {
    write(
      "broken-yaml.md",
      "---\ntitle: [unclosed\nversion: : 3.9\n---\n# Python 3.9\n\nzoneinfo arrives.\n",
    );
    const { documents, warnings } = loadBesideGood();
    expect(warnings).toEqual([
      { path: "broken-yaml.md", reason: expect.stringMatching(/^front matter is not valid YAML; ignored/) },
    ]);
    const doc = documents.find((d) => d.path === "broken-yaml.md");
    expect(doc?.version).toBe("3.9");
    expect(doc?.sections.map((s) => s.text)).toEqual(["zoneinfo arrives."]);
  });

  it("reads a broken front matter the same way every time it is loaded", () => {
    write("broken-yaml.md", "---\ntitle: [unclosed\n---\n# Python 3.9\n\nzoneinfo arrives.\n");
    expect(loadCorpus(dir)).toEqual(loadCorpus(dir));
  });

  it("keeps the headings after a code fence that is never closed, and says where it opened", () => {
    write(
      "open-fence.md",
      "# Python 3.9\n\n## zoneinfo\n\nExample:\n\n```python\nfrom zoneinfo import ZoneInfo\n\n## graphlib\n\nTopological sorting.\n",
    );
    const { documents, warnings } = loadBesideGood();
    expect(warnings).toEqual([
      { path: "open-fence.md", reason: "code fence opened on line 7 is never closed; read as text" },
    ]);
    const doc = documents.find((d) => d.path === "open-fence.md");
    expect(doc?.sections.map((s) => s.headings.at(-1))).toEqual(["zoneinfo", "graphlib"]);
  });

  it("skips a directory named like a document, and reads the documents inside it", () => {
    mkdirSync(join(dir, "python-3.9.md"));
    write("python-3.9.md/inner.md", "# Python 3.9\n\nzoneinfo arrives.\n");
    const { documents, warnings } = loadBesideGood();
    expect(warnings).toEqual([]);
    expect(documents.map((d) => d.path).sort()).toEqual(["good.md", "python-3.9.md/inner.md"]);
  });

  it("follows a symlink that loops back into the corpus only once, and warns about it", () => {
    symlinkSync(".", join(dir, "loop"));
    symlinkSync("self", join(dir, "self"));
    const { documents, warnings } = loadBesideGood();
    expect(documents.map((d) => d.path)).toEqual(["good.md"]);
    expect(warnings).toEqual([
      { path: "loop", reason: "a directory already read (via a symlink); not followed" },
      { path: "self", reason: "unreadable (ELOOP)" },
    ]);
  });

  it("skips a named pipe, which would block the start forever if read", () => {
    try {
      execFileSync("mkfifo", [join(dir, "pipe.md")]);
    } catch {
      return; // no mkfifo here: nothing to test
    }
    const { warnings } = loadBesideGood();
    expect(warnings).toEqual([{ path: "pipe.md", reason: "not a regular file" }]);
  });

  it("lists every file once, whatever loops the directory holds", () => {
    write("a/b.md", GOOD);
    symlinkSync("..", join(dir, "a", "up"));
    expect(listCorpusFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(["a/b.md"]);
  });

  it("starts and answers from a corpus holding every kind of bad file at once", () => {
    write("binary.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    write("latin1.txt", Buffer.from("Caf\xe9\n", "latin1"));
    write("empty.rst", "");
    write("broken-yaml.md", "---\ntitle: [\n---\n# Python 3.9\n\nzoneinfo arrives.\n");
    write("open-fence.md", "# Python 3.8\n\n## walrus\n\n```\nx := 1\n");
    write("broken.html", "<h1>Python 3.7<h2><p>data<");
    write("broken.rst", "Title\n===\n\n.. code-block::\n\n   unclosed\n\n:::\n");
    mkdirSync(join(dir, "dir.md"));
    symlinkSync(".", join(dir, "loop"));
    symlinkSync("missing-target.md", join(dir, "dangling.md"));
    write("python-3.4.md", GOOD);
    const bot = PyVer.open({ corpusDir: dir, cache: false });
    expect(bot.ask("pathlib").citations[0]?.source).toBe("python-3.4.md");
    expect(bot.kb.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(["binary.md", "latin1.txt", "empty.rst", "loop", "dangling.md"]),
    );
  });
});
