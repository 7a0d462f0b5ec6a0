import { readFileSync } from "node:fs";
import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";

const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

/** The permissions the bot uses: read the channel, reply (in threads too) with embeds to a message. */
const USED = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
};

describe("the README's invite URL", () => {
  const url = new URL(
    /https:\/\/discord\.com\/oauth2\/authorize\?\S+/.exec(README)?.[0] ?? "https://invalid",
  );
  const granted = BigInt(url.searchParams.get("permissions") ?? "0");

  it("grants every permission the bot uses, threads included", () => {
    for (const [name, bit] of Object.entries(USED))
      expect([name, (granted & bit) === bit]).toEqual([name, true]);
  });

  it("grants nothing else", () => {
    const used = Object.values(USED).reduce((a, b) => a | b, 0n);
    expect(granted).toBe(used);
  });

  it("asks for the bot user and the application commands", () => {
    expect(url.searchParams.get("scope")?.split(" ").sort()).toEqual(["applications.commands", "bot"]);
  });
});
