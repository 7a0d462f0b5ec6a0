/**
 * Generators of the input a busy workspace sends a bot: any text, with the pieces that break parsers,
 * renderers and chat platforms mixed in, and arbitrary `Answer`s built from such text.
 */
import fc from "fast-check";
import type { Answer, AnswerKind, Citation, Hit } from "../../src/answer/answer.ts";

/** Pieces that mean something to a parser, a terminal, Markdown, mrkdwn, a platform or JavaScript. */
export const NASTY = [
  "",
  " ",
  "@everyone",
  "@here",
  "@channel",
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S123|@team>",
  "<@U123>",
  "<@U123|bob>",
  "<@&123>",
  "<@!123>",
  "<#C123>",
  "&lt;!channel&gt;",
  "&amp;",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "*bold*",
  "_it_",
  "~strike~",
  "`code`",
  "```",
  "||spoiler||",
  "[click](https://evil.example)",
  "<https://evil.example|click>",
  "> quote",
  "# heading",
  "\\",
  "|",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u009b2J",
  "\r\n",
  "\t",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u00ad",
  "שלום עולם",
  "مرحبا",
  "👩‍👩‍👧‍👦",
  "🐍",
  "🇺🇳",
  "e\u0301",
  "ﷺ",
  "\ud83d",
  "\ude00",
  "/pyver",
  "--version 3.4",
  "--version=",
  "3.12",
  "2.7",
  "pathlib",
  "what's new in 3.8",
  "is 3.8 still supported",
  "when was 3.4 released",
  "math.isqrt",
  "walrus operator",
  "f-strings",
];

/** One UTF-16 code unit from the surrogate range: half a pair, alone. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any code unit at all, so strings may hold unpaired surrogates anywhere. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

const separator = fc.constantFrom("", " ", "  ", "\n", ".", "-", "_", "/");

/** Short hostile text: nasty pieces and random characters, glued together. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { maxLength: 16 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** Hostile text repeated up to `max` characters (cut anywhere, even inside a surrogate pair). */
export function longText(max = 100_000): fc.Arbitrary<string> {
  return fc
    .tuple(hostileText, fc.integer({ min: 1, max }))
    .map(([text, length]) => (text || "x").repeat(Math.ceil(length / (text.length || 1))).slice(0, length));
}

/** Mostly short hostile text; now and then one up to 100,000 characters. */
export const anyQuestion: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: hostileText },
  { weight: 1, arbitrary: longText() },
);

/** Text for one field of a generated `Answer`: short, or long enough to break any platform limit. */
const field = (long: number): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: longText(long) });

const url = fc.oneof(
  fc.webUrl(),
  fc.constant("https://docs.python.org/3/whatsnew/3.4.html#pathlib"),
  fc.constant("https://evil.example/a)b|c<d>e&f"),
  fc.constant("javascript:alert(1)"),
  fc.constant(""),
  hostileText,
);

const citation: fc.Arbitrary<Citation> = fc.record({
  version: fc.oneof(fc.constantFrom("", "3.4", "3.12", "2.7"), hostileText),
  title: field(500),
  section: field(5000),
  url,
  source: field(100),
});

const hit: fc.Arbitrary<Hit> = fc
  .tuple(citation, fc.array(field(300), { maxLength: 4 }), field(5000), fc.double({ noNaN: true }))
  .map(([c, headings, snippet, score]) => ({ ...c, headings, snippet, score }));

const KINDS: AnswerKind[] = ["feature", "release", "overview", "not-found", "refusal"];

/** Any `Answer` a core could hand an adapter, with hostile text in every field. */
export const anyAnswer: fc.Arbitrary<Answer> = fc.record(
  {
    query: field(100_000),
    found: fc.boolean(),
    kind: fc.constantFrom(...KINDS),
    answer: field(20_000),
    version: fc.oneof(fc.constantFrom("3.4", "3.12"), hostileText),
    citations: fc.array(citation, { maxLength: 12 }),
    hits: fc.array(hit, { maxLength: 25 }),
    suggestions: fc.array(field(3000), { maxLength: 5 }),
  },
  { requiredKeys: ["query", "found", "kind", "answer", "citations", "hits", "suggestions"] },
);

/** Half a surrogate pair anywhere in `text`: what a platform's JSON decoder may refuse. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Every string inside a JSON-like value, so a check can cover a whole message at once. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}
