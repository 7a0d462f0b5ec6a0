import { describe, expect, it } from "vitest";
import { analyzeCode } from "../../src/code/analyze.ts";

const ids = (code: string): string[] => analyzeCode(code).requirements.map((r) => r.featureId ?? r.api ?? "");

describe("annotations evaluated at run time", () => {
  it("`int | None` in a signature needs 3.10", () => {
    const a = analyzeCode("def f(x: int | None = None) -> str | None:\n    return None\n");
    expect(a.minVersion).toBe("3.10");
    expect(a.requirements[0]).toMatchObject({ featureId: "union-types", line: 1, pep: 604 });
  });

  it("`list[int]` in a signature needs 3.9", () => {
    expect(analyzeCode("def f(xs: list[int]) -> dict[str, int]:\n    pass\n").minVersion).toBe("3.9");
  });

  it("from __future__ import annotations makes `int | None` in a signature free", () => {
    const a = analyzeCode(
      "from __future__ import annotations\n\ndef f(x: int | None, ys: list[int]) -> dict[str, int]:\n    pass\n",
    );
    expect(ids("from __future__ import annotations\ndef f(x: int | None): pass\n")).toEqual([
      "future-annotations",
    ]);
    expect(a.minVersion).toBe("3.7");
  });

  it("from __future__ import annotations itself needs 3.7", () => {
    expect(analyzeCode("from __future__ import annotations\n").requirements[0]).toMatchObject({
      version: "3.7",
      featureId: "future-annotations",
      line: 1,
    });
  });

  it("module-level and class-level variable annotations are evaluated", () => {
    expect(ids("timeout: int | None = None\n")).toContain("union-types");
    expect(ids("class Config:\n    tags: list[str] = []\n")).toContain("builtin-generics");
  });

  it("annotations of local variables are not evaluated", () => {
    expect(ids("def f():\n    x: int | None = None\n    ys: list[int] = []\n")).toEqual([
      "variable-annotations",
    ]);
  });

  it("string annotations are not evaluated", () => {
    expect(analyzeCode('def f(x: "int | None") -> "list[int]":\n    pass\n').requirements).toEqual([]);
  });

  it("unions and generics outside annotations count even under the future import", () => {
    const code =
      "from __future__ import annotations\nOptionalInt = int | None\nisinstance(x, str | bytes)\nIds = list[int]\n";
    expect(ids(code)).toEqual(["union-types", "builtin-generics", "future-annotations"]);
  });

  it("generic library classes in annotations need 3.9 as well", () => {
    expect(analyzeCode("from collections import deque\ndef f(q: deque[int]): pass\n").minVersion).toBe("3.9");
    expect(ids("from collections.abc import Callable\ndef f(cb: Callable[[int], str]): pass\n")).toContain(
      "builtin-generics",
    );
    expect(
      ids("from typing import List, Optional\ndef f(x: List[int], y: Optional[str]): pass\n"),
    ).not.toContain("builtin-generics");
  });

  it("a redefined built-in is not the generic built-in", () => {
    expect(ids("list = MyList\nx = list[int]\n")).not.toContain("builtin-generics");
  });
});
