/**
 * A local stand-in for Slack: the Web API methods PyVer calls (`chat.postMessage`, `chat.postEphemeral`,
 * `auth.test`, and `oauth.v2.access` for installs) under `/api/`, and response URLs under `/response/<id>`. Every call is recorded so tests
 * can assert what Slack would have been asked to show. Calls can be made to fail as Slack's do: 429 with
 * `Retry-After`, a 5xx, or no answer at all.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** The app-level token (`xapp-…`) the fake accepts for Socket Mode. */
export const FAKE_APP_TOKEN = "xapp-1-A0FAKE-1-fake";

export interface RecordedCall {
  /** A Web API method ("chat.postMessage") or "response_url". */
  kind: "api" | "response_url";
  /** The API method name, or the response URL's id. */
  name: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** Set when the call was answered with a fault instead of success (Slack did not take it). */
  fault?: Fault;
}

/** A failure to answer a call with: an HTTP status (429 with `Retry-After` seconds), or never answering. */
export type Fault = { status: number; retryAfter?: number } | "hang";

const POSTING_METHODS = new Set(["chat.postMessage", "chat.postEphemeral"]);

/** Web API form bodies carry structured arguments (`blocks`) as JSON strings. */
function parseForm(raw: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = key === "blocks" || key === "attachments" ? JSON.parse(value) : value;
  }
  return body;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  return contentType?.includes("application/json")
    ? (JSON.parse(raw) as Record<string, unknown>)
    : parseForm(raw);
}

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** How long every reply is held back, to keep work in flight. */
  delayMs = 0;
  /** Replies sent so far (a call is recorded when it arrives, counted here when answered). */
  answered = 0;
  private nextTs = 1;
  private readonly faults: { match: (call: RecordedCall) => boolean; fault: Fault }[] = [];

  private sockets?: WebSocketServer;
  private socketWaiters: ((socket: WebSocket) => void)[] = [];

  /** The next Socket Mode connection PyVer opens (after its "hello"). */
  nextSocket(): Promise<WebSocket> {
    return new Promise((resolve) => this.socketWaiters.push(resolve));
  }

  private socketConnected(socket: WebSocket): void {
    for (const waiter of this.socketWaiters.splice(0)) waiter(socket);
  }

  /** Bot tokens the fake accepts: the one it started with and those it granted in installs. */
  private readonly tokens: Set<string>;
  /** OAuth codes waiting to be exchanged by `oauth.v2.access`, with what each installs. */
  private readonly grants = new Map<string, { teamId: string; botToken: string }>();

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    botToken: string,
  ) {
    this.tokens = new Set([botToken]);
  }

  /** An install the user approved: `code` exchanges for a bot token of `teamId`, once. */
  grantInstall(code: string, teamId: string, botToken: string): void {
    this.grants.set(code, { teamId, botToken });
  }

  static async start(botToken: string): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const recorded = fake?.calls.length ?? 0;
        const reply = fake?.handle(req.url ?? "", req.headers, parseBody(raw, req.headers["content-type"]));
        const call = fake && fake.calls.length > recorded ? fake.calls.at(-1) : undefined;
        const fault = call && fake?.takeFault(call);
        if (fault === "hang") return;
        if (fault) {
          const retryAfter =
            fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
          res.writeHead(fault.status, { "content-type": "application/json", ...retryAfter });
          res.end(JSON.stringify({ ok: false, error: fault.status === 429 ? "ratelimited" : "fatal_error" }));
          return;
        }
        setTimeout(() => {
          res.writeHead(reply ? 200 : 404, { "content-type": "application/json" });
          res.end(JSON.stringify(reply ?? { ok: false, error: "not_found" }));
          if (fake) fake.answered += 1;
        }, fake?.delayMs ?? 0);
      });
    });
    const sockets = new WebSocketServer({ server, path: "/link" });
    sockets.on("connection", (socket) => {
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" } }));
      fake?.socketConnected(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`, botToken);
    fake.sockets = sockets;
    return fake;
  }

  /** The Web API base URL, for `SLACK_API_URL`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A response URL of the kind Slack puts in commands and button clicks. */
  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  private handle(
    url: string,
    headers: IncomingHttpHeaders,
    body: Record<string, unknown>,
  ): Record<string, unknown> | undefined {
    const response = /^\/response\/([\w-]+)$/.exec(url);
    if (response?.[1]) {
      this.calls.push({ kind: "response_url", name: response[1], body, headers });
      return { ok: true };
    }
    const method = /^\/api\/([\w.]+)$/.exec(url)?.[1];
    if (!method) return undefined;
    this.calls.push({ kind: "api", name: method, body, headers });
    // Socket Mode: the app token opens a WebSocket, which greets with "hello" as Slack's does.
    if (method === "apps.connections.open")
      return headers.authorization === `Bearer ${FAKE_APP_TOKEN}`
        ? { ok: true, url: `${this.baseUrl.replace(/^http/, "ws")}/link` }
        : { ok: false, error: "invalid_auth" };
    if (method === "oauth.v2.access") return this.exchange(String(body.code ?? ""));
    const token = headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (!this.tokens.has(token)) return { ok: false, error: "invalid_auth" };
    if (method === "auth.test") return { ok: true, user_id: "U0PYVER", bot_id: "B0PYVER", team_id: "T0TEAM" };
    if (POSTING_METHODS.has(method)) {
      const ts = `1700000000.${String(this.nextTs++).padStart(6, "0")}`;
      return { ok: true, channel: body.channel, ts, message: { ts } };
    }
    return { ok: false, error: "unknown_method" };
  }

  /** `oauth.v2.access`: a granted code becomes that workspace's bot token, as Slack's response has it. */
  private exchange(code: string): Record<string, unknown> {
    const grant = this.grants.get(code);
    if (!grant) return { ok: false, error: "invalid_code" };
    this.grants.delete(code);
    this.tokens.add(grant.botToken);
    return {
      ok: true,
      app_id: "A0PYVER",
      authed_user: { id: "U0INSTALLER" },
      scope: "commands,chat:write,app_mentions:read,im:history",
      token_type: "bot",
      access_token: grant.botToken,
      bot_user_id: "U0PYVER",
      team: { id: grant.teamId, name: "Installing team" },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  /** Answers the next calls that `match` with `faults`, one each, in order; later calls succeed again. */
  failNext(match: (call: RecordedCall) => boolean, ...faults: Fault[]): void {
    for (const fault of faults) this.faults.push({ match, fault });
  }

  private takeFault(call: RecordedCall): Fault | undefined {
    const index = this.faults.findIndex((f) => f.match(call));
    const fault = this.faults[index]?.fault;
    if (fault === undefined) return undefined;
    this.faults.splice(index, 1);
    call.fault = fault;
    return fault;
  }

  /** Calls that Slack took: recorded and answered with success. */
  delivered(match: (call: RecordedCall) => boolean): RecordedCall[] {
    return this.calls.filter((c) => c.fault === undefined && match(c));
  }

  callsTo(kind: RecordedCall["kind"], name?: string): RecordedCall[] {
    return this.calls.filter((c) => c.kind === kind && (name === undefined || c.name === name));
  }

  /** Waits until `count` calls match, then returns them; fails after `timeoutMs`. */
  async waitFor(
    match: (call: RecordedCall) => boolean,
    count = 1,
    timeoutMs = 3000,
  ): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} matching call(s) to the fake Slack API, saw ${found.length}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    this.sockets?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }
}
