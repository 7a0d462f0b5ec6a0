import { SEEN_EVENT_TTL_MS, type SeenEvents } from "../slack/dedupe.ts";
import { ExpiringRows, type ExpiryOptions } from "./expiry.ts";
import type { Queryable } from "./store.ts";

/**
 * Slack event ids in the database, so a retry that lands on another replica is still recognised.
 * The insert and the check are one statement: of two replicas seeing the same id at once, exactly one
 * gets the row back. An expired row counts as absent and is taken over.
 */
export class StoredSeenEvents extends ExpiringRows implements SeenEvents {
  constructor(db: Queryable, options: ExpiryOptions = {}) {
    super(db, options, SEEN_EVENT_TTL_MS);
  }

  async firstSighting(id: string): Promise<boolean> {
    const now = this.expiry.now();
    const rows = await this.db.query(
      `INSERT INTO seen_events (id, expires_at_ms) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET expires_at_ms = EXCLUDED.expires_at_ms
         WHERE seen_events.expires_at_ms <= $3
       RETURNING id`,
      [id, now + this.expiry.ttlMs, now],
    );
    return rows.length > 0;
  }
}
