import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeCode, warmUpCodeAnalysis } from "../../src/code/analyze.ts";

/** Deterministic pseudo-random bytes, so the noise is the same on every run. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** Lines of ordinary modern Python, repeated to any length. */
const MODULE = [
  "import os",
  "from dataclasses import dataclass, field",
  "",
  "",
  "@dataclass",
  "class Item:",
  '    """An entry of the inventory."""',
  "    name: str",
  "    tags: list = field(default_factory=list)",
  "",
  "    def label(self, prefix=''):",
  "        parts = [prefix, self.name] + [t.upper() for t in self.tags if t]",
  '        return " ".join(p for p in parts if p)',
  "",
  "",
  "def load(path):",
  "    with open(path) as fh:",
  "        for line in fh:",
  "            if not line.strip() or line.startswith('#'):",
  "                continue",
  "            yield Item(*line.split(',', 1))",
  "",
];

describe("robustness", () => {
  it("broken code still yields the requirements the parser can see", () => {
    const a = analyzeCode("def f(:\n    pass\nx = 1 +\nmatch y:\n    case 1:\n        pass\n");
    expect(a.minVersion).toBe("3.10");
    expect(a.requirements[0]?.line).toBe(4);
    expect(a.syntaxErrors).toEqual([1, 3]);
    expect(a.notCode).toBe(false);
  });

  it("10,000 lines are analysed", () => {
    const lines: string[] = [];
    while (lines.length < 9_998) lines.push(...MODULE);
    lines.length = 9_998;
    lines.push("if (n := len(lines)) > 1:", "    print(n)");
    const a = analyzeCode(lines.join("\n"));
    expect(a.requirements.map((r) => [r.featureId ?? r.api, r.line])).toEqual([
      ["walrus", 9_999],
      ["dataclasses", 2],
      ["dataclasses.dataclass", 2],
      ["dataclasses.field", 2],
      ["variable-annotations", 8],
    ]);
    expect(a.syntaxErrors).toEqual([]);
    expect(a.stoppedAtLine).toBeUndefined();
  });

  it("binary noise is not code", () => {
    const bytes = noise(200_000, 7);
    for (const text of [new TextDecoder("latin1").decode(bytes), new TextDecoder().decode(bytes)]) {
      expect(analyzeCode(text)).toEqual({ requirements: [], python2: [], syntaxErrors: [], notCode: true });
    }
    expect(analyzeCode("\u0000\u0001\u0002\u0003").notCode).toBe(true);
  });

  it("prose is not code", () => {
    expect(analyzeCode("which version added the walrus operator?").notCode).toBe(true);
    expect(analyzeCode("Is math.prod available in 3.7? I need it for a script.").notCode).toBe(true);
    const essay = "The quick brown fox asks which version of Python added this feature.\n".repeat(5_000);
    expect(analyzeCode(essay).notCode).toBe(true);
  });

  it("text that is mostly parse errors is not code", () => {
    const c = 'int main(void) {\n    printf("%d\\n", 42);\n    return 0;\n}\n'.repeat(200);
    expect(analyzeCode(c).notCode).toBe(true);
  });

  it("deeper bracket nesting than CPython accepts is not code", () => {
    expect(analyzeCode(`x = ${"(".repeat(5_000)}1${")".repeat(5_000)}\n`).notCode).toBe(true);
  });

  it("empty input is empty code", () => {
    expect(analyzeCode("")).toEqual({ requirements: [], python2: [], syntaxErrors: [], notCode: false });
    expect(analyzeCode(" \n\t\n").notCode).toBe(false);
  });

  it("stops parsing text too costly to finish, and says where", () => {
    const a = analyzeCode(`x = 1\n${"a b:c ".repeat(20_000)}\n`, { budgetMs: 0 });
    expect(a.stoppedAtLine).toBeGreaterThanOrEqual(1);
  });

  it("warming up twice is harmless", () => {
    warmUpCodeAnalysis();
    warmUpCodeAnalysis();
    expect(analyzeCode("x = 1_0").minVersion).toBe("3.6");
  });

  it("never throws, whatever the text", () => {
    const piece = fc.constantFrom(
      "def f(",
      "):",
      "\n    ",
      "\n",
      "match x:",
      "case _:",
      'f"{',
      "}",
      '"""',
      "'",
      "`",
      "\\",
      "(",
      "[",
      "{",
      "*",
      "@",
      ":=",
      "t'",
      "except*",
      "print ",
      "async ",
      "lambda /:",
      "type X[T = int] =",
      "\u0000",
      "\uFFFD",
      "😀",
    );
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.array(piece, { maxLength: 60 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (source) => {
        const a = analyzeCode(source);
        expect(Array.isArray(a.requirements)).toBe(true);
        expect(a.requirements.every((r) => r.line >= 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
