import "server-only";
import type { Db, Tx } from "@/lib/db/client";

// The business-unit tree is small (tens to hundreds of units), so it is read
// whole and walked in memory rather than with recursive SQL on two databases.

export type UnitRow = { id: string; name: string; parentId: string | null };

export async function loadUnits(db: Db | Tx): Promise<UnitRow[]> {
  return db.businessUnit.findMany({
    select: { id: true, name: true, parentId: true },
    orderBy: { nameLower: "asc" },
  });
}

/** The unit itself, then its parent, up to the root. */
export function ancestry(units: UnitRow[], unitId: string): string[] {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const chain: string[] = [];
  for (let id: string | null | undefined = unitId; id && !chain.includes(id); id = parentOf.get(id)) {
    chain.push(id);
  }

  return chain;
}

/** R7: a role created in `roleUnitId` is usable by a holder in `holderUnitId` or below. */
export function roleUsableIn(units: UnitRow[], roleUnitId: string, holderUnitId: string) {
  return ancestry(units, holderUnitId).includes(roleUnitId);
}

export function descendants(units: UnitRow[], unitId: string): Set<string> {
  const found = new Set<string>();
  const queue = [unitId];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const unit of units) {
      if (unit.parentId === current && !found.has(unit.id)) {
        found.add(unit.id);
        queue.push(unit.id);
      }
    }
  }

  return found;
}
