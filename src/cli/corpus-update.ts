/**
 * npm run corpus:update — downloads the official What's New pages of releases the built-in corpus
 * lacks, and the release-cycle data, into PYVER_DATA_DIR (default `data/`). DOCS_BASE_URL and
 * RELEASES_URL choose the sources. Exits non-zero when nothing could be fetched; what was kept
 * before stays as it was.
 */
import "dotenv/config";
import { builtinVersions } from "../knowledge-base.ts";
import { resolveDataDir } from "../update/data-dir.ts";
import { DEFAULT_DOCS_BASE_URL, DEFAULT_RELEASES_URL } from "../update/docs-site.ts";
import { updateCorpus } from "../update/update-corpus.ts";

const dataDir = resolveDataDir(process.env);
const result = await updateCorpus({
  dataDir,
  builtinVersions: builtinVersions(),
  docsBaseUrl: process.env.DOCS_BASE_URL?.trim() || DEFAULT_DOCS_BASE_URL,
  releasesUrl: process.env.RELEASES_URL?.trim() || DEFAULT_RELEASES_URL,
});
for (const o of result.outcomes)
  console.log(`${o.status.padEnd(9)} ${o.what}${o.reason ? ` — ${o.reason}` : ""}`);
console.log(
  result.reachedAny ? `data kept in ${dataDir}` : `nothing could be fetched; ${dataDir} is unchanged`,
);
process.exitCode = result.reachedAny ? 0 : 1;
