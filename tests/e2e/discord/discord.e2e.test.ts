import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningAdapter } from "../../../adapters/adapter.ts";
import { startDiscord } from "../../../adapters/discord/index.ts";
import { DISCORD_LIMITS } from "../../../adapters/discord/limits.ts";
import { registerCommands } from "../../../adapters/discord/register.ts";
import { embedLength } from "../../../adapters/discord/render.ts";
import { createLogger } from "../../../adapters/logger.ts";
import { RateLimiter, type RateVerdict } from "../../../adapters/rate-limit.ts";
import { SOMETHING_WENT_WRONG } from "../../../adapters/shared/turn.ts";
import type { PyVer } from "../../../src/pyver.ts";
import { type FixtureBot, openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import {
  APPLICATION_ID,
  BOT_USER,
  CHANNEL_ID,
  callbackType,
  choicesOf,
  FAKE_TOKEN,
  FakeDiscord,
  GUILD_ID,
  type RecordedRequest,
  type SentMessage,
  sentMessage,
  startAdapterAgainst,
} from "./fake-discord.ts";

/**
 * The real discord.js client, started by `startDiscord`, against a local fake Discord. Every assertion
 * is on what PyVer actually sent over REST.
 */

const alice = { id: "100000000000000001", username: "alice" };
const bob = { id: "100000000000000002", username: "bob" };
/** The one user who is rate limited here (burst 2), so the other tests can ask freely. */
const carol = { id: "100000000000000003", username: "carol" };
/** A query the test bot fails on, to exercise error handling. */
const BOOM = "boom please fail";
const EPHEMERAL = 64;

let fixture: FixtureBot;
let fake: FakeDiscord;
let adapter: RunningAdapter;
const logLines: string[] = [];

/** The core, except that it throws on `BOOM`. */
function faultyBot(bot: PyVer): PyVer {
  const faulty: PyVer = Object.create(bot);
  faulty.ask = (question, options) => {
    if (question === BOOM) throw new Error("the core fell over");
    return bot.ask(question, options);
  };
  return faulty;
}

function callbackFor(token: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.path.endsWith(`/${token}/callback`));
}

function firstEmbed(message: SentMessage): APIEmbed {
  const embed = message.embeds?.[0];
  if (!embed) throw new Error(`no embed in ${JSON.stringify(message)}`);
  return embed;
}

function buttonsOf(message: SentMessage): { label?: string; custom_id?: string }[] {
  return (message.components ?? []).flatMap(
    (row) => row.components as { label?: string; custom_id?: string }[],
  );
}

