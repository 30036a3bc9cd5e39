import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { NotFoundError } from "@/lib/errors";
import { rolesUsableIn } from "./guards";
import { teamState } from "./states";
import { userWhere } from "./list-users";

export function listTeams(actor?: Actor | null) {
  return readAs(
    "directory.read",
    (db) =>
      db.team.findMany({
        select: {
          id: true,
          name: true,
          type: true,
          businessUnit: { select: { id: true, name: true } },
          _count: { select: { members: true, roles: true } },
        },
        orderBy: { nameLower: "asc" },
      }),
    actor,
  );
}

/** A team with its members and roles; `memberQuery` searches users to add (a page of ten). */
export function getTeam(teamId: string, memberQuery = "", actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const team = await db.team.findUnique({
        where: { id: teamId },
        include: {
          businessUnit: { select: { id: true, name: true } },
          members: {
            select: { user: { select: { id: true, logon: true, fullName: true, disabled: true } } },
            orderBy: { user: { logonLower: "asc" } },
          },
          roles: {
            select: { role: { select: { id: true, name: true, businessUnit: { select: { name: true } } } } },
            orderBy: { role: { nameLower: "asc" } },
          },
        },
      });
      if (!team) throw new NotFoundError("This team");

      const heldIds = new Set(team.roles.map(({ role }) => role.id));
      // R5: an access team holds no roles, so none is offered.
      const assignable =
        team.type === "Access"
          ? []
          : (await rolesUsableIn(db, team.businessUnit.id)).filter((role) => !heldIds.has(role.id));
      const candidates = memberQuery.trim()
        ? await db.systemUser.findMany({
            where: { AND: [userWhere({ q: memberQuery }), { teams: { none: { teamId } } }] },
            select: { id: true, logon: true, fullName: true },
            orderBy: { logonLower: "asc" },
            take: 10,
          })
        : [];

      return {
        team,
        members: team.members.map((m) => m.user),
        roles: team.roles.map((r) => r.role),
        assignable,
        candidates,
        /** As the audit log and a refused save show it, to mark what changed since. */
        state: await teamState(db, team.id),
      };
    },
    actor,
  );
}
