/**
 * Installing PyVer in a workspace through Slack's OAuth v2 flow, with the real Bolt app in HTTP mode:
 * the install page sends the browser to Slack with a signed state, the redirect back exchanges the
 * code for that workspace's bot token, and the workspace's events are then answered with its token
 * until it uninstalls.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logger.ts";
import { type RunningSlack, startSlackApp } from "../../../adapters/slack/index.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import { FakeSlackApi } from "./fake-slack-api.ts";
import { beginInstall, CLIENT_ID, finishInstall, oauthSettings, postedWith } from "./oauth-flow.ts";
import { appMention, BOT_ID, BOT_USER_ID, eventCallback, send, TEAM_ID } from "./slack-requests.ts";

const SECRET = "test-signing-secret";
const INSTALLED_TOKEN = "xoxb-installed-team";

const fixture = openFixtureBot();
const logger = createLogger(
  "warn",
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  }),
);
let fake: FakeSlackApi;
let slack: RunningSlack;
let base: string;

beforeAll(async () => {
  fake = await FakeSlackApi.start("xoxb-not-this-one");
  const settings = oauthSettings(fake.apiUrl, SECRET);
  slack = await startSlackApp(
    settings,
    { bot: fixture.bot, logger },
    { host: "127.0.0.1", botId: BOT_ID, botUserId: BOT_USER_ID, verifyToken: false },
  );
  base = `http://127.0.0.1:${slack.port}`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

async function install(code: string, token: string): Promise<void> {
  const { status, location, state, cookie } = await beginInstall(base);
  expect(status).toBe(302);
  expect(location.searchParams.get("client_id")).toBe(CLIENT_ID);
  expect(location.searchParams.get("scope")).toContain("commands");
  fake.grantInstall(code, TEAM_ID, token);
  expect(await finishInstall(base, code, state, cookie)).toBe(200);
}

async function mention(text: string, ts: string): Promise<void> {
  const response = await send(
    `${base}/slack/events`,
    eventCallback(`Ev${ts}`, appMention({ text: `<@${BOT_USER_ID}> ${text}`, ts })),
    { secret: SECRET },
  );
  expect(response.status).toBe(200);
}

describe("Slack OAuth installs", () => {
  it("refuses a redirect whose state does not come from this browser's install", async () => {
    const { state } = await beginInstall(base);
    fake.grantInstall("code-forged", TEAM_ID, "xoxb-forged");
    expect(await finishInstall(base, "code-forged", state)).toBeGreaterThanOrEqual(400);
    expect(fake.callsTo("api", "oauth.v2.access")).toHaveLength(0);
  });

  it("installs a workspace and answers its mentions with that workspace's own token", async () => {
    await install("code-1", INSTALLED_TOKEN);
    expect(fake.callsTo("api", "oauth.v2.access")).toHaveLength(1);

    await mention("pathlib", "1700000001.000100");
    const [posted] = await fake.waitFor(postedWith(INSTALLED_TOKEN));
    expect(String(posted?.body.text ?? JSON.stringify(posted?.body.blocks))).toMatch(/3\.4/);
  });

  it("forgets a workspace that uninstalls: its events are no longer answered", async () => {
    const before = fake.calls.filter(postedWith(INSTALLED_TOKEN)).length;
    const uninstalled = await send(
      `${base}/slack/events`,
      eventCallback("EvUninstall", { type: "app_uninstalled", event_ts: "1700000002.000100" }),
      { secret: SECRET },
    );
    expect(uninstalled.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));

    await send(
      `${base}/slack/events`,
      eventCallback("EvAfter", appMention({ text: `<@${BOT_USER_ID}> pathlib`, ts: "1700000003.000100" })),
      { secret: SECRET },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls.filter(postedWith(INSTALLED_TOKEN))).toHaveLength(before);
  });
});
