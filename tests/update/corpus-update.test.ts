import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PyVer } from "../../src/pyver.ts";
import { pagePath, releaseCyclePath } from "../../src/update/data-dir.ts";
import { updateCorpus } from "../../src/update/update-corpus.ts";
import { DocsSite, fixture } from "./docs-server.ts";

const BUILTIN = Array.from({ length: 15 }, (_, minor) => `3.${minor}`);
const TODAY = new Date("2026-12-04T12:00:00Z");

let site: DocsSite;
let base: string;
let dataDir: string;

const update = (extra: { docsBaseUrl?: string; timeoutMs?: number } = {}) =>
  updateCorpus({
    dataDir,
    builtinVersions: BUILTIN,
    docsBaseUrl: base,
    releasesUrl: `${base}api/python.json`,
    timeoutMs: 2_000,
    now: () => TODAY,
    ...extra,
  });

const open = (): PyVer => PyVer.open({ dataDir, cache: false, now: () => TODAY });
const statusOf = (result: Awaited<ReturnType<typeof update>>, end: string) =>
  result.outcomes.find((o) => o.what.endsWith(end));

beforeEach(async () => {
  site = DocsSite.withFixtures();
  base = await site.start();
  dataDir = mkdtempSync(join(tmpdir(), "pyver-data-"));
});

afterEach(async () => {
  await site.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a release newer than the built-in corpus", () => {
  it("is learned end to end: update, then answers cited at the public docs address", async () => {
    const result = await update();
    expect(result.reachedAny).toBe(true);
    expect(statusOf(result, "3.15.html")?.status).toBe("fetched");
    const bot = open();

    const feature = bot.ask("which version added zipstream?");
    expect(feature.found).toBe(true);
    expect(feature.answer).toContain("3.15");
    expect(feature.citations[0]?.url).toBe("https://docs.python.org/3.15/whatsnew/3.15.html#zipstream");

    const overview = bot.ask("what's new in 3.15");
    expect(overview.found).toBe(true);
    expect(overview.citations.every((c) => c.url.startsWith("https://docs.python.org/3.15/"))).toBe(true);
    expect(overview.answer).toContain("released on October 1, 2026");
  });

  it("marks the release in development as such until its release date", async () => {
    await update();
    const answer = open().ask("what's new in 3.16");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("in development");
  });

  it("answers the newest release and support from the release-cycle data", async () => {
    await update();
    const bot = open();
    expect(bot.ask("latest python version").answer).toContain(
      "Python 3.15, released on October 1, 2026. Its latest maintenance release is 3.15.1 (December 1, 2026).",
    );
    expect(bot.ask("is 3.15 out").answer).toContain("released on October 1, 2026");
    expect(bot.ask("is 3.8 still supported").answer).toContain("end of life");
  });

  it("says what the notes cover and when they were updated", async () => {
    await update();
    expect(open().about()).toBe(
      "PyVer answers from the official What's New notes of Python 3.0–3.16 (3.16 in development), updated December 4, 2026, with links to the exact section.",
    );
  });

  it("answers `about` and `help` with the same coverage, and labels answers with it", async () => {
    await update();
    const bot = open();
    for (const q of ["about", "help", "?"]) {
      const answer = bot.ask(q);
      expect(answer.kind).toBe("about");
      expect(answer.answer).toContain("Python 3.0–3.16 (3.16 in development), updated December 4, 2026");
    }
    expect(bot.corpusLabel).toBe(
      "Python 3.0–3.16 (3.16 in development) release notes, updated December 4, 2026",
    );
  });

  it("without downloaded notes, says a newer release is not in them and links the official page", () => {
    const answer = open().ask("what's new in 3.15");
    expect(answer.found).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toBe(
      "Python 3.15 isn't in my notes yet (they cover 3.0–3.14, updated December 4, 2026). The official notes: https://docs.python.org/3.15/whatsnew/3.15.html",
    );
  });
});

describe("a failed download keeps the last good data", () => {
  it("when the site is down, fetches nothing and changes nothing", async () => {
    await update();
    const before = readFileSync(pagePath(dataDir, "3.15"), "utf8");
    await site.stop();
    const result = await update();
    expect(result.reachedAny).toBe(false);
    expect(result.outcomes.every((o) => o.status === "failed")).toBe(true);
    expect(readFileSync(pagePath(dataDir, "3.15"), "utf8")).toBe(before);
    expect(open().ask("which version added zipstream?").answer).toContain("3.15");
  });

  it("when the site is slow, gives up on that page after the timeout", async () => {
    site.routes.set("/3.16/whatsnew/3.16.html", { body: fixture("whatsnew-3.16.html"), delayMs: 1_500 });
    const result = await update({ timeoutMs: 300 });
    expect(statusOf(result, "3.16.html")).toMatchObject({ status: "failed", reason: "timed out" });
    expect(statusOf(result, "3.15.html")?.status).toBe("fetched");
  });

  it("when one release answers 404, keeps the others", async () => {
    site.routes.delete("/3.16/whatsnew/3.16.html");
    const result = await update();
    expect(statusOf(result, "3.16.html")).toMatchObject({ status: "failed", reason: "HTTP 404" });
    expect(statusOf(result, "3.15.html")?.status).toBe("fetched");
  });

  it("refuses a truncated page and keeps the page it had", async () => {
    await update();
    const before = readFileSync(pagePath(dataDir, "3.15"), "utf8");
    const page = fixture("whatsnew-3.15.html");
    site.routes.set("/3.15/whatsnew/3.15.html", { body: page.slice(0, page.length / 2) });
    const result = await update();
    expect(statusOf(result, "3.15.html")).toMatchObject({
      status: "failed",
      reason: "truncated: no closing </html>",
    });
    expect(readFileSync(pagePath(dataDir, "3.15"), "utf8")).toBe(before);
  });

  it("refuses release-cycle data that is not JSON and keeps what it had", async () => {
    await update();
    const before = readFileSync(releaseCyclePath(dataDir), "utf8");
    site.routes.set("/api/python.json", { body: '[{"cycle": "3.15", "releaseDa' });
    const result = await update();
    expect(statusOf(result, "python.json")?.status).toBe("failed");
    expect(readFileSync(releaseCyclePath(dataDir), "utf8")).toBe(before);
  });
});

describe("updates", () => {
  it("are idempotent: a second run changes nothing", async () => {
    await update();
    const again = await update();
    expect(again.changed).toBe(false);
    expect(again.outcomes.filter((o) => !o.what.endsWith("index.html")).map((o) => o.status)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
  });

  it("swap the index in between questions: none fails or sees half an index", async () => {
    const bot = open();
    const answers: string[] = [];
    let asking = true;
    const loop = (async () => {
      while (asking) {
        const a = bot.ask("which version added zipstream?");
        answers.push(a.found ? (a.version ?? "?") : "not found");
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await update();
    expect(bot.reload()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    asking = false;
    await loop;
    expect(answers.length).toBeGreaterThan(2);
    expect(new Set(answers)).toEqual(new Set(["not found", "3.15"]));
    expect(answers.at(-1)).toBe("3.15");
  });
});
