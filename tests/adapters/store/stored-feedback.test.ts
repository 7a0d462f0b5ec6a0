import type { Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoredFeedbackLog } from "../../../adapters/feedback/stored-feedback.ts";
import { StoredInstallations } from "../../../adapters/slack/stored-installations.ts";
import type { Store } from "../../../adapters/store/store.ts";
import { migratedPGlite, PGLITE_START_MS } from "./pglite.ts";

let store: Store;

beforeAll(async () => {
  store = await migratedPGlite();
}, PGLITE_START_MS);

afterAll(async () => {
  await store?.close();
});

const day = (d: number) => new Date(Date.UTC(2026, 11, d));

describe("feedback in the store", () => {
  it("keeps answers and one vote per person, users only hashed, with one salt for every replica", async () => {
    let now = day(1);
    const replicaA = new StoredFeedbackLog(store, () => now);
    const replicaB = new StoredFeedbackLog(store, () => now);
    const id = await replicaA.asked({
      platform: "slack",
      workspace: "T1",
      user: "U123",
      question: "walrus",
      found: true,
      firstCitation: "https://docs.python.org/3/whatsnew/3.8.html#assignment-expressions",
    });
    await replicaA.vote(id, "U9", true, "slack");
    await replicaB.vote(id, "U9", false, "slack");
    const { asks, votes } = await replicaB.since(day(1));
    expect(asks).toHaveLength(1);
    expect(JSON.stringify(asks)).not.toContain("U123");
    expect(votes.map((v) => v.up)).toEqual([false]);

    now = day(20);
    await replicaA.asked({ platform: "discord", workspace: "G1", user: "1", question: "goto", found: false });
    expect(await replicaA.forget(day(10))).toBe(2);
    expect((await replicaA.since(day(1))).asks.map((a) => a.question)).toEqual(["goto"]);
  });

  it("ignores a vote on an answer it does not keep", async () => {
    const log = new StoredFeedbackLog(store);
    await log.vote("no-such-answer", "U1", true, "slack");
    const { votes } = await log.since(day(1));
    expect(votes.some((v) => v.askId === "no-such-answer")).toBe(false);
  });
});

describe("Slack installations in the store", () => {
  const installation = {
    team: { id: "T0TEAM", name: "Team" },
    enterprise: undefined,
    isEnterpriseInstall: false,
    bot: { token: "xoxb-installed", scopes: ["commands"], id: "B1", userId: "U0PYVER" },
    user: { id: "U0INSTALLER", token: undefined, scopes: undefined },
  } as unknown as Installation;

  it("is fetched by any replica, and deleted when the workspace leaves", async () => {
    await new StoredInstallations(store).storeInstallation(installation);
    const other = new StoredInstallations(store);
    const query = { teamId: "T0TEAM", enterpriseId: undefined, isEnterpriseInstall: false } as const;
    expect((await other.fetchInstallation(query)).bot?.token).toBe("xoxb-installed");
    await other.deleteInstallation(query);
    await expect(other.fetchInstallation(query)).rejects.toThrow(/no Slack installation/);
  });
});
