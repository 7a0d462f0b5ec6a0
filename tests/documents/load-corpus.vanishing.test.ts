/**
 * A file deleted between the directory listing and the read (an editor's save, a `git checkout`):
 * `openSync` is wrapped so the file disappears exactly in that gap.
 */
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { loadCorpus } from "../../src/documents/load-corpus.ts";

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return {
    ...real,
    openSync: (path: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      if (String(path).endsWith("vanishing.md")) real.rmSync(path);
      return real.openSync(path, flags, mode);
    },
  };
});

const dir = fs.mkdtempSync(join(tmpdir(), "pyver-vanish-"));

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

it("skips a file that vanishes after it was listed, with a warning naming it, and loads the rest", () => {
  fs.writeFileSync(join(dir, "good.md"), "# Python 3.4\n\nPython 3.4 adds pathlib.\n");
  fs.writeFileSync(join(dir, "vanishing.md"), "# Python 3.9\n\nzoneinfo arrives.\n");
  const { documents, warnings } = loadCorpus(dir);
  expect(documents.map((d) => d.path)).toEqual(["good.md"]);
  expect(warnings).toEqual([{ path: "vanishing.md", reason: "unreadable (ENOENT)" }]);
  expect(fs.existsSync(join(dir, "vanishing.md"))).toBe(false);
});
