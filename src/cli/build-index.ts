/** npm run build:index — rebuilds the cached index of the built-in corpus and reports what it holds. */
import { resolveOptions } from "../config.ts";
import { BUILTIN_CORPUS, openKnowledgeBase } from "../knowledge-base.ts";

const start = performance.now();
const kb = openKnowledgeBase(BUILTIN_CORPUS, resolveOptions(), { rebuild: true });
for (const w of kb.warnings) console.warn(`skipped ${w.path}: ${w.reason}`);
console.log(
  `indexed ${kb.releases.length} releases, ${kb.index.size} chunks in ${Math.round(performance.now() - start)} ms (corpus ${kb.hash.slice(0, 12)})`,
);
