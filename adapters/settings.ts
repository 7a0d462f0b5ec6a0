import { availableParallelism } from "node:os";
import { z } from "zod";
import {
  DEFAULT_DOCS_BASE_URL,
  DEFAULT_RELEASES_URL,
  DEFAULT_TIMEOUT_MS,
  resolveDataDir,
} from "../src/index.ts";

/**
 * Every setting PyVer reads from the environment (or `.env`), validated once at start. A bad value
 * stops the start with a message naming the variable.
 */

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const httpUrl = optionalText.refine(
  (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
  "must be an http(s) URL",
);

const visibility = optionalText
  .transform((v) => v ?? "ephemeral")
  .refine((v) => v === "ephemeral" || v === "public", "must be ephemeral or public")
  .transform((v) => v as "ephemeral" | "public");

const positiveNumber = (fallback: number) =>
  optionalText
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .refine((v) => Number.isFinite(v) && v > 0, "must be a positive number");

const EnvSchema = z
  .object({
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.refine(
      (v) => v === undefined || /^\d{5,25}$/.test(v),
      "must be a numeric id",
    ),
    DISCORD_GUILD_ID: optionalText.refine(
      (v) => v === undefined || /^\d{5,25}$/.test(v),
      "must be a numeric id",
    ),
    DISCORD_API_URL: httpUrl,
    DISCORD_DEFAULT_VISIBILITY: visibility,
    DISCORD_SHARDS: optionalText
      .refine(
        (v) => v === undefined || v === "auto" || /^[1-9]\d*$/.test(v),
        "must be auto or a whole number of shards above 0",
      )
      .transform((v): ShardCount | undefined => (v === undefined || v === "auto" ? v : Number(v))),
    SLACK_BOT_TOKEN: optionalText.refine(
      (v) => v === undefined || v.startsWith("xoxb-"),
      "must start with xoxb-",
    ),
    SLACK_APP_TOKEN: optionalText.refine(
      (v) => v === undefined || v.startsWith("xapp-"),
      "must start with xapp-",
    ),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText,
    SLACK_API_URL: httpUrl,
    SLACK_DEFAULT_VISIBILITY: visibility,
    PORT: optionalText
      .transform((v) => (v === undefined ? 3000 : Number(v)))
      .refine((v) => Number.isInteger(v) && v >= 0 && v <= 65535, "must be a port number (0-65535)"),
    LOG_LEVEL: optionalText
      .transform((v) => v ?? "info")
      .refine(
        (v) => ["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(v),
        "must be a pino level",
      ),
    PYVER_DATA_DIR: optionalText,
    DATABASE_URL: optionalText.refine(
      (v) => v === undefined || /^postgres(ql)?:\/\/\S+$/.test(v),
      "must be a postgres:// or postgresql:// URL",
    ),
    DOCS_BASE_URL: httpUrl,
    RELEASES_URL: httpUrl,
    CORPUS_REFRESH_HOURS: optionalText
      .transform((v) => (v === undefined ? 24 : Number(v)))
      .refine((v) => Number.isFinite(v) && v >= 0, "must be a number of hours (0 turns refreshing off)"),
    PYVER_WORKERS: optionalText
      .transform((v) => (v === undefined ? availableParallelism() : Number(v)))
      .refine((v) => Number.isInteger(v) && v >= 0, "must be a whole number (0 answers in the main thread)"),
    ANSWER_TIMEOUT_MS: optionalText
      .transform((v) => (v === undefined ? DEFAULT_TIMEOUT_MS : Number(v)))
      .refine((v) => Number.isInteger(v) && v > 0, "must be a whole number of milliseconds above 0"),
    FEEDBACK: optionalText
      .transform((v) => (v ?? "on").toLowerCase())
      .refine((v) => v === "on" || v === "off", "must be on or off"),
    FEEDBACK_RETENTION_DAYS: optionalText
      .transform((v) => (v === undefined ? 90 : Number(v)))
      .refine((v) => Number.isInteger(v) && v > 0, "must be a whole number of days above 0"),
    RATE_LIMIT_PER_MINUTE: positiveNumber(20),
    RATE_LIMIT_BURST: positiveNumber(5),
  })
  .superRefine((env, ctx) => {
    const oauth = Boolean(env.SLACK_CLIENT_ID);
    if ((env.SLACK_BOT_TOKEN || oauth) && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)",
      });
    }
    if (env.DISCORD_SHARDS !== undefined && !env.DISCORD_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_TOKEN"],
        message: "is required when DISCORD_SHARDS is set",
      });
    }
    if (!env.SLACK_BOT_TOKEN && !oauth && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_BOT_TOKEN"],
        message:
          "is required when other SLACK_ settings are set (or SLACK_CLIENT_ID for installs in many workspaces)",
      });
    }
  });

