import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const FIXTURES = new URL("../fixtures/docs-site/", import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

/** How the local docs site answers one path. */
export interface Route {
  status?: number;
  body: string;
  /** Wait this long before answering (a slow site). */
  delayMs?: number;
  type?: string;
}

/**
 * A local stand-in for docs.python.org and the release-cycle API, in their own shapes, so
 * `updateCorpus` runs its real HTTP code against 127.0.0.1. Routes can be changed between requests.
 */
export class DocsSite {
  readonly routes = new Map<string, Route>();
  readonly requests: string[] = [];
  private server?: Server;
  /** Requests are answered once this settles. */
  private gate: Promise<void> = Promise.resolve();

  /** Holds every answer from now on until the returned function is called. */
  hold(): () => void {
    let release = (): void => {};
    this.gate = new Promise((resolve) => {
      release = resolve;
    });
    return release;
  }

  static withFixtures(): DocsSite {
    const site = new DocsSite();
    site.routes.set("/3/whatsnew/index.html", { body: fixture("index-3.html") });
    site.routes.set("/dev/whatsnew/index.html", { body: fixture("index-dev.html") });
    site.routes.set("/3.15/whatsnew/3.15.html", { body: fixture("whatsnew-3.15.html") });
    site.routes.set("/3.16/whatsnew/3.16.html", { body: fixture("whatsnew-3.16.html") });
    site.routes.set("/api/python.json", { body: fixture("release-cycle.json"), type: "application/json" });
    return site;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      this.requests.push(path);
      const route = this.routes.get(path);
      const send = (): void => {
        if (!route) {
          res.writeHead(404, { "content-type": "text/html" }).end("<html><body>Not Found</body></html>");
          return;
        }
        res.writeHead(route.status ?? 200, { "content-type": route.type ?? "text/html; charset=utf-8" });
        res.end(route.body);
      };
      void this.gate.then(() => {
        if (route?.delayMs) setTimeout(send, route.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
