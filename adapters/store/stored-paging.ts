import { newPagingId, PAGING_TTL_MS, type PagedAnswer, type PagedAnswers } from "../discord/paging.ts";
import { ExpiringRows, type ExpiryOptions } from "./expiry.ts";
import type { Queryable } from "./store.ts";

/**
 * Answers waiting for "More results" clicks, in the database, so a click that lands on another
 * replica (or after a restart) still pages. Answers are plain data, stored as JSON.
 */
export class StoredPagedAnswers extends ExpiringRows implements PagedAnswers {
  constructor(db: Queryable, options: ExpiryOptions = {}) {
    super(db, options, PAGING_TTL_MS);
  }

  async put(value: PagedAnswer): Promise<string> {
    const id = newPagingId();
    await this.db.query("INSERT INTO paged_answers (id, value, expires_at_ms) VALUES ($1, $2::jsonb, $3)", [
      id,
      JSON.stringify(value),
      this.expiry.fromNow(),
    ]);
    return id;
  }

  async get(id: string): Promise<PagedAnswer | undefined> {
    const rows = await this.db.query<{ value: PagedAnswer }>(
      "SELECT value FROM paged_answers WHERE id = $1 AND expires_at_ms > $2",
      [id, this.expiry.now()],
    );
    return rows[0]?.value;
  }
}
