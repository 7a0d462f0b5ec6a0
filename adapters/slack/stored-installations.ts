import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Queryable } from "../store/store.ts";

/** The key an installation is kept under: the enterprise for an org-wide install, else the team. */
function keyOf(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
  return query.isEnterpriseInstall ? `enterprise:${query.enterpriseId ?? ""}` : `team:${query.teamId ?? ""}`;
}

/**
 * Slack installations in the store: an install finished on one replica is used by all of them, and
 * survives restarts. The installation is kept whole, as Bolt hands it over.
 */
export class StoredInstallations implements InstallationStore {
  constructor(private readonly db: Queryable) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    });
    await this.db.query(
      `INSERT INTO slack_installations (key, installation, updated_at_ms) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET installation = EXCLUDED.installation, updated_at_ms = EXCLUDED.updated_at_ms`,
      [key, JSON.stringify(installation), Date.now()],
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const [row] = await this.db.query<{ installation: unknown }>(
      "SELECT installation FROM slack_installations WHERE key = $1",
      [keyOf(query)],
    );
    if (!row) throw new Error(`no Slack installation for ${keyOf(query)}`);
    const value = typeof row.installation === "string" ? JSON.parse(row.installation) : row.installation;
    return value as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.db.query("DELETE FROM slack_installations WHERE key = $1", [keyOf(query)]);
  }
}
