import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { DEFAULT_OPTIONS } from "../../src/index.ts";

/** The `/pyver` command as registered with Discord. Option names are part of the contract. */
export const COMMAND_NAME = "pyver";
export const OPTION_QUERY = "query";
export const OPTION_VERSION = "version";
export const OPTION_PUBLIC = "public";

/**
 * The command as a guild registers it. `contexts` and `integration_types` are documented for global
 * commands only, so the guild copy (the development path) goes without them.
 */
export const PYVER_GUILD_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: COMMAND_NAME,
  type: ApplicationCommandType.ChatInput,
  description: "Which Python version added, changed or removed something, with links to What's New",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: OPTION_QUERY,
      description: "A feature, module, function or PEP, e.g. pathlib, match statement, PEP 572",
      required: true,
      autocomplete: true,
      // The core cuts longer questions anyway; saying so here makes Discord's client stop the typing.
      max_length: DEFAULT_OPTIONS.maxQueryChars,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: OPTION_VERSION,
      description: "Only answer from this release's notes, e.g. 3.12",
      required: false,
      autocomplete: true,
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: OPTION_PUBLIC,
      description: "Show the answer to everyone in the channel (true) or only to you (false)",
      required: false,
    },
  ],
};

/** The command as registered globally: installed to servers, usable there and in the bot's DMs. */
export const PYVER_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  ...PYVER_GUILD_COMMAND,
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};
