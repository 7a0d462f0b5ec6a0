import { describe, expect, it } from "vitest";
import { PyVer } from "../../src/pyver.ts";

const bot = PyVer.open({ cache: false, now: () => new Date("2026-12-04T12:00:00Z") });

const fence = (code: string): string => `\`\`\`python\n${code}\n\`\`\``;
const walrus = fence("if (n := len(a)) > 3:\n    pass");

describe("PyVer.ask with pasted code", () => {
  it("gives the minimum version the code needs, with the construct and its line", () => {
    const a = bot.ask(fence("match x:\n    case _:\n        pass"));
    expect(a.found).toBe(true);
    expect(a.version).toBe("3.10");
    expect(a.answer).toMatch(/^Needs Python 3\.10 or later: /);
    expect(a.answer).toContain("`match` statement (line 1, PEP 634)");
    expect(a.citations[0]?.version).toBe("3.10");
  });

  it("says yes when the version asked about is recent enough", () => {
    const a = bot.ask(`does this run on 3.8?\n${walrus}`);
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^Yes — Python 3\.8 runs it\. Needs Python 3\.8 or later: /);
    expect(a.answer).toContain("`:=` (line 1, PEP 572)");
  });

  it("says no when the version asked about is too old", () => {
    const a = bot.ask(`does this run on 3.7?\n${walrus}`);
    expect(a.version).toBe("3.8");
    expect(a.answer).toMatch(/^No — not on Python 3\.7\. Needs Python 3\.8 or later: /);
  });

  it("reads the question after the code as well as before it", () => {
    expect(bot.ask(`${walrus}\ndoes this run on 3.7?`).answer).toMatch(/^No — not on Python 3\.7\./);
  });

  it("says nothing of a Python 3 release for code that dates nothing, run on Python 2", () => {
    const a = bot.ask(
      `Why is this False? I am using Python 2.5.2\n${fence("a = 257\nb = 257\nprint(a is b)")}`,
    );
    expect(a.answer).not.toMatch(/runs on Python 2\.5/);
    expect(a.found).toBe(false);
  });

  it("recognises Python 2 code, which no Python 3 runs", () => {
    const a = bot.ask(fence('print "hi"'));
    expect(a.found).toBe(true);
    expect(a.version).toBe("3.0");
    expect(a.answer).toMatch(/^This is Python 2 code: the `print` statement \(line 1, PEP 3105\)/);
    expect(bot.ask(`does this run on 3.12?\n${fence('print "hi"')}`).answer).toMatch(
      /^No — this is Python 2 code, and Python 3\.12 rejects it/,
    );
  });

  it("leaves code to a feature the prose names with its own release", () => {
    const a = bot.ask(
      "the add-on crashes on Python 3.8 due to usage of the Python 3.9+ dictionary merge operator (dict | dict)",
    );
    expect(a.version).toBe("3.9");
    expect(a.answer).toMatch(/dict union operator/);
  });

  it("says code only Python 3 parses, reported as a syntax error, was run by Python 2", () => {
    const a = bot.ask(
      "I'm getting a syntax error when running the script: `def run(cmd, args={}, *, codes=[]):` any idea?",
    );
    expect(a.version).toBe("3.0");
    expect(a.answer).toMatch(/^Python 2 rejected this: it uses Python 3 syntax — keyword-only parameters/);
    expect(bot.ask("does `def run(cmd, *, codes=[]):` run on 3.5?").answer).toMatch(/^Yes/);
  });

  it("says a name a later release removed bounds the code from above", () => {
    const a = bot.ask(fence("import time\nx = time.clock()"));
    expect(a.version).toBe("3.8");
    expect(a.answer).toBe(
      "`time.clock` (line 2) was removed in Python 3.8, so this code runs only on Python 3.7 or older.",
    );
    expect(a.citations[0]?.version).toBe("3.8");
    expect(bot.ask(`does this run on 3.12?\n${fence("import imp\nimp.reload(m)")}`).answer).toMatch(
      /^No — not on Python 3\.12\. `imp` \(line 1\) was removed in Python 3\.12/,
    );
    expect(bot.ask(`does this run on 3.7?\n${fence("import time\nx = time.clock()")}`).answer).toMatch(
      /^Yes — Python 3\.7 runs it, but no release from 3\.8 on does\./,
    );
  });

  it("says code using a name later made a keyword runs only before that release", () => {
    for (const code of [
      "def async(self):\n    pass",
      "from django_q.tasks import async",
      "asyncio.async(coro())",
    ]) {
      const a = bot.ask(fence(code));
      expect(a.version).toBe("3.7");
      expect(a.answer).toMatch(/^This code runs only on Python 3\.6 or older: `async` and `await`/);
    }
    expect(bot.ask(fence("async def f():\n    await g()\n    x = {'async': 1}")).version).toBe("3.5");
  });

  it("says code that needs nothing new runs on any Python 3", () => {
    const a = bot.ask(fence("x = 1\nprint(x + 2)"));
    expect(a.found).toBe(true);
    expect(a.version).toBe("3.0");
    expect(a.answer).toBe("Nothing in this code needs a release after Python 3.0: it runs on any Python 3.");
    expect(a.citations[0]?.version).toBe("3.0");
  });
});
