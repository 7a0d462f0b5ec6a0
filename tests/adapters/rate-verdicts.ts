import type { RateLimits } from "../../adapters/rate-limit.ts";

/** The verdicts of `times` questions from `user`, asked one after another. */
export async function verdictKinds(limiter: RateLimits, user: string, times: number): Promise<string[]> {
  const kinds: string[] = [];
  for (let i = 0; i < times; i++) kinds.push((await limiter.take(user)).kind);
  return kinds;
}
