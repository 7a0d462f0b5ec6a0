import { randomBytes } from "node:crypto";
import type { Answer } from "../../src/index.ts";
import { DISCORD_LIMITS } from "./limits.ts";

/**
 * State for the "More results" button. A button carries only a `custom_id` of at most 100
 * characters, so the answer being paged stays here, in a bounded in-memory map, and the button names
 * it by a short id: `pyver:more:<id>:<page>`. In memory (`PagingStore`) state is lost on restart and
 * seen by one replica only; the shared store keeps it for every replica. Either way, once it is gone
 * the button says so.
 */

/** What a button asks for, decoded from its `custom_id`. */
export type ButtonAction =
  | { kind: "more"; id: string; page: number }
  | { kind: "post" }
  | { kind: "vote"; id: string; up: boolean };

const PREFIX = "pyver";
/** "Post to channel" needs no state: it re-posts the embeds of the message it is attached to. */
export const POST_BUTTON_ID = `${PREFIX}:post`;
const MORE = /^pyver:more:([A-Za-z0-9_-]{1,40}):(\d{1,3})$/;
/** 👍 / 👎: `pyver:vote:up:<id>`, the id the answer was kept under for feedback. */
const VOTE = /^pyver:vote:(up|down):([A-Za-z0-9_-]{1,40})$/;

function checkedId(id: string): string {
  if (id.length > DISCORD_LIMITS.customId) {
    throw new RangeError(`custom_id of ${id.length} characters exceeds ${DISCORD_LIMITS.customId}`);
  }
  return id;
}

export function moreButtonId(id: string, page: number): string {
  return checkedId(`${PREFIX}:more:${id}:${page}`);
}

export function voteButtonId(id: string, up: boolean): string {
  return checkedId(`${PREFIX}:vote:${up ? "up" : "down"}:${id}`);
}

/** The action a PyVer button stands for, or undefined for any other `custom_id`. */
export function parseButtonId(customId: string): ButtonAction | undefined {
  if (customId === POST_BUTTON_ID) return { kind: "post" };
  const more = MORE.exec(customId);
  if (more?.[1] && more[2]) return { kind: "more", id: more[1], page: Number(more[2]) };
  const vote = VOTE.exec(customId);
  if (vote?.[1] && vote[2]) return { kind: "vote", id: vote[2], up: vote[1] === "up" };
  return undefined;
}

export interface PagedAnswer {
  /** Only this user may page; others get an ephemeral note. */
  askerId: string;
  answer: Answer;
  /** Whether the answer was shown only to the asker (its pages keep "Post to channel"). */
  ephemeral: boolean;
}

/** Where answers wait for their "More results" clicks. */
export interface PagedAnswers {
  /** Keeps an answer for paging and resolves with the id its buttons carry. */
  put(value: PagedAnswer): Promise<string>;
  /** The answer kept under `id`, or undefined once it has expired or was never kept here. */
  get(id: string): Promise<PagedAnswer | undefined>;
}

/**
 * A new paging id. 6 random bytes: 8 base64url characters, unguessable enough that one user cannot
 * page another's answer by forging ids, and short enough for any custom_id we build.
 */
export function newPagingId(): string {
  return randomBytes(6).toString("base64url");
}

/** How long an answer can be paged after it was given: one hour. */
export const PAGING_TTL_MS = 60 * 60 * 1000;

export interface PagingOptions {
  /** Most answers kept; the oldest is forgotten first. Default 1000. */
  capacity: number;
  /** How long an answer can be paged after it was given, in ms. Default one hour. */
  ttlMs: number;
  now: () => number;
}

const DEFAULTS: PagingOptions = { capacity: 1000, ttlMs: PAGING_TTL_MS, now: Date.now };

export class PagingStore implements PagedAnswers {
  private readonly entries = new Map<string, { value: PagedAnswer; expires: number }>();
  private readonly options: PagingOptions;

  constructor(options: Partial<PagingOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  get size(): number {
    return this.entries.size;
  }

  async put(value: PagedAnswer): Promise<string> {
    const id = newPagingId();
    this.entries.set(id, { value, expires: this.options.now() + this.options.ttlMs });
    // A Map iterates in insertion order, so the first key is the oldest.
    while (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  async get(id: string): Promise<PagedAnswer | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.options.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.value;
  }
}
