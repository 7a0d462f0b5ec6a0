import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { collectReleaseFacts, type ReleaseFacts } from "./answer/release-facts.ts";
import { type Chunk, chunkDocuments } from "./chunks/chunk.ts";
import type { CoreOptions } from "./config.ts";
import type { LoadWarning, SourceDocument } from "./documents/document.ts";
import { listCorpusFiles, loadCorpus, readDocumentBytes } from "./documents/load-corpus.ts";
import { SearchIndex, type SerializedIndex } from "./search/search-index.ts";
import { downloadedVersions, pagePath, readDownloadedPage } from "./update/data-dir.ts";

/** The built-in release notes shipped with PyVer. */
export const BUILTIN_CORPUS = fileURLToPath(new URL("../corpus", import.meta.url));
/** When the built-in notes were last brought up to date; bump it with them. */
export const BUILTIN_CORPUS_UPDATED = "2026-12-04";
let builtin: string[] | undefined;

/** The releases the built-in corpus covers: `corpus:update` downloads only the others. */
export function builtinVersions(): string[] {
  builtin ??= loadCorpus(BUILTIN_CORPUS)
    .documents.map((d) => d.version)
    .filter((v): v is string => v !== undefined);
  return builtin;
}

/** Where built indexes are cached between starts. */
export const CACHE_DIR = fileURLToPath(new URL("../.cache", import.meta.url));
/** Bump when the cached form or anything that shapes the index changes, so old caches are rebuilt. */
const CACHE_FORMAT = 5;

/** Everything the core answers from: the search index and what it knows about each release. */
export interface KnowledgeBase {
  index: SearchIndex;
  releases: ReleaseFacts[];
  warnings: LoadWarning[];
  /** Hash of the corpus files and the options that shape the index. */
  hash: string;
  /** How the index was obtained: built now, or loaded from the cache. */
  origin: "built" | "cache";
}

interface CacheFile {
  format: number;
  hash: string;
  releases: ReleaseFacts[];
  warnings: LoadWarning[];
  index: SerializedIndex;
}

/**
 * What a cache file must hold to be used. Valid JSON of another shape (an older format, a hand edit,
 * another program's file) is refused as a whole, never half-loaded into an index that fails later.
 */
const optionalString = z.string().optional();
const ChunkSchema: z.ZodType<Chunk> = z.object({
  id: z.number().int(),
  source: z.string(),
  docTitle: z.string(),
  version: optionalString,
  headings: z.array(z.string()),
  section: z.string(),
  url: optionalString,
  text: z.string(),
});
const ReleaseFactsSchema: z.ZodType<ReleaseFacts> = z.object({
  version: z.string(),
  title: z.string(),
  released: optionalString,
  endOfLife: optionalString,
  bugfixUntil: optionalString,
  url: optionalString,
  source: z.string(),
  highlights: z.array(z.object({ text: z.string(), url: optionalString })),
  latest: optionalString,
  latestReleased: optionalString,
  inDevelopment: z.boolean().optional(),
  noNotes: z.boolean().optional(),
});
const CacheFileSchema: z.ZodType<CacheFile> = z.object({
  format: z.literal(CACHE_FORMAT),
  hash: z.string(),
  releases: z.array(ReleaseFactsSchema),
  warnings: z.array(z.object({ path: z.string(), reason: z.string() })),
  index: z.object({
    chunks: z.array(ChunkSchema),
    documentFrequency: z.array(z.tuple([z.string(), z.number()])),
    miniSearch: z.string(),
  }),
});

/** The code that decides what goes into an index: a change to it must invalidate cached indexes. */
const INDEXING_CODE = ["documents", "chunks", "search", "answer/release-facts.ts"].map((p) =>
  fileURLToPath(new URL(`./${p}`, import.meta.url)),
);

function hashIndexingCode(hash: ReturnType<typeof createHash>): void {
  for (const path of INDEXING_CODE) {
    const files = path.endsWith(".ts")
      ? [path]
      : readdirSync(path)
          .sort()
          .map((name) => join(path, name));
    for (const file of files) if (file.endsWith(".ts")) hash.update(readFileSync(file));
  }
}

/**
 * Hash of every corpus file's path and the bytes loading reads, the downloaded What's New pages, the
 * chunking options and the indexing code: an update of the data directory is used on the next start.
 */
