import { describe, expect, it } from "vitest";
import { ACTION_IDS, decodeMoreResults, decodeShare } from "../../../adapters/slack/buttons.ts";
import { PRESENTATION, SLACK_LIMITS } from "../../../adapters/slack/limits.ts";
import {
  type Block,
  furtherResults,
  renderAnswer,
  renderHelp,
  renderMoreResults,
  type SlackMessage,
  withinLimits,
} from "../../../adapters/slack/render.ts";
import type { Answer, Citation, Hit } from "../../../src/answer/answer.ts";
import { ISQRT_FACT } from "../../fixtures/api-fact.ts";

const LABEL = "Python 3.4 release notes";

function citation(section: string, anchor = section, version = "3.4"): Citation {
  return {
    version,
    title: `What's New in Python ${version}`,
    section,
    url: `https://docs.python.org/3/whatsnew/${version}.html#${anchor}`,
    source: `python-${version}.md`,
  };
}

function hit(section: string, anchor = section): Hit {
  return {
    ...citation(section, anchor),
    headings: ["What's New in Python 3.4", section],
    snippet: `About ${section}.`,
    score: 1,
  };
}

function answerWith(overrides: Partial<Answer> = {}): Answer {
  return {
    query: "pathlib",
    found: true,
    kind: "feature",
    answer: "pathlib — new in Python 3.4 (PEP 428). Object-oriented filesystem paths.",
    version: "3.4",
    citations: [citation("pathlib (PEP 428)", "pathlib")],
    hits: [hit("pathlib (PEP 428)", "pathlib")],
    suggestions: [],
    ...overrides,
  };
}

const sections = (m: SlackMessage) => m.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : []));
const contexts = (m: SlackMessage) =>
  m.blocks.flatMap((b) => (b.type === "context" ? b.elements.map((e) => e.text) : []));
const buttons = (m: SlackMessage) => m.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));

describe("renderAnswer", () => {
  it("puts the short answer in a section and the citations as links in a context block", () => {
    const message = renderAnswer(answerWith(), { corpusLabel: LABEL, share: false });
    expect(message.blocks[0]).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "pathlib — new in Python 3.4 (PEP 428). Object-oriented filesystem paths.",
      },
    });
    expect(message.blocks[1]).toEqual({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "<https://docs.python.org/3/whatsnew/3.4.html#pathlib|Python 3.4 › pathlib (PEP 428)>",
        },
      ],
    });
    expect(message.text).toBe("pathlib — new in Python 3.4 (PEP 428). Object-oriented filesystem paths.");
  });

  it("quotes the question and names the corpus in the footer", () => {
    const message = renderAnswer(answerWith(), { corpusLabel: LABEL, share: false });
    expect(contexts(message)).toEqual(expect.arrayContaining(["“pathlib”", `PyVer · ${LABEL}`]));
  });

  it("credits the asker when posting on their behalf", () => {
    const message = renderAnswer(answerWith(), { corpusLabel: LABEL, share: false, askedBy: "U0ASKER" });
    expect(contexts(message)).toContain("Asked by <@U0ASKER>: “pathlib”");
  });

  it("offers Share in channel, carrying the question and version, only when asked to and something was found", () => {
    const shared = renderAnswer(answerWith(), { corpusLabel: LABEL, share: true, version: "3.4" });
    const share = buttons(shared).find((b) => b.action_id === ACTION_IDS.share);
    expect(share?.text.text).toBe("Share in channel");
    expect(decodeShare(share?.value)).toEqual({ q: "pathlib", v: "3.4" });

    expect(buttons(renderAnswer(answerWith(), { corpusLabel: LABEL, share: false }))).toEqual([]);
    const notFound = answerWith({ found: false, kind: "not-found", citations: [], hits: [] });
    expect(buttons(renderAnswer(notFound, { corpusLabel: LABEL, share: true }))).toEqual([]);
  });

  it("offers More results, from page 0, only when there are results the answer does not cite", () => {
    const more = answerWith({ hits: [hit("pathlib (PEP 428)", "pathlib"), hit("enum (PEP 435)")] });
    const button = buttons(renderAnswer(more, { corpusLabel: LABEL, share: false }))[0];
    expect(button?.text.text).toBe("More results");
    expect(decodeMoreResults(button?.value)).toEqual({ q: "pathlib", p: 0 });
    expect(buttons(renderAnswer(answerWith(), { corpusLabel: LABEL, share: false }))).toEqual([]);
  });

  it("escapes the question and the answer, so typed <!channel> or <@U…> notifies nobody", () => {
    const answer = answerWith({
      query: "<!channel> <@U999> a&b",
      answer: "I found nothing about “<!here>”.",
    });
    const message = renderAnswer(answer, { corpusLabel: LABEL, share: false, askedBy: "U0ASKER" });
    expect(message.text).toBe("I found nothing about “&lt;!here&gt;”.");
    expect(sections(message)[0]).toBe("I found nothing about “&lt;!here&gt;”.");
    expect(contexts(message)).toContain("Asked by <@U0ASKER>: “&lt;!channel&gt; &lt;@U999&gt; a&amp;b”");
  });

  it("lists suggestions under a not-found answer, escaped", () => {
    const answer = answerWith({ found: false, answer: "Nothing.", suggestions: ["pathlib", "<tricky>"] });
    expect(sections(renderAnswer(answer, { corpusLabel: LABEL, share: false }))[0]).toBe(
      "Nothing.\nDid you mean: pathlib, &lt;tricky&gt;?",
    );
  });

  it("links a citation without a URL as text", () => {
    const answer = answerWith({ citations: [{ ...citation("Notes"), version: "", url: "" }] });
    expect(contexts(renderAnswer(answer, { corpusLabel: LABEL, share: false }))[0]).toBe(
      "What's New in Python 3.4 › Notes",
    );
  });
});

