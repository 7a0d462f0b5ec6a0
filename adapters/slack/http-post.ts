/**
 * POSTs for response URLs over Node's own HTTP client with kept-alive connections. The global
 * `fetch` (undici) costs the main thread several times more per request, and at hundreds of answers a
 * second that cost is what delays the acknowledgements of the requests that arrive meanwhile.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/** What `ResponseUrl` reads of a response: the part of `fetch`'s `Response` it needs. */
export interface PostResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<unknown>;
}

export interface PostInit {
  method: "POST";
  headers: Record<string, string>;
  body: string;
  /** Gives up when no byte has moved for this long; cheaper than an abort signal per request. */
  timeoutMs?: number;
}

export type Post = (url: string, init: PostInit) => Promise<PostResponse>;

const agents = {
  "http:": new HttpAgent({ keepAlive: true }),
  "https:": new HttpsAgent({ keepAlive: true }),
};

function responseOf(res: IncomingMessage, body: Buffer): PostResponse {
  const status = res.statusCode ?? 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: {
      get: (name) => {
        const value = res.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    arrayBuffer: async () => body,
  };
}

/** POSTs `init.body` to `url`; resolves with the whole response, rejects on a network error or timeout. */
export const httpPost: Post = (url, init) => {
  const target = new URL(url);
  const agent = target.protocol === "https:" ? agents["https:"] : agents["http:"];
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: init.method,
        agent,
        headers: { ...init.headers, "content-length": Buffer.byteLength(init.body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve(responseOf(res, Buffer.concat(chunks))));
        res.on("error", reject);
      },
    );
    if (init.timeoutMs !== undefined) {
      req.setTimeout(init.timeoutMs, () =>
        req.destroy(Object.assign(new Error("timed out"), { name: "TimeoutError" })),
      );
    }
    req.on("error", reject);
    req.end(init.body);
  });
};
