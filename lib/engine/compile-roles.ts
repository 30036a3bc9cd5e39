import type { SnapshotRole, SnapshotTable } from "../scenario/schema";

import { type BrokenNames, isBroken, markBroken } from "./broken-names";
import { GLOBAL, levelRank, NONE } from "./levels";
import type { CompiledRole, PrivilegeInfo, TableInfo } from "./organization";
import { isPrivilegeName, parsePrivilegeName } from "./privilege-name";
import type { ErrorList } from "./validation-error";

type RoleDraft = Omit<CompiledRole, "levelById"> & { draftLevels: number[] };

export interface PrivilegeCatalog {
  privileges: PrivilegeInfo[];
  index: Map<string, number>;
}

export function compileTables(
  tables: readonly (SnapshotTable | undefined)[],
  errors: ErrorList,
): Map<string, TableInfo> {
  const byName = new Map<string, TableInfo>();
  const firstAt = new Map<string, number>();

  tables.forEach((table, i) => {
    if (!table) return;
    const key = table.name.toLowerCase();
    const first = firstAt.get(key);
    if (first !== undefined) {
      const message = `duplicate table "${table.name}" (as tables[${first}])`;
      errors.add(["organization", "tables", i, "name"], message);
      return;
    }

    firstAt.set(key, i);
    byName.set(key, { name: table.name, organizationOwned: table.ownership === "Organization" });
  });

  return byName;
}

function internPrivilege(catalog: PrivilegeCatalog, name: string): number {
  const key = name.toLowerCase();
  const known = catalog.index.get(key);
  if (known !== undefined) return known;

  const id = catalog.privileges.length;
  catalog.privileges.push({ name, parsed: parsePrivilegeName(name) });
  catalog.index.set(key, id);

  return id;
}

// Roles are unique per business unit (the same name may exist in two units, R7).
// A table named by a privilege and not listed is user-owned (SCENARIOS.md).
export function compileRoles(
  roles: readonly (SnapshotRole | undefined)[],
  units: ReadonlyMap<string, number>,
  tables: Map<string, TableInfo>,
  catalog: PrivilegeCatalog,
  broken: BrokenNames,
  errors: ErrorList,
): CompiledRole[] {
  const compiled: RoleDraft[] = [];
  const firstAt = new Map<string, number>();

  roles.forEach((role, i) => {
    if (!role) return;
    const at = ["organization", "roles", i];
    const unit = units.get(role.businessUnit.toLowerCase());
    if (unit === undefined) {
      if (!isBroken(broken, "businessUnits", role.businessUnit)) {
        errors.add([...at, "businessUnit"], `no business unit "${role.businessUnit}"`);
      }
      markBroken(broken, "roles", role.name);
      return;
    }

    const key = `${unit}\u0000${role.name.toLowerCase()}`;
    const first = firstAt.get(key);
    if (first !== undefined) {
      errors.add(
        [...at, "name"],
        `duplicate role "${role.name}" in business unit ${role.businessUnit} (as roles[${first}])`,
      );
      return;
    }

    firstAt.set(key, i);
    compiled.push(compileRole(role, unit, tables, catalog, at, errors));
  });

  // Every privilege is interned by now, so each role gets a dense level table.
  return compiled.map(({ draftLevels, ...role }) => {
    const levelById = new Uint8Array(catalog.privileges.length);
    role.privilegeIds.forEach((id, k) => (levelById[id] = draftLevels[k]));
    return { ...role, levelById };
  });
}

function compileRole(
  role: SnapshotRole,
  unit: number,
  tables: Map<string, TableInfo>,
  catalog: PrivilegeCatalog,
  at: (string | number)[],
  errors: ErrorList,
): RoleDraft {
  const ids: number[] = [];
  const levels: number[] = [];
  const seen = new Map<string, string>();

  for (const [name, level] of Object.entries(role.privileges)) {
    const where = [...at, "privileges", name];
    if (!isPrivilegeName(name)) {
      errors.add(where, 'not a privilege name: expected "prv" then letters, digits or _ (R8)');
      continue;
    }

    const twin = seen.get(name.toLowerCase());
    if (twin !== undefined) {
      errors.add(where, `same privilege as "${twin}" (names are compared without case)`);
      continue;
    }
    seen.set(name.toLowerCase(), name);

    const id = internPrivilege(catalog, name);
    const rank = levelRank(level);
    if (!levelFitsTable(catalog.privileges[id], rank, tables)) {
      const parsed = catalog.privileges[id].parsed as { table: string };
      const table = tables.get(parsed.table.toLowerCase())?.name ?? parsed.table;
      errors.add(where, `${table} is organization-owned: only None or Global, not ${level} (R9)`);
    }

    ids.push(id);
    levels.push(rank);
  }

  return {
    name: role.name,
    businessUnit: unit,
    teamOnly: role.inheritance === "TeamOnly",
    privilegeIds: Int32Array.from(ids),
    draftLevels: levels,
  };
}

// R9: organization-owned tables take only None or Global. Misc privileges keep
// whatever level the file gives (real exports hold some at Basic).
function levelFitsTable(privilege: PrivilegeInfo, rank: number, tables: Map<string, TableInfo>): boolean {
  if (privilege.parsed.kind !== "table") return true;

  const key = privilege.parsed.table.toLowerCase();
  const table = tables.get(key);
  if (!table) {
    tables.set(key, { name: privilege.parsed.table, organizationOwned: false });
    return true;
  }

  return !table.organizationOwned || rank === NONE || rank === GLOBAL;
}
