/**
 * A workspace that uninstalls PyVer, or revokes its bot token, has its installation removed, so its
 * token is never used again and a reinstall starts clean.
 */
import type { App, InstallationStore } from "@slack/bolt";
import type { Logger } from "pino";
import { errorFields } from "../shared/turn.ts";

interface Workspace {
  teamId?: string;
  enterpriseId?: string;
}

/** The workspace an event came from, as Slack's envelope names it. */
function workspaceOf(body: unknown): Workspace {
  const envelope = (body ?? {}) as { team_id?: unknown; enterprise_id?: unknown };
  return {
    teamId: typeof envelope.team_id === "string" ? envelope.team_id : undefined,
    enterpriseId: typeof envelope.enterprise_id === "string" ? envelope.enterprise_id : undefined,
  };
}

export function forgetUninstalls(app: App, installations: InstallationStore, logger: Logger): void {
  const forget = async (reason: string, body: unknown): Promise<void> => {
    const { teamId, enterpriseId } = workspaceOf(body);
    if (!teamId && !enterpriseId) return;
    const isEnterpriseInstall = !teamId && enterpriseId !== undefined;
    try {
      await installations.deleteInstallation?.(
        isEnterpriseInstall
          ? { teamId: undefined, enterpriseId: enterpriseId ?? "", isEnterpriseInstall: true }
          : { teamId: teamId ?? "", enterpriseId, isEnterpriseInstall: false },
      );
      logger.info({ teamId, enterpriseId, reason }, "slack installation removed");
    } catch (error) {
      logger.error({ err: errorFields(error), teamId, reason }, "slack installation could not be removed");
    }
  };
  app.event("app_uninstalled", async ({ body }) => forget("app_uninstalled", body));
  app.event("tokens_revoked", async ({ event, body }) => {
    // Only a revoked bot token ends the install; revoked user tokens are not PyVer's.
    if ((event.tokens.bot ?? []).length > 0) await forget("tokens_revoked", body);
  });
}
