/**
 * The Slack side of the load run, on 127.0.0.1: `response_url`s under `/response/<id>` counted by id
 * (an answer delivered twice or never shows up) with the time the first arrived, and a Web API that
 * refuses everything, since answering a slash command must not need it. Unlike the e2e fake it keeps
 * counts, not bodies, so 10,000 answers cost the load generator's process little memory.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Deliveries {
  /** Distinct response URLs that received at least one message. */
  answered: number;
  /** Messages beyond the first at the same response URL. */
  duplicates: number;
  /** Messages that were not JSON with text or blocks. */
  malformed: number;
  /** Calls to the Web API (none are expected). */
  apiCalls: number;
}

export class AnswerReceiver {
  /** id → when its first answer arrived (`performance.now()`). */
  private readonly arrivals = new Map<string, number>();
  private counts: Deliveries = { answered: 0, duplicates: 0, malformed: 0, apiCalls: 0 };

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<AnswerReceiver> {
    let receiver: AnswerReceiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const ok = receiver?.record(req.url ?? "", Buffer.concat(chunks).toString("utf8")) ?? false;
        res.writeHead(ok ? 200 : 404, { "content-type": "application/json" });
        res.end(ok ? '{"ok":true}' : '{"ok":false,"error":"not_found"}');
      });
    });
    // Bolt's clients keep connections alive; the default 5 s would make them reconnect mid-run.
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    receiver = new AnswerReceiver(server, `http://127.0.0.1:${port}`);
    return receiver;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  get deliveries(): Deliveries {
    return { ...this.counts };
  }

  /** Starts counting afresh (between runs). */
  reset(): void {
    this.arrivals.clear();
    this.counts = { answered: 0, duplicates: 0, malformed: 0, apiCalls: 0 };
  }

  /** When the response URL `id` received its first message (`performance.now()`), if it has. */
  arrival(id: string): number | undefined {
    return this.arrivals.get(id);
  }

  private record(url: string, raw: string): boolean {
    const id = /^\/response\/([\w-]+)$/.exec(url)?.[1];
    if (!id) {
      this.counts.apiCalls += 1;
      return false;
    }
    if (!isMessage(raw)) this.counts.malformed += 1;
    if (this.arrivals.has(id)) {
      this.counts.duplicates += 1;
    } else {
      this.arrivals.set(id, performance.now());
      this.counts.answered += 1;
    }
    return true;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }
}

function isMessage(raw: string): boolean {
  try {
    const body = JSON.parse(raw) as { text?: unknown; blocks?: unknown };
    return typeof body.text === "string" || Array.isArray(body.blocks);
  } catch {
    return false;
  }
}