describe("renderAnswer within Slack's limits", () => {
  const sectionOf = (text: string) =>
    sections(renderAnswer(answerWith({ answer: text }), { corpusLabel: LABEL, share: false }))[0];

  it("renders an empty answer as an empty section", () => {
    expect(sectionOf("")).toBe("");
  });

  it("keeps an answer exactly SLACK_LIMITS.sectionText long and cuts one a character longer", () => {
    const atLimit = "a".repeat(SLACK_LIMITS.sectionText);
    expect(sectionOf(atLimit)).toBe(atLimit);
    expect(sectionOf(`${atLimit}a`)).toHaveLength(SLACK_LIMITS.sectionText);
    expect(sectionOf(`${atLimit}a`)).toMatch(/…$/);
  });

  it("shows no citation block when there are none", () => {
    const message = renderAnswer(answerWith({ citations: [] }), { corpusLabel: LABEL, share: false });
    expect(contexts(message).some((t) => t.startsWith("<https://"))).toBe(false);
  });

  it("shows exactly SLACK_LIMITS.contextElements citations, and no more when there is one over", () => {
    const cites = (n: number) => Array.from({ length: n }, (_, i) => citation(`s${i}`));
    const links = (n: number) =>
      contexts(
        renderAnswer(answerWith({ citations: cites(n) }), { corpusLabel: LABEL, share: false }),
      ).filter((t) => t.startsWith("<https://"));
    expect(links(SLACK_LIMITS.contextElements)).toHaveLength(SLACK_LIMITS.contextElements);
    expect(links(SLACK_LIMITS.contextElements + 1)).toHaveLength(SLACK_LIMITS.contextElements);
  });

  it("stays within the message budget even with the longest answer and longest links", () => {
    const longUrl = `https://docs.python.org/${"a".repeat(PRESENTATION.linkUrl - 30)}`;
    const citations = Array.from({ length: 20 }, (_, i) => ({
      ...citation("x".repeat(500)),
      url: `${longUrl}${i}`,
    }));
    const message = renderAnswer(
      answerWith({ answer: "&".repeat(5000), query: "<".repeat(500), citations }),
      { corpusLabel: LABEL, share: true },
    );
    expect(totalText(message)).toBeLessThanOrEqual(PRESENTATION.messageBudget);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(buttons(message).map((b) => b.text.text)).toContain("Share in channel");
  });
});

function totalText(message: SlackMessage): number {
  return (
    message.text.length +
    sections(message).join("").length +
    contexts(message).join("").length +
    buttons(message).reduce((n, b) => n + b.text.text.length, 0)
  );
}

