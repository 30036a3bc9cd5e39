import "server-only";
import { readAs } from "@/lib/data/read";

export function loadOverview() {
  return readAs("organization.read", async (db) => {
    const [organization, units, users, disabledUsers, teams, roles, steps, services, recent] =
      await Promise.all([
        db.organization.findUnique({ where: { id: 1 } }),
        db.businessUnit.count(),
        db.systemUser.count(),
        db.systemUser.count({ where: { disabled: true } }),
        db.team.count(),
        db.securityRole.count(),
        db.pluginStep.count(),
        db.serviceAccount.findMany({ orderBy: { service: "asc" } }),
        db.auditEvent.findMany({ orderBy: { at: "desc" }, take: 8 }),
      ]);

    return { organization, units, users, disabledUsers, teams, roles, steps, services, recent };
  });
}
