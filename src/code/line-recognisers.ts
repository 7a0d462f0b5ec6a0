/**
 * Constructs the grammar cannot parse that are easier to recognise from a failing line's text than
 * from the error nodes they leave.
 */
import type { Findings } from "./findings.ts";
import type { FeatureId } from "./language-features.ts";
import type { LineIndex } from "./source-text.ts";

/**
 * `async` or `await` used as a name: `def async(`, `x.async(`, `async = 1`, `from m import async`.
 * The grammar reads them as names where 3.7 and later do not.
 */
export const ASYNC_AS_NAME =
  /(?:^|[^\w.])(?:async|await)\s*(?:=(?!=)|[,)\]:.])|\b(?:def|class|import)\s+(?:async|await)\b|\.(?:async|await)\b|^\s*from\s+[\w.]+\s+import\s+\(?\s*(?:\w+(?:\s+as\s+\w+)?\s*,\s*)*(?:async|await)\b/;

const LINE_RECOGNISERS: readonly { id: FeatureId; pattern: RegExp; removed?: boolean }[] = [
  { id: "exec-statement", pattern: /^\s*exec\s+(?![=(.,;:)\]}])\S/ },
  { id: "async-keywords", pattern: ASYNC_AS_NAME, removed: true },
  // `) as network,`: a context manager's end inside the brackets that group several (PEP 617).
  { id: "parenthesized-context-managers", pattern: /^\s*\)\s*as\s+[A-Za-z_]\w*\s*,\s*$/ },
  // `**s,` on a line of its own: a mapping unpacked with more after it, in a call or a dict display
  // (PEP 448); before 3.5 `**` came last in a call and never in a display.
  { id: "unpacking-generalizations", pattern: /^\s*\*\*\s*[A-Za-z_][\w.]*\s*,\s*$/ },
];

/** Explains the still unexplained error lines that one of the recognisers matches. */
export function explainByLine(findings: Findings, lines: LineIndex): void {
  for (const line of findings.errorLines) {
    if (findings.explained.has(line)) continue;
    const text = lines.lineText(line);
    for (const { id, pattern, removed } of LINE_RECOGNISERS) {
      if (!pattern.test(text)) continue;
      if (removed) {
        const seen = findings.removed.get(id);
        if (seen === undefined || line < seen) findings.removed.set(id, line);
        findings.explained.add(line);
      } else findings.explain(id, line);
      break;
    }
  }
}
