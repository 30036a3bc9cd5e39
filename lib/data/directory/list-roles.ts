import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { NotFoundError } from "@/lib/errors";
import type { Level } from "@/lib/scenario/schema";
import { buildGrid } from "./privilege-grid";

export function listRoles(actor?: Actor | null) {
  return readAs(
    "directory.read",
    (db) =>
      db.securityRole.findMany({
        select: {
          id: true,
          name: true,
          inheritance: true,
          businessUnit: { select: { id: true, name: true } },
          _count: { select: { privileges: true, users: true, teams: true } },
        },
        orderBy: [{ nameLower: "asc" }],
      }),
    actor,
  );
}

/** A role with its privilege grid (rows from DataTable plus every table its privileges name). */
export function getRole(roleId: string, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const role = await db.securityRole.findUnique({
        where: { id: roleId },
        include: {
          businessUnit: { select: { id: true, name: true } },
          privileges: true,
          _count: { select: { users: true, teams: true } },
        },
      });
      if (!role) throw new NotFoundError("This security role");

      const [tables, known] = await Promise.all([
        db.dataTable.findMany({ select: { name: true, ownership: true } }),
        db.rolePrivilege.findMany({
          distinct: ["privilegeLower"],
          select: { privilege: true, privilegeLower: true },
        }),
      ]);
      const privileges = Object.fromEntries(role.privileges.map((p) => [p.privilege, p.level as Level]));

      return {
        role: {
          id: role.id,
          name: role.name,
          inheritance: role.inheritance as "Direct" | "TeamOnly",
          version: role.version,
          businessUnit: role.businessUnit,
          holders: role._count,
        },
        privileges,
        grid: buildGrid(tables, privileges, new Map(known.map((p) => [p.privilegeLower, p.privilege]))),
      };
    },
    actor,
  );
}

/** Two roles side by side: one row per privilege either holds, with both levels. */
export function compareRoles(leftId: string, rightId: string, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const [left, right] = await Promise.all([getRole(leftId, actor), getRole(rightId, actor)]);
      const tables = await db.dataTable.findMany({ select: { name: true, ownership: true } });
      const union = { ...right.privileges, ...left.privileges };
      const rows = buildGrid(tables, union);
      const levelOf = (map: Record<string, Level>) => {
        const lower = new Map(Object.entries(map).map(([name, level]) => [name.toLowerCase(), level]));
        return (key: string) => lower.get(key) ?? "None";
      };

      return {
        left,
        right,
        rows,
        leftLevel: levelOf(left.privileges),
        rightLevel: levelOf(right.privileges),
      };
    },
    actor,
  );
}
