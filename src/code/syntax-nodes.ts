/** Small readers over Lezer's Python syntax nodes. */
import type { SyntaxNode } from "@lezer/common";

export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

export function hasChild(node: SyntaxNode, name: string): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.name === name) return true;
  return false;
}

/** Lezer marks unparsable stretches with error nodes named "⚠". */
export function isError(node: SyntaxNode): boolean {
  return node.type.isError;
}

export interface Delimiter {
  prefix: string;
  quote: string;
  triple: boolean;
}

/** The prefix letters and quotes a string literal opens with (`rb'''` → rb, ', triple). */
export function delimiterOf(literal: string): Delimiter {
  let i = 0;
  while (i < literal.length && /[A-Za-z]/.test(literal[i] ?? "")) i++;
  const quote = literal[i] ?? '"';
  return { prefix: literal.slice(0, i).toLowerCase(), quote, triple: literal.startsWith(quote.repeat(3), i) };
}

/** Built-in types a literal's methods belong to. */
export function literalType(node: SyntaxNode, text: (n: SyntaxNode) => string): string | undefined {
  switch (node.name) {
    case "String":
      return delimiterOf(text(node)).prefix.includes("b") ? "bytes" : "str";
    case "FormatString":
      return "str";
    case "ContinuedString":
      return node.firstChild ? literalType(node.firstChild, text) : undefined;
    case "DictionaryExpression":
    case "DictionaryComprehensionExpression":
      return "dict";
    case "ArrayExpression":
    case "ArrayComprehensionExpression":
      return "list";
    case "SetExpression":
    case "SetComprehensionExpression":
      return "set";
    case "TupleExpression":
      return "tuple";
    case "Number": {
      const value = text(node).toLowerCase();
      if (value.endsWith("j")) return "complex";
      if (/^0[box]/.test(value)) return "int";
      return /[.e]/.test(value) ? "float" : "int";
    }
    case "ParenthesizedExpression": {
      let inner = node.firstChild?.nextSibling;
      while (inner?.name === "ParenthesizedExpression") inner = inner.firstChild?.nextSibling;
      return inner ? literalType(inner, text) : undefined;
    }
    default:
      return undefined;
  }
}

export interface DottedChain {
  /** The name the chain starts from; "" when it starts from an expression (`f().x`, `a[0].x`). */
  head: string;
  literal: boolean;
  rest: string[];
}

/**
 * `a.b.c` → head a, rest [b, c]; `"x".upper` → literal str, rest [upper]; `f().strip` → head "",
 * rest [strip]. Undefined for anything but a name or an attribute chain.
 */
export function chainOf(node: SyntaxNode, text: (n: SyntaxNode) => string): DottedChain | undefined {
  const rest: string[] = [];
  let current: SyntaxNode | null = node;
  while (current?.name === "MemberExpression") {
    const last = current.lastChild;
    if (last?.name !== "PropertyName") {
      if (rest.length === 0) return undefined;
      return { head: "", literal: false, rest };
    }
    rest.unshift(text(last));
    current = current.firstChild;
  }
  if (!current) return undefined;
  if (current.name === "VariableName") return { head: text(current), literal: false, rest };
  const type = literalType(current, text);
  if (type) return { head: type, literal: true, rest };
  return rest.length > 0 ? { head: "", literal: false, rest } : undefined;
}

export interface Argument {
  kind: "positional" | "star" | "double-star" | "keyword";
  nodes: SyntaxNode[];
  /** For keyword arguments: the name before `=`. */
  keyword?: string;
  /** True for `name := value` passed as an argument. */
  walrus?: boolean;
}

/** The arguments of an ArgList, split on its top-level commas. */
export function argumentsOf(argList: SyntaxNode, text: (n: SyntaxNode) => string): Argument[] {
  const args: Argument[] = [];
  let group: SyntaxNode[] = [];
  const flush = (): void => {
    const [first, second] = group;
    if (first) {
      if (first.name === "*") args.push({ kind: "star", nodes: group });
      else if (first.name === "**") args.push({ kind: "double-star", nodes: group });
      else if (first.name === "VariableName" && second?.name === "AssignOp") {
        const op = text(second);
        if (op === ":=") args.push({ kind: "positional", nodes: group, walrus: true });
        else args.push({ kind: "keyword", nodes: group, keyword: text(first) });
      } else args.push({ kind: "positional", nodes: group });
    }
    group = [];
  };
  for (let child = argList.firstChild; child; child = child.nextSibling) {
    if (child.name === "(" || child.name === ")") continue;
    if (child.name === ",") flush();
    else group.push(child);
  }
  flush();
  return args;
}

/** Splits text on commas outside brackets and strings. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== "");
}
