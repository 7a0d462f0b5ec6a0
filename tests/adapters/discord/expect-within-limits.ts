import { expect } from "vitest";
import { DISCORD_LIMITS } from "../../../adapters/discord/limits.ts";
import { embedLength, NO_MENTIONS, type RenderedMessage } from "../../../adapters/discord/render.ts";

/** Every Discord limit a rendered message must hold, and no mention it may ping. */
export function expectWithinLimits(message: RenderedMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent);
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooterText);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    if (embed.url !== undefined) expect(embed.url).toMatch(/^https?:\/\//);
  }
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const button of row.components) {
      if ("label" in button)
        expect(button.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      if ("custom_id" in button) expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    }
  }
  expect(message.allowedMentions).toEqual(NO_MENTIONS);
}
