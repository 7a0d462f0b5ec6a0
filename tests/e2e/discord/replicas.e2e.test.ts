/**
 * "More results" on Discord with paged answers in the shared store: the answer is given by one
 * replica, which then goes away, and the click is handled by another. In memory, the second replica
 * would only say the results had expired.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningAdapter } from "../../../adapters/adapter.ts";
import { NOTES } from "../../../adapters/discord/handlers.ts";
import { PagingStore } from "../../../adapters/discord/paging.ts";
import type { Store } from "../../../adapters/store/store.ts";
import { StoredPagedAnswers } from "../../../adapters/store/stored-paging.ts";
import { migratedPGlite, PGLITE_START_MS } from "../../adapters/store/pglite.ts";
import { type FixtureBot, openFixtureBot } from "../../fixtures/adapter-corpus.ts";
import {
  callbackType,
  FakeDiscord,
  type RecordedRequest,
  sentMessage,
  startAdapterAgainst,
} from "./fake-discord.ts";

const alice = { id: "100000000000000001", username: "alice" };

let fixture: FixtureBot;
let fake: FakeDiscord;
let store: Store;
const logLines: string[] = [];

beforeAll(async () => {
  fixture = openFixtureBot();
  store = await migratedPGlite();
  fake = await FakeDiscord.start();
}, PGLITE_START_MS);

afterAll(async () => {
  await fake?.close();
  await store?.close();
  fixture?.cleanup();
});

function callbackFor(token: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.path.endsWith(`/${token}/callback`));
}

/** Asks "module" on one replica, stops it, and clicks "More results" on the next; returns the reply. */
async function clickOnNextReplica(paging: () => StoredPagedAnswers | PagingStore): Promise<RecordedRequest> {
  const first: RunningAdapter = await startAdapterAgainst(fake, fixture.bot, logLines, { paging: paging() });
  const { token } = fake.command(alice, { query: "module" });
  const answered = sentMessage(await callbackFor(token));
  const more = (answered.components ?? [])
    .flatMap((row) => row.components as { label?: string; custom_id?: string }[])
    .find((b) => b.label === "More results");
  await first.stop();

  const second = await startAdapterAgainst(fake, fixture.bot, logLines, { paging: paging() });
  try {
    return await callbackFor(fake.click(alice, fake.originalOf(token), more?.custom_id ?? "").token);
  } finally {
    await second.stop();
  }
}

describe("Discord replicas sharing paged answers", () => {
  it("pages an answer on a replica other than the one that gave it", async () => {
    const update = await clickOnNextReplica(() => new StoredPagedAnswers(store));
    expect(callbackType(update)).toBe(7);
    expect(sentMessage(update).embeds?.[0]?.footer?.text).toBe("Python 3.4–3.10 release notes · page 2 of 3");
  });

  it("without the store, the other replica can only say the results expired", async () => {
    const note = await clickOnNextReplica(() => new PagingStore());
    expect(sentMessage(note).content).toBe(NOTES.expired);
  });
});
