/** Reads an `import` statement's tree into what it imports and the names it binds. */
import type { SyntaxNode } from "@lezer/common";
import type { ImportUse } from "./findings.ts";
import { childrenOf } from "./syntax-nodes.ts";

export interface ImportRead {
  /** The module of a `from` import. */
  module?: string;
  relative: boolean;
  /** The names a `from` import takes (empty for `import *`). */
  names?: { name: string; local: string }[];
  /** One entry per module named, without line and guard. */
  uses: Omit<ImportUse, "line" | "guarded">[];
  /** Names the statement binds. */
  locals: string[];
}

export function readImport(node: SyntaxNode, text: (n: SyntaxNode) => string): ImportRead {
  const children = childrenOf(node);
  /** A dotted name starting at `start`, and the index after it. */
  const dotted = (start: number): { name: string; next: number } => {
    const parts: string[] = [];
    let i = start;
    while (children[i]?.name === "VariableName") {
      parts.push(text(children[i] as SyntaxNode));
      if (children[i + 1]?.name !== ".") {
        i++;
        break;
      }
      i += 2;
    }
    return { name: parts.join("."), next: i };
  };
  /** The name after `as` at index `i`, if there is one. */
  const alias = (i: number): string | undefined => {
    const target = children[i + 1];
    return children[i]?.name === "as" && target ? text(target) : undefined;
  };

  if (children[0]?.name === "import") {
    const uses: ImportRead["uses"] = [];
    for (let i = 1; i < children.length; i++) {
      const { name, next } = dotted(i);
      i = next;
      if (!name) continue;
      const local = alias(i) ?? name.split(".")[0] ?? name;
      if (alias(i)) i += 2;
      uses.push({ module: name, relative: false, local });
    }
    return { relative: false, uses, locals: uses.map((u) => u.local ?? "") };
  }

  let i = 1;
  let relative = false;
  while (children[i]?.name === "." || children[i]?.name === "Ellipsis") {
    relative = true;
    i++;
  }
  const { name: module, next } = dotted(i);
  i = next;
  while (i < children.length && children[i]?.name !== "import") i++;
  const names: { name: string; local: string }[] = [];
  for (i++; i < children.length; i++) {
    const child = children[i];
    if (child?.name !== "VariableName") continue;
    const name = text(child);
    const local = alias(i + 1) ?? name;
    if (alias(i + 1)) i += 2;
    names.push({ name, local });
  }
  return {
    module,
    relative,
    names,
    uses: [{ module, relative, names }],
    locals: names.map((n) => n.local),
  };
}
