import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "../../adapters/settings.ts";

describe("answer settings", () => {
  it("answers on as many workers as the machine has cores, each question within 2 s, unless told", () => {
    expect(loadSettings({}).answers).toEqual({ workers: availableParallelism(), timeoutMs: 2000 });
    expect(loadSettings({ PYVER_WORKERS: "0", ANSWER_TIMEOUT_MS: "500" }).answers).toEqual({
      workers: 0,
      timeoutMs: 500,
    });
  });

  it("refuses a worker count or a time limit that is not a whole number, naming the variable", () => {
    expect(() => loadSettings({ PYVER_WORKERS: "two" })).toThrow(SettingsError);
    expect(() => loadSettings({ PYVER_WORKERS: "-1" })).toThrow(/PYVER_WORKERS/);
    expect(() => loadSettings({ ANSWER_TIMEOUT_MS: "0" })).toThrow(/ANSWER_TIMEOUT_MS/);
  });
});

describe("store settings", () => {
  it("keeps shared state in the embedded database unless DATABASE_URL names a PostgreSQL server", () => {
    expect(loadSettings({}).store).toEqual({ databaseUrl: undefined });
    const url = "postgres://pyver:secret@db.internal:5432/pyver";
    expect(loadSettings({ DATABASE_URL: url }).store).toEqual({ databaseUrl: url });
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL, naming the variable", () => {
    expect(() => loadSettings({ DATABASE_URL: "mysql://db/pyver" })).toThrow(/DATABASE_URL/);
  });
});