describe("withinLimits", () => {
  const section = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });

  it("keeps an empty message empty", () => {
    expect(withinLimits({ text: "", blocks: [] })).toEqual({ text: "", blocks: [] });
  });

  it("keeps exactly SLACK_LIMITS.blocks blocks and drops the one over", () => {
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => section(`b${i}`));
    expect(withinLimits({ text: "", blocks: blocks(SLACK_LIMITS.blocks) }).blocks).toHaveLength(
      SLACK_LIMITS.blocks,
    );
    const over = withinLimits({ text: "", blocks: blocks(SLACK_LIMITS.blocks + 1) }).blocks;
    expect(over).toHaveLength(SLACK_LIMITS.blocks);
    expect(over.at(-1)).toEqual(section(`b${SLACK_LIMITS.blocks - 1}`));
  });

  it("keeps text exactly at the message budget and leaves out the section one character over", () => {
    const budget = PRESENTATION.messageBudget;
    const fallback = "t".repeat(budget - 2000);
    const at = withinLimits({ text: fallback, blocks: [section("a".repeat(2000))] });
    expect(at.blocks).toHaveLength(1);
    const over = withinLimits({ text: fallback, blocks: [section("a".repeat(2001)), section("fits")] });
    expect(over.blocks).toEqual([section("fits")]);
  });

  it("always keeps the buttons, reserving their room first", () => {
    const actions: Block = {
      type: "actions",
      elements: [
        { type: "button", action_id: "x", text: { type: "plain_text", text: "More results" }, value: "{}" },
      ],
    };
    const blocks = [...Array.from({ length: SLACK_LIMITS.blocks }, () => section("s")), actions];
    const kept = withinLimits({ text: "", blocks }).blocks;
    expect(kept).toHaveLength(SLACK_LIMITS.blocks);
    expect(kept.at(-1)).toEqual(actions);
  });
});

describe("renderMoreResults", () => {
  const many = answerWith({
    query: "module",
    citations: [citation("c0")],
    hits: ["c0", ...Array.from({ length: 7 }, (_, i) => `r${i}`)].map((s) => hit(s)),
  });

  it("pages through the results the answer does not cite, PRESENTATION.resultsPerPage at a time", () => {
    expect(furtherResults(many).map((h) => h.section)).toEqual(["r0", "r1", "r2", "r3", "r4", "r5", "r6"]);
    const first = renderMoreResults(many, 0, {});
    expect(contexts(first)[0]).toBe("More results for “module” (page 1 of 2)");
    expect(sections(first)).toHaveLength(PRESENTATION.resultsPerPage);
    expect(sections(first)[0]).toBe(
      "*<https://docs.python.org/3/whatsnew/3.4.html#r0|Python 3.4 › r0>*\nAbout r0.",
    );
    expect(decodeMoreResults(buttons(first)[0]?.value)).toEqual({ q: "module", p: 1 });

    const last = renderMoreResults(many, 1, {});
    expect(sections(last)).toHaveLength(2);
    expect(buttons(last)).toEqual([]);
  });

  it("carries the version to the next page", () => {
    expect(decodeMoreResults(buttons(renderMoreResults(many, 0, { version: "3.4" }))[0]?.value)).toEqual({
      q: "module",
      v: "3.4",
      p: 1,
    });
  });

  it("says so when a page is past the last result", () => {
    expect(sections(renderMoreResults(many, 5, {}))).toEqual(["No more results for “module”."]);
  });

  it("cuts a long extract so its result stays within SLACK_LIMITS.sectionText", () => {
    const long = answerWith({
      citations: [],
      hits: [{ ...hit("r"), snippet: "<".repeat(SLACK_LIMITS.sectionText) }],
    });
    const [text] = sections(renderMoreResults(long, 0, {}));
    expect(text?.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(text).not.toContain("<<");
  });
});

const ABOUT =
  "PyVer answers from the official What's New notes of Python 3.0–3.14, updated December 4, 2026, with links to the exact section.";

describe("renderHelp", () => {
  it("explains the command with examples, mentions and DMs, and how visibility works", () => {
    const [text] = sections(renderHelp({ about: ABOUT, command: "/pyver", ephemeral: true }));
    expect(text?.startsWith(ABOUT)).toBe(true);
    expect(text).toContain("`/pyver pathlib`");
    expect(text).toContain("`/pyver what's new in 3.12`");
    expect(text).toContain("mention me");
    expect(text).toContain("Share in channel");
    const [publicText] = sections(renderHelp({ about: ABOUT, command: "/pyver", ephemeral: false }));
    expect(publicText).toContain("posted in the channel");
  });
});

describe("API facts", () => {
  const isqrt = ISQRT_FACT;

  it("links the fact first in the context block, before the citations", () => {
    const message = renderAnswer(answerWith({ api: isqrt }), { corpusLabel: LABEL, share: false });
    expect(contexts(message)[0]).toBe(
      "<https://docs.python.org/3/library/math.html#math.isqrt|math.isqrt — new in Python 3.8>",
    );
    expect(contexts(message)[1]).toContain("pathlib");
  });

  it("says where a Python 2 name went", () => {
    const api = {
      ...isqrt,
      name: "urllib2",
      kind: "module" as const,
      addedIn: "2.0",
      movedTo: "urllib.request",
    };
    const message = renderAnswer(answerWith({ api }), { corpusLabel: LABEL, share: false });
    expect(contexts(message)[0]).toContain("urllib2 — Python 2 only; now urllib.request");
  });
});
