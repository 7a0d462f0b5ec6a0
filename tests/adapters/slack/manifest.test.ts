import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { EVENTS_PATH } from "../../../adapters/slack/app.ts";
import { COMMAND } from "../../../adapters/slack/handlers.ts";

const source = readFileSync(new URL("../../../adapters/slack/manifest.yml", import.meta.url), "utf8");

interface Manifest {
  features: { slash_commands: { command: string }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

// gray-matter (already a dependency for the corpus) parses YAML front matter; a manifest is one.
const manifest = matter(`---\n${source}\n---\n`).data as Manifest;

describe("the Slack app manifest", () => {
  it("declares the command the handlers listen to", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
  });

  it("subscribes to mentions and direct messages, with the scopes they need", () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(["app_mention", "message.im"]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
    ]);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it("enables interactivity for the buttons, and Socket Mode as the easy default", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("points HTTP mode's request URLs at the path the app serves", () => {
    const urls = source.match(/#\s*(?:request_)?url: (\S+)/g) ?? [];
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url.endsWith(EVENTS_PATH)).toBe(true);
  });
});
