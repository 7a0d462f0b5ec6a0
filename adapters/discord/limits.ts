/**
 * Discord's limits in one table, so every cut in the renderer names the limit it respects.
 * Source: Discord developer documentation (Embed limits, Message components, Autocomplete,
 * Application command naming). Lengths are in characters; we count UTF-16 code units, which is never
 * fewer than Discord's count, so staying within them stays within Discord's.
 */
export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooterText: 2048,
  /** Sum of every title, description, field name and value, footer text and author name in a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  messageContent: 2000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionName: 32,
  optionDescription: 100,
  /** Time to the first response to an interaction, after which its token is unknown (10062). */
  interactionResponseMs: 3000,
} as const;

/** Choices PyVer makes within those limits, and values derived from them. */
export const PRESENTATION = {
  /** Citations linked under an answer, and hits per "More results" page. */
  citationsPerPage: 5,
  /**
   * Deadline for answering without deferring: well inside Discord's 3 s, leaving room for the
   * network round trip of the response itself.
   */
  replyBeforeDeferMs: DISCORD_LIMITS.interactionResponseMs / 2,
  /** Longest query shown back in a title ("More results for …"); the rest of the title is fixed text. */
  queryInTitle: DISCORD_LIMITS.embedTitle - 40,
} as const;
