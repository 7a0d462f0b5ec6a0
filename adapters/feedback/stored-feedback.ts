import { randomUUID } from "node:crypto";
import type { Queryable } from "../store/store.ts";
import {
  type AskedRecord,
  type FeedbackLog,
  type FeedbackPlatform,
  hashUser,
  type StoredAsk,
  type StoredVote,
} from "./feedback-log.ts";

interface AskRow extends Record<string, unknown> {
  id: string;
  at_ms: number;
  platform: FeedbackPlatform;
  workspace: string;
  user_hash: string;
  question: string;
  found: boolean;
  first_citation: string | null;
}

interface VoteRow extends Record<string, unknown> {
  ask_id: string;
  user_hash: string;
  up: boolean;
  at_ms: number;
}

/**
 * Feedback in the store, shared by every replica and kept across restarts. The salt that hashes user
 * ids is made once and kept in the store too, so one person's votes stay one person's after a
 * restart and on every replica.
 */
export class StoredFeedbackLog implements FeedbackLog {
  private salt?: Promise<string>;

  constructor(
    private readonly db: Queryable,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private userSalt(): Promise<string> {
    this.salt ??= (async () => {
      await this.db.query("INSERT INTO feedback_salt (id, salt) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", [
        randomUUID(),
      ]);
      const [row] = await this.db.query<{ salt: string }>("SELECT salt FROM feedback_salt WHERE id = 1");
      return row?.salt ?? "";
    })();
    return this.salt;
  }

  async asked(record: AskedRecord): Promise<string> {
    const id = randomUUID();
    const userHash = hashUser(record.platform, record.user, await this.userSalt());
    await this.db.query(
      `INSERT INTO feedback_asks (id, at_ms, platform, workspace, user_hash, question, found, first_citation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        this.now().getTime(),
        record.platform,
        record.workspace,
        userHash,
        record.question,
        record.found,
        record.firstCitation ?? null,
      ],
    );
    return id;
  }

  async vote(askId: string, user: string, up: boolean, platform: FeedbackPlatform): Promise<void> {
    const userHash = hashUser(platform, user, await this.userSalt());
    await this.db.query(
      `INSERT INTO feedback_votes (ask_id, user_hash, up, at_ms)
       SELECT id, $2, $3, $4 FROM feedback_asks WHERE id = $1
       ON CONFLICT (ask_id, user_hash) DO UPDATE SET up = EXCLUDED.up, at_ms = EXCLUDED.at_ms`,
      [askId, userHash, up, this.now().getTime()],
    );
  }

  async since(since: Date): Promise<{ asks: StoredAsk[]; votes: StoredVote[] }> {
    const asks = await this.db.query<AskRow>("SELECT * FROM feedback_asks WHERE at_ms >= $1", [
      since.getTime(),
    ]);
    const votes = await this.db.query<VoteRow>("SELECT * FROM feedback_votes WHERE at_ms >= $1", [
      since.getTime(),
    ]);
    return {
      asks: asks.map((r) => ({
        id: r.id,
        at: new Date(Number(r.at_ms)),
        platform: r.platform,
        workspace: r.workspace,
        userHash: r.user_hash,
        question: r.question,
        found: r.found,
        ...(r.first_citation ? { firstCitation: r.first_citation } : {}),
      })),
      votes: votes.map((r) => ({
        askId: r.ask_id,
        userHash: r.user_hash,
        up: r.up,
        at: new Date(Number(r.at_ms)),
      })),
    };
  }

  async forget(before: Date): Promise<number> {
    // Votes go with their answers (ON DELETE CASCADE), and on their own once old.
    const votes = await this.db.query("DELETE FROM feedback_votes WHERE at_ms < $1 RETURNING ask_id", [
      before.getTime(),
    ]);
    const asks = await this.db.query("DELETE FROM feedback_asks WHERE at_ms < $1 RETURNING id", [
      before.getTime(),
    ]);
    return votes.length + asks.length;
  }
}
