import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { NotFoundError } from "@/lib/errors";
import { isSystemLogon, rolesUsableIn } from "./guards";
import { userState } from "./states";

/** A user with where they sit, what they hold directly and through which team (R10). */
export function getUser(userId: string, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const user = await db.systemUser.findUnique({
        where: { id: userId },
        include: {
          businessUnit: { select: { id: true, name: true } },
          roles: {
            select: { role: { select: { id: true, name: true, businessUnit: { select: { name: true } } } } },
            orderBy: { role: { nameLower: "asc" } },
          },
          teams: {
            select: {
              team: {
                select: {
                  id: true,
                  name: true,
                  type: true,
                  businessUnit: { select: { name: true } },
                  roles: { select: { role: { select: { id: true, name: true } } } },
                },
              },
            },
            orderBy: { team: { nameLower: "asc" } },
          },
        },
      });
      if (!user) throw new NotFoundError("This user");

      const direct = user.roles.map((held) => held.role);
      const heldIds = new Set(direct.map((role) => role.id));
      const throughTeams = user.teams.flatMap(({ team }) =>
        team.roles.map(({ role }) => ({ role, team: { id: team.id, name: team.name } })),
      );
      const assignable = (await rolesUsableIn(db, user.businessUnit.id)).filter(
        (role) => !heldIds.has(role.id),
      );

      return {
        user,
        direct,
        throughTeams,
        teams: user.teams.map((membership) => membership.team),
        assignable,
        system: isSystemLogon(user.logon),
        /** As the audit log and a refused save show it, to mark what changed since. */
        state: await userState(db, user.id),
      };
    },
    actor,
  );
}

/** Options for filters and forms: small lists, read whole. */
export function directoryOptions(actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const [units, roles, teams, organization] = await Promise.all([
        db.businessUnit.findMany({
          select: { id: true, name: true, parentId: true },
          orderBy: { nameLower: "asc" },
        }),
        db.securityRole.findMany({
          select: { id: true, name: true, businessUnit: { select: { name: true } } },
          orderBy: [{ nameLower: "asc" }],
        }),
        db.team.findMany({ select: { id: true, name: true, type: true }, orderBy: { nameLower: "asc" } }),
        db.organization.findUnique({
          where: { id: 1 },
          select: { doNotRemoveRolesOnChangeBusinessUnit: true },
        }),
      ]);

      return {
        units,
        roles,
        teams,
        keepRolesOnMove: organization?.doNotRemoveRolesOnChangeBusinessUnit ?? false,
      };
    },
    actor,
  );
}
