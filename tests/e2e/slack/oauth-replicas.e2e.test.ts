/**
 * Two replicas of the real Bolt app in OAuth mode sharing one PostgreSQL (an in-process PGlite): a
 * workspace installed through one replica is answered by the other with its own token, and an
 * uninstall that reaches either is honoured by both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logger.ts";
import { type RunningSlack, startSlackApp } from "../../../adapters/slack/index.ts";
import { StoredInstallations } from "../../../adapters/slack/stored-installations.ts";
import type { Store } from "../../../adapters/store/store.ts";
import { migratedPGlite, PGLITE_START_MS } from "../../adapters/store/pglite.ts";
import { openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import { FakeSlackApi } from "./fake-slack-api.ts";
import { beginInstall, finishInstall, oauthSettings, postedWith } from "./oauth-flow.ts";
import { appMention, BOT_ID, BOT_USER_ID, eventCallback, send, TEAM_ID } from "./slack-requests.ts";

const SECRET = "test-signing-secret";
const TOKEN = "xoxb-installed-on-one";

const fixture = openFixtureBot();
const logger = createLogger("silent");
let store: Store;
let fake: FakeSlackApi;
const replicas: RunningSlack[] = [];
const base = (i: number) => `http://127.0.0.1:${replicas[i]?.port}`;

beforeAll(async () => {
  store = await migratedPGlite();
  fake = await FakeSlackApi.start("xoxb-not-this-one");
  const settings = oauthSettings(fake.apiUrl, SECRET);
  for (let i = 0; i < 2; i++)
    replicas.push(
      await startSlackApp(
        settings,
        { bot: fixture.bot, logger, slackInstallations: new StoredInstallations(store) },
        { host: "127.0.0.1", botId: BOT_ID, botUserId: BOT_USER_ID, verifyToken: false },
      ),
    );
}, PGLITE_START_MS);

afterAll(async () => {
  for (const slack of replicas) await slack.stop();
  await fake?.close();
  await store?.close();
});

async function mentionOn(replica: number, ts: string): Promise<void> {
  const event = appMention({ text: `<@${BOT_USER_ID}> pathlib`, ts });
  const response = await send(`${base(replica)}/slack/events`, eventCallback(`Ev${ts}`, event), {
    secret: SECRET,
  });
  expect(response.status).toBe(200);
}

describe("Slack installs shared by replicas", () => {
  it("answers, on the other replica, a workspace installed through one", async () => {
    const { state, cookie } = await beginInstall(base(0));
    fake.grantInstall("code-shared", TEAM_ID, TOKEN);
    expect(await finishInstall(base(0), "code-shared", state, cookie)).toBe(200);

    await mentionOn(1, "1700000010.000100");
    await fake.waitFor(postedWith(TOKEN));
  });

  it("forgets the workspace on both once it uninstalls through either", async () => {
    const uninstalled = await send(
      `${base(1)}/slack/events`,
      eventCallback("EvUninstallShared", { type: "app_uninstalled", event_ts: "1700000011.000100" }),
      { secret: SECRET },
    );
    expect(uninstalled.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    const before = fake.calls.filter(postedWith(TOKEN)).length;
    await mentionOn(0, "1700000012.000100");
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls.filter(postedWith(TOKEN))).toHaveLength(before);
  });
});
