import MiniSearch, { type Query, type SearchResult } from "minisearch";
import { stemmer } from "stemmer";
import type { Chunk } from "../chunks/chunk.ts";
import type { CoreOptions } from "../config.ts";
import { extractIdentifiers, moduleNames, tokenize } from "./tokenize.ts";

/** The fields each chunk is indexed under; boosts come from `CoreOptions.boost`. */
interface IndexedFields {
  id: number;
  title: string;
  titleIds: string;
  path: string;
  body: string;
  bodyIds: string;
}

const FIELDS = ["title", "titleIds", "path", "body", "bodyIds"] as const;
const PREFIX_FIELDS = ["title", "titleIds"] as const;

/** Identifier fields already hold terms; everything else goes through the shared tokenizer. */
const tokenizeField = (text: string, field?: string): string[] =>
  field === "titleIds" || field === "bodyIds" ? text.split(" ").filter(Boolean) : tokenize(text);

function miniSearchOptions() {
  return {
    fields: [...FIELDS],
    idField: "id",
    tokenize: tokenizeField,
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (text: string) => text.split(" ").filter(Boolean), maxFuzzy: 2 },
  };
}

function fieldsOf(chunk: Chunk, modules: ReadonlySet<string>): IndexedFields {
  return {
    id: chunk.id,
    title: chunk.section,
    titleIds: extractIdentifiers(chunk.section, modules),
    path: chunk.headings.slice(0, -1).join(" \n "),
    body: chunk.text,
    bodyIds: extractIdentifiers(chunk.text),
  };
}

/** A query term with how much it matters; prefix and fuzzy say how loosely it may match. */
export interface QueryTerm {
  term: string;
  boost: number;
  prefix: boolean;
  fuzzy: number | false;
}

export interface RawHit {
  chunk: Chunk;
  score: number;
  /** Query terms this chunk matched (as given, not the document terms they matched). */
  matched: Set<string>;
  /** The chunk's own terms that matched, for telling a typo from a different word. */
  docTerms: string[];
}

/** Serialized form written to the index cache. */
export interface SerializedIndex {
  chunks: Chunk[];
  documentFrequency: [string, number][];
  miniSearch: string;
}

/** Chunks, their MiniSearch index and each term's document frequency. */
export class SearchIndex {
  private constructor(
    readonly chunks: Chunk[],
    private readonly miniSearch: MiniSearch<IndexedFields>,
    private readonly documentFrequency: Map<string, number>,
  ) {}

  static build(chunks: Chunk[]): SearchIndex {
    const miniSearch = new MiniSearch<IndexedFields>(miniSearchOptions());
    const df = new Map<string, number>();
    // A heading "pathlib: …" names a module only if the corpus uses it as one somewhere ("pathlib.Path").
    const modules = new Set(chunks.flatMap((c) => moduleNames(`${c.section}\n${c.text}`)));
    for (const chunk of chunks) {
      const fields = fieldsOf(chunk, modules);
      miniSearch.add(fields);
      const terms = new Set(FIELDS.flatMap((f) => tokenizeField(fields[f], f)));
      for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
    }
    return new SearchIndex(chunks, miniSearch, df);
  }

  /** Throws unless the parts agree: every search result's id must name the chunk at that position. */
  static fromJSON(data: SerializedIndex): SearchIndex {
    const miniSearch = MiniSearch.loadJSON<IndexedFields>(data.miniSearch, miniSearchOptions());
    if (miniSearch.documentCount !== data.chunks.length || data.chunks.some((c, i) => c.id !== i)) {
      throw new Error(
        `index of ${miniSearch.documentCount} documents does not match its ${data.chunks.length} chunks`,
      );
    }
    return new SearchIndex(data.chunks, miniSearch, new Map(data.documentFrequency));
  }

  toJSON(): SerializedIndex {
    return {
      chunks: this.chunks,
      documentFrequency: [...this.documentFrequency],
      miniSearch: JSON.stringify(this.miniSearch),
    };
  }

  get size(): number {
    return this.chunks.length;
  }

  private stems?: Map<string, string[]>;

  /**
   * Other words of the index with the same Porter stem ("numbering" → "numbered", "numbers"), most
   * frequent first. The index's own stemming is deliberately light; this bridges the rest.
   */
  variants(term: string): string[] {
    if (!/^[a-z]{4,}$/.test(term)) return [];
    if (!this.stems) {
      this.stems = new Map();
      for (const word of this.documentFrequency.keys()) {
        if (!/^[a-z]{4,}$/.test(word)) continue;
        const stem = stemmer(word);
        const list = this.stems.get(stem);
        if (list) list.push(word);
        else this.stems.set(stem, [word]);
      }
    }
    return (this.stems.get(stemmer(term)) ?? [])
      .filter((w) => w !== term)
      .sort((a, b) => this.frequency(b) - this.frequency(a));
  }

  /** Every indexed term with the number of chunks that contain it. */
  terms(): IterableIterator<[string, number]> {
    return this.documentFrequency.entries();
  }

  /** How many chunks contain the term (0 when the index has never seen it). */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Inverse document frequency; a term the index has never seen counts as the rarest. */
  idf(term: string): number {
    return Math.log(1 + this.chunks.length / Math.max(this.frequency(term), 0.5));
  }

  /** The `limit` best chunks for the terms, best first. */
  search(
    terms: QueryTerm[],
    options: { version?: string; boost: CoreOptions["boost"]; limit: number },
  ): RawHit[] {
    if (terms.length === 0) return [];
    const query: Query = {
      combineWith: "OR",
      queries: terms.flatMap((t) => {
        const exact = {
          queries: [t.term],
          fuzzy: t.fuzzy === false ? undefined : t.fuzzy,
          boostTerm: () => t.boost,
        };
        // Prefix matches ("uuid" → "uuid7") count in headings only: in bodies they would visit
        // every posting of every longer word, which is what makes large corpora slow.
        const prefix = {
          queries: [t.term],
          prefix: true,
          fields: [...PREFIX_FIELDS],
          boostTerm: () => t.boost,
        };
        return t.prefix ? [exact, prefix] : [exact];
      }),
    };
    const filter = options.version
      ? (result: SearchResult) => this.chunks[result.id as number]?.version === options.version
      : undefined;
    const results = this.miniSearch.search(query, { boost: { ...options.boost }, filter });
    return results.slice(0, options.limit).map((r) => ({
      chunk: this.chunks[r.id as number] as Chunk,
      score: r.score,
      matched: new Set(r.queryTerms),
      docTerms: r.terms,
    }));
  }
}
