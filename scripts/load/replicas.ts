/**
 * Two replicas of PyVer's Slack app behind a round-robin balancer, sharing one database, under a burst
 * of signed commands; beside one replica with the same database, as the yardstick. Every command must
 * be answered exactly once, whichever replica took it.
 */
import { RoundRobin } from "../../tests/e2e/slack/round-robin.ts";
import type { AnswerReceiver } from "./answer-receiver.ts";
import { burst, Tally } from "./burst.ts";
import { SlackAppProcess, StoreProcess } from "./children.ts";

export interface ReplicaRun {
  one: Tally;
  two: Tally;
}

export async function replicaRun(
  receiver: AnswerReceiver,
  options: { commands: number; concurrency: number; workers: number; question: (n: number) => string },
): Promise<ReplicaRun> {
  const store = await StoreProcess.start();
  const replicas: SlackAppProcess[] = [];
  let balancer: RoundRobin | undefined;
  try {
    for (let i = 0; i < 2; i++)
      replicas.push(await SlackAppProcess.start("pyver", receiver.apiUrl, options.workers, store.url));
    balancer = await RoundRobin.start(replicas.map((r) => r.port));
    const common = { receiver, concurrency: options.concurrency, question: options.question };
    // Warm both replicas through the balancer, unmeasured, as the other runs do.
    await burst(
      { ...common, port: balancer.port, label: "replicas-warm", count: options.commands },
      new Tally(),
    );
    const one = new Tally();
    const two = new Tally();
    await burst(
      { ...common, port: replicas[0]?.port ?? 0, label: "replica-one", count: options.commands },
      one,
    );
    await burst({ ...common, port: balancer.port, label: "replicas-two", count: options.commands }, two);
    return { one, two };
  } finally {
    await balancer?.close();
    await Promise.all(replicas.map((r) => r.stop()));
    await store.stop();
  }
}
