import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { PYVER_COMMAND } from "../../../adapters/discord/command.ts";
import { DISCORD_LIMITS } from "../../../adapters/discord/limits.ts";

describe("the /pyver command schema", () => {
  it("has query (required, autocomplete), version (optional, autocomplete) and public (optional boolean)", () => {
    expect(PYVER_COMMAND.name).toBe("pyver");
    expect(PYVER_COMMAND.options).toMatchObject([
      { name: "query", type: ApplicationCommandOptionType.String, required: true, autocomplete: true },
      { name: "version", type: ApplicationCommandOptionType.String, required: false, autocomplete: true },
      { name: "public", type: ApplicationCommandOptionType.Boolean, required: false },
    ]);
  });

  it("keeps names and descriptions within Discord's limits", () => {
    expect(PYVER_COMMAND.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandName);
    expect(PYVER_COMMAND.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
    for (const option of PYVER_COMMAND.options ?? []) {
      expect(option.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(option.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.optionDescription);
    }
  });
});
