import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The layering, checked on the source: the core never imports an adapter, adapters reach the core
 * only through `src/index.ts`, and no platform's adapter imports another's.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PLATFORMS = ["console", "discord", "slack"];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Each relative import of a file, resolved to a path from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) =>
    relative(ROOT, resolve(dirname(join(ROOT, file)), m[1] ?? "")),
  );
}

const platformOf = (path: string): string | undefined =>
  PLATFORMS.find((p) => path.startsWith(`adapters/${p}/`));

describe("layering", () => {
  it("the core never imports an adapter", () => {
    const offending = sourceFiles("src").flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith("adapters/"))
        .map((i) => `${f} → ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it("adapters import the core only through src/index.ts", () => {
    const offending = sourceFiles("adapters").flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith("src/") && i !== "src/index.ts")
        .map((i) => `${f} → ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it("no platform's adapter imports another platform's", () => {
    const offending = sourceFiles("adapters").flatMap((f) => {
      const own = platformOf(f);
      return importsOf(f)
        .filter((i) => {
          const other = platformOf(i);
          return other !== undefined && own !== undefined && other !== own;
        })
        .map((i) => `${f} → ${i}`);
    });
    expect(offending).toEqual([]);
  });

  it("finds the imports it checks", () => {
    expect(importsOf("adapters/main.ts")).toContain("src/index.ts");
    expect(importsOf("adapters/main.ts")).toContain("adapters/discord/index.ts");
  });
});
