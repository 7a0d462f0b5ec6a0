import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PyVer } from "../../src/pyver.ts";
import { pagePath } from "../../src/update/data-dir.ts";
import { startRefresh } from "../../src/update/refresh.ts";
import { DocsSite } from "./docs-server.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TODAY = new Date("2026-12-04T12:00:00Z");

let site: DocsSite;
let base: string;
let dataDir: string;

beforeEach(async () => {
  site = DocsSite.withFixtures();
  base = await site.start();
  dataDir = mkdtempSync(join(tmpdir(), "pyver-refresh-"));
});

afterEach(async () => {
  await site.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function refresher(bot: PyVer, everyHours: number, warnings: string[][] = []) {
  return startRefresh({
    bot,
    dataDir,
    everyHours,
    docsBaseUrl: base,
    releasesUrl: `${base}api/python.json`,
    timeoutMs: 2_000,
    warn: (_message, failed) => warnings.push(failed),
    now: () => TODAY,
  });
}

describe("the running bot's refresh", () => {
  it("refreshes at start when the data is missing, and answers from the new notes", async () => {
    const bot = PyVer.open({ dataDir, cache: false, now: () => TODAY });
    expect(bot.ask("which version added zipstream?").found).toBe(false);
    const r = refresher(bot, 24);
    await r.refreshNow(); // joins the refresh started at start
    r.stop();
    expect(site.requests.filter((p) => p === "/3.15/whatsnew/3.15.html")).toHaveLength(1);
    expect(bot.ask("which version added zipstream?").answer).toContain("3.15");
  });

  it("does nothing by itself when turned off", async () => {
    const bot = PyVer.open({ dataDir, cache: false, now: () => TODAY });
    refresher(bot, 0).stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(site.requests).toEqual([]);
  });

  it("logs one warning for a refresh that failed, and keeps answering from the last good data", async () => {
    const bot = PyVer.open({ dataDir, cache: false, now: () => TODAY });
    const warnings: string[][] = [];
    const r = refresher(bot, 0, warnings);
    await r.refreshNow();
    site.routes.delete("/3.15/whatsnew/3.15.html");
    site.routes.set("/api/python.json", { status: 500, body: "oops" });
    await r.refreshNow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toEqual([
      `${base}3.15/whatsnew/3.15.html: HTTP 404`,
      `${base}api/python.json: HTTP 500`,
    ]);
    expect(existsSync(pagePath(dataDir, "3.15"))).toBe(true);
    expect(bot.ask("which version added zipstream?").answer).toContain("3.15");
  });
});

describe("npm run corpus:update", () => {
  // Asynchronous: the local docs site answers from this process while the command runs.
  const run = (env: Record<string, string>): Promise<{ status: number; stdout: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        ["--import", "tsx", "src/cli/corpus-update.ts"],
        { cwd: ROOT, env: { PATH: process.env.PATH ?? "", PYVER_DATA_DIR: dataDir, ...env } },
        (error, stdout) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout }),
      );
    });

  it("exits zero when it fetched, non-zero when nothing could be fetched", async () => {
    const ok = await run({ DOCS_BASE_URL: base, RELEASES_URL: `${base}api/python.json` });
    expect(ok.status).toBe(0);
    expect(existsSync(pagePath(dataDir, "3.15"))).toBe(true);
    await site.stop();
    const down = await run({ DOCS_BASE_URL: base, RELEASES_URL: `${base}api/python.json` });
    expect(down.status).toBe(1);
    expect(down.stdout).toContain("nothing could be fetched");
    expect(existsSync(pagePath(dataDir, "3.15"))).toBe(true);
  });
});
