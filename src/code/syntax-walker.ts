/**
 * One pass over a parsed statement that notes every language feature with a minimum version, the
 * library names the code reaches for, and which parse errors a construct the grammar lacks explains.
 */
import type { SyntaxNode, SyntaxNodeRef, Tree } from "@lezer/common";
import { BUILTIN_TYPES, GENERIC_BUILTINS } from "./builtin-types.ts";
import type { Findings } from "./findings.ts";
import { needsPep701 } from "./fstrings.ts";
import { readImport } from "./import-statement.ts";
import type { FeatureId } from "./language-features.ts";
import type { LineIndex } from "./source-text.ts";
import {
  argumentsOf,
  chainOf,
  childrenOf,
  delimiterOf,
  hasChild,
  isError,
  splitTopLevel,
} from "./syntax-nodes.ts";

/** The level or outcome a test runner or logger prints before a colon. */
const LOG_TAG =
  /^(?:ERROR|FAIL|FAILED|FAILURE|WARNING|WARN|INFO|DEBUG|CRITICAL|FATAL|NOTE|SKIP|SKIPPED|PASS|PASSED|OK|Error|Warning|Note)$/;

type FrameKind =
  | "function"
  | "async-function"
  | "lambda"
  | "class"
  | "loop"
  | "finally"
  | "comprehension"
  | "annotation"
  | "guard";

interface Frame {
  kind: FrameKind;
  /** The node that opened the frame; its `leave` closes it. */
  name: string;
  from: number;
  to: number;
  /** For annotations: whether Python evaluates this one when the code runs. */
  evaluated?: boolean;
}

