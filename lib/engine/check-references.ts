import type { RecordSpec, TableRight } from "../scenario/schema";

import { ORGANIZATION_PRINCIPAL } from "./compile-principals";
import type { Organization, TableInfo } from "./organization";

// Turning a check's names into indexes. The look-ups return undefined for an
// unknown name; validate-checks.ts turns that into an error with a key path, and
// the runner refuses a check that was never validated (CheckReferenceError).

export const SYSTEM_USER = -1; // R4: built in, not part of the snapshot
export const SYSTEM_NAME = "SYSTEM";

export function findUser(org: Organization, name: string): number | undefined {
  const known = org.userByExactName.get(name);
  if (known !== undefined) return known;

  const found = org.userIndex.get(name.toLowerCase());
  if (found !== undefined) org.userByExactName.set(name, found);

  return found;
}

export function findUserOrSystem(org: Organization, name: string): number | undefined {
  // A logon is never six characters without its backslash, so most names skip
  // the upper-casing.
  if (name.length === SYSTEM_NAME.length && (name === SYSTEM_NAME || name.toUpperCase() === SYSTEM_NAME)) {
    return SYSTEM_USER;
  }

  return findUser(org, name);
}

export function findTeam(org: Organization, name: string): number | undefined {
  return org.teamIndex.get(name.toLowerCase());
}

export function isKnownTable(org: Organization, table: string): boolean {
  return tableInfo(org, table) !== null;
}

export function isOrganizationOwned(org: Organization, table: string): boolean {
  return tableInfo(org, table)?.organizationOwned === true;
}

// Cached by the name as written in checks, saving a lower-casing per look-up.
function tableInfo(org: Organization, table: string): TableInfo | null {
  let info = org.tableByExactName.get(table);
  if (info === undefined) {
    info = org.tables.get(table.toLowerCase()) ?? null;
    org.tableByExactName.set(table, info);
  }

  return info;
}

export type ShareKind = "user" | "team" | "organization";

export interface ResolvedShare {
  kind: ShareKind;
  index: number;
  rights: number; // bit per right, see rightBit
}

// The record of a check, by index. ownerKind "none" is a record of an
// organization-owned table, which has no owner (R9).
export interface ResolvedRecord {
  ownerKind: "user" | "team" | "none";
  owner: number; // user index (SYSTEM_USER for SYSTEM) or team index
  unit: number; // owning business unit, -1 for "none"
  shares: readonly ResolvedShare[];
}

const RIGHT_BITS: Record<TableRight, number> = {
  Create: 1,
  Read: 2,
  Write: 4,
  Delete: 8,
  Append: 16,
  AppendTo: 32,
  Assign: 64,
  Share: 128,
};

export function rightBit(right: TableRight): number {
  return RIGHT_BITS[right];
}

export class CheckReferenceError extends Error {
  constructor(what: string) {
    super(`check refers to ${what}; validate the check first (validateChecks)`);
    this.name = "CheckReferenceError";
  }
}

const NO_SHARES: readonly ResolvedShare[] = [];

// Without a record the question is about a record the acting user owns, as for a
// new record (SCENARIOS.md: "owner defaults to the acting user").
export function resolveRecord(
  org: Organization,
  spec: RecordSpec | undefined,
  table: string,
  actor: number,
): ResolvedRecord {
  if (isOrganizationOwned(org, table)) {
    return { ownerKind: "none", owner: -1, unit: -1, shares: NO_SHARES };
  }

  const shares = spec?.sharedWith ? spec.sharedWith.map((s) => resolveShare(org, s)) : NO_SHARES;
  if (spec?.ownerTeam !== undefined) {
    const team = findTeam(org, spec.ownerTeam);
    if (team === undefined) throw new CheckReferenceError(`no team "${spec.ownerTeam}"`);
    return { ownerKind: "team", owner: team, unit: org.teams[team].businessUnit, shares };
  }

  let owner = actor;
  if (spec?.owner !== undefined) {
    const found = findUserOrSystem(org, spec.owner);
    if (found === undefined) throw new CheckReferenceError(`no user "${spec.owner}"`);
    owner = found;
  }

  return { ownerKind: "user", owner, unit: unitOfUser(org, owner), shares };
}

export function unitOfUser(org: Organization, user: number): number {
  return user === SYSTEM_USER ? org.root : org.users[user].businessUnit;
}

function resolveShare(
  org: Organization,
  share: { principal: string; rights: readonly TableRight[] },
): ResolvedShare {
  let rights = 0;
  for (const right of share.rights) rights |= rightBit(right);

  const principal = resolveSharePrincipal(org, share.principal);
  if (!principal) throw new CheckReferenceError(`no user or team "${share.principal}"`);

  return { ...principal, rights };
}

export function resolveSharePrincipal(
  org: Organization,
  name: string,
): { kind: ShareKind; index: number } | undefined {
  if (name.toLowerCase() === ORGANIZATION_PRINCIPAL) return { kind: "organization", index: -1 };

  const user = findUser(org, name);
  if (user !== undefined) return { kind: "user", index: user };

  const team = findTeam(org, name);
  if (team !== undefined) return { kind: "team", index: team };

  return undefined;
}

export function userName(org: Organization, user: number): string {
  return user === SYSTEM_USER ? SYSTEM_NAME : org.users[user].logon;
}
