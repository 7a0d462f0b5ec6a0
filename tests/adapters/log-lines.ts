import { Writable } from "node:stream";
import { createLogger } from "../../adapters/logger.ts";

/** A logger whose JSON lines are kept, parsed, for tests to read. */
export function bufferLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger("info", sink) };
}
