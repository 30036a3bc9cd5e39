import { TABLE_RIGHTS, type TableRight } from "../scenario/schema";

export type PrivilegeName =
  { kind: "table"; right: TableRight; table: string } | { kind: "misc"; name: string };

// R8: prv<Right><Table>. AppendTo is tested before Append, or prvAppendToAccount
// would read as Append on a table "ToAccount". Names are compared without regard
// to case (exports follow schema-name casing: prvReadAccount, prvReadflowsession);
// the table part keeps the casing it was written in.
const RIGHTS_BY_TEST_ORDER = [...TABLE_RIGHTS]
  .sort((a, b) => b.length - a.length)
  .map((right) => ({ right, lower: right.toLowerCase() }));

export function parsePrivilegeName(name: string): PrivilegeName {
  const lower = name.toLowerCase();
  if (!lower.startsWith("prv")) return { kind: "misc", name };

  for (const { right, lower: rightLower } of RIGHTS_BY_TEST_ORDER) {
    if (!lower.startsWith(rightLower, 3)) continue;
    const table = name.slice(3 + right.length);
    if (table.length > 0) return { kind: "table", right, table };
  }

  return { kind: "misc", name };
}

export function tablePrivilegeName(right: TableRight, table: string): string {
  return `prv${right}${table}`;
}

export function isPrivilegeName(name: string): boolean {
  return /^prv[A-Za-z0-9_]+$/i.test(name);
}
