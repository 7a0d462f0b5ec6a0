/**
 * Requests exactly as Slack sends them to `/slack/events`: urlencoded slash commands, JSON event
 * callbacks, urlencoded block-action payloads and `url_verification`, each signed with
 * `v0=` HMAC-SHA256 of `v0:{timestamp}:{raw body}` under the app's signing secret.
 */
import { createHmac } from "node:crypto";

export const TEAM_ID = "T0TEAM";
export const APP_ID = "A0PYVER";
export const BOT_USER_ID = "U0PYVER";
export const BOT_ID = "B0PYVER";

export interface SlackRequest {
  body: string;
  contentType: "application/x-www-form-urlencoded" | "application/json";
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Overrides the computed signature (to send a forged one). */
  signature?: string;
  /** Slack's retry headers, as on a redelivered event. */
  retryNum?: number;
}

export interface SlackResponse {
  status: number;
  body: string;
  elapsedMs: number;
}

export async function send(url: string, request: SlackRequest, options: SendOptions): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": request.contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? sign(options.secret, timestamp, request.body),
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers, body: request.body });
  const body = await response.text();
  return { status: response.status, body, elapsedMs: performance.now() - started };
}

export interface CommandFields {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
}

export function slashCommand({
  text,
  responseUrl,
  userId = "U0ASKER",
  channelId = "C0GENERAL",
}: CommandFields): SlackRequest {
  const fields = {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    team_domain: "pyver-test",
    channel_id: channelId,
    channel_name: "general",
    user_id: userId,
    user_name: "asker",
    command: "/pyver",
    text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1337.42.abcdef",
  };
  return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
}

export function eventCallback(eventId: string, event: Record<string, unknown>): SlackRequest {
  const body = {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${eventId}`,
  };
  return { body: JSON.stringify(body), contentType: "application/json" };
}

export interface MentionFields {
  text: string;
  ts: string;
  threadTs?: string;
  channel?: string;
  user?: string;
}

export function appMention({
  text,
  ts,
  threadTs,
  channel = "C0GENERAL",
  user = "U0ASKER",
}: MentionFields): Record<string, unknown> {
  return {
    type: "app_mention",
    user,
    text,
    ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    channel,
    event_ts: ts,
    team: TEAM_ID,
    client_msg_id: `msg-${ts}`,
  };
}

export function directMessage(fields: {
  text: string;
  ts: string;
  user?: string;
  botId?: string;
  subtype?: string;
}): Record<string, unknown> {
  return {
    type: "message",
    ...(fields.subtype ? { subtype: fields.subtype } : {}),
    user: fields.user ?? "U0ASKER",
    ...(fields.botId ? { bot_id: fields.botId } : {}),
    text: fields.text,
    ts: fields.ts,
    channel: "D0ASKER",
    event_ts: fields.ts,
    channel_type: "im",
    team: TEAM_ID,
  };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  responseUrl: string;
  userId?: string;
  /** The clicked message was ephemeral (a command's private answer). */
  ephemeral?: boolean;
}

export function blockAction({
  actionId,
  value,
  responseUrl,
  userId = "U0ASKER",
  ephemeral = true,
}: ButtonClick): SlackRequest {
  const payload = {
    type: "block_actions",
    user: { id: userId, username: "asker", name: "asker", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: "1700000000.000001",
      channel_id: "C0GENERAL",
      is_ephemeral: ephemeral,
    },
    trigger_id: "1337.43.abcdef",
    team: { id: TEAM_ID, domain: "pyver-test" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: "C0GENERAL", name: "general" },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "button", emoji: true },
        value,
        type: "button",
        action_ts: "1700000001.000002",
      },
    ],
  };
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

export function urlVerification(challenge: string): SlackRequest {
  return {
    body: JSON.stringify({ token: "legacy-verification-token", challenge, type: "url_verification" }),
    contentType: "application/json",
  };
}
