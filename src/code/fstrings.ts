/**
 * PEP 701 (Python 3.12) lifted the old f-string limits: the grammar accepts them all, so they show
 * in the contents of a replacement field rather than as a node of their own.
 */
import type { SyntaxNode } from "@lezer/common";
import { type Delimiter, delimiterOf } from "./syntax-nodes.ts";

/**
 * Whether an f-string needs Python 3.12: a replacement field that reuses the enclosing quote,
 * contains a backslash or a comment, or spans lines inside a single-quoted f-string.
 */
export function needsPep701(fstring: SyntaxNode, text: (n: SyntaxNode) => string): boolean {
  const outer = delimiterOf(text(fstring));
  for (let child = fstring.firstChild; child; child = child.nextSibling) {
    if (child.name !== "FormatReplacement") continue;
    if (!outer.triple && text(child).includes("\n")) return true;
    if (fieldNeeds312(child, outer, text)) return true;
  }
  return false;
}

/** Deeper nesting inside one replacement field is machine-made; it is not searched. */
const MAX_DEPTH = 100;

function fieldNeeds312(
  node: SyntaxNode,
  outer: Delimiter,
  text: (n: SyntaxNode) => string,
  depth = 0,
): boolean {
  if (depth > MAX_DEPTH) return false;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    switch (child.name) {
      case "Comment":
        return true;
      case "String":
      case "FormatString": {
        const inner = delimiterOf(text(child));
        if (inner.quote === outer.quote && (!outer.triple || inner.triple)) return true;
        if (hasEscape(child)) return true;
        // The nested f-string's own fields are checked against its quote when the walk reaches it;
        // the outer quote ends the outer string anywhere inside it too (`f"{f'{r["k"]}'}"`).
        if (child.name === "FormatString" && fieldNeeds312(child, outer, text, depth + 1)) return true;
        break;
      }
      default:
        if (fieldNeeds312(child, outer, text, depth + 1)) return true;
    }
  }
  return false;
}

function hasEscape(literal: SyntaxNode): boolean {
  for (let child = literal.firstChild; child; child = child.nextSibling)
    if (child.name === "Escape") return true;
  return false;
}
