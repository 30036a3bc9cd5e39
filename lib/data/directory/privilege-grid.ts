import { parsePrivilegeName, tablePrivilegeName } from "@/lib/engine";
import { type Level, TABLE_RIGHTS, type TableRight } from "@/lib/scenario/schema";

// The privilege grid of a role as Dynamics admins know it: one row per table,
// one column per right (R8), plus the miscellaneous privileges apart. Pure, so
// the role page, the comparison and the tests share it.

export type GridCell = { privilege: string; key: string; level: Level };
export type GridRow = { table: string; organizationOwned: boolean; cells: Record<TableRight, GridCell> };
export type PrivilegeGrid = { rows: GridRow[]; misc: GridCell[] };

export function buildGrid(
  tables: { name: string; ownership: string }[],
  privileges: Record<string, Level>,
  /** Privilege names as other roles write them (prvDeleteInvoice), so a new cell uses the same casing. */
  knownNames: Map<string, string> = new Map(),
): PrivilegeGrid {
  const rows = new Map<string, { table: string; organizationOwned: boolean; held: Map<string, GridCell> }>();
  for (const table of tables) {
    rows.set(table.name.toLowerCase(), {
      table: table.name,
      organizationOwned: table.ownership === "Organization",
      held: new Map(),
    });
  }

  const misc: GridCell[] = [];
  for (const [privilege, level] of Object.entries(privileges)) {
    const parsed = parsePrivilegeName(privilege);
    const key = privilege.toLowerCase();
    if (parsed.kind === "misc") {
      misc.push({ privilege, key, level });
      continue;
    }
    const tableKey = parsed.table.toLowerCase();
    // A table named only by a privilege is user-owned (SCENARIOS.md); its row
    // takes the casing the privilege was written in.
    const row = rows.get(tableKey) ?? { table: parsed.table, organizationOwned: false, held: new Map() };
    if (!rows.has(tableKey)) rows.set(tableKey, row);
    row.held.set(parsed.right, { privilege, key, level });
  }

  return {
    rows: [...rows.values()]
      .sort((a, b) => a.table.localeCompare(b.table, "en", { sensitivity: "base" }))
      .map((row) => ({
        table: row.table,
        organizationOwned: row.organizationOwned,
        cells: Object.fromEntries(
          TABLE_RIGHTS.map((right) => {
            const fallback = tablePrivilegeName(right, row.table);
            const name = row.held.get(right)?.privilege ?? knownNames.get(fallback.toLowerCase()) ?? fallback;
            return [
              right,
              { privilege: name, key: name.toLowerCase(), level: row.held.get(right)?.level ?? "None" },
            ];
          }),
        ) as Record<TableRight, GridCell>,
      })),
    misc: misc.sort((a, b) => a.key.localeCompare(b.key)),
  };
}

export type PrivilegeChange = { privilege: string; from: Level; to: Level };

/** Privileges whose level differs between two maps (None where absent), matched without case. */
export function privilegeChanges(from: Record<string, Level>, to: Record<string, Level>): PrivilegeChange[] {
  const names = new Map<string, string>();
  const lower = (map: Record<string, Level>) => {
    const result = new Map<string, Level>();
    for (const [name, level] of Object.entries(map)) {
      names.set(name.toLowerCase(), names.get(name.toLowerCase()) ?? name);
      result.set(name.toLowerCase(), level);
    }
    return result;
  };
  const a = lower(from);
  const b = lower(to);
  const changes: PrivilegeChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(key) ?? "None";
    const after = b.get(key) ?? "None";
    if (before !== after) changes.push({ privilege: names.get(key)!, from: before, to: after });
  }

  return changes.sort((x, y) => x.privilege.localeCompare(y.privilege, "en", { sensitivity: "base" }));
}
