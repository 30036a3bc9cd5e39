import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { NotFoundError } from "@/lib/errors";
import { descendants } from "./tree";
import { unitState } from "./states";

export type UnitNode = {
  id: string;
  name: string;
  parentId: string | null;
  version: number;
  users: number;
  teams: number;
  roles: number;
  children: UnitNode[];
};

/** The whole tree with what each unit holds, which decides whether it may be deleted (R1). */
export function listBusinessUnits(actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const units = await db.businessUnit.findMany({
        select: {
          id: true,
          name: true,
          parentId: true,
          version: true,
          _count: { select: { users: true, teams: true, roles: true } },
        },
        orderBy: { nameLower: "asc" },
      });
      const nodes = new Map<string, UnitNode>(
        units.map((unit) => [unit.id, { ...unit, ...unit._count, children: [] as UnitNode[] }]),
      );
      const roots: UnitNode[] = [];
      for (const node of nodes.values()) {
        const parent = node.parentId ? nodes.get(node.parentId) : undefined;
        if (parent) parent.children.push(node);
        else roots.push(node);
      }

      return { roots, flat: [...nodes.values()] };
    },
    actor,
  );
}

/** One unit with its parent, children and contents; and where it may be moved (not below itself). */
export function getBusinessUnit(unitId: string, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const unit = await db.businessUnit.findUnique({
        where: { id: unitId },
        include: {
          parent: { select: { id: true, name: true } },
          children: { select: { id: true, name: true }, orderBy: { nameLower: "asc" } },
          teams: { select: { id: true, name: true, type: true }, orderBy: { nameLower: "asc" } },
          roles: { select: { id: true, name: true }, orderBy: { nameLower: "asc" } },
          _count: { select: { users: true } },
        },
      });
      if (!unit) throw new NotFoundError("This business unit");

      const all = await db.businessUnit.findMany({
        select: { id: true, name: true, parentId: true },
        orderBy: { nameLower: "asc" },
      });
      const below = descendants(all, unit.id);
      const parentOptions = all.filter((candidate) => candidate.id !== unit.id && !below.has(candidate.id));

      // As the audit log and a refused save show it, to mark what changed since.
      return { unit, parentOptions, state: await unitState(db, unit.id) };
    },
    actor,
  );
}
