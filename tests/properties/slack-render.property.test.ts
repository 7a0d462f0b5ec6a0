import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLACK_LIMITS } from "../../adapters/slack/limits.ts";
import {
  renderAnswer,
  renderHelp,
  renderMoreResults,
  type SlackMessage,
} from "../../adapters/slack/render.ts";
import { tinyBot } from "../fixtures/tiny.ts";
import { anyAnswer, anyQuestion, hasLoneSurrogate, hostileText, longText, stringsIn } from "./hostile.ts";

const bot = tinyBot();
/** A user id Slack issues: the one mention PyVer itself writes ("Asked by <@U…>"). */
const ASKER = "U0ASKER1";
const PYVER_LINK = /<https?:\/\/[^\s<>|]+\|[^<>|]*>/g;

/** Every mrkdwn string of a message: the fallback text, sections and context elements. */
function mrkdwnTexts(message: SlackMessage): string[] {
  return [
    message.text,
    ...message.blocks.flatMap((b) =>
      b.type === "section" ? [b.text.text] : b.type === "context" ? b.elements.map((e) => e.text) : [],
    ),
  ];
}

/**
 * Within every limit of `SLACK_LIMITS`, and nothing from user text can notify: apart from PyVer's own
 * links and the asker's mention, no `<` or `>` is left unescaped, and every `&` starts an entity.
 */
function expectSendable(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textObject);
  for (const block of message.blocks) {
    if (block.type === "section")
      expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === "context") {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textObject);
    }
    if (block.type === "actions") {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      for (const button of block.elements) {
        expect(button.text.text.length).toBeGreaterThan(0);
        expect(button.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect(button.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      }
    }
  }
  expect(mrkdwnTexts(message).join("").length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  for (const text of mrkdwnTexts(message)) {
    const userText = text.replace(PYVER_LINK, "").replaceAll(`<@${ASKER}>`, "");
    expect(userText).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  }
}

const options = fc.record({
  corpusLabel: fc.oneof(fc.constant(bot.corpusLabel), hostileText, longText(5000)),
  version: fc.option(hostileText, { nil: undefined }),
  share: fc.boolean(),
  askedBy: fc.constantFrom(undefined, ASKER, "<!channel>", "U1|x>"),
});
const page = fc.integer({ min: 0, max: 8 });

describe("Slack renderer on any answer", () => {
  it("holds every Slack limit and lets no user text notify anyone, for any answer and its pages", () => {
    fc.assert(
      fc.property(anyAnswer, options, page, (answer, o, at) => {
        expectSendable(renderAnswer(answer, o));
        expectSendable(renderMoreResults(answer, at, o));
      }),
      { numRuns: 100 },
    );
  });

  it("renders any question's answer, and its further results, as sendable well-formed text", () => {
    fc.assert(
      fc.property(anyQuestion, options, page, (question, o, at) => {
        const answer = bot.ask(question);
        for (const message of [
          renderAnswer(answer, { ...o, corpusLabel: bot.corpusLabel }),
          renderMoreResults(answer, at, o),
        ]) {
          expectSendable(message);
          expect(stringsIn(message).filter(hasLoneSurrogate)).toEqual([]);
        }
      }),
      {
        numRuns: 200,
        examples: [
          [
            "<!channel> @everyone <@U123> pathlib",
            { share: true, corpusLabel: "", version: undefined, askedBy: ASKER },
            0,
          ],
        ],
      },
    );
  });

  it("keeps the help within limits for any corpus label", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, longText(5000)), fc.boolean(), (corpusLabel, ephemeral) => {
        expectSendable(renderHelp({ about: corpusLabel, command: "/pyver", ephemeral }));
      }),
      { numRuns: 100 },
    );
  });
});
