/** The processes the load script starts: a Slack app (`serve.ts`) or the core run (`core.ts`). */
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { AppKind, CoreReport, PoolReport, ServerCommand, ServerMessage } from "./protocol.ts";

/**
 * Each child runs with --expose-gc, so memory is measured after a collection, and with the young
 * generation `npm start` gives PyVer (see package.json), so it runs as it does in production.
 */
function startChild(script: string, args: string[]): ChildProcess {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
  // LOAD_CPU_PROF=<dir> writes a CPU profile of each child there, to see where a run spends its time.
  const dir = process.env.LOAD_CPU_PROF;
  const profile = dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
  const asStarted = ["--expose-gc", "--max-semi-space-size=64"];
  return fork(path, args, { execArgv: [...process.execArgv, ...asStarted, ...profile] });
}

/** The next message of `type` from `child`; fails if the child exits first. */
function nextMessage<T extends { type: string }, K extends T["type"]>(
  child: ChildProcess,
  type: K,
): Promise<Extract<T, { type: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.type !== type) return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve(message as Extract<T, { type: K }>);
    };
    const onExit = (code: number | null) => {
      child.off("message", onMessage);
      reject(new Error(`${child.spawnargs.join(" ")} exited (${code}) before sending "${type}"`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Asks a server child to stop, and waits for it to say so and exit. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.connected) {
    const stopped = nextMessage<ServerMessage, "stopped">(child, "stopped");
    child.send({ type: "stop" } satisfies ServerCommand);
    await stopped.catch(() => undefined);
  }
  if (child.exitCode === null) await once(child, "exit");
}

/** A Slack app listening on 127.0.0.1 in a process of its own. */
export class SlackAppProcess {
  private constructor(
    readonly kind: AppKind,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {}

  static async start(
    kind: AppKind,
    apiUrl: string,
    workers = 0,
    databaseUrl?: string,
  ): Promise<SlackAppProcess> {
    const child = startChild("serve.ts", [
      kind,
      apiUrl,
      String(workers),
      ...(databaseUrl ? [databaseUrl] : []),
    ]);
    const { port } = await nextMessage<ServerMessage, "ready">(child, "ready");
    return new SlackAppProcess(kind, port, child);
  }

  measure(): Promise<Extract<ServerMessage, { type: "memory" }>> {
    const memory = nextMessage<ServerMessage, "memory">(this.child, "memory");
    this.child.send({ type: "measure" } satisfies ServerCommand);
    return memory;
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }
}

/** Runs the in-process core phase in a child of its own and returns its report. */
export async function runCore(questions: number): Promise<CoreReport> {
  const child = startChild("core.ts", [String(questions)]);
  const report = await nextMessage<CoreReport, "core">(child, "core");
  if (child.exitCode === null) await once(child, "exit");
  return report;
}

/** Runs the worker-pool throughput phase in a child of its own and returns its report. */
export async function runPool(workers: number, questions: number, worstEvery: number): Promise<PoolReport> {
  const child = startChild("pool-throughput.ts", [String(workers), String(questions), String(worstEvery)]);
  const report = await nextMessage<PoolReport, "pool">(child, "pool");
  if (child.exitCode === null) await once(child, "exit");
  return report;
}

/** The database replicas share, served on 127.0.0.1 by a process of its own. */
export class StoreProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(): Promise<StoreProcess> {
    const child = startChild("serve-store.ts", []);
    const { port } = await nextMessage<ServerMessage, "ready">(child, "ready");
    return new StoreProcess(`postgres://postgres:load@127.0.0.1:${port}/postgres`, child);
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }
}
