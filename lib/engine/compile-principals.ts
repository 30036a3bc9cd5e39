import type { SnapshotTeam, SnapshotUser } from "../scenario/schema";

import { type BrokenNames, isBroken, markBroken } from "./broken-names";
import type { BusinessUnitNode, CompiledRole, CompiledTeam, CompiledUser } from "./organization";
import { resolveRole, type RoleLookup } from "./role-resolution";
import type { ErrorList, PathSegment } from "./validation-error";

export interface PrincipalContext {
  units: readonly BusinessUnitNode[];
  unitIndex: ReadonlyMap<string, number>;
  roles: readonly CompiledRole[];
  roleLookup: RoleLookup;
  broken: BrokenNames;
  errors: ErrorList;
}

type UserDraft = Omit<CompiledUser, "ownerTeams" | "teams"> & {
  ownerTeams: number[];
  teams: number[];
};

export const ORGANIZATION_PRINCIPAL = "organization";

export function compileUsers(
  users: readonly (SnapshotUser | undefined)[],
  context: PrincipalContext,
): { users: UserDraft[]; index: Map<string, number> } {
  const drafts: UserDraft[] = [];
  const index = new Map<string, number>();
  const firstAt = new Map<string, number>();

  users.forEach((user, i) => {
    if (!user) return;
    const at: PathSegment[] = ["organization", "users", i];
    const key = user.name.toLowerCase();
    const first = firstAt.get(key);
    if (first !== undefined) {
      context.errors.add(
        [...at, "name"],
        `duplicate user "${user.name}" (as users[${first}]; logon names ignore case)`,
      );
      return;
    }
    firstAt.set(key, i);

    const unit = resolveUnit(user.businessUnit, [...at, "businessUnit"], context);
    if (unit === undefined) {
      markBroken(context.broken, "users", user.name);
      return;
    }

    // R2: an application user is non-interactive, and that cannot be changed.
    if (user.applicationUser && user.accessMode && user.accessMode !== "NonInteractive") {
      context.errors.add(
        [...at, "accessMode"],
        `an application user is NonInteractive; its access mode cannot be ${user.accessMode} (R2)`,
      );
    }

    index.set(key, drafts.length);
    drafts.push({
      logon: user.name,
      fullName: user.fullName,
      businessUnit: unit,
      disabled: user.disabled === true,
      accessMode: user.accessMode ?? (user.applicationUser ? "NonInteractive" : "ReadWrite"),
      applicationUser: user.applicationUser === true,
      roles: resolveRoles(user.roles ?? [], unit, [...at, "roles"], context),
      ownerTeams: [],
      teams: [],
      profile: undefined,
    });
  });

  return { users: drafts, index };
}

export function compileTeams(
  teams: readonly (SnapshotTeam | undefined)[],
  users: { users: UserDraft[]; index: Map<string, number> },
  context: PrincipalContext,
): { teams: CompiledTeam[]; index: Map<string, number> } {
  const compiled: CompiledTeam[] = [];
  const index = new Map<string, number>();
  const firstAt = new Map<string, number>();

  teams.forEach((team, i) => {
    if (!team) return;
    const at: PathSegment[] = ["organization", "teams", i];
    const key = team.name.toLowerCase();
    if (!checkTeamName(team.name, firstAt, users.index, at, context)) return;
    firstAt.set(key, i);

    const unit = resolveUnit(team.businessUnit, [...at, "businessUnit"], context);
    if (unit === undefined) {
      markBroken(context.broken, "teams", team.name);
      return;
    }

    // R5: access teams hold no roles and own nothing; they only receive shares.
    const accessTeam = team.type === "Access";
    if (accessTeam && (team.roles ?? []).length > 0) {
      context.errors.add([...at, "roles"], "an access team holds no roles (R5)");
    }

    const members = resolveMembers(team.members, [...at, "members"], users.index, context);
    const teamIndex = compiled.length;
    for (const member of members) {
      users.users[member].teams.push(teamIndex);
      if (!accessTeam) users.users[member].ownerTeams.push(teamIndex);
    }

    index.set(key, teamIndex);
    compiled.push({
      name: team.name,
      businessUnit: unit,
      accessTeam,
      roles: accessTeam ? [] : resolveRoles(team.roles ?? [], unit, [...at, "roles"], context),
      members,
    });
  });

  return { teams: compiled, index };
}

// Team names are looked up beside user logons (a share's principal) and beside
// the word "organization", so neither may be taken.
function checkTeamName(
  name: string,
  firstAt: Map<string, number>,
  userIndex: Map<string, number>,
  at: PathSegment[],
  context: PrincipalContext,
): boolean {
  const key = name.toLowerCase();
  const first = firstAt.get(key);
  let problem: string | undefined;
  if (first !== undefined) problem = `duplicate team "${name}" (as teams[${first}])`;
  else if (key === ORGANIZATION_PRINCIPAL) {
    problem = `"${name}" is reserved for sharing with the organization`;
  } else if (userIndex.has(key)) problem = `"${name}" is already a user's logon name`;

  if (problem) context.errors.add([...at, "name"], problem);

  return problem === undefined;
}

function resolveUnit(name: string, at: PathSegment[], context: PrincipalContext): number | undefined {
  const unit = context.unitIndex.get(name.toLowerCase());
  if (unit === undefined && !isBroken(context.broken, "businessUnits", name)) {
    context.errors.add(at, `no business unit "${name}"`);
  }

  return unit;
}

function resolveRoles(
  names: readonly string[],
  unit: number,
  at: PathSegment[],
  context: PrincipalContext,
): number[] {
  const held: number[] = [];

  names.forEach((name, k) => {
    const found = resolveRole(name, unit, context.units, context.roles, context.roleLookup, context.broken);
    if (!found.ok) {
      if (found.message) context.errors.add([...at, k], found.message);
    } else if (held.includes(found.role)) {
      context.errors.add([...at, k], `role "${name}" is listed twice`);
    } else {
      held.push(found.role);
    }
  });

  return held.sort((a, b) => a - b);
}

function resolveMembers(
  names: readonly string[],
  at: PathSegment[],
  userIndex: Map<string, number>,
  context: PrincipalContext,
): number[] {
  const members: number[] = [];

  names.forEach((name, k) => {
    const user = userIndex.get(name.toLowerCase());
    if (user === undefined) {
      if (!isBroken(context.broken, "users", name)) {
        context.errors.add([...at, k], `no user "${name}"`);
      }
    } else if (members.includes(user)) {
      context.errors.add([...at, k], `member "${name}" is listed twice`);
    } else {
      members.push(user);
    }
  });

  return members.sort((a, b) => a - b);
}