function expectWithinLimits(message: SentMessage): void {
  for (const embed of message.embeds ?? []) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  }
  for (const button of buttonsOf(message)) {
    expect(button.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    expect(button.custom_id?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  }
}

/** The real limiter, applied to carol only. */
class LimitedForCarol extends RateLimiter {
  override async take(user: string): Promise<RateVerdict> {
    return user.endsWith(carol.id) ? super.take(user) : { kind: "allow" };
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  fixture = openFixtureBot();
  fake = await FakeDiscord.start();
  adapter = await startAdapterAgainst(fake, faultyBot(fixture.bot), logLines, {
    limiter: new LimitedForCarol({ perMinute: 1, burst: 2 }),
  });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  fixture?.cleanup();
});

describe("/pyver", () => {
  it("answers with an embed titled by the best section and version, linked to its docs", async () => {
    const { token } = fake.command(alice, { query: "pathlib" });
    const response = await callbackFor(token);
    expect(callbackType(response)).toBe(4);
    const message = sentMessage(response);
    const embed = firstEmbed(message);
    expect(embed.title).toBe("pathlib (PEP 428) — Python 3.4");
    expect(embed.url).toBe("https://docs.python.org/3/whatsnew/3.4.html#pathlib");
    expect(embed.description).toMatch(/^pathlib — new in Python 3\.4 \(PEP 428\)/);
    expect(embed.fields?.find((f) => f.name === "Sources")?.value).toContain(
      "(https://docs.python.org/3/whatsnew/3.4.html#pathlib)",
    );
    expect(embed.footer?.text).toBe("Python 3.4–3.10 release notes");
  });

  it("is ephemeral by default, with a Post to channel button", async () => {
    const { token } = fake.command(alice, { query: "asyncio" });
    const message = sentMessage(await callbackFor(token));
    expect(message.flags).toBe(EPHEMERAL);
    expect(buttonsOf(message).map((b) => b.label)).toContain("Post to channel");
  });

  it("answers in the channel when public is true, without the post button", async () => {
    const { token } = fake.command(alice, { query: "asyncio", public: true });
    const message = sentMessage(await callbackFor(token));
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(buttonsOf(message).map((b) => b.label)).not.toContain("Post to channel");
  });

  it("limits the answer to the version option, however the version is spelled", async () => {
    for (const version of ["3.4", "Python 3.4"]) {
      const { token } = fake.command(alice, { query: "statistics", version });
      expect(firstEmbed(sentMessage(await callbackFor(token))).title).toBe(
        "statistics (PEP 450) — Python 3.4",
      );
    }
  });

  it("says which versions it knows when the version option names another", async () => {
    const { token } = fake.command(alice, { query: "statistics", version: "2.7" });
    const message = sentMessage(await callbackFor(token));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain("Python 3.4–3.10 release notes");
  });

  it("pings nobody, even when the query contains @everyone and mentions", async () => {
    const { token } = fake.command(alice, { query: "@everyone <@&5555555555> <@4444444444> frobnicate" });
    const message = sentMessage(await callbackFor(token));
    expect(message.allowed_mentions?.parse).toEqual([]);
    expect(firstEmbed(message).title).toBe("Nothing found in the release notes");
  });

  it("keeps every Discord limit when the answer is very long", async () => {
    const query = `zebrafish ${"marvellously extended heading words ".repeat(12)}`.slice(0, 500);
    const { token } = fake.command(alice, { query, public: true });
    const message = sentMessage(await callbackFor(token));
    expect(firstEmbed(message).title).toMatch(/^zebrafish marvellously .*… — Python 3\.4$/);
    expectWithinLimits(message);
  });

  it("defers when the interaction reaches it late, then edits the answer in", async () => {
    const { token } = fake.command(alice, { query: "enum" }, 2000);
    const deferral = await callbackFor(token);
    expect(callbackType(deferral)).toBe(5);
    expect(sentMessage(deferral).flags).toBe(EPHEMERAL);
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(token));
    expect(edit.path).toBe(`/webhooks/${APPLICATION_ID}/${token}/messages/@original`);
    expect(firstEmbed(sentMessage(edit)).title).toBe("enum (PEP 435) — Python 3.4");
    expect(sentMessage(edit).allowed_mentions?.parse).toEqual([]);
  });

  it("does not retry an interaction Discord no longer knows (10062)", async () => {
    const { token } = fake.command(alice, { query: "enum" }, 3500);
    const response = await callbackFor(token);
    expect(response.status).toBe(404);
    await sleep(300);
    expect(fake.requestsFor(token)).toHaveLength(1);
    expect(logLines.join("")).toContain("not retrying");
  });

  it("turns an error into an ephemeral 'something went wrong' and a log line", async () => {
    const { token } = fake.command(alice, { query: BOOM, public: true });
    const message = sentMessage(await callbackFor(token));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toBe(SOMETHING_WENT_WRONG);
    expect(logLines.some((l) => l.includes("the core fell over"))).toBe(true);
  });

  it("after a public deferral, replaces the placeholder with a private error note", async () => {
    const { token } = fake.command(alice, { query: BOOM, public: true }, 2000);
    expect(callbackType(await callbackFor(token))).toBe(5);
    const followUp = await fake.waitForRequest(
      (r) => r.method === "POST" && r.path === `/webhooks/${APPLICATION_ID}/${token}`,
    );
    expect(sentMessage(followUp)).toMatchObject({ content: SOMETHING_WENT_WRONG, flags: EPHEMERAL });
    expect(fake.requestsFor(token).some((r) => r.method === "DELETE")).toBe(true);
  });
});

describe("autocomplete", () => {
  it("suggests at most 25 names the index knows, each within 100 characters", async () => {
    for (const typed of ["", "path", "zebra"]) {
      const started = Date.now();
      const { token } = fake.autocomplete(alice, "query", typed);
      const response = await callbackFor(token);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(callbackType(response)).toBe(8);
      const choices = choicesOf(response);
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
        expect(String(c.value).length).toBeGreaterThan(0);
        expect(String(c.value).length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
      }
    }
    const { token } = fake.autocomplete(alice, "query", "path");
    expect(choicesOf(await callbackFor(token)).map((c) => c.name)).toContain(
      "pathlib (PEP 428) (Python 3.4)",
    );
  });

  it("suggests known versions for the version option, newest first", async () => {
    const { token } = fake.autocomplete(alice, "version", "3.");
    expect(choicesOf(await callbackFor(token)).map((c) => c.value)).toEqual(["3.10", "3.8", "3.4"]);
  });
});

