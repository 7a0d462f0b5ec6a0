import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { SourceDocument } from "../documents/document.ts";
import { parseHtml } from "../documents/html.ts";
import { parseReleaseCycles, publicWhatsNewUrl, type ReleaseCycle } from "./release-cycle.ts";

/**
 * What `npm run corpus:update` keeps under `PYVER_DATA_DIR`:
 *   whatsnew/3.15.html   official What's New pages, as published
 *   release-cycle.json   the release-cycle data, as published
 *   update.json          when each was last fetched
 * Every file is written aside and renamed into place, so a reader never sees half of one.
 */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PYVER_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
}

export const pagePath = (dataDir: string, version: string): string =>
  join(dataDir, "whatsnew", `${version}.html`);
export const releaseCyclePath = (dataDir: string): string => join(dataDir, "release-cycle.json");
const statePath = (dataDir: string): string => join(dataDir, "update.json");

/** Writes a file aside and renames it into place: readers see the old file or the new one. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** When the data was last refreshed; what a user is told ("updated December 4, 2026"). */
export interface UpdateState {
  /** Last update that fetched anything (ISO timestamp). */
  updatedAt?: string;
  /** Last attempt, successful or not (ISO timestamp). */
  checkedAt?: string;
}

const StateSchema = z.object({ updatedAt: z.string().optional(), checkedAt: z.string().optional() });

export function readUpdateState(dataDir: string): UpdateState {
  try {
    return StateSchema.parse(JSON.parse(readFileSync(statePath(dataDir), "utf8")));
  } catch {
    return {};
  }
}

export function writeUpdateState(dataDir: string, state: UpdateState): void {
  writeAtomically(statePath(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

/** The versions of the What's New pages kept in the data directory. */
export function downloadedVersions(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, "whatsnew"))
      .map((name) => /^(3\.\d+)\.html$/.exec(name)?.[1])
      .filter((v): v is string => v !== undefined);
  } catch {
    return [];
  }
}

/**
 * A downloaded What's New page as a document: its text as published, cited at its public address
 * on docs.python.org whatever site it was fetched from, and "in development" until the
 * release-cycle data gives the release a date.
 */
export function readDownloadedPage(dataDir: string, version: string): SourceDocument {
  const path = `whatsnew/${version}.html`;
  const doc = parseHtml(path, readFileSync(pagePath(dataDir, version), "utf8"));
  return { ...doc, version, url: publicWhatsNewUrl(version) };
}

/** The kept release-cycle data; none when it is missing or unreadable. */
export function readReleaseCycles(dataDir: string): ReleaseCycle[] {
  try {
    return parseReleaseCycles(JSON.parse(readFileSync(releaseCyclePath(dataDir), "utf8")));
  } catch {
    return [];
  }
}
