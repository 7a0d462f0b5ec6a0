import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local load balancer: each request goes to the next of `ports` in turn, byte for byte (Slack's
 * signature covers the body), as a load balancer in front of several replicas would send it.
 */
export class RoundRobin {
  private next = 0;

  private constructor(
    private readonly server: Server,
    private readonly ports: readonly number[],
  ) {}

  static async start(ports: readonly number[]): Promise<RoundRobin> {
    const server = createServer();
    const balancer = new RoundRobin(server, ports);
    server.on("request", (incoming, outgoing) => {
      const port = balancer.pick();
      const forward = request(
        { host: "127.0.0.1", port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forward.on("error", () => outgoing.writeHead(502).end());
      incoming.pipe(forward);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return balancer;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The port of the replica the next request goes to; then the one after it. */
  private pick(): number {
    const port = this.ports[this.next % this.ports.length] ?? 0;
    this.next += 1;
    return port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
