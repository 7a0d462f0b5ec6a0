/**
 * npm run report -- [--days 30] [--top 20]
 *
 * Prints the feedback report as Markdown, from the store `npm start` keeps it in: the PostgreSQL
 * server of `DATABASE_URL`, or the embedded database under `PYVER_DATA_DIR/store` (which one process
 * opens at a time: run the report while PyVer is stopped, or use `DATABASE_URL`).
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import { loadSettings, SettingsError } from "../settings.ts";
import { openStore } from "../store/open-store.ts";
import { feedbackReport } from "./report.ts";
import { StoredFeedbackLog } from "./stored-feedback.ts";

const DAY_MS = 24 * 60 * 60_000;

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new SettingsError(`${flag} takes a whole number of 1 or more`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { days: { type: "string" }, top: { type: "string" } },
  });
  const days = wholeNumber(values.days, "--days", 30);
  const top = wholeNumber(values.top, "--top", 20);
  const settings = loadSettings(process.env);
  const store = await openStore({ ...settings.store, dataDir: settings.corpus.dataDir });
  try {
    const now = new Date();
    const { asks, votes } = await new StoredFeedbackLog(store).since(new Date(now.getTime() - days * DAY_MS));
    process.stdout.write(feedbackReport(asks, votes, { days, top, now }));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`report: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
