import {
  canonicalServiceAccount,
  type OrganizationSnapshot,
  SERVICE_ROLES,
  type ServiceRole,
  type SnapshotBusinessUnit,
  type SnapshotRole,
  type SnapshotTable,
  type SnapshotTeam,
  type SnapshotUser,
} from "../scenario/schema";

import { type BrokenNames, noBrokenNames } from "./broken-names";
import { compileBusinessUnits } from "./business-unit-tree";
import { compileTeams, compileUsers } from "./compile-principals";
import { compileRoles, compileTables, type PrivilegeCatalog } from "./compile-roles";
import type { Organization } from "./organization";
import { buildRoleLookup } from "./role-resolution";
import { ErrorList, type ValidationError } from "./validation-error";

export type CompileResult = { ok: true; org: Organization } | { ok: false; errors: ValidationError[] };

// A snapshot whose malformed elements were replaced by holes (see broken-names).
export interface SalvagedSnapshot {
  businessUnits: readonly (SnapshotBusinessUnit | undefined)[];
  tables?: readonly (SnapshotTable | undefined)[];
  roles?: readonly (SnapshotRole | undefined)[];
  users?: readonly (SnapshotUser | undefined)[];
  teams?: readonly (SnapshotTeam | undefined)[];
  serviceAccounts?: OrganizationSnapshot["serviceAccounts"];
  groups?: OrganizationSnapshot["groups"];
  settings?: OrganizationSnapshot["settings"];
}

export function compileOrganization(snapshot: OrganizationSnapshot): CompileResult {
  const draft = compileDraft(snapshot, noBrokenNames());
  if (draft.errors.length > 0) return { ok: false, errors: draft.errors };

  return { ok: true, org: draft.org };
}

// Compiles whatever is well-formed and collects every error. The organization it
// returns is complete only when there are no errors; with errors it still answers
// name look-ups, which is what checking the checks of a refused file needs.
export function compileDraft(
  snapshot: SalvagedSnapshot,
  broken: BrokenNames,
): { org: Organization; errors: ValidationError[] } {
  const errors = new ErrorList();

  const tree = compileBusinessUnits(snapshot.businessUnits, broken, errors);
  const tables = compileTables(snapshot.tables ?? [], errors);
  const catalog: PrivilegeCatalog = { privileges: [], index: new Map() };
  const roles = compileRoles(snapshot.roles ?? [], tree.index, tables, catalog, broken, errors);

  const context = {
    units: tree.nodes,
    unitIndex: tree.index,
    roles,
    roleLookup: buildRoleLookup(roles),
    broken,
    errors,
  };
  const users = compileUsers(snapshot.users ?? [], context);
  const teams = compileTeams(snapshot.teams ?? [], users, context);

  const org: Organization = {
    snapshot: snapshot as OrganizationSnapshot,
    businessUnits: tree.nodes,
    businessUnitIndex: tree.index,
    root: tree.root,
    tables,
    privileges: catalog.privileges,
    privilegeIndex: catalog.index,
    roles,
    users: users.users,
    userIndex: users.index,
    teams: teams.teams,
    teamIndex: teams.index,
    serviceAccounts: serviceAccountsWithDefaults(snapshot.serviceAccounts),
    privUserGroup: new Set((snapshot.groups?.PrivUserGroup ?? []).map((a) => a.toLowerCase())),
    hierarchySecurity: snapshot.settings?.hierarchySecurity === true,
    profileCache: new Map(),
    userByExactName: new Map(),
    tableByExactName: new Map(),
    tablePrivilegeIds: new Map(),
  };

  return { org, errors: errors.items };
}

// SCENARIOS.md: a service account left out runs as Network Service (R23's default);
// a built-in identity in any case is that identity, for snapshots that did not
// come through the file schema (which already writes it canonically).
function serviceAccountsWithDefaults(
  given: OrganizationSnapshot["serviceAccounts"],
): Record<ServiceRole, string> {
  const accounts = {} as Record<ServiceRole, string>;
  for (const role of SERVICE_ROLES)
    accounts[role] = canonicalServiceAccount(given?.[role] ?? "NetworkService");

  return accounts;
}
