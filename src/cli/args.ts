import { parseArgs } from "node:util";

/** Flags shared by the ask and eval commands. */
export interface CoreFlags {
  corpus?: string;
  version?: string;
  limit?: number;
}

export class UsageError extends Error {}

export function parseCliArgs(
  argv: string[],
  extra: Record<string, { type: "string" | "boolean" }> = {},
): { flags: CoreFlags & Record<string, string | boolean | undefined>; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: "string" },
        version: { type: "string" },
        limit: { type: "string" },
        ...extra,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  let limit: number | undefined;
  if (typeof values.limit === "string") {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError("--limit takes a whole number of 1 or more");
  }
  return {
    flags: { ...values, limit } as CoreFlags & Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}
