/**
 * PyVer's Discord adapter under load, in a process of its own, as `npm start` runs it: answers on
 * `workers` worker threads (0: the main thread), connected to the load script's local Discord.
 * Usage (started by scripts/load.ts): serve-discord.ts <api url> <workers>
 */
import { startAnswering } from "../../adapters/answerer.ts";
import { startDiscord } from "../../adapters/discord/index.ts";
import { DEFAULT_TIMEOUT_MS, PyVer } from "../../src/index.ts";
import { FAKE_TOKEN } from "../../tests/e2e/discord/fake-discord.ts";
import { countingLogger } from "./log-sink.ts";

const [apiUrl = "", workersArg = "0"] = process.argv.slice(2);
const workers = Number(workersArg);

const { logger, errorsLogged } = countingLogger("discord");
const bot = PyVer.open();
bot.warmUp();
const { ask, pool } = await startAnswering({ workers, timeoutMs: DEFAULT_TIMEOUT_MS }, bot, logger);
const discord = await startDiscord(
  { token: FAKE_TOKEN, apiUrl, defaultVisibility: "ephemeral" },
  { bot, ask, logger },
);
process.send?.({ type: "ready" });
process.on("message", async (command: { type: string }) => {
  if (command.type !== "stop") return;
  await discord.stop();
  await pool?.close();
  process.send?.({ type: "stopped", errorsLogged: errorsLogged() });
  process.disconnect();
});
