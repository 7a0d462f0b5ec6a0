/**
 * PyVer's Discord adapter under load, in a process of its own, as `npm start` runs it: answers on
 * `workers` worker threads (0: the main thread), connected to the load script's local Discord.
 * Usage (started by scripts/load.ts): serve-discord.ts <api url> <workers>
 */
import pino from "pino";
import { startDiscord } from "../../adapters/discord/index.ts";
import { AnswerPool, askInProcess, PyVer } from "../../src/index.ts";
import { FAKE_TOKEN } from "../../tests/e2e/discord/fake-discord.ts";

const [apiUrl = "", workersArg = "0"] = process.argv.slice(2);
const workers = Number(workersArg);

let errorsLogged = 0;
const sink = {
  write(line: string): void {
    if (!/"level":(40|50|60)/.test(line)) return;
    errorsLogged += 1;
    if (errorsLogged <= 5) process.stderr.write(`[discord] ${line}`);
  },
};

const bot = PyVer.open();
bot.warmUp();
const pool = workers > 0 ? (await AnswerPool.start({ workers })).pool : undefined;
const discord = await startDiscord(
  { token: FAKE_TOKEN, apiUrl, defaultVisibility: "ephemeral" },
  { bot, ask: pool?.ask ?? askInProcess(bot), logger: pino({ level: "info" }, sink) },
);
process.send?.({ type: "ready" });
process.on("message", async (command: { type: string }) => {
  if (command.type !== "stop") return;
  await discord.stop();
  await pool?.close();
  process.send?.({ type: "stopped", errorsLogged });
  process.disconnect();
});
