import type { EffectivePrivilege, EffectivePrivileges } from "@/lib/engine";
import { TABLE_RIGHTS, type TableRight } from "@/lib/scenario/schema";

// The effective privileges of one user laid out as Dynamics shows a role:
// one row per table, one column per right (R8), and the miscellaneous
// privileges apart. Tables the organization lists are shown even when the
// user holds nothing on them, so a blank row is evidence of "None".

export type MatrixRow = { table: string; cells: Record<TableRight, EffectivePrivilege | null> };

export function privilegeMatrix(answer: EffectivePrivileges, knownTables: readonly string[] = []) {
  const rows = new Map<string, MatrixRow>();
  const rowOf = (table: string) => {
    const key = table.toLowerCase();
    let row = rows.get(key);
    if (!row) {
      const cells = Object.fromEntries(TABLE_RIGHTS.map((right) => [right, null])) as MatrixRow["cells"];
      row = { table, cells };
      rows.set(key, row);
    }
    return row;
  };

  for (const table of knownTables) rowOf(table);
  const misc: EffectivePrivilege[] = [];
  for (const held of answer.privileges) {
    if (held.parsed.kind === "table") rowOf(held.parsed.table).cells[held.parsed.right] = held;
    else misc.push(held);
  }

  const tables = [...rows.values()].sort((a, b) =>
    a.table.toLowerCase().localeCompare(b.table.toLowerCase()),
  );

  return { tables, misc };
}
