import { compareNames } from "./compare-names";
import type {
  CompiledUser,
  Organization,
  PrivilegeHolding,
  PrivilegeProfile,
  PrivilegeSource,
  RoleGrant,
} from "./organization";

// The roles a user holds, directly and through owner teams, shared by every user
// with the same business unit, roles and owner teams. What they give is worked
// out one privilege at a time, when first asked (R10: nothing is subtracted, the
// highest level wins; each source keeps its own business unit because a team
// role is judged from the team's unit, R12).
export function profileOf(org: Organization, userIndex: number): PrivilegeProfile {
  const user = org.users[userIndex];
  if (user.profile) return user.profile;

  const key = `${user.businessUnit}:${user.roles.join(",")}:${user.ownerTeams.join(",")}`;
  let profile = org.profileCache.get(key);
  if (!profile) {
    profile = buildProfile(org, user);
    org.profileCache.set(key, profile);
  }
  user.profile = profile;

  return profile;
}

export function holdingOf(
  org: Organization,
  profile: PrivilegeProfile,
  privilege: number | undefined,
): PrivilegeHolding | undefined {
  if (privilege === undefined) return undefined;

  let holding = profile.holdings.get(privilege);
  if (holding === undefined) {
    holding = collectSources(org, profile.grants, privilege);
    profile.holdings.set(privilege, holding);
  }

  return holding ?? undefined;
}

// Every privilege some role of the profile names, for listing them all.
export function privilegesOf(org: Organization, profile: PrivilegeProfile): number[] {
  const ids = new Set<number>();
  for (const grant of profile.grants) {
    for (const id of org.roles[grant.role].privilegeIds) ids.add(id);
  }

  return [...ids];
}

function buildProfile(org: Organization, user: CompiledUser): PrivilegeProfile {
  const grants: RoleGrant[] = user.roles.map((role) => ({
    role,
    team: -1,
    anchor: user.businessUnit,
    teamOnly: false,
  }));

  // R5: only owner teams hold roles; ownerTeams lists no access team.
  for (const team of user.ownerTeams) {
    const { roles, businessUnit } = org.teams[team];
    for (const role of roles) {
      grants.push({ role, team, anchor: businessUnit, teamOnly: org.roles[role].teamOnly });
    }
  }

  return { hasAnyRole: grants.length > 0, grants, holdings: new Map() };
}

function collectSources(
  org: Organization,
  grants: readonly RoleGrant[],
  privilege: number,
): PrivilegeHolding | null {
  const sources: PrivilegeSource[] = [];
  let max = 0;
  let directMax = 0;

  for (const grant of grants) {
    const level = org.roles[grant.role].levelById[privilege];
    if (level === 0) continue;
    sources.push({ ...grant, level });
    max = Math.max(max, level);
    if (grant.team === -1) directMax = Math.max(directMax, level);
  }
  if (sources.length === 0) return null;
  if (sources.length > 1) sources.sort(sourceOrder(org));

  return { max, directMax, sources };
}

// A fixed order (highest level first, the user's own roles before teams, then by
// name) so that the reasons never depend on the order of the snapshot's lists.
function sourceOrder(org: Organization) {
  return (a: PrivilegeSource, b: PrivilegeSource): number =>
    b.level - a.level ||
    Number(a.team !== -1) - Number(b.team !== -1) ||
    compareNames(teamName(org, a), teamName(org, b)) ||
    compareNames(org.roles[a.role].name, org.roles[b.role].name) ||
    compareNames(
      org.businessUnits[org.roles[a.role].businessUnit].name,
      org.businessUnits[org.roles[b.role].businessUnit].name,
    );
}

function teamName(org: Organization, source: PrivilegeSource): string {
  return source.team === -1 ? "" : org.teams[source.team].name;
}
