import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIButtonComponent,
  APIEmbed,
} from "discord.js";
import { type WebSocket, WebSocketServer } from "ws";
import type { AdapterContext, RunningAdapter } from "../../../adapters/adapter.ts";
import { startDiscord } from "../../../adapters/discord/index.ts";
import { createLogger } from "../../../adapters/logger.ts";
import type { PyVer } from "../../../src/pyver.ts";

/**
 * A local stand-in for Discord, enough for the real discord.js client: the REST routes PyVer uses and
 * a gateway speaking plain JSON (without `zlib-sync` discord.js asks for no compression). It enforces
 * what Discord enforces for interactions — a first response within 3 s, else 404 with code 10062, and a
 * single acknowledgement, else 400 with code 40060 — and records every REST call for assertions.
 * Faults can be staged: the gateway closing with a given code (a session is resumed with the events
 * missed in between, as Discord replays them), and REST answering 429 or 5xx before it answers properly.
 * Sharded clients work too: each session identifies as `[id, count]`, is given a guild of its own, and
 * receives only the events of the guilds it owns by Discord's rule (`shardOf`). Listens on 127.0.0.1 only.
 */

export const FAKE_TOKEN = "fake-bot-token";
export const BOT_USER = {
  id: "900000000000000001",
  username: "PyVer",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};
export const APPLICATION_ID = BOT_USER.id;
export const GUILD_ID = "900000000000000002";
export const CHANNEL_ID = "900000000000000003";
const COMMAND_ID = "900000000000000004";
/** Discord's response deadline for a new interaction. */
const RESPONSE_DEADLINE_MS = 3000;
const DISCORD_EPOCH = 1_420_070_400_000n;

/** A gateway session's shard: `[shard id, shard count]`, as IDENTIFY and READY carry it. */
export type ShardPair = [id: number, count: number];

/** Discord's rule for which shard receives a guild's events: (guild id >> 22) % shard count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A guild id, next to GUILD_ID, whose events go to shard `id` of `count` (GUILD_ID itself with one shard). */
export function guildOnShard(id: number, count: number): string {
  const step = (id - shardOf(GUILD_ID, count) + count) % count;
  return (BigInt(GUILD_ID) + (BigInt(step) << 22n)).toString();
}

export interface FakeDiscordOptions {
  /** The shard count `/gateway/bot` recommends (default 1). */
  recommendedShards?: number;
  /** Sessions the bot may start per 5 s, as `/gateway/bot` reports it (default 1). */
  maxConcurrency?: number;
}

export interface FakeUser {
  id: string;
  username: string;
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, without the query string. */
  path: string;
  query: URLSearchParams;
  authorization?: string;
  body: unknown;
  status: number;
}

/** A message as PyVer sends it (callback `data`, webhook or channel message body). */
export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

/** The message a request sends: an interaction callback's `data`, or the body of a webhook or channel post. */
export function sentMessage(r: RecordedRequest): SentMessage {
  const body = r.body as SentMessage & { type?: number; data?: SentMessage };
  return r.path.endsWith("/callback") ? (body.data ?? {}) : body;
}

/** The interaction response type of a callback (4 reply, 5 defer, 7 update, 8 autocomplete). */
export function callbackType(r: RecordedRequest): number | undefined {
  return (r.body as { type?: number } | undefined)?.type;
}

/** Choices sent in answer to an autocomplete interaction. */
export function choicesOf(r: RecordedRequest): APIApplicationCommandOptionChoice[] {
  return (r.body as { data?: { choices?: APIApplicationCommandOptionChoice[] } }).data?.choices ?? [];
}

export interface ApiMessage {
  id: string;
  flags: number;
  [field: string]: unknown;
}

interface PendingInteraction {
  id: string;
  createdAt: number;
  acknowledged: boolean;
  /** The message a type 4 or 5 response created: what `@original` names. */
  original?: ApiMessage;
  /** For buttons: the message the button is on, which a type 7 response edits. */
  source?: ApiMessage;
}

