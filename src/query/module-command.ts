import { literal } from "./literal.ts";

/**
 * "python -m json instead of json.tool", "python3 -m asyncio ps": a module run as a program, and the
 * words the asker gives it. The notes head a module's command line by that very command.
 */
const RUN_AS_PROGRAM = /\bpy(?:thon)?[\d.]*\s+-m\s+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?![\w.])([^\n`]*)/i;

/** Words a heading may put after the command without narrowing it to one of its options. */
const DESCRIBING = new Set(["command", "line", "command-line", "interface", "repl", "and", ""]);

export interface ModuleCommand {
  module: string;
  /** What follows the module on the asker's line: options, sub-commands, prose. */
  rest: string;
}

export function moduleCommand(text: string): ModuleCommand | undefined {
  const m = RUN_AS_PROGRAM.exec(text);
  return m?.[1] ? { module: m[1], rest: (m[2] ?? "").toLowerCase() } : undefined;
}

/**
 * How a heading tells of the command: "general" for the command itself ("uuid command-line interface:
 * python -m uuid", "python -m asyncio REPL"), "asked" for one of its options or sub-commands the asker
 * names too ("python -m asyncio ps and pstree" for "python -m asyncio ps"), or nothing.
 */
export function headsCommand(heading: string, command: ModuleCommand): "general" | "asked" | undefined {
  const module = literal(command.module);
  if (new RegExp(`^${module} command-line interface\\b`, "i").test(heading)) return "general";
  const at = new RegExp(`\\bpython -m ${module}(?![\\w.])`, "i").exec(heading);
  if (!at) return undefined;
  const next =
    heading
      .slice(at.index + at[0].length)
      .trim()
      .split(/[\s,;:]+/)[0]
      ?.toLowerCase() ?? "";
  if (DESCRIBING.has(next)) return "general";
  return new RegExp(`(?<![\\w-])${literal(next)}(?![\\w-])`).test(command.rest) ? "asked" : undefined;
}