describe("buttons", () => {
  it("pages through further hits for the asker and refuses anyone else", async () => {
    const { token } = fake.command(alice, { query: "module", public: true });
    const first = await callbackFor(token);
    const answer = fake.originalOf(token);
    const more = buttonsOf(sentMessage(first)).find((b) => b.label === "More results");
    expect(more?.custom_id).toMatch(/^pyver:more:[\w-]+:1$/);
    if (!more?.custom_id) return;

    const refused = fake.click(bob, answer, more.custom_id);
    const note = sentMessage(await callbackFor(refused.token));
    expect(note.flags).toBe(EPHEMERAL);
    expect(note.content).toContain("Only the person who asked");

    const paged = fake.click(alice, answer, more.custom_id);
    const update = await callbackFor(paged.token);
    expect(callbackType(update)).toBe(7);
    const page = firstEmbed(sentMessage(update));
    expect(page.title).toBe("More results for “module”");
    expect(page.footer?.text).toBe("Python 3.4–3.10 release notes · page 2 of 3");
    expect(page.fields?.length).toBeGreaterThan(0);
    const next = buttonsOf(sentMessage(update)).find((b) => b.label === "More results");
    expect(next?.custom_id).toMatch(/^pyver:more:[\w-]+:2$/);
    if (!next?.custom_id) return;

    const last = await callbackFor(fake.click(alice, fake.originalOf(token), next.custom_id).token);
    expect(firstEmbed(sentMessage(last)).footer?.text).toBe("Python 3.4–3.10 release notes · page 3 of 3");
    expect(buttonsOf(sentMessage(last)).map((b) => b.label)).toEqual(["Back to the answer"]);
  });

  it("posts a public copy of an ephemeral answer", async () => {
    const { token } = fake.command(alice, { query: "tracemalloc" });
    const first = await callbackFor(token);
    const { token: clickToken } = fake.click(alice, fake.originalOf(token), "pyver:post");
    const post = await callbackFor(clickToken);
    expect(callbackType(post)).toBe(4);
    const message = sentMessage(post);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(firstEmbed(message).title).toBe(firstEmbed(sentMessage(first)).title);
    expect(message.allowed_mentions?.parse).toEqual([]);
  });
});

