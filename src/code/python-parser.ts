/**
 * The Python parser: Lezer's grammar, because it parses synchronously (PyVer answers synchronously)
 * and keeps going after syntax errors. Constructs the grammar lacks are recognised around the error
 * nodes they leave (`syntax-walker.ts`) or from the failing line (`line-recognisers.ts`).
 */
import type { Tree } from "@lezer/common";
import { parser } from "@lezer/python";

/** Touches most of the grammar, so the first real question does not pay for a cold parser. */
export const WARM_UP_CODE = `import os
from typing import Any
@decorator(x=1)
class C(Base):
    x: int = 1
    async def f(self, a, /, *args: int, b=2, **kw) -> list[int]:
        if (n := len(a)) > 1 and a is not None:
            return [i async for i in g() if i % 2]
        with open(f"{a!r:>{b}}") as fh, ctx():
            yield from {k: v for k, v in kw.items()}
        try:
            pass
        except* ValueError as e:
            raise RuntimeError("x") from e
        match a:
            case [1, *rest] | {"k": _}:
                pass
type Alias[T] = tuple[T, ...]
print(lambda q: q @ q, 0x1F, 1_000, b"%d" % 1)
`;

let warmedUp = false;

/** Loads and exercises the parser once per process; later calls are free. */
export function warmUpParser(): void {
  if (warmedUp) return;
  warmedUp = true;
  parser.parse(WARM_UP_CODE);
}

export interface ParseResult {
  tree: Tree;
  /** False when the deadline cut the parse short; the tree then covers a prefix of the text. */
  complete: boolean;
}

/**
 * Parses one top-level statement. Error recovery on text that is not Python can take long, so the
 * parse stops at `deadline` (a `performance.now()` time) and keeps what it has.
 */
export function parsePython(text: string, deadline: number): ParseResult {
  warmUpParser();
  const parse = parser.startParse(text);
  let steps = 0;
  let complete = true;
  for (;;) {
    const tree = parse.advance();
    if (tree) return { tree, complete };
    if (complete && ++steps % 256 === 0 && performance.now() > deadline) {
      complete = false;
      parse.stopAt(parse.parsedPos);
    }
  }
}
