import type { Chunk } from "../chunks/chunk.ts";

/** An autocomplete choice: what to show and the question it stands for. */
export interface Suggestion {
  label: string;
  query: string;
}

interface Candidate {
  label: string;
  query: string;
  lower: string;
}

/**
 * Names the index knows — section headings with their version — matched against what a user has
 * typed so far. Built once per index; each lookup is a linear scan over a few thousand names.
 */
export class Suggester {
  private readonly candidates: Candidate[];

  /** `extra`: more names to offer, such as standard-library APIs, after the headings. */
  constructor(chunks: Chunk[], extra: Suggestion[] = []) {
    const seen = new Set<string>();
    this.candidates = [];
    for (const chunk of chunks) {
      const name = chunk.section.replace(/\s+/g, " ").trim();
      const label = chunk.version ? `${name} (Python ${chunk.version})` : name;
      if (!name || seen.has(label)) continue;
      seen.add(label);
      this.candidates.push({ label, query: name, lower: name.toLowerCase() });
    }
    for (const { label, query } of extra) {
      if (seen.has(label)) continue;
      seen.add(label);
      this.candidates.push({ label, query, lower: query.toLowerCase() });
    }
  }

  suggest(typed: string, limit: number): Suggestion[] {
    const needle = typed.toLowerCase().replace(/\s+/g, " ").trim();
    if (!needle) return this.candidates.slice(0, limit).map(({ label, query }) => ({ label, query }));
    const scored: { c: Candidate; score: number }[] = [];
    for (const c of this.candidates) {
      const at = c.lower.indexOf(needle);
      if (at < 0) continue;
      const wordStart = at === 0 || /[^a-z0-9_]/.test(c.lower[at - 1] ?? "");
      scored.push({ c, score: (at === 0 ? 0 : wordStart ? 1 : 2) * 1000 + c.lower.length });
    }
    scored.sort((a, b) => a.score - b.score);
    return scored.slice(0, limit).map(({ c }) => ({ label: c.label, query: c.query }));
  }
}
