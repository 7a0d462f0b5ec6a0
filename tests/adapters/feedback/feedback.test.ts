import { describe, expect, it } from "vitest";
import { parseButtonId } from "../../../adapters/discord/paging.ts";
import { renderAnswerPage } from "../../../adapters/discord/render.ts";
import { hashUser, MemoryFeedbackLog } from "../../../adapters/feedback/feedback-log.ts";
import { feedbackReport } from "../../../adapters/feedback/report.ts";
import { ACTION_IDS } from "../../../adapters/slack/buttons.ts";
import { renderAnswer } from "../../../adapters/slack/render.ts";
import { PyVer } from "../../../src/index.ts";

const at = (day: number) => new Date(Date.UTC(2026, 11, day));

describe("the feedback log", () => {
  it("keeps users only as a salted hash", async () => {
    const log = new MemoryFeedbackLog("salt", () => at(1));
    await log.asked({ platform: "slack", workspace: "T1", user: "U123", question: "walrus", found: true });
    const { asks } = await log.since(at(1));
    expect(JSON.stringify(asks)).not.toContain("U123");
    expect(asks[0]?.userHash).toBe(hashUser("slack", "U123", "salt"));
    expect(hashUser("slack", "U123", "other salt")).not.toBe(asks[0]?.userHash);
  });

  it("counts one vote per person per answer, the last one", async () => {
    const log = new MemoryFeedbackLog("salt", () => at(1));
    const id = await log.asked({
      platform: "discord",
      workspace: "G1",
      user: "1",
      question: "walrus",
      found: true,
    });
    await log.vote(id, "2", true, "discord");
    await log.vote(id, "2", false, "discord");
    await log.vote(id, "3", false, "discord");
    const { votes } = await log.since(at(1));
    expect(votes.map((v) => v.up)).toEqual([false, false]);
  });

  it("forgets what is past retention", async () => {
    let now = at(1);
    const log = new MemoryFeedbackLog("salt", () => now);
    await log.asked({ platform: "slack", workspace: "T1", user: "U1", question: "old", found: false });
    now = at(20);
    await log.asked({ platform: "slack", workspace: "T1", user: "U1", question: "new", found: false });
    expect(await log.forget(at(10))).toBe(1);
    expect((await log.since(at(1))).asks.map((a) => a.question)).toEqual(["new"]);
  });
});

describe("the feedback report", () => {
  it("lists the most asked unanswered questions and the most down-voted answers as Markdown", async () => {
    const log = new MemoryFeedbackLog("salt", () => at(2));
    for (const q of ["does python have goto?", "Does Python have goto", "kubernetes"])
      await log.asked({ platform: "slack", workspace: "T1", user: "U1", question: q, found: false });
    const id = await log.asked({
      platform: "discord",
      workspace: "G1",
      user: "1",
      question: "PEP 563",
      found: true,
      firstCitation: "https://docs.python.org/3/whatsnew/3.11.html#pep-563",
    });
    await log.vote(id, "2", false, "discord");
    await log.vote(id, "3", false, "discord");
    const { asks, votes } = await log.since(at(1));
    const report = feedbackReport(asks, votes, { days: 30 });
    expect(report).toContain("# PyVer feedback, last 30 days");
    expect(report).toMatch(/\| 2 \| does python have goto\? \| slack \|/);
    expect(report).toMatch(
      /\| 2 \| 0 \| PEP 563 \| https:\/\/docs\.python\.org\/3\/whatsnew\/3\.11\.html#pep-563 \|/,
    );
  });
});

describe("vote buttons", () => {
  const bot = PyVer.open({ cache: false });
  const answer = bot.ask("walrus operator");

  it("go under a Slack answer that found something, carrying the kept answer's id", () => {
    const message = renderAnswer(answer, { corpusLabel: "notes", share: false, feedbackId: "ask-1" });
    const buttons = message.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.filter((b) => b.value === "ask-1").map((b) => b.action_id)).toEqual([
      ACTION_IDS.voteUp,
      ACTION_IDS.voteDown,
    ]);
    expect(JSON.stringify(renderAnswer(answer, { corpusLabel: "notes", share: false }))).not.toContain(
      "vote",
    );
  });

  it("go under a Discord answer, and their ids read back as votes", () => {
    const page = renderAnswerPage(answer, 0, { corpusLabel: "notes", ephemeral: false, feedbackId: "ask-1" });
    const ids = (page.components ?? []).flatMap((row) =>
      row.components.map((c) => ("custom_id" in c ? c.custom_id : "")),
    );
    expect(ids.map((id) => parseButtonId(id))).toEqual([
      { kind: "vote", id: "ask-1", up: true },
      { kind: "vote", id: "ask-1", up: false },
    ]);
  });
});
