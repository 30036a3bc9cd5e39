import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import type { GroupName } from "@/lib/data/services/catalog";
import { computeFindings } from "./rules";

/** Findings for the overview: only the handful of CRM users the accounts name are read. */
export function loadFindings(actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      const [services, groups] = await Promise.all([
        db.serviceAccount.findMany({ select: { service: true, identity: true } }),
        db.directoryGroup.findMany({ include: { members: { select: { account: true } } } }),
      ]);
      const members: Partial<Record<GroupName, string[]>> = Object.fromEntries(
        groups.map((g) => [g.name, g.members.map((m) => m.account)]),
      );
      const named = [...services.map((s) => s.identity), ...(members.PrivUserGroup ?? [])];
      const users = await db.systemUser.findMany({
        where: { logonLower: { in: [...new Set(named.map((a) => a.toLowerCase()))] } },
        select: { logon: true, disabled: true },
      });

      return computeFindings({ services, groups: members, users });
    },
    actor,
  );
}
