/**
 * Varied questions for the load runs: every question of the evaluation sets (release notes and API
 * lookups), so the load covers each kind of answer the core gives, not one cached path.
 */
import { readFileSync } from "node:fs";
import { noise } from "../worst-cases.ts";

const EVAL_SETS = ["release-questions.jsonl", "api-questions.jsonl"].map(
  (name) => new URL(`../../tests/eval/${name}`, import.meta.url),
);

export function evalQuestions(): string[] {
  const questions: string[] = [];
  for (const file of EVAL_SETS) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      // The sets carry `//` comment lines between their JSON records.
      if (!line.trim().startsWith("{")) continue;
      const { q } = JSON.parse(line) as { q: string };
      questions.push(q);
    }
  }
  return questions;
}

/**
 * The `n`th of an endless run of questions: the evaluation questions in turn, and every third one two
 * of them joined, so most strings are new to the process (a cache keyed by question would show up as
 * growth).
 */
export function nthQuestion(questions: readonly string[], n: number): string {
  const first = questions[n % questions.length] ?? "";
  if (n % 3 !== 2) return first;
  return `${first} ${questions[(n * 7 + 1) % questions.length] ?? ""}`;
}

/**
 * The `n`th question of a run where every `worstEvery`th is a worst case (fresh noise each time, as an
 * attacker or a cat on the keyboard would send); 0 mixes none in.
 */
export function mixedQuestion(questions: readonly string[], worstEvery: number): (n: number) => string {
  return (n) => (worstEvery > 0 && n % worstEvery === worstEvery - 1 ? noise(n) : nthQuestion(questions, n));
}
