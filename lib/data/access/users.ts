import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";

// Picking a user among 100,000: the search runs in the database on the
// lower-cased logon and full name and returns a short list, never the table.

export function searchUsers(query: string, actor?: Actor | null) {
  const text = query.trim().toLowerCase().slice(0, 100);

  return readAs(
    "organization.read",
    async (db) => {
      if (!text) return [];

      return db.systemUser.findMany({
        where: { OR: [{ logonLower: { contains: text } }, { fullNameLower: { contains: text } }] },
        select: {
          id: true,
          logon: true,
          fullName: true,
          disabled: true,
          businessUnit: { select: { name: true } },
        },
        orderBy: { logonLower: "asc" },
        take: 15,
      });
    },
    actor,
  );
}

export function listRolesAndUnits(actor?: Actor | null) {
  return readAs(
    "organization.read",
    async (db) => {
      const [roles, units, teams] = await Promise.all([
        db.securityRole.findMany({
          select: { id: true, name: true, businessUnit: { select: { name: true } } },
          orderBy: [{ nameLower: "asc" }],
        }),
        db.businessUnit.findMany({ select: { name: true }, orderBy: { nameLower: "asc" } }),
        db.team.findMany({ select: { name: true, type: true }, orderBy: { nameLower: "asc" } }),
      ]);

      return {
        roles: roles.map((role) => ({ id: role.id, name: role.name, businessUnit: role.businessUnit.name })),
        units: units.map((unit) => unit.name),
        teams,
      };
    },
    actor,
  );
}
