/**
 * The core's public surface: what adapters and scripts may use. Everything else under `src/` is the
 * core's own business and may change without notice; a test fails when an adapter imports deeper.
 */
export type { Answer, AnswerKind, Citation, Hit } from "./answer/answer.ts";
export { citationLabel } from "./answer/citation-label.ts";
export { type Coverage, coverageLabel } from "./answer/coverage.ts";
export { renderPlain } from "./answer/render-plain.ts";
export { truncate } from "./answer/text.ts";
export { describeFact } from "./api/describe-fact.ts";
export { type CoreOptions, DEFAULT_OPTIONS } from "./config.ts";
export { compareVersions, normalizeVersion } from "./documents/version.ts";
export { AnswerPool, type Asker, askInProcess, DEFAULT_TIMEOUT_MS } from "./pool/answer-pool.ts";
export { type AskOptions, type OpenOptions, PyVer, type Status } from "./pyver.ts";
export type { Suggestion } from "./search/suggest.ts";
export { resolveDataDir } from "./update/data-dir.ts";
export { DEFAULT_DOCS_BASE_URL, DEFAULT_RELEASES_URL } from "./update/docs-site.ts";
export { type Refresher, startRefresh } from "./update/refresh.ts";
