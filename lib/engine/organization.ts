import type { AccessMode, OrganizationSnapshot, ServiceRole } from "../scenario/schema";

import type { PrivilegeName } from "./privilege-name";

// The organization compiled once into indexed structures: every name is looked up
// lower-cased in a Map, levels are ordinals (levels.ts), and "is this business
// unit below that one" is two integer comparisons on a depth-first numbering.

export interface BusinessUnitNode {
  readonly name: string;
  readonly parent: number; // -1 for the root
  readonly depth: number;
  // Depth-first entry and exit numbers: b is at or below a when
  // enter[a] <= enter[b] && exit[b] <= exit[a].
  readonly enter: number;
  readonly exit: number;
}

export interface TableInfo {
  readonly name: string;
  readonly organizationOwned: boolean;
}

export interface PrivilegeInfo {
  readonly name: string; // as first written in a role
  readonly parsed: PrivilegeName;
}

export interface CompiledRole {
  readonly name: string;
  readonly businessUnit: number;
  readonly teamOnly: boolean; // R13 "Team privileges only"
  readonly privilegeIds: Int32Array; // the privileges the role names, None included
  readonly levelById: Uint8Array; // level by privilege id, for look-ups on the hot path
}

export interface CompiledUser {
  readonly logon: string;
  readonly fullName: string | undefined;
  readonly businessUnit: number;
  readonly disabled: boolean;
  readonly accessMode: AccessMode;
  readonly applicationUser: boolean;
  readonly roles: readonly number[];
  readonly ownerTeams: readonly number[]; // sorted team indexes
  readonly teams: readonly number[]; // every team, access teams included
  profile: PrivilegeProfile | undefined; // computed on first use
}

export interface CompiledTeam {
  readonly name: string;
  readonly businessUnit: number;
  readonly accessTeam: boolean;
  readonly roles: readonly number[];
  readonly members: readonly number[];
}

// A role as one principal holds it: directly (team -1) or through one of its owner
// teams, judged from that holder's business unit (R12).
export interface RoleGrant {
  readonly role: number;
  readonly team: number;
  readonly anchor: number; // business unit the levels are measured from
  readonly teamOnly: boolean; // R13, only ever true for team grants
}

// One way a principal holds one privilege: a grant and the level it gives.
export interface PrivilegeSource extends RoleGrant {
  readonly level: number;
}

export interface PrivilegeHolding {
  readonly max: number; // R10: the highest level over every source
  readonly directMax: number; // highest over roles held by the user itself (R17)
  readonly sources: readonly PrivilegeSource[];
}

export interface PrivilegeProfile {
  readonly hasAnyRole: boolean; // R3
  readonly grants: readonly RoleGrant[];
  // Filled one privilege at a time, on first use; null when nothing grants it.
  readonly holdings: Map<number, PrivilegeHolding | null>;
}

export type ServiceAccounts = Readonly<Record<ServiceRole, string>>;

export interface Organization {
  readonly snapshot: OrganizationSnapshot;
  readonly businessUnits: readonly BusinessUnitNode[];
  readonly businessUnitIndex: ReadonlyMap<string, number>;
  readonly root: number;
  readonly tables: ReadonlyMap<string, TableInfo>;
  readonly privileges: readonly PrivilegeInfo[];
  readonly privilegeIndex: ReadonlyMap<string, number>;
  readonly roles: readonly CompiledRole[];
  readonly users: readonly CompiledUser[];
  readonly userIndex: ReadonlyMap<string, number>;
  readonly teams: readonly CompiledTeam[];
  readonly teamIndex: ReadonlyMap<string, number>;
  readonly serviceAccounts: ServiceAccounts;
  readonly privUserGroup: ReadonlySet<string>; // lower-cased accounts
  readonly hierarchySecurity: boolean;
  // Users with the same business unit, roles and owner teams share one profile.
  readonly profileCache: Map<string, PrivilegeProfile>;
  // Look-up caches filled on the hot path: names as written in checks (saving a
  // lower-casing per look-up), and each table's eight privilege ids.
  readonly userByExactName: Map<string, number>;
  readonly tableByExactName: Map<string, TableInfo | null>; // null: no such table
  readonly tablePrivilegeIds: Map<string, Int32Array>;
}

export function isAtOrBelow(org: Organization, unit: number, ancestor: number): boolean {
  const a = org.businessUnits[ancestor];
  const b = org.businessUnits[unit];

  return a.enter <= b.enter && b.exit <= a.exit;
}

export function isBelow(org: Organization, unit: number, ancestor: number): boolean {
  return unit !== ancestor && isAtOrBelow(org, unit, ancestor);
}
