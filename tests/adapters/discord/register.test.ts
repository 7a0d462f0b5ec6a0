import { describe, expect, it } from "vitest";
import { registerTarget } from "../../../adapters/discord/register.ts";
import { SettingsError } from "../../../adapters/settings.ts";

describe("registerTarget", () => {
  it("names DISCORD_TOKEN when it is missing", () => {
    expect(() => registerTarget({ DISCORD_APPLICATION_ID: "123456789" })).toThrow(/DISCORD_TOKEN/);
  });

  it("names DISCORD_APPLICATION_ID when it is missing", () => {
    expect(() => registerTarget({ DISCORD_TOKEN: "t" })).toThrow(SettingsError);
    expect(() => registerTarget({ DISCORD_TOKEN: "t" })).toThrow(/DISCORD_APPLICATION_ID/);
  });

  it("names DISCORD_GUILD_ID when it is not a numeric id", () => {
    expect(() =>
      registerTarget({ DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "123456789", DISCORD_GUILD_ID: "x" }),
    ).toThrow(/DISCORD_GUILD_ID/);
  });

  it("targets the guild when DISCORD_GUILD_ID is set, and the API URL when given", () => {
    expect(
      registerTarget({
        DISCORD_TOKEN: "t",
        DISCORD_APPLICATION_ID: "123456789",
        DISCORD_GUILD_ID: "987654321",
        DISCORD_API_URL: "http://127.0.0.1:9/api",
      }),
    ).toEqual({
      token: "t",
      applicationId: "123456789",
      guildId: "987654321",
      apiUrl: "http://127.0.0.1:9/api",
    });
  });
});