/** Exceptions whose handler marks the `try` body as a compatibility fallback. */
const FALLBACK_EXCEPTIONS = /\b(?:ImportError|ModuleNotFoundError|AttributeError|NameError)\b/;
const VERSION_CHECK = /\bsys\.version_info\b[^<>=!]*(>=|>|<=|<)\s*\(?\s*3\s*,\s*\d+/;
/** The keyword arguments of the `print()` function. */
const PRINT_KEYWORDS = new Set(["sep", "end", "file", "flush"]);
/** Recursion limit for nested operands: deeper text is machine-made, not a question. */
const MAX_DEPTH = 100;
const STRING_PREFIX_T = /^(?:[tT][rR]?|[rR][tT])$/;
const STRING_PREFIX_UR = /^[uU][rR]$/;

/** Decorators that make a descriptor, which `@classmethod` above them wrapped from 3.9 to 3.12. */
const DESCRIPTOR_DECORATORS: ReadonlySet<string> = new Set([
  "property",
  "cached_property",
  "functools.cached_property",
]);

export class SyntaxWalker {
  private frames: Frame[] = [];
  private guardDepth = 0;
  private readonly guardedBodies = new Set<number>();
  private text = "";
  private offset = 0;

  constructor(
    private readonly findings: Findings,
    private readonly lines: LineIndex,
    /** Bare names worth noting: built-ins, modules, and names that shadow them. */
    private readonly candidates: ReadonlySet<string>,
  ) {}

  /** Walks the tree of `text`, which starts at `offset` in the whole source. */
  walk(tree: Tree, text: string, offset: number): void {
    this.text = text;
    this.offset = offset;
    this.frames = [];
    this.guardDepth = 0;
    this.guardedBodies.clear();
    tree.iterate({
      enter: (ref) => this.enter(ref),
      leave: (ref) => this.leave(ref),
    });
  }

  private enter(ref: SyntaxNodeRef): boolean | undefined {
    if (ref.type.isError) {
      this.error(ref.node);
      return undefined;
    }
    switch (ref.name) {
      case "VariableName":
        this.variable(ref);
        break;
      case "MemberExpression":
        this.member(ref.node);
        break;
      case "CallExpression":
        this.call(ref.node);
        break;
      case "Number":
        this.number(ref);
        break;
      case "String":
        if (delimiterOf(this.slice(ref)).prefix === "u") this.feature("unicode-literals", ref.from);
        break;
      case "FormatString":
        this.feature("fstring", ref.from);
        if (needsPep701(ref.node, (n) => this.slice(n))) this.feature("pep701-fstrings", ref.from);
        break;
      case "FormatSelfDoc":
        this.feature("fstring-debug", ref.from);
        break;
      case "CompareOp":
        if (this.slice(ref) === "<>") this.explain("ne-operator-diamond", ref.from);
        break;
      case "BinaryExpression":
        this.binary(ref.node);
        break;
      case "UpdateStatement":
        this.update(ref.node);
        break;
      case "AssignStatement":
        this.assign(ref.node);
        break;
      case "ExpressionStatement":
        // "`username, domain, *_`": a starred name among a statement's bare names is only valid as
        // targets, quoted without the `= value` that followed.
        this.starredTarget(ref.node, "");
        break;
      case "NamedExpression":
        this.feature("walrus", ref.from);
        // `d[k := key]`: before 3.10 a walrus inside brackets needed its own parentheses.
        if (ref.node.parent?.name === "MemberExpression") this.feature("walrus-in-index", ref.from);
        break;
      case "TypeDef":
        this.typeDef(ref.node);
        break;
      case "FunctionDefinition":
        this.functionDefinition(ref.node);
        break;
      case "LambdaExpression":
        this.lambdaInComprehension(ref.node);
        this.push("lambda", ref);
        break;
      case "ClassDefinition":
        this.defineName(ref.node);
        this.push("class", ref);
        break;
      case "ParamList":
        this.params(ref.node);
        break;
      case "Decorator":
        this.decorator(ref.node);
        break;
      case "Body":
        this.body(ref.node);
        break;
      case "TryStatement":
        this.tryStatement(ref.node);
        break;
      case "IfStatement":
        this.ifStatement(ref.node);
        break;
      case "WithStatement":
        this.withStatement(ref.node);
        break;
      case "ForStatement":
        if (hasChild(ref.node, "async") && hasChild(ref.node, "for")) this.feature("async-await", ref.from);
        this.starredTarget(ref.node, "in");
        break;
      case "ContinueStatement":
        if (
          this.innermost(["loop", "finally", "function", "async-function", "lambda", "class"]) === "finally"
        )
          this.feature("continue-in-finally", ref.from);
        break;
      case "YieldStatement":
      case "YieldExpression":
        this.yieldNode(ref.node);
        break;
      case "ReturnStatement":
        if (hasChild(ref.node, "*")) this.feature("return-unpacking", ref.from);
        break;
      case "AwaitExpression":
        this.feature("async-await", ref.from);
        if (this.innermost(["comprehension", "function", "async-function", "lambda"]) === "comprehension")
          this.feature("async-comprehensions", ref.from);
        break;
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
      case "ComprehensionExpression":
        this.push("comprehension", ref);
        if (hasChild(ref.node, "async")) this.feature("async-comprehensions", ref.from);
        break;
      case "ArrayExpression":
      case "TupleExpression":
      case "SetExpression":
        if (hasChild(ref.node, "*") && this.role(ref.node) !== "definition")
          this.feature("unpacking-generalizations", ref.from);
        break;
      case "DictionaryExpression":
        if (hasChild(ref.node, "**")) this.feature("unpacking-generalizations", ref.from);
        break;
      case "MatchStatement":
        this.feature("match", ref.from);
        break;
      case "TypeDefinition":
        this.feature("type-statement", ref.from);
        break;
      case "TypeParamList":
        this.feature("type-params", ref.from);
        break;
      case "PrintStatement":
        this.printStatement(ref.node);
        break;
      case "ScopeStatement":
        if (hasChild(ref.node, "nonlocal")) this.feature("nonlocal", ref.from);
        break;
      case "RaiseStatement":
        this.raise(ref.node);
        break;
      case "ImportStatement":
        this.importStatement(ref.node);
        return false;
    }
    return undefined;
  }

  private leave(ref: SyntaxNodeRef): void {
    for (;;) {
      const top = this.frames.at(-1);
      if (!top || top.from !== ref.from || top.to !== ref.to || top.name !== ref.name) return;
      this.frames.pop();
      if (top.kind === "guard") this.guardDepth--;
    }
  }

  // ---- helpers

  private slice(node: { from: number; to: number }): string {
    return this.text.slice(node.from, node.to);
  }

  private line(pos: number): number {
    return this.lines.lineAt(this.offset + pos);
  }

  private feature(id: FeatureId, pos: number): void {
    this.findings.feature(id, this.line(pos));
  }

  /** Records a construct and marks its lines' parse errors as its own. */
  private explain(id: FeatureId, from: number, to = from): void {
    this.findings.explain(id, this.line(from), this.line(to));
  }

  private push(kind: FrameKind, node: SyntaxNodeRef, evaluated?: boolean): void {
    const frame: Frame = { kind, name: node.name, from: node.from, to: node.to };
    if (evaluated !== undefined) frame.evaluated = evaluated;
    this.frames.push(frame);
    if (kind === "guard") this.guardDepth++;
  }

  /** The innermost open frame of one of these kinds. */
  private innermost(kinds: readonly FrameKind[]): FrameKind | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const kind = this.frames[i]?.kind;
      if (kind && kinds.includes(kind)) return kind;
    }
    return undefined;
  }

  private annotation(): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i];
      if (frame?.kind === "annotation") return frame;
      if (frame?.kind === "lambda") return undefined;
    }
    return undefined;
  }

  private scope(): "module" | "class" | "function" {
    const kind = this.innermost(["function", "async-function", "lambda", "class"]);
    if (kind === "class") return "class";
    return kind === undefined ? "module" : "function";
  }

  /** Whether a name or display is assigned to, defined, or only read. */
  private role(node: SyntaxNode): "definition" | "keyword" | "use" {
    const parent = node.parent;
    if (!parent) return "use";
    const prev = node.prevSibling;
    if (prev?.name === "as") return "definition";
    switch (parent.name) {
      case "FunctionDefinition":
      case "ClassDefinition":
      case "TypeDefinition":
      case "TypeParam":
      case "CapturePattern":
      case "ScopeStatement":
        return node.name === "VariableName" ? "definition" : "use";
      case "ParamList":
        return prev?.name === "AssignOp" ? "use" : "definition";
      case "ArgList":
        return node.nextSibling?.name === "AssignOp" ? "keyword" : "use";
      case "NamedExpression":
        return parent.firstChild?.from === node.from ? "definition" : "use";
      case "AssignStatement":
      case "UpdateStatement":
        for (let next = node.nextSibling; next; next = next.nextSibling)
          if (next.name === "AssignOp" || next.name === "UpdateOp" || next.name === "TypeDef")
            return "definition";
        return "use";
      case "TupleExpression":
      case "ArrayExpression":
      case "ParenthesizedExpression": {
        // `(a, [b, c]) = ...`: a display is a target when the outermost display is one.
        let outer = parent;
        while (outer.parent && /^(?:Tuple|Array|Parenthesized)Expression$/.test(outer.parent.name))
          outer = outer.parent;
        return this.role(outer) === "definition" ? "definition" : "use";
      }
    }
    let back = prev;
    while (
      back &&
      (back.name === "," ||
        back.name === "*" ||
        back.name === "VariableName" ||
        back.name.endsWith("Expression"))
    )
      back = back.prevSibling;
    return back?.name === "for" ? "definition" : "use";
  }

  private noteName(
    head: string,
    literal: boolean,
    rest: string[],
    pos: number,
    call?: { kwargs: string[] },
    bareDecorator = false,
  ): void {
    this.findings.names.push({
      head,
      literal,
      rest,
      line: this.line(pos),
      called: call !== undefined,
      kwargs: call?.kwargs ?? [],
      guarded: this.guardDepth > 0,
      ...(bareDecorator ? { bareDecorator } : {}),
    });
  }

  /** Marks a literal with a prefix the grammar does not know (`t"..."`, `ur"..."`) and its lines. */
  private explainPrefixedLiteral(id: FeatureId, from: number, quotePos: number): void {
    const quote = this.text[quotePos] ?? '"';
    const triple = quote.repeat(3);
    let end: number;
    if (this.text.startsWith(triple, quotePos)) {
      const close = this.text.indexOf(triple, quotePos + 3);
      end = close < 0 ? this.text.length : close + 3;
    } else {
      const eol = this.text.indexOf("\n", quotePos);
      end = eol < 0 ? this.text.length : eol;
    }
    this.explain(id, from, Math.max(from, end - 1));
  }

  // ---- node handlers

  private variable(ref: SyntaxNodeRef): void {
    const name = this.slice(ref);
    const next = this.text[ref.to];
    if (next === '"' || next === "'") {
      if (STRING_PREFIX_T.test(name)) {
        this.explainPrefixedLiteral("tstrings", ref.from, ref.to);
        return;
      }
      if (STRING_PREFIX_UR.test(name)) {
        this.explainPrefixedLiteral("ur-strings", ref.from, ref.to);
        return;
      }
    }
    if (!this.candidates.has(name)) return;
    const node = ref.node;
    const parent = node.parent;
    // The head of `a.b` is noted with its chain, a called name with its call.
    if (parent?.name === "MemberExpression" && parent.firstChild?.from === node.from) return;
    if (parent?.name === "CallExpression" && parent.firstChild?.from === node.from) return;
    const role = this.role(node);
    if (role === "definition") this.findings.defined.add(name);
    else if (role === "use") this.noteName(name, false, [], ref.from);
  }

  private member(node: SyntaxNode): void {
    const last = node.lastChild;
    if (last?.name === "PropertyName") {
      const parent = node.parent;
      // Only the longest chain is noted: `os.path.join` covers `os.path`.
      if (parent?.name === "MemberExpression" && parent.lastChild?.name === "PropertyName") return;
      if (parent?.name === "CallExpression" && parent.firstChild?.from === node.from) return;
      const chain = chainOf(node, (n) => this.slice(n));
      if (chain) this.noteName(chain.head, chain.literal, chain.rest, node.from);
      return;
    }
    if (last?.name !== "]") return;
    const object = node.firstChild;
    if (!object) return;
    const annotation = this.annotation();
    if (annotation && !annotation.evaluated) return;
    const line = this.line(node.from);
    if (object.name === "VariableName" && GENERIC_BUILTINS.has(this.slice(object))) {
      this.findings.typing.push({
        id: "builtin-generics",
        line,
        annotation: annotation !== undefined,
        builtin: this.slice(object),
      });
    } else if (annotation) {
      const chain = chainOf(object, (n) => this.slice(n));
      if (chain?.head && !chain.literal)
        this.findings.typing.push({
          id: "builtin-generics",
          line,
          annotation: true,
          generic: { head: chain.head, rest: chain.rest },
        });
    }
  }

  private call(node: SyntaxNode): void {
    const callee = node.firstChild;
    const args = node.lastChild;
    if (!callee || args?.name !== "ArgList") return;
    const kwargs = this.checkArguments(args);
    const chain = chainOf(callee, (n) => this.slice(n));
    if (!chain) return;
    // `print(msg, file=sys.stderr)`: Python 2's print statement took no keyword arguments.
    if (chain.head === "print" && chain.rest.length === 0 && kwargs.some((k) => PRINT_KEYWORDS.has(k)))
      this.feature("print-function", node.from);
    // A call of the code's own function matters only when its keywords could be a library's.
    if (chain.rest.length === 0 && kwargs.length === 0 && !this.candidates.has(chain.head)) return;
    this.noteName(chain.head, chain.literal, chain.rest, node.from, { kwargs });
  }

  /** Notes argument-list syntax and returns the keyword argument names. */
  private checkArguments(argList: SyntaxNode): string[] {
    const kwargs: string[] = [];
    let stars = 0;
    let doubleStars = 0;
    for (const arg of argumentsOf(argList, (n) => this.slice(n))) {
      if (arg.walrus) this.feature("walrus", argList.from);
      if (arg.kind === "star") stars++;
      else if (arg.kind === "double-star") doubleStars++;
      else if (arg.kind === "keyword" && arg.keyword) {
        kwargs.push(arg.keyword);
        // `dict(**base, debug=True)`: before 3.5 nothing followed `**` in a call.
        if (doubleStars > 0) this.feature("unpacking-generalizations", argList.from);
      } else if (arg.kind === "positional" && stars > 0)
        this.feature("unpacking-generalizations", argList.from);
    }
    if (stars > 1 || doubleStars > 1) this.feature("unpacking-generalizations", argList.from);
    return kwargs;
  }

  private decorator(node: SyntaxNode): void {
    const parts: string[] = [];
    let args: SyntaxNode | undefined;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === "VariableName") parts.push(this.slice(child));
      else if (child.name === "ArgList") args = child;
    }
    const [head, ...rest] = parts;
    if (!head) return;
    if (head === "classmethod" && rest.length === 0 && !args) this.classmethodOver(node);
    const call = args ? { kwargs: this.checkArguments(args) } : undefined;
    this.noteName(head, false, rest, node.from, call, call === undefined);
  }

  /** `@classmethod` right above `@property`: a chain 3.9 allowed and 3.13 took away. */
  private classmethodOver(node: SyntaxNode): void {
    const next = node.nextSibling;
    if (next?.name !== "Decorator") return;
    const names = next.getChildren("VariableName").map((n) => this.slice(n));
    if (!DESCRIPTOR_DECORATORS.has(names.join("."))) return;
    const line = this.line(node.from);
    const seen = this.findings.removed.get("classmethod-descriptors");
    if (seen === undefined || line < seen) this.findings.removed.set("classmethod-descriptors", line);
  }

  private number(ref: SyntaxNodeRef): void {
    const value = this.slice(ref);
    if (value.includes("_")) this.feature("underscore-numbers", ref.from);
    if (/^0[0-9_]+$/.test(value) && /[1-9]/.test(value)) this.explain("legacy-octal", ref.from);
    const next = this.text[ref.to];
    if ((next === "l" || next === "L") && !/\w/.test(this.text[ref.to + 1] ?? ""))
      this.explain("long-suffix", ref.from);
  }

  private binary(node: SyntaxNode): void {
    const left = node.firstChild;
    const op = left?.nextSibling;
    const right = node.lastChild;
    if (!left || !op || !right) return;
    const symbol = this.slice(op);
    if (symbol === "@" && op.name === "ArithOp") this.feature("matmul", op.from);
    else if (symbol === "%" && left.name === "String" && delimiterOf(this.slice(left)).prefix.includes("b"))
      this.feature("bytes-formatting", op.from);
    else if (symbol === "|" && op.name === "BitOp") this.union(node, left, right);
  }

  private union(node: SyntaxNode, left: SyntaxNode, right: SyntaxNode): void {
    // "dict | dict not supported in 3.8": the type twice is no union of types; it names two dicts.
    const bothDict = [left, right].every((n) => n.name === "VariableName" && this.slice(n) === "dict");
    if (this.isDict(left) || this.isDict(right) || bothDict) {
      this.feature("dict-union", node.from);
      return;
    }
    const annotation = this.annotation();
    if (annotation) {
      if (annotation.evaluated)
        this.findings.typing.push({ id: "union-types", line: this.line(node.from), annotation: true });
      return;
    }
    const kinds = [left, right].map((n) => this.typeKind(n));
    if (kinds.every((k) => k !== "other") && kinds.some((k) => k === "builtin"))
      this.findings.typing.push({ id: "union-types", line: this.line(node.from), annotation: false });
  }

  private isDict(node: SyntaxNode): boolean {
    if (node.name === "DictionaryExpression" || node.name === "DictionaryComprehensionExpression")
      return true;
    return (
      node.name === "CallExpression" &&
      node.firstChild?.name === "VariableName" &&
      this.slice(node.firstChild) === "dict"
    );
  }

  /** How a `|` operand reads as a type: a built-in (or None), a class-like name, or not a type. */
  private typeKind(node: SyntaxNode, depth = 0): "builtin" | "class" | "other" {
    if (depth > MAX_DEPTH) return "other";
    switch (node.name) {
      case "None":
        return "builtin";
      case "VariableName": {
        const name = this.slice(node);
        if (BUILTIN_TYPES.has(name)) return "builtin";
        return /^[A-Z]/.test(name) ? "class" : "other";
      }
      case "MemberExpression": {
        if (node.lastChild?.name === "]") {
          const object = node.firstChild;
          return object ? (this.typeKind(object, depth + 1) === "other" ? "other" : "builtin") : "other";
        }
        return /^[A-Z]/.test(this.slice(node.lastChild ?? node)) ? "class" : "other";
      }
      case "BinaryExpression": {
        const op = node.firstChild?.nextSibling;
        if (!op || this.slice(op) !== "|") return "other";
        const kinds = [node.firstChild, node.lastChild].map((n) =>
          n ? this.typeKind(n, depth + 1) : "other",
        );
        if (kinds.includes("other")) return "other";
        return kinds.includes("builtin") ? "builtin" : "class";
      }
      default:
        return "other";
    }
  }

  private update(node: SyntaxNode): void {
    const op = childrenOf(node).find((c) => c.name === "UpdateOp");
    if (!op) return;
    const symbol = this.slice(op);
    if (symbol === "@=") this.feature("matmul", op.from);
    else if (symbol === "|=" && node.lastChild && this.isDict(node.lastChild))
      this.feature("dict-union", op.from);
  }

  /** `a, *rest = items`, `for first, *rest in rows:`: a starred name among the targets, before `until`. */
  private starredTarget(node: SyntaxNode, until: string): void {
    for (let child = node.firstChild; child && child.name !== until; child = child.nextSibling)
      if (child.name === "*") {
        this.feature("extended-unpacking", child.from);
        return;
      }
  }

  private assign(node: SyntaxNode): void {
    this.starredTarget(node, "AssignOp");
    let afterAssign = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === "TypeDef" && this.isWholeAnnotation(node))
        this.feature("variable-annotations", node.from);
      else if (child.name === "AssignOp") afterAssign = true;
      else if (child.name === "*" && afterAssign) this.feature("unpacking-generalizations", child.from);
    }
  }

  /**
   * Whether an annotated statement is one: a single target, nothing broken inside it, and nothing but
   * a comment or another statement after it on its line. "distutils.errors.DistutilsPlatformError:
   * Microsoft Visual C++ 14.0 or greater is required." reads as `name: type` up to its second word;
   * the words left over say it is a message, not an annotation.
   */
  private isWholeAnnotation(node: SyntaxNode): boolean {
    const rest = this.text.slice(node.to).split("\n", 1)[0] ?? "";
    // Only one name, attribute or item can be annotated: "lambda (a, b): a != b" is Python 2's lambda.
    const target = node.firstChild?.name;
    if (target !== "VariableName" && target !== "MemberExpression") return false;
    // "temp_sens_offsets: list," a traceback quotes from a parameter list ends with its comma.
    const inside = node.cursor();
    while (inside.next() && inside.from < node.to)
      if (inside.type.isError && this.slice(inside).trim() !== ",") return false;
    if (!/^\s*(?:[#;\\]|$)/.test(rest)) return false;
    // "msg: \"{{ x }}\"", "FROM python:3.6-slim": without a value, a name given a string or a
    // difference is a YAML or Dockerfile line; a bare annotation names a type.
    const assigned = node.getChild("AssignOp") !== null;
    // "ERROR: testMultiprocessing (__main__.HClusterIntegerTestCase)": a test runner's or logger's
    // tag before its message, not a variable.
    if (!assigned && node.firstChild && LOG_TAG.test(this.slice(node.firstChild))) return false;
    const type = node.getChild("TypeDef")?.lastChild;
    return assigned || type === null || type === undefined || this.namesType(type);
  }

  /**
   * Whether an expression can stand for a type: not a string (YAML's `msg: "…"`) nor a difference
   * (a Dockerfile's `python:3.6-slim`), which chat pastes without a value far more often than code.
   */
  private namesType(node: SyntaxNode): boolean {
    if (node.name === "String" || node.name === "FormatString") return false;
    return !(node.name === "BinaryExpression" && this.slice(node).includes("-"));
  }

  private typeDef(node: SyntaxNode): void {
    const parent = node.parent?.name;
    let evaluated = false;
    if (parent === "ParamList" || parent === "FunctionDefinition") {
      evaluated = true;
      // `def f(x: str) -> str:`: Python 2 had no annotations on a function.
      this.feature("function-annotations", node.from);
    } else if (parent === "AssignStatement") evaluated = this.scope() !== "function";
    this.push("annotation", node, evaluated);
  }

  /** Functions and classes the code defines are its own, whatever the library calls its own. */
  private defineName(node: SyntaxNode): void {
    const name = node.getChild("VariableName");
    if (name) this.findings.defined.add(this.slice(name));
  }

  private functionDefinition(node: SyntaxNode): void {
    this.defineName(node);
    const isAsync = hasChild(node, "async");
    if (isAsync) this.feature("async-await", node.from);
    this.push(isAsync ? "async-function" : "function", node);
  }

  private params(node: SyntaxNode): void {
    if (node.parent?.name !== "FunctionDefinition") return;
    // `def f(a, *, b)`, `def f(*args, key=1)`: a parameter after the star is keyword-only, which
    // Python 2 had no way to write.
    let starred = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === "*") starred = true;
      else if (starred && child.name === "," && child.nextSibling?.name === "VariableName") {
        this.feature("keyword-only-args", child.nextSibling.from);
        break;
      }
    }
    // The grammar accepts `/` but keeps no node for it: it shows between the parameters.
    for (let child = node.firstChild; child?.nextSibling; child = child.nextSibling) {
      const gap = this.text.slice(child.to, child.nextSibling.from);
      if (gap.includes("/") && !gap.includes("#")) {
        this.feature("posonly-params", child.to);
        return;
      }
    }
  }

  private body(node: SyntaxNode): void {
    const prev = node.prevSibling;
    const parent = node.parent?.name;
    if (prev?.name === "finally") this.push("finally", node);
    if ((parent === "ForStatement" || parent === "WhileStatement") && prev?.name !== "else")
      this.push("loop", node);
    if (this.guardedBodies.has(node.from)) this.push("guard", node);
  }

  private tryStatement(node: SyntaxNode): void {
    const children = childrenOf(node);
    const tryBody = children.find((c) => c.name === "Body");
    for (let i = 0; i < children.length; i++) {
      const keyword = children[i];
      if (keyword?.name !== "except") continue;
      let start = keyword.to;
      let j = i + 1;
      if (children[j]?.name === "*") {
        this.feature("except-star", keyword.from);
        start = children[j]?.to ?? start;
        j++;
      }
      let body = children[j];
      while (body && body.name !== "Body") body = children[++j];
      const header = this.text.slice(start, body?.from ?? node.to).trim();
      if (tryBody && FALLBACK_EXCEPTIONS.test(header)) this.guardedBodies.add(tryBody.from);
      if (/\bas\b/.test(header)) continue;
      const parts = splitTopLevel(header);
      const end = body?.from ?? keyword.to;
      if (parts.length >= 3) this.explain("except-without-parens", keyword.from, end);
      else if (parts.length === 2) {
        const [first = "", second = ""] = parts;
        const python2 = first.startsWith("(") || /^[a-z_][a-z0-9_]*$/.test(second);
        this.explain(python2 ? "except-comma" : "except-without-parens", keyword.from, end);
      }
    }
  }

  private ifStatement(node: SyntaxNode): void {
    const children = childrenOf(node);
    const condition = children[1];
    if (!condition) return;
    const text = this.slice(condition);
    const check = VERSION_CHECK.exec(text);
    const newer = check?.[1]?.startsWith(">") || /^\s*hasattr\s*\(/.test(text);
    if (newer) {
      const body = children[2];
      if (body?.name === "Body") this.guardedBodies.add(body.from);
    } else if (check) {
      const elseAt = children.findIndex((c) => c.name === "else");
      const body = elseAt >= 0 ? children[elseAt + 1] : undefined;
      if (body?.name === "Body") this.guardedBodies.add(body.from);
    }
  }

  private withStatement(node: SyntaxNode): void {
    const children = childrenOf(node);
    const withAt = children.findIndex((c) => c.name === "with");
    // `async = 1` starts like `async with` to the grammar; only a real `with` counts.
    if (children[0]?.name === "async" && withAt > 0) this.feature("async-await", node.from);
    const body = children.find((c) => c.name === "Body");
    const header = children.filter((c, i) => i > withAt && c.name !== "Body");
    const first = header[0];
    if (!first) return;
    const parenthesized =
      this.text[first.from] === "(" &&
      (header.some(isError) || (first.name === "TupleExpression" && header.length === 1));
    if (parenthesized) {
      const end = body?.from ?? node.to;
      this.explain("parenthesized-context-managers", node.from, end);
      const inside = this.text.slice(first.from + 1, end).replace(/\)\s*:?\s*$/, "");
      if (splitTopLevel(inside).length > 1) this.feature("multiple-context-managers", node.from);
    } else if (header.some((c) => c.name === ",")) {
      this.feature("multiple-context-managers", node.from);
    }
  }

  /** `(x for x in xs if lambda: y)`: what 3.9 made a SyntaxError, so valid only before it. */
  private lambdaInComprehension(node: SyntaxNode): void {
    const parent = node.parent;
    if (node.prevSibling?.name !== "if" || !parent) return;
    const comprehension =
      /ComprehensionExpression$/.test(parent.name) || (parent.name === "ArgList" && hasChild(parent, "for"));
    if (!comprehension) return;
    const line = this.line(node.from);
    const seen = this.findings.removed.get("lambda-in-comprehension-if");
    if (seen === undefined || line < seen) this.findings.removed.set("lambda-in-comprehension-if", line);
  }

  private yieldNode(node: SyntaxNode): void {
    if (hasChild(node, "from")) this.feature("yield-from", node.from);
    else if (this.innermost(["function", "async-function", "lambda"]) === "async-function")
      this.feature("async-generators", node.from);
    if (hasChild(node, "*")) this.feature("return-unpacking", node.from);
    // `[(yield x) for x in xs]`: what 3.8 made a SyntaxError, so valid only before it.
    if (this.innermost(["comprehension", "function", "async-function", "lambda"]) === "comprehension") {
      const line = this.line(node.from);
      const seen = this.findings.removed.get("yield-in-comprehension");
      if (seen === undefined || line < seen) this.findings.removed.set("yield-in-comprehension", line);
    }
  }

  private printStatement(node: SyntaxNode): void {
    // `print = log` and `print == x` use the Python 3 name; the statement has an operand after `print`.
    const after = /^[ \t]*(\S)/.exec(this.text.slice(node.from + 5, node.from + 40))?.[1] ?? "";
    if (/[\w"'`[{~>+-]/.test(after)) this.explain("print-statement", node.from, node.to);
    else this.findings.explained.add(this.line(node.from));
  }

  private raise(node: SyntaxNode): void {
    const children = childrenOf(node);
    if (children.some((c) => c.name === ",")) this.explain("raise-comma", node.from, node.to);
    const from = children.findIndex((c) => c.name === "from");
    if (from >= 0 && children[from + 1]?.name === "None") this.feature("raise-from-none", node.from);
    // `raise E(msg) from err`: Python 2 had no chaining to write.
    else if (from >= 0) this.feature("exception-chaining", node.from);
  }

  private importStatement(node: SyntaxNode): void {
    const imported = readImport(node, (n) => this.slice(n));
    for (const local of imported.locals) this.findings.defined.add(local);
    if (imported.module === "__future__" && !imported.relative) {
      if (imported.names?.some((n) => n.name === "annotations")) {
        this.feature("future-annotations", node.from);
        this.findings.futureAnnotations = true;
      }
      return;
    }
    const line = this.line(node.from);
    const guarded = this.guardDepth > 0;
    for (const use of imported.uses) this.findings.imports.push({ ...use, line, guarded });
  }

  private error(node: SyntaxNode): void {
    const line = this.line(node.from);
    this.findings.errorLines.add(line);
    let pos = node.from;
    while (this.text[pos] === " " || this.text[pos] === "\t") pos++;
    const ch = this.text[pos];
    // Python 2's `x` closes on its line; a lone backtick is the asker's markup ("` File …").
    const fromTick =
      this.text.slice(this.slice(node).includes("`") ? node.from : pos).split("\n", 1)[0] ?? "";
    if ((ch === "`" || this.slice(node).includes("`")) && /`[^`]+`/.test(fromTick))
      this.explain("backticks", node.from);
    const parent = node.parent;
    switch (ch) {
      case ",":
        // `[x for x in a, b]`: Python 2 let a list comprehension run over a tuple left bare; the
        // grammar ends the comprehension at the comma.
        if (isCutComprehension(node.prevSibling, node.from) || overTuple(node))
          this.explain("comprehension-bare-tuple", node.from);
        break;
      case "*":
        if (parent?.name === "MemberExpression") this.explain("star-in-index", node.from);
        else if (parent?.name === "TypeDef") this.explain("star-annotations", node.from);
        break;
      case "/":
        if (parent?.name === "ParamList") this.explain("posonly-params", node.from);
        break;
      case "(":
        if (parent?.name === "ParamList" && parent.parent?.name === "FunctionDefinition")
          this.explain("tuple-parameters", node.from, parent.to);
        // `lambda (start, end): end - start`: Python 3's lambda takes no bracketed parameters.
        else if (parent?.name === "LambdaExpression") this.explain("tuple-parameters", node.from);
        break;
      case "=":
        if (parent?.name === "TypeParam" || parent?.name === "TypeParamList") this.typeParamDefault(parent);
        break;
      case ":":
        // `{x := f()}`: before 3.10 a walrus in a set display needed its own parentheses, too.
        if (this.text.startsWith(":=", pos) && /^Set(?:Expression|Comprehension)$/.test(parent?.name ?? ""))
          this.explain("walrus-in-index", node.from);
        break;
    }
    // An error inside a decorator's expression, not after it (a decorator missing its function).
    if (this.lines.firstChar(line) === "@" && /^[ \t]*[^\s#]/.test(this.text.slice(pos, pos + 2)))
      this.explain("relaxed-decorators", node.from);
  }

  /** Type parameter defaults derail the rest of the header: its lines are all explained. */
  private typeParamDefault(list: SyntaxNode): void {
    let owner: SyntaxNode | null = list;
    while (owner && !/^(?:FunctionDefinition|ClassDefinition|TypeDefinition)$/.test(owner.name))
      owner = owner.parent;
    const start = owner?.from ?? list.from;
    const body = owner ? childrenOf(owner).find((c) => c.name === "Body") : undefined;
    this.explain("type-param-defaults", start, body?.from ?? owner?.to ?? list.to);
  }
}

/** An error inside a list comprehension, after its `in`: the iterable went on past a comma. */
function overTuple(error: SyntaxNode): boolean {
  if (error.parent?.name !== "ArrayComprehensionExpression") return false;
  for (let before = error.prevSibling; before; before = before.prevSibling)
    if (before.name === "in") return true;
  return false;
}

/** A list comprehension the parser closed early, right where an error begins: it lacks its `]`. */
function isCutComprehension(node: SyntaxNode | null, at: number): boolean {
  return node?.name === "ArrayComprehensionExpression" && node.to === at && node.lastChild?.name !== "]";
}
