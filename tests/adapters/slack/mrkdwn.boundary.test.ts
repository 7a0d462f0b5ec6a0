import { describe, expect, it } from "vitest";
import { PRESENTATION } from "../../../adapters/slack/limits.ts";
import {
  escapeMrkdwn,
  fitMrkdwn,
  fitPlain,
  mrkdwnLink,
  unescapeSlack,
  userMention,
} from "../../../adapters/slack/mrkdwn.ts";

describe("escapeMrkdwn", () => {
  it("turns &, < and > into entities, so Slack's special syntax is shown as typed", () => {
    expect(escapeMrkdwn("<!channel> & <@U123> > <!here>")).toBe(
      "&lt;!channel&gt; &amp; &lt;@U123&gt; &gt; &lt;!here&gt;",
    );
  });

  it("escapes an entity-looking text again instead of trusting it", () => {
    expect(escapeMrkdwn("&lt;")).toBe("&amp;lt;");
  });

  it("leaves other text, including mrkdwn emphasis, alone", () => {
    expect(escapeMrkdwn("*bold* `code` — 3.4")).toBe("*bold* `code` — 3.4");
  });
});

describe("unescapeSlack", () => {
  it("gives back what was typed from Slack's entities, in one pass", () => {
    expect(unescapeSlack("a &lt; b &amp;&amp; c &gt; d &amp;lt;")).toBe("a < b && c > d &lt;");
  });

  it("leaves other entities as they are", () => {
    expect(unescapeSlack("&quot;x&quot;")).toBe("&quot;x&quot;");
  });
});

describe("fitMrkdwn at a limit", () => {
  const max = 10;

  it("keeps empty text empty", () => {
    expect(fitMrkdwn("", max)).toBe("");
  });

  it("keeps text exactly at the limit whole", () => {
    expect(fitMrkdwn("a".repeat(max), max)).toBe("a".repeat(max));
  });

  it("cuts text one over the limit to the limit, ending with an ellipsis", () => {
    const cut = fitMrkdwn("a".repeat(max + 1), max);
    expect(cut).toBe(`${"a".repeat(max - 1)}…`);
    expect(cut).toHaveLength(max);
  });

  it("counts the escaped length: one & more than fits is cut, never leaving half an entity", () => {
    expect(fitMrkdwn("aaaaa&", max)).toBe("aaaaa&amp;");
    expect(fitMrkdwn("aaaaaa&", max)).toBe("aaaaa…");
  });

  it("never splits a surrogate pair", () => {
    const cut = fitMrkdwn("🐍".repeat(max), max);
    expect(cut).toBe(`${"🐍".repeat(4)}…`);
    expect(cut.length).toBeLessThanOrEqual(max);
  });

  it("returns nothing when not even the ellipsis fits", () => {
    expect(fitMrkdwn("abc", 0)).toBe("");
  });
});

describe("fitPlain at a limit", () => {
  it("keeps empty, keeps exactly-at-limit, cuts one over; does not escape", () => {
    expect(fitPlain("", 5)).toBe("");
    expect(fitPlain("<&>ab", 5)).toBe("<&>ab");
    expect(fitPlain("<&>abc", 5)).toBe("<&>a…");
  });
});

describe("mrkdwnLink", () => {
  it("links a URL with a label: <url|label>", () => {
    expect(mrkdwnLink("https://docs.python.org/3/whatsnew/3.4.html#pathlib", "Python 3.4 › pathlib")).toBe(
      "<https://docs.python.org/3/whatsnew/3.4.html#pathlib|Python 3.4 › pathlib>",
    );
  });

  it("makes | and > in the label safe, so the label cannot end the link early", () => {
    expect(mrkdwnLink("https://x.org/", "a|b>c<d&e")).toBe("<https://x.org/|a¦b&gt;c&lt;d&amp;e>");
  });

  it("encodes <, > and | in the URL and writes & as an entity", () => {
    expect(mrkdwnLink("https://x.org/?a=1&b=<2>|3", "l")).toBe("<https://x.org/?a=1&amp;b=%3C2%3E%7C3|l>");
  });

  it("shows the label alone for a URL that is empty, not http(s), or holds whitespace", () => {
    for (const url of ["", "javascript:alert(1)", "https://x.org/a b", "<!channel>"]) {
      expect(mrkdwnLink(url, "Python 3.4 › pathlib")).toBe("Python 3.4 › pathlib");
    }
  });

  it("links a URL exactly PRESENTATION.linkUrl long, not one a character longer", () => {
    const base = "https://x.org/";
    const atLimit = base + "a".repeat(PRESENTATION.linkUrl - base.length);
    expect(mrkdwnLink(atLimit, "l")).toBe(`<${atLimit}|l>`);
    expect(mrkdwnLink(`${atLimit}a`, "l")).toBe("l");
  });

  it("keeps a label exactly PRESENTATION.linkLabel long and cuts one a character longer", () => {
    const atLimit = "a".repeat(PRESENTATION.linkLabel);
    expect(mrkdwnLink("https://x.org/", atLimit)).toBe(`<https://x.org/|${atLimit}>`);
    expect(mrkdwnLink("https://x.org/", `${atLimit}a`)).toBe(
      `<https://x.org/|${"a".repeat(PRESENTATION.linkLabel - 1)}…>`,
    );
  });
});

describe("userMention", () => {
  it("mentions a Slack user id, and refuses anything else", () => {
    expect(userMention("U0ASKER")).toBe("<@U0ASKER>");
    expect(userMention("W012ABC")).toBe("<@W012ABC>");
    expect(userMention("!channel")).toBe("someone");
    expect(userMention("U1><!here")).toBe("someone");
    expect(userMention("")).toBe("someone");
  });
});
