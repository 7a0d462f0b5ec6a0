import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type LogLine = Record<string, unknown>;

/** `adapters/main.ts` as `npm start` runs it, in its own process, with its log lines collected. */
export interface EntryProcess {
  child: ChildProcess;
  /** Every line it has logged on stderr so far, parsed (a line that is not JSON as `{ msg }`). */
  logLines: LogLine[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line `match` accepts, waiting for it if need be. */
  logLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Kills it outright if it is still running. */
  kill(): void;
}

/**
 * Starts the entry point with exactly `env` (plus PATH): nothing from the developer's environment or
 * `.env` leaks in. `preload` modules are imported before it, after tsx.
 */
export function startEntry(env: Record<string, string>, preload: string[] = []): EntryProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", ...preload.flatMap((p) => ["--import", p]), "adapters/main.ts"],
    { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const logLines: LogLine[] = [];
  let partial = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      try {
        logLines.push(JSON.parse(line) as LogLine);
      } catch {
        logLines.push({ msg: line });
      }
    }
  });
  const logLine = async (match: (line: LogLine) => boolean, timeoutMs = 15_000): Promise<LogLine> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = logLines.find(match);
      if (found) return found;
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(
          `log line not seen; log so far:\n${logLines.map((l) => JSON.stringify(l)).join("\n")}`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  return { child, logLines, exited, logLine, kill };
}