/** How many gateway shards to run: Discord's recommendation (`auto`) or a fixed number. */
export type ShardCount = number | "auto";

export interface DiscordSettings {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  defaultVisibility: "ephemeral" | "public";
  /** Set: one process per shard under a sharding manager. Unset: the client runs in this process. */
  shards?: ShardCount;
}

/**
 * Installing in many workspaces: Slack's OAuth v2 flow at `/slack/install` and
 * `/slack/oauth_redirect`, each workspace's bot token kept with its installation.
 */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  /** Signs the `state` that ties an install's redirect to the browser that started it. */
  stateSecret: string;
}

export interface SlackSettings {
  /** One workspace: its bot token. Unset in OAuth mode, where each workspace's own token is used. */
  botToken?: string;
  oauth?: SlackOAuthSettings;
  /** Socket Mode when set; HTTP mode otherwise. */
  appToken?: string;
  signingSecret?: string;
  port: number;
  apiUrl?: string;
  defaultVisibility: "ephemeral" | "public";
}

/** Where downloaded notes are kept and how they are kept current. */
export interface CorpusSettings {
  dataDir: string;
  docsBaseUrl: string;
  releasesUrl: string;
  /** 0 turns refreshing off. */
  refreshHours: number;
}

/** How questions are answered: by a pool of worker threads, or in the main thread when `workers` is 0. */
export interface AnswerSettings {
  workers: number;
  timeoutMs: number;
}

/** Where state shared by replicas is kept: a PostgreSQL server, or PGlite under the data directory. */
export interface StoreSettings {
  databaseUrl?: string;
}

export interface Settings {
  discord?: DiscordSettings;
  slack?: SlackSettings;
  corpus: CorpusSettings;
  answers: AnswerSettings;
  logLevel: string;
  rateLimit: { perMinute: number; burst: number };
  /** 👍 / 👎 and unanswered questions: kept for `retentionDays` days, or not at all when off. */
  feedback: { enabled: boolean; retentionDays: number };
  store: StoreSettings;
}

export class SettingsError extends Error {}

export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0] ?? "setting")} ${i.message}`);
    throw new SettingsError(`Invalid settings:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const oauth = slackOAuth(e.SLACK_CLIENT_ID, e.SLACK_CLIENT_SECRET, e.SLACK_STATE_SECRET);
  return {
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          guildId: e.DISCORD_GUILD_ID,
          apiUrl: e.DISCORD_API_URL,
          defaultVisibility: e.DISCORD_DEFAULT_VISIBILITY,
          shards: e.DISCORD_SHARDS,
        }
      : undefined,
    slack:
      e.SLACK_BOT_TOKEN || oauth
        ? {
            botToken: e.SLACK_BOT_TOKEN,
            oauth,
            appToken: e.SLACK_APP_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET,
            port: e.PORT,
            apiUrl: e.SLACK_API_URL,
            defaultVisibility: e.SLACK_DEFAULT_VISIBILITY,
          }
        : undefined,
    corpus: {
      dataDir: resolveDataDir({ PYVER_DATA_DIR: e.PYVER_DATA_DIR }),
      docsBaseUrl: e.DOCS_BASE_URL ?? DEFAULT_DOCS_BASE_URL,
      releasesUrl: e.RELEASES_URL ?? DEFAULT_RELEASES_URL,
      refreshHours: e.CORPUS_REFRESH_HOURS,
    },
    answers: { workers: e.PYVER_WORKERS, timeoutMs: e.ANSWER_TIMEOUT_MS },
    logLevel: e.LOG_LEVEL,
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    feedback: { enabled: e.FEEDBACK === "on", retentionDays: e.FEEDBACK_RETENTION_DAYS },
    store: { databaseUrl: e.DATABASE_URL },
  };
}

/** All three OAuth settings, or none: one or two set is a half-configured install flow. */
function slackOAuth(
  clientId: string | undefined,
  clientSecret: string | undefined,
  stateSecret: string | undefined,
): SlackOAuthSettings | undefined {
  const given = {
    SLACK_CLIENT_ID: clientId,
    SLACK_CLIENT_SECRET: clientSecret,
    SLACK_STATE_SECRET: stateSecret,
  };
  const missing = Object.entries(given)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length === 3) return undefined;
  if (missing.length > 0 || !clientId || !clientSecret || !stateSecret)
    throw new SettingsError(
      `Slack OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: ${missing.join(", ")} not set`,
    );
  return { clientId, clientSecret, stateSecret };
}