export function hashCorpus(dir: string, options: CoreOptions, dataDir?: string): string {
  const hash = createHash("sha256");
  hash.update(`format ${CACHE_FORMAT} chunk ${options.maxChunkChars}\n`);
  hashIndexingCode(hash);
  for (const file of listCorpusFiles(dir)) {
    hash.update(`${relative(dir, file)}\n`);
    try {
      hash.update(readDocumentBytes(file));
    } catch {
      hash.update("unreadable");
    }
  }
  for (const version of dataDir ? downloadedVersions(dataDir).sort() : []) {
    hash.update(`downloaded ${version}\n`);
    try {
      hash.update(readFileSync(pagePath(dataDir ?? "", version)));
    } catch {
      hash.update("unreadable");
    }
  }
  return hash.digest("hex");
}

/** The downloaded pages of releases the built-in corpus lacks; a page that cannot be read is a warning. */
function downloadedDocuments(
  dataDir: string | undefined,
  builtin: Set<string>,
  warnings: LoadWarning[],
): SourceDocument[] {
  const documents: SourceDocument[] = [];
  for (const version of dataDir ? downloadedVersions(dataDir) : []) {
    if (builtin.has(version)) continue;
    try {
      documents.push(readDownloadedPage(dataDir ?? "", version));
    } catch (error) {
      warnings.push({
        path: `whatsnew/${version}.html`,
        reason: `could not be read: ${(error as Error).message}`,
      });
    }
  }
  return documents;
}

export function buildKnowledgeBase(
  dir: string,
  options: CoreOptions,
  hash = hashCorpus(dir, options),
  dataDir?: string,
): KnowledgeBase {
  const { documents: builtinDocuments, warnings } = loadCorpus(dir);
  const builtin = new Set(builtinDocuments.map((d) => d.version).filter((v): v is string => v !== undefined));
  const downloaded = downloadedDocuments(dataDir, builtin, warnings);
  const documents = [...builtinDocuments, ...downloaded];
  const chunks = chunkDocuments(documents, options.maxChunkChars);
  const fetched = new Set(downloaded.map((d) => d.version));
  // A downloaded release is in development until the release-cycle data gives it a date.
  const releases = collectReleaseFacts(documents).map((r) =>
    fetched.has(r.version) ? { ...r, inDevelopment: true } : r,
  );
  return { index: SearchIndex.build(chunks), releases, warnings, hash, origin: "built" };
}

export function cachePath(hash: string, cacheDir = CACHE_DIR): string {
  return join(cacheDir, `index-${hash.slice(0, 16)}.json`);
}

/** Reads a cached index; anything truncated, corrupt or for another corpus is refused, never half-loaded. */
export function readCache(file: string, hash: string): KnowledgeBase | undefined {
  try {
    const parsed = CacheFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success || parsed.data.hash !== hash) return undefined;
    const data = parsed.data;
    const index = SearchIndex.fromJSON(data.index);
    return { index, releases: data.releases, warnings: data.warnings, hash, origin: "cache" };
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees a partial cache. */
export function writeCache(file: string, kb: KnowledgeBase): void {
  const data: CacheFile = {
    format: CACHE_FORMAT,
    hash: kb.hash,
    releases: kb.releases,
    warnings: kb.warnings,
    index: kb.index.toJSON(),
  };
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, file);
  // Indexes of earlier corpus states are never read again.
  for (const name of readdirSync(dirname(file))) {
    if (/^index-[0-9a-f]+\.json$/.test(name) && join(dirname(file), name) !== file) {
      rmSync(join(dirname(file), name), { force: true });
    }
  }
}

/** The cached index when it matches the corpus, else a fresh build that is then cached. */
export function openKnowledgeBase(
  dir: string,
  options: CoreOptions,
  cache: { dir?: string; rebuild?: boolean; enabled?: boolean } = {},
  dataDir?: string,
): KnowledgeBase {
  const hash = hashCorpus(dir, options, dataDir);
  if (cache.enabled === false) return buildKnowledgeBase(dir, options, hash, dataDir);
  const file = cachePath(hash, cache.dir);
  const cached = cache.rebuild ? undefined : readCache(file, hash);
  if (cached) return cached;
  const kb = buildKnowledgeBase(dir, options, hash, dataDir);
  try {
    writeCache(file, kb);
  } catch {
    // A read-only checkout still answers; it just rebuilds next time.
  }
  return kb;
}
