/**
 * The inputs that cost the core the most, made the same way every run: what typos, noise, an attack
 * or a careless paste look like. `npm run bench` reports the slowest of them; `npm run load` mixes them
 * in with ordinary questions.
 */

/** A small deterministic generator (mulberry32), so every run sends the same "random" words. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function randomWords(next: () => number, count: number, length: number): string {
  const words: string[] = [];
  for (let w = 0; w < count; w++) {
    let word = "";
    for (let i = 0; i < length; i++) word += LETTERS[Math.floor(next() * LETTERS.length)];
    words.push(word);
  }
  return words.join(" ");
}

/** A long traceback: many frames, then the line that says what went wrong. */
function longTraceback(frames: number): string {
  const lines = ["Traceback (most recent call last):"];
  for (let i = 0; i < frames; i++)
    lines.push(
      `  File "/srv/app/module_${i}.py", line ${i + 10}, in handler_${i}`,
      `    result = step_${i}(payload)`,
    );
  lines.push("AttributeError: module 'collections' has no attribute 'Mapping'");
  return lines.join("\n");
}

/** A long pasted module: many functions using newer syntax, fenced as people paste it. */
function longSnippet(functions: number): string {
  const body: string[] = [];
  for (let i = 0; i < functions; i++)
    body.push(
      `def f${i}[T](xs: list[T]) -> T | None:`,
      `    match xs:`,
      `        case [first, *_]:`,
      `            return first if (n := len(xs)) > ${i} else None`,
      `    return None`,
    );
  return `\`\`\`python\n${body.join("\n")}\n\`\`\``;
}

/** Sixty seven-letter words no one has sent before (for this seed): the worst case a chat user can type. */
export function noise(seed: number): string {
  return randomWords(generator(seed), 60, 7);
}

/** `count` worst cases of each kind, deterministic for a given seed. */
export function worstCases(count = 20, seed = 20261204): string[] {
  const next = generator(seed);
  const cases: string[] = [];
  for (let i = 0; i < count; i++) {
    // Sixty seven-letter words: none known, each a candidate for typo correction and fuzzy search.
    cases.push(randomWords(next, 60, 7));
    // Words of every length the speller considers, with dotted names that look like APIs.
    cases.push(`${randomWords(next, 30, 5 + (i % 8))} ${randomWords(next, 10, 6).replaceAll(" ", ".")}`);
    // One unbroken run of letters as long as a question may be.
    cases.push(randomWords(next, 1, 500));
  }
  cases.push(longTraceback(2_000), longSnippet(2_000), `${"pathlib ".repeat(60)}`, "a.".repeat(250));
  return cases;
}
