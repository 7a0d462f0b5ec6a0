/**
 * What people asked and what they thought of the answers: every question answered "not found", every
 * answer shown with 👍 / 👎 buttons, and the votes on them. Users are kept only as a salted hash, never
 * their platform id. With `FEEDBACK=off` nothing is kept and no buttons are shown.
 */
import { createHash, randomUUID } from "node:crypto";

export type FeedbackPlatform = "discord" | "slack";

/** One answer as shown: the question, whether the notes had anything, and what it cited first. */
export interface AskedRecord {
  platform: FeedbackPlatform;
  /** The Discord guild or Slack team the question came from ("dm" for a direct message). */
  workspace: string;
  /** The asker's platform id; stored only hashed. */
  user: string;
  question: string;
  found: boolean;
  /** The first citation's URL, or none. */
  firstCitation?: string;
}

export interface StoredAsk extends Omit<AskedRecord, "user"> {
  id: string;
  userHash: string;
  at: Date;
}

export interface StoredVote {
  askId: string;
  userHash: string;
  up: boolean;
  at: Date;
}

/** Where feedback is kept: in memory for runs without a store, or in the store's tables. */
export interface FeedbackLog {
  /** Keeps an answer as shown; its id goes on the vote buttons. */
  asked(record: AskedRecord): Promise<string>;
  /** A vote on an answer; a second vote by the same person replaces the first. */
  vote(askId: string, user: string, up: boolean, platform: FeedbackPlatform): Promise<void>;
  /** What was kept since `since`, for the report. */
  since(since: Date): Promise<{ asks: StoredAsk[]; votes: StoredVote[] }>;
  /** Forgets what is older than `before`; returns how many rows went. */
  forget(before: Date): Promise<number>;
}

/**
 * A user id as kept: a hash of platform and id under a salt, so the same person's votes are one
 * vote per answer, yet the raw id is never written anywhere.
 */
export function hashUser(platform: FeedbackPlatform, user: string, salt: string): string {
  return createHash("sha256").update(`${salt}\u0000${platform}\u0000${user}`).digest("hex").slice(0, 32);
}

export class MemoryFeedbackLog implements FeedbackLog {
  private readonly asks = new Map<string, StoredAsk>();
  /** askId + userHash → vote. */
  private readonly votes = new Map<string, StoredVote>();

  constructor(
    private readonly salt: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async asked(record: AskedRecord): Promise<string> {
    const id = randomUUID();
    const { user, ...rest } = record;
    this.asks.set(id, { ...rest, id, userHash: hashUser(record.platform, user, this.salt), at: this.now() });
    return id;
  }

  async vote(askId: string, user: string, up: boolean, platform: FeedbackPlatform): Promise<void> {
    if (!this.asks.has(askId)) return;
    const userHash = hashUser(platform, user, this.salt);
    this.votes.set(`${askId}\u0000${userHash}`, { askId, userHash, up, at: this.now() });
  }

  async since(since: Date): Promise<{ asks: StoredAsk[]; votes: StoredVote[] }> {
    return {
      asks: [...this.asks.values()].filter((a) => a.at >= since),
      votes: [...this.votes.values()].filter((v) => v.at >= since),
    };
  }

  async forget(before: Date): Promise<number> {
    let gone = 0;
    for (const [id, ask] of this.asks)
      if (ask.at < before) {
        this.asks.delete(id);
        gone++;
      }
    for (const [key, vote] of this.votes)
      if (vote.at < before || !this.asks.has(vote.askId)) {
        this.votes.delete(key);
        gone++;
      }
    return gone;
  }
}
