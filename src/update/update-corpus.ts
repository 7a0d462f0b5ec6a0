import { readFileSync } from "node:fs";
import { compareVersions } from "../documents/version.ts";
import {
  downloadedVersions,
  pagePath,
  readUpdateState,
  releaseCyclePath,
  writeAtomically,
  writeUpdateState,
} from "./data-dir.ts";
import {
  DEFAULT_DOCS_BASE_URL,
  DEFAULT_RELEASES_URL,
  pageProblem,
  releasesListed,
  whatsNewIndexUrls,
  whatsNewPageUrl,
} from "./docs-site.ts";
import { parseReleaseCycles } from "./release-cycle.ts";

export interface UpdateOptions {
  dataDir: string;
  /** Releases the built-in corpus covers: their pages are not downloaded. */
  builtinVersions: readonly string[];
  docsBaseUrl?: string;
  releasesUrl?: string;
  /** Per request. Default 20 s. */
  timeoutMs?: number;
  now?: () => Date;
  /** Aborts every download in flight (the bot is shutting down). */
  signal?: AbortSignal;
}

/** What happened to one download. */
export interface FetchOutcome {
  what: string;
  status: "fetched" | "unchanged" | "failed";
  reason?: string;
}

export interface UpdateResult {
  outcomes: FetchOutcome[];
  /** Whether anything was fetched (new or unchanged): false when the sources could not be reached at all. */
  reachedAny: boolean;
  /** Whether a kept file changed, so the index should be rebuilt. */
  changed: boolean;
}

const MAX_BYTES = 8_000_000;

async function fetchText(url: string, timeoutMs: number, stop?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = stop ? AbortSignal.any([timeout, stop]) : timeout;
  const response = await fetch(url, { signal, redirect: "follow" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES} bytes`);
  return text;
}

function reasonOf(error: unknown): string {
  const e = error as Error & { cause?: { code?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
  return e.cause?.code ?? e.message;
}

function keep(file: string, content: string): "fetched" | "unchanged" {
  let before: string | undefined;
  try {
    before = readFileSync(file, "utf8");
  } catch {
    before = undefined;
  }
  if (before === content) return "unchanged";
  writeAtomically(file, content);
  return "fetched";
}

/**
 * Downloads the What's New pages of releases the built-in corpus lacks (the newest release and the
 * one in development included) and the release-cycle data, into the data directory. A failed,
 * partial or malformed download keeps what was there; nothing is ever half-written.
 */
export async function updateCorpus(options: UpdateOptions): Promise<UpdateResult> {
  const base = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const builtin = new Set(options.builtinVersions);
  const outcomes: FetchOutcome[] = [];

  const listed = new Set<string>();
  for (const url of whatsNewIndexUrls(base)) {
    try {
      for (const v of releasesListed(await fetchText(url, timeoutMs, options.signal))) listed.add(v);
      outcomes.push({ what: url, status: "fetched" });
    } catch (error) {
      outcomes.push({ what: url, status: "failed", reason: reasonOf(error) });
    }
  }
  // Pages already kept are refreshed too, even when an index could not be read this time.
  const wanted = [...new Set([...listed, ...downloadedVersions(options.dataDir)])]
    .filter((v) => !builtin.has(v))
    .sort(compareVersions);
  for (const version of wanted) {
    const url = whatsNewPageUrl(base, version);
    try {
      const html = await fetchText(url, timeoutMs, options.signal);
      const problem = pageProblem(html, version);
      if (problem) throw new Error(problem);
      outcomes.push({ what: url, status: keep(pagePath(options.dataDir, version), html) });
    } catch (error) {
      outcomes.push({ what: url, status: "failed", reason: reasonOf(error) });
    }
  }

  const releasesUrl = options.releasesUrl ?? DEFAULT_RELEASES_URL;
  try {
    const text = await fetchText(releasesUrl, timeoutMs, options.signal);
    // Kept as published, once it has been read as release-cycle data.
    parseReleaseCycles(JSON.parse(text));
    outcomes.push({ what: releasesUrl, status: keep(releaseCyclePath(options.dataDir), text) });
  } catch (error) {
    outcomes.push({ what: releasesUrl, status: "failed", reason: reasonOf(error) });
  }

  const reachedAny = outcomes.some((o) => o.status !== "failed");
  const changed = outcomes.some((o) => o.status === "fetched" && !o.what.endsWith("index.html"));
  const now = (options.now ?? (() => new Date()))().toISOString();
  const state = readUpdateState(options.dataDir);
  writeUpdateState(options.dataDir, { ...state, checkedAt: now, ...(reachedAny ? { updatedAt: now } : {}) });
  return { outcomes, reachedAny, changed };
}
