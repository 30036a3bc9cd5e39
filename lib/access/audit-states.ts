import type { Level, OrganizationSnapshot } from "@/lib/scenario/schema";

// The audit contract's state of one target (common.md): full engine-relevant
// state, names not ids, in the snapshot's shape. Writers take these from here
// so that the as-of replay (as-of.ts) can put them back.

export type UserState = {
  name: string;
  fullName: string;
  businessUnit: string;
  roles: string[];
  teams: string[];
  disabled: boolean;
  accessMode: string;
  applicationUser: boolean;
};
export type TeamState = {
  name: string;
  businessUnit: string;
  type: string;
  roles: string[];
  members: string[];
};
export type RoleState = {
  name: string;
  businessUnit: string;
  inheritance: string;
  privileges: Record<string, Level>;
};
export type BusinessUnitState = { name: string; parent: string | null };
export type ServiceAccountState = { service: string; identity: string; servers: string[] };
export type DirectoryGroupState = { name: string; members: string[] };
export type PluginStepState = { name: string; runAs?: string | null } & Record<string, unknown>;

/** The snapshot as the console loads it: SCENARIOS.md shape plus the stored plug-in steps. */
export type AccessSnapshot = OrganizationSnapshot & { pluginSteps?: PluginStepState[] };

export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function userState(snapshot: AccessSnapshot, logon: string): UserState | null {
  const user = snapshot.users?.find((candidate) => same(candidate.name, logon));
  if (!user) return null;

  const teams = (snapshot.teams ?? [])
    .filter((team) => team.members.some((member) => same(member, user.name)))
    .map((team) => team.name);

  return {
    name: user.name,
    fullName: user.fullName ?? "",
    businessUnit: user.businessUnit,
    roles: [...(user.roles ?? [])],
    teams,
    disabled: user.disabled ?? false,
    accessMode: user.accessMode ?? "ReadWrite",
    applicationUser: user.applicationUser ?? false,
  };
}

export function teamState(snapshot: AccessSnapshot, name: string): TeamState | null {
  const team = snapshot.teams?.find((candidate) => same(candidate.name, name));
  if (!team) return null;

  return {
    name: team.name,
    businessUnit: team.businessUnit,
    type: team.type ?? "Owner",
    roles: [...(team.roles ?? [])],
    members: [...team.members],
  };
}

export function roleState(snapshot: AccessSnapshot, name: string, businessUnit: string): RoleState | null {
  const role = snapshot.roles?.find((r) => same(r.name, name) && same(r.businessUnit, businessUnit));
  if (!role) return null;

  return {
    name: role.name,
    businessUnit: role.businessUnit,
    inheritance: role.inheritance ?? "Direct",
    privileges: { ...role.privileges },
  };
}

export function serviceAccountState(
  snapshot: AccessSnapshot,
  service: string,
  servers: string[] = [],
): ServiceAccountState {
  const identities = (snapshot.serviceAccounts ?? {}) as Record<string, string | undefined>;

  return { service, identity: identities[service] ?? "NetworkService", servers };
}