describe("mentions", () => {
  it("answers a message that mentions the bot as a reply to it, pinging nobody", async () => {
    const messageId = fake.mention(bob, `<@${BOT_USER.id}> which version added match?`);
    const reply = await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    const message = sentMessage(reply);
    expect(message.message_reference?.message_id).toBe(messageId);
    expect(firstEmbed(message).title).toMatch(/Structural pattern matching.* — Python 3\.10$/);
    expect(message.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });
});

describe("a reply Discord refuses for a missing permission", () => {
  it("is logged once per channel, naming the permission, and not followed by a note that would fail too", async () => {
    const refused = (r: RecordedRequest): boolean =>
      r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`;
    fake.failRequests(refused, { status: 403, code: 50013 }, { status: 403, code: 50013 });
    const before = fake.requests.length;
    fake.mention(bob, `<@${BOT_USER.id}> pathlib`);
    await fake.waitForRequest((r) => refused(r) && r.status === 403);
    fake.mention(bob, `<@${BOT_USER.id}> enum`);
    await vi.waitFor(() => expect(fake.requests.slice(before).filter(refused)).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const warnings = logLines.map((l) => JSON.parse(l)).filter((l) => l.permission);
    expect(warnings).toEqual([
      expect.objectContaining({ channelId: CHANNEL_ID, permission: "Send Messages or Embed Links" }),
    ]);
    // No fallback note after either refusal.
    expect(fake.requests.slice(before).filter(refused)).toHaveLength(2);
  });
});

describe("rate limit", () => {
  it("answers a burst, says 'slow down' once, privately, then acknowledges silently", async () => {
    const answered = [];
    for (const query of ["pathlib", "enum"]) {
      answered.push(firstEmbed(sentMessage(await callbackFor(fake.command(carol, { query }).token))).title);
    }
    expect(answered).toEqual(["pathlib (PEP 428) — Python 3.4", "enum (PEP 435) — Python 3.4"]);

    const warning = sentMessage(await callbackFor(fake.command(carol, { query: "asyncio" }).token));
    expect(warning.flags).toBe(EPHEMERAL);
    expect(warning.content).toMatch(/slow down and try again in \d+ s/);

    // Acknowledged (no "The application did not respond"), then the placeholder is removed: no message.
    const { token } = fake.command(carol, { query: "asyncio" });
    const silent = await callbackFor(token);
    expect([callbackType(silent), sentMessage(silent).flags]).toEqual([5, EPHEMERAL]);
    await vi.waitFor(() => expect(fake.requestsFor(token).map((r) => r.method)).toEqual(["POST", "DELETE"]));
  });

  it("counts mentions against the same allowance and does not repeat the warning", async () => {
    const messageId = fake.mention(carol, `<@${BOT_USER.id}> pathlib`);
    await sleep(300);
    const replies = fake.requests.filter(
      (r) =>
        r.path === `/channels/${CHANNEL_ID}/messages` &&
        sentMessage(r).message_reference?.message_id === messageId,
    );
    expect(replies).toEqual([]);
  });

  it("does not limit other users", async () => {
    const { token } = fake.command(bob, { query: "pathlib" });
    expect(callbackType(await callbackFor(token))).toBe(4);
  });
});

describe("registration", () => {
  it("puts the /pyver schema to the guild when one is set, otherwise globally", async () => {
    const target = { token: FAKE_TOKEN, applicationId: APPLICATION_ID, apiUrl: fake.apiUrl };
    expect(await registerCommands({ ...target, guildId: GUILD_ID })).toBe("guild");
    expect(await registerCommands(target)).toBe("global");
    const guildPut = await fake.waitForRequest((r) => r.method === "PUT" && r.path.includes("/guilds/"));
    expect(guildPut.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(guildPut.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    const globalPut = await fake.waitForRequest((r) => r.method === "PUT" && !r.path.includes("/guilds/"));
    expect(globalPut.path).toBe(`/applications/${APPLICATION_ID}/commands`);
    expect(globalPut.body).toEqual([
      expect.objectContaining({
        name: "pyver",
        options: [
          expect.objectContaining({ name: "query", type: 3, required: true, autocomplete: true }),
          expect.objectContaining({ name: "version", type: 3, required: false }),
          expect.objectContaining({ name: "public", type: 5, required: false }),
        ],
      }),
    ]);
  });

  it("sends contexts and integration types globally only, as Discord documents them", async () => {
    const target = { token: FAKE_TOKEN, applicationId: APPLICATION_ID, apiUrl: fake.apiUrl };
    const before = fake.requests.length;
    await registerCommands({ ...target, guildId: GUILD_ID });
    await registerCommands(target);
    const puts = fake.requests.slice(before).filter((r) => r.method === "PUT");
    const [guild, global] = puts.map((r) => (r.body as Record<string, unknown>[])[0] ?? {});
    expect(guild).not.toHaveProperty("contexts");
    expect(guild).not.toHaveProperty("integration_types");
    expect(global).toMatchObject({ contexts: [0, 1], integration_types: [0] });
  });

  it("clears the guild copy with --clear-guild, leaving the global command", async () => {
    const target = {
      token: FAKE_TOKEN,
      applicationId: APPLICATION_ID,
      apiUrl: fake.apiUrl,
      guildId: GUILD_ID,
    };
    const before = fake.requests.length;
    expect(await registerCommands(target, { clearGuild: true })).toBe("cleared");
    const put = fake.requests.slice(before).find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.body).toEqual([]);
  });
});

describe("start and stop", () => {
  it("refuses to start with a token Discord rejects", async () => {
    await expect(
      startDiscord(
        { token: "wrong-token", apiUrl: fake.apiUrl, defaultVisibility: "ephemeral" },
        { bot: fixture.bot, logger: createLogger("silent") },
      ),
    ).rejects.toThrow(/token/i);
  });
});

describe("acknowledgement", () => {
  it("never acknowledges an interaction twice (40060) or late, except the one sent late on purpose", () => {
    expect(fake.interactionErrors.filter((e) => e.code === 40060)).toEqual([]);
    expect(fake.interactionErrors.filter((e) => e.code === 10062)).toHaveLength(1);
  });
});

describe("stop", () => {
  it("finishes a reply in flight before disconnecting", async () => {
    const { token } = fake.command(alice, { query: "enum" }, 2000);
    expect(callbackType(await callbackFor(token))).toBe(5);
    await adapter.stop();
    expect(fake.requestsFor(token).map((r) => r.method)).toEqual(["POST", "PATCH"]);
    await vi.waitFor(() => expect(fake.connectedClients).toBe(0));
  });
});

describe("logs", () => {
  it("write one request line per command, autocomplete, button and mention, with latency and results", () => {
    const requests = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
    expect(new Set(requests.map((r) => r.kind))).toEqual(
      new Set(["command", "autocomplete", "button", "mention"]),
    );
    const pathlib = requests.find((r) => r.kind === "command" && r.query === "pathlib");
    expect(pathlib).toMatchObject({ adapter: "discord", found: true });
    expect(pathlib.results).toBeGreaterThan(0);
    expect(pathlib.latencyMs).toBeGreaterThanOrEqual(0);
    expect(requests.filter((r) => r.rateLimited).map((r) => r.rateLimited)).toEqual([
      "warned",
      "dropped",
      "dropped",
    ]);
  });

  it("never contain the bot token or an interaction token, across the whole run", () => {
    const log = logLines.join("");
    expect(log).not.toContain(FAKE_TOKEN);
    expect(log).not.toMatch(/interaction-token-/);
  });
});