/** A failure staged for the next REST request that matches. */
export type Fault =
  /** Rate limited, with the headers Discord sends; `retryAfter` in seconds. */
  | { status: 429; retryAfter: number; scope?: "user" | "shared" }
  | { status: 500 | 502 | 503 }
  /** Missing Permissions (50013), as for a reply in a thread without Send Messages in Threads. */
  | { status: 403; code: 50013 };

/** How the client (re)started its gateway session: a fresh identify or a resume. */
export type SessionStart = "identify" | "resume";

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Responses that were Discord errors for interactions (10062, 40060): a well-behaved bot causes none. */
  readonly interactionErrors: { path: string; code: number }[] = [];
  readonly messages = new Map<string, ApiMessage>();
  private readonly events = new EventEmitter();
  private readonly interactions = new Map<string, PendingInteraction>();
  private readonly sockets = new Set<WebSocket>();
  /** Every dispatch sent, so a resumed session can be replayed what it missed; `guildId` routes it. */
  private readonly history: { s: number; payload: string; guildId?: string }[] = [];
  private readonly faults: { matches: (r: RecordedRequest) => boolean; fault: Fault }[] = [];
  /** Session ids handed out in READY, which a resume may name, with the shard each is for. */
  private readonly sessionIds = new Map<string, ShardPair>();
  /** The shard each open connection identified (or resumed) as. */
  private readonly shards = new Map<WebSocket, ShardPair>();
  /** Each identify and resume the client sent, in order. */
  readonly sessionStarts: SessionStart[] = [];
  /** The shard of each identify, in order (`[0, 1]` when it named none). */
  readonly identifiedShards: ShardPair[] = [];
  private sequence = 0;
  private increment = 0n;
  private port = 0;

  private constructor(
    private readonly http: Server,
    private readonly gateway: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {}

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const http = createServer();
    const gateway = new WebSocketServer({ server: http, path: "/gateway" });
    const fake = new FakeDiscord(http, gateway, options);
    http.on("request", (req, res) => void fake.onRequest(req, res));
    gateway.on("connection", (socket) => fake.onConnection(socket));
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    fake.port = (http.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** A snowflake whose timestamp is `ageMs` in the past, as discord.js reads `createdTimestamp` from it. */
  snowflake(ageMs = 0): string {
    this.increment += 1n;
    return (((BigInt(Date.now() - ageMs) - DISCORD_EPOCH) << 22n) | (this.increment & 0xfffn)).toString();
  }

  // ---- assertions -------------------------------------------------------------------------------

  /** Resolves with the first recorded request matching `predicate`, waiting for it if need be. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onRequest = (r: RecordedRequest): void => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.events.off("request", onRequest);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.events.off("request", onRequest);
        reject(new Error("timed out waiting for a REST request"));
      }, timeoutMs);
      this.events.on("request", onRequest);
    });
  }

  /** Calls `listener` with every REST request from now on, as it is recorded; returns how to stop. */
  watchRequests(listener: (r: RecordedRequest) => void): () => void {
    this.events.on("request", listener);
    return () => this.events.off("request", listener);
  }

  /** Gateway connections currently open. */
  get connectedClients(): number {
    return this.sockets.size;
  }

  /** The message an interaction's reply created (`@original`), as stored after any edits. */
  originalOf(token: string): ApiMessage {
    const original = this.interactions.get(token)?.original;
    if (!original) throw new Error(`interaction ${token} has no reply message`);
    return original;
  }

  /** Every recorded request for one interaction token (callbacks and webhooks). */
  requestsFor(token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${token}`));
  }

  // ---- faults -----------------------------------------------------------------------------------

  /** Closes every gateway connection with `code`, as Discord does on an error or a timed-out session. */
  closeGateway(code: number, reason = ""): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  /** The next requests matching `matches` get `faults`, one each in order, before normal answers resume. */
  failRequests(matches: (r: RecordedRequest) => boolean, ...faults: Fault[]): void {
    for (const fault of faults) this.faults.push({ matches, fault });
  }

  // ---- gateway dispatches -----------------------------------------------------------------------

  /** Sends a dispatch on every connection, or only on the shard that owns `guildId`, as Discord does. */
  private dispatch(t: string, d: unknown, guildId?: string): void {
    this.sequence += 1;
    const payload = JSON.stringify({ op: 0, t, s: this.sequence, d });
    this.history.push({ s: this.sequence, payload, guildId });
    for (const socket of this.sockets) if (this.receives(socket, guildId)) socket.send(payload);
  }

  private receives(socket: WebSocket, guildId: string | undefined, shard = this.shards.get(socket)): boolean {
    return guildId === undefined || shard === undefined || shardOf(guildId, shard[1]) === shard[0];
  }

  private interaction(
    type: number,
    user: FakeUser,
    data: Record<string, unknown>,
    extra: { ageMs?: number; message?: ApiMessage; guildId?: string } = {},
  ): { id: string; token: string } {
    const guildId = extra.guildId ?? GUILD_ID;
    const id = this.snowflake(extra.ageMs);
    const token = `interaction-token-${id}`;
    this.interactions.set(token, {
      id,
      createdAt: Date.now() - (extra.ageMs ?? 0),
      acknowledged: false,
      source: extra.message,
    });
    this.dispatch(
      "INTERACTION_CREATE",
      {
        id,
        application_id: APPLICATION_ID,
        type,
        token,
        version: 1,
        guild_id: guildId,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: "general" },
        member: member(user),
        app_permissions: "2248473465835073",
        locale: "en-US",
        guild_locale: "en-US",
        entitlements: [],
        authorizing_integration_owners: {},
        context: 0,
        attachment_size_limit: 10_485_760,
        data,
        ...(extra.message ? { message: extra.message } : {}),
      },
      guildId,
    );
    return { id, token };
  }

  /**
   * `/pyver` with the given options; `ageMs` makes the interaction older than now when it arrives, and
   * `guildId` names the server it is asked in (so the shard it reaches).
   */
  command(
    user: FakeUser,
    options: { query: string; version?: string; public?: boolean },
    ageMs = 0,
    guildId = GUILD_ID,
  ): { id: string; token: string } {
    const list: { name: string; type: number; value: string | boolean }[] = [
      { name: "query", type: 3, value: options.query },
    ];
    if (options.version !== undefined) list.push({ name: "version", type: 3, value: options.version });
    if (options.public !== undefined) list.push({ name: "public", type: 5, value: options.public });
    return this.interaction(
      2,
      user,
      { id: COMMAND_ID, name: "pyver", type: 1, guild_id: guildId, options: list },
      { ageMs, guildId },
    );
  }

  /** Typing into an option of `/pyver` (interaction type 4). */
  autocomplete(user: FakeUser, option: "query" | "version", typed: string): { id: string; token: string } {
    const options = [{ name: option, type: 3, value: typed, focused: true }];
    if (option === "version") options.unshift({ name: "query", type: 3, value: "pathlib", focused: false });
    return this.interaction(4, user, { id: COMMAND_ID, name: "pyver", type: 1, options });
  }

  /** Clicking a button (interaction type 3) on a message the bot sent. */
  click(user: FakeUser, message: ApiMessage, customId: string): { id: string; token: string } {
    return this.interaction(3, user, { custom_id: customId, component_type: 2 }, { message });
  }

  /** A channel message that mentions the bot, as Discord sends it without the MessageContent intent. */
  mention(user: FakeUser, content: string): string {
    const id = this.snowflake();
    this.dispatch(
      "MESSAGE_CREATE",
      {
        ...baseMessage(id, apiUser(user), content),
        guild_id: GUILD_ID,
        member: member(user),
        mentions: [BOT_USER],
      },
      GUILD_ID,
    );
    return id;
  }

  // ---- gateway ----------------------------------------------------------------------------------

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on("close", () => {
      this.sockets.delete(socket);
      this.shards.delete(socket);
    });
    socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
    socket.on("message", (raw) => {
      const packet = JSON.parse(String(raw)) as {
        op: number;
        d: { token?: string; session_id?: string; seq?: number; shard?: ShardPair };
      };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      if (packet.op !== 2 && packet.op !== 6) return;
      if (packet.d.token !== FAKE_TOKEN) {
        socket.close(4004, "Authentication failed.");
        return;
      }
      if (packet.op === 6) return this.resume(socket, packet.d.session_id, packet.d.seq ?? 0);
      this.sessionStarts.push("identify");
      const shard = packet.d.shard ?? [0, 1];
      this.identifiedShards.push(shard);
      this.shards.set(socket, shard);
      const sessionId = `fake-session-${this.sessionIds.size + 1}`;
      this.sessionIds.set(sessionId, shard);
      // Each shard is in one guild of its own, so its events reach it alone.
      const guildId = guildOnShard(...shard);
      this.dispatch(
        "READY",
        {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: guildId, unavailable: true }],
          session_id: sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: APPLICATION_ID, flags: 0 },
        },
        guildId,
      );
      this.dispatch("GUILD_CREATE", guild(guildId), guildId);
    });
  }

  /** Replays the dispatches after `seq`, then RESUMED; an unknown session is told to identify (op 9). */
  private resume(socket: WebSocket, sessionId: string | undefined, seq: number): void {
    this.sessionStarts.push("resume");
    const shard = sessionId === undefined ? undefined : this.sessionIds.get(sessionId);
    if (!shard) {
      socket.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
      return;
    }
    this.shards.set(socket, shard);
    for (const { s, payload, guildId } of this.history) {
      if (s > seq && this.receives(socket, guildId, shard)) socket.send(payload);
    }
    this.sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: "RESUMED", s: this.sequence, d: {} }));
  }

  // ---- REST -------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ""),
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: text ? JSON.parse(text) : undefined,
      status: 0,
    };
    let status = 200;
    let response: unknown;
    const staged = this.faults.findIndex((f) => f.matches(record));
    const fault = staged >= 0 ? this.faults.splice(staged, 1)[0]?.fault : undefined;
    if (fault) return this.sendFault(record, fault, res);
    try {
      response = this.route(record);
      if (response === undefined) status = 204;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      response = { code: error.code, message: error.message };
      if (error.code === 10062 || error.code === 40060) {
        this.interactionErrors.push({ path: record.path, code: error.code });
      }
    }
    record.status = status;
    this.requests.push(record);
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(response));
    this.events.emit("request", record);
  }

  /** Answers with a staged fault, headers and body as Discord sends them, and records it. */
  private sendFault(record: RecordedRequest, fault: Fault, res: ServerResponse): void {
    record.status = fault.status;
    this.requests.push(record);
    if (fault.status === 429) {
      res.writeHead(429, {
        "content-type": "application/json",
        // Discord rounds Retry-After up to whole seconds; a fraction keeps tests fast and reads the same.
        "retry-after": String(fault.retryAfter),
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Date.now() / 1000 + fault.retryAfter),
        "x-ratelimit-reset-after": String(fault.retryAfter),
        "x-ratelimit-bucket": "fake-bucket",
        "x-ratelimit-scope": fault.scope ?? "user",
      });
      res.end(
        JSON.stringify({
          message: "You are being rate limited.",
          retry_after: fault.retryAfter,
          global: false,
        }),
      );
    } else if (fault.status === 403) {
      res
        .writeHead(403, { "content-type": "application/json" })
        .end(JSON.stringify({ message: "Missing Permissions", code: fault.code }));
    } else {
      res.writeHead(fault.status, { "content-type": "text/plain" }).end("upstream connect error");
    }
    this.events.emit("request", record);
  }

  private requireBotAuth(r: RecordedRequest): void {
    if (r.authorization !== `Bot ${FAKE_TOKEN}`) throw new HttpError(401, 0, "401: Unauthorized");
  }

  private pending(token: string, id?: string): PendingInteraction {
    const pending = this.interactions.get(token);
    if (!pending || (id !== undefined && pending.id !== id)) {
      throw new HttpError(404, 10062, "Unknown interaction");
    }
    return pending;
  }

  private route(r: RecordedRequest): unknown {
    const { method, path } = r;
    const body = r.body as Record<string, unknown> & { type: number };
    let m: RegExpExecArray | null;
    if (method === "GET" && path === "/gateway/bot") {
      this.requireBotAuth(r);
      return {
        url: this.gatewayUrl,
        shards: this.options.recommendedShards ?? 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 0,
          max_concurrency: this.options.maxConcurrency ?? 1,
        },
      };
    }
    m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (method === "PUT" && m) {
      this.requireBotAuth(r);
      return (r.body as Record<string, unknown>[]).map((c) => ({
        ...c,
        id: this.snowflake(),
        application_id: m?.[1],
        ...(m?.[2] ? { guild_id: m[2] } : {}),
        version: this.snowflake(),
      }));
    }
    m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === "POST" && m?.[1] && m[2]) return this.callback(m[1], m[2], body);
    m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (m?.[2]) {
      const pending = this.pending(m[2]);
      if (!pending.acknowledged) throw new HttpError(404, 10015, "Unknown Webhook");
      if (m[3] && method === "PATCH" && pending.original) {
        Object.assign(pending.original, body, { flags: (pending.original.flags & ~128) | 0 });
        return pending.original;
      }
      if (m[3] && method === "DELETE") return undefined;
      if (!m[3] && method === "POST") return this.store(baseMessage(this.snowflake(), BOT_USER, ""), body);
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && m) {
      this.requireBotAuth(r);
      return this.store({ ...baseMessage(this.snowflake(), BOT_USER, ""), channel_id: m[1] }, body);
    }
    throw new HttpError(404, 0, "404: Not Found");
  }

  private callback(
    id: string,
    token: string,
    body: { type: number; data?: Record<string, unknown> },
  ): unknown {
    const pending = this.pending(token, id);
    if (pending.acknowledged) throw new HttpError(400, 40060, "Interaction has already been acknowledged.");
    if (Date.now() - pending.createdAt > RESPONSE_DEADLINE_MS) {
      throw new HttpError(404, 10062, "Unknown interaction");
    }
    pending.acknowledged = true;
    const data = body.data ?? {};
    if (body.type === 4) pending.original = this.store(baseMessage(this.snowflake(), BOT_USER, ""), data);
    if (body.type === 5) {
      // "PyVer is thinking…": a loading placeholder (flag 128) until the reply is edited in.
      const flags = (Number(data.flags) || 0) | 128;
      pending.original = this.store(baseMessage(this.snowflake(), BOT_USER, ""), { flags });
    }
    if (body.type === 7 && pending.source) {
      const stored = this.messages.get(pending.source.id);
      if (stored) Object.assign(stored, data);
    }
    return undefined;
  }

  /** Saves a message the bot sent, so tests can click its buttons later. */
  private store(base: ApiMessage, body: Record<string, unknown>): ApiMessage {
    const message: ApiMessage = { ...base, ...body, flags: Number(body.flags) || 0 };
    delete message.allowed_mentions;
    this.messages.set(message.id, message);
    return message;
  }
}

function apiUser(user: FakeUser): Record<string, unknown> {
  return { id: user.id, username: user.username, discriminator: "0", global_name: null, avatar: null };
}

function member(user: FakeUser): Record<string, unknown> {
  return {
    user: apiUser(user),
    roles: [],
    permissions: "2248473465835073",
    joined_at: "2024-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
  };
}

function baseMessage(id: string, author: Record<string, unknown>, content: string): ApiMessage {
  return {
    id,
    channel_id: CHANNEL_ID,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

function guild(id: string): Record<string, unknown> {
  return {
    id,
    name: "PyVer test server",
    icon: null,
    owner_id: "900000000000000009",
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: "2024-01-01T00:00:00.000Z",
    features: [],
    roles: [],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    preferred_locale: "en-US",
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        guild_id: id,
        name: "general",
        position: 0,
        permission_overwrites: [],
      },
    ],
  };
}

/**
 * Starts PyVer's Discord adapter against `fake`, logging at info into `logLines`, one entry per line,
 * with the rate limit and paged answers it is given (its own, in memory, by default).
 */
export function startAdapterAgainst(
  fake: FakeDiscord,
  bot: PyVer,
  logLines: string[],
  shared: Pick<AdapterContext, "limiter" | "paging"> = {},
): Promise<RunningAdapter> {
  const logs = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  return startDiscord(
    { token: FAKE_TOKEN, apiUrl: fake.apiUrl, defaultVisibility: "ephemeral" },
    { bot, logger: createLogger("info", logs), ...shared },
  );
}
