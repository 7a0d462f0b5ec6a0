/**
 * The part of autocannon's programmatic API the load script uses. autocannon ships no types (and
 * `@types/autocannon` lags its releases), so these follow its README for version 9.
 */
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }

  export interface RequestTemplate extends Request {
    /** Builds each request just before it is sent; returning a falsy value restarts the sequence. */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Stop after this many requests (takes precedence over `duration`). */
    amount?: number;
    /** Seconds to wait for a response before counting a timeout; default 10. */
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: RequestTemplate[];
    title?: string;
  }

  export interface Histogram {
    average: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
    p99_9: number;
    totalCount?: number;
  }

  export interface Result {
    title?: string;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    "2xx": number;
    latency: Histogram;
    requests: Histogram & { sent: number };
    statusCodeStats: Record<string, { count: number }>;
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  export default function autocannon(options: Options): Instance;
}
