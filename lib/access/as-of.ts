import {
  type AccessSnapshot,
  type BusinessUnitState,
  type DirectoryGroupState,
  type PluginStepState,
  type RoleState,
  same,
  type ServiceAccountState,
  type TeamState,
  type UserState,
} from "./audit-states";

// Access as of a past moment: start from the snapshot as it is now and undo,
// newest first, every audit event written after that moment, by putting each
// target's `before` state back (the audit contract in common.md: before/after
// are the target's full state with names; a null `before` means the target did
// not exist yet). Pure: the caller loads the events and compiles the result.
//
// Known limits, stated where they live: an organization import replaces
// everything and records only counts, so nothing before it can be rebuilt
// (the replay stops there and says so).
//
// Order: events of one transaction share one timestamp (a move writes
// `user.move` then `user.remove-role` for the same user), so the time alone
// cannot say which to undo first. Each stored event carries `seq`, the order
// it was written in; the replay undoes the highest first and falls back to the
// time only for events without one.

export type ReplayEvent = {
  id?: string;
  seq?: number;
  at: Date | string;
  action: string;
  targetType: string;
  targetLabel?: string;
  before: unknown;
  after: unknown;
};

export type ReplayResult = {
  snapshot: AccessSnapshot;
  undone: number;
  /** An event the replay could not go past (an import); the snapshot is as it was just after it. */
  blockedBy?: ReplayEvent;
};

type Restore<S> = (snapshot: AccessSnapshot, before: S | null, after: S | null) => void;

const RESTORERS: Record<string, Restore<never>> = {
  user: restoreUser,
  team: restoreTeam,
  "security-role": restoreRole,
  "business-unit": restoreBusinessUnit,
  "service-account": restoreServiceAccount,
  "directory-group": restoreDirectoryGroup,
  "plugin-step": restorePluginStep,
};

/** `eventsAfter`: every event later than the moment, in any order; they are undone newest first. */
export function replayToInstant(current: AccessSnapshot, eventsAfter: readonly ReplayEvent[]): ReplayResult {
  const snapshot = structuredClone(current);
  const events = [...eventsAfter].sort(newestFirst);
  let undone = 0;

  for (const event of events) {
    if (event.targetType === "organization") {
      if (!restoreSettings(snapshot, event)) return { snapshot, undone, blockedBy: event };
      undone++;
      continue;
    }
    const restore = RESTORERS[event.targetType];
    if (!restore) continue; // console accounts, tokens, saved checks: not part of an organization

    restore(snapshot, asState(event.before) as never, asState(event.after) as never);
    undone++;
  }

  return { snapshot, undone };
}

function newestFirst(a: ReplayEvent, b: ReplayEvent) {
  if (a.seq !== undefined && b.seq !== undefined) return b.seq - a.seq;

  return time(b.at) - time(a.at);
}

function time(at: Date | string) {
  return typeof at === "string" ? Date.parse(at) : at.getTime();
}

function asState(value: unknown) {
  return value && typeof value === "object" ? value : null;
}

// Settings changes carry the settings; an import carries only counts and
// cannot be undone.
function restoreSettings(snapshot: AccessSnapshot, event: ReplayEvent) {
  const before = asState(event.before) as Record<string, unknown> | null;
  const keys = ["hierarchySecurity", "doNotRemoveRolesOnChangeBusinessUnit"];
  if (!before || !keys.some((key) => key in before)) return false;

  const settings: Record<string, unknown> = { ...(snapshot.settings ?? {}) };
  for (const key of keys) if (typeof before[key] === "boolean") settings[key] = before[key];
  snapshot.settings = settings;

  return true;
}

function removeWhere<T>(list: T[], match: (item: T) => boolean) {
  const index = list.findIndex(match);
  if (index >= 0) list.splice(index, 1);

  return index;
}

function placeAt<T>(list: T[], index: number, item: T) {
  if (index >= 0) list.splice(index, 0, item);
  else list.push(item);
}

function renameIn(names: string[] | undefined, from: string, to: string) {
  return names?.map((name) => (same(name, from) ? to : name));
}

function restoreUser(snapshot: AccessSnapshot, before: UserState | null, after: UserState | null) {
  const users = (snapshot.users ??= []);
  const teams = snapshot.teams ?? [];
  const index = after ? removeWhere(users, (user) => same(user.name, after.name)) : -1;

  if (!before) {
    // Created after the moment: it was nobody's team member then either.
    for (const team of teams) team.members = team.members.filter((m) => !same(m, after!.name));
    return;
  }
  if (after && !same(after.name, before.name)) {
    for (const team of teams) team.members = renameIn(team.members, after.name, before.name)!;
  }

  placeAt(users, index, {
    name: before.name,
    fullName: before.fullName,
    businessUnit: before.businessUnit,
    roles: [...before.roles],
    disabled: before.disabled,
    accessMode: before.accessMode as never,
    applicationUser: before.applicationUser,
  });
  if (!Array.isArray(before.teams)) return;

  for (const team of teams) {
    const member = team.members.some((m) => same(m, before.name));
    const wanted = before.teams.some((name) => same(name, team.name));
    if (member && !wanted) team.members = team.members.filter((m) => !same(m, before.name));
    if (!member && wanted) team.members.push(before.name);
  }
}

function restoreTeam(snapshot: AccessSnapshot, before: TeamState | null, after: TeamState | null) {
  const teams = (snapshot.teams ??= []);
  const index = after ? removeWhere(teams, (team) => same(team.name, after.name)) : -1;
  if (!before) return;

  placeAt(teams, index, {
    name: before.name,
    businessUnit: before.businessUnit,
    type: before.type as "Owner" | "Access",
    roles: [...before.roles],
    members: [...before.members],
  });
}

function restoreRole(snapshot: AccessSnapshot, before: RoleState | null, after: RoleState | null) {
  const roles = (snapshot.roles ??= []);
  const index = after
    ? removeWhere(roles, (role) => same(role.name, after.name) && same(role.businessUnit, after.businessUnit))
    : -1;

  if (!before) {
    // Created after the moment: nobody held it then, unless another role answers to that name.
    const name = after!.name;
    if (roles.some((role) => same(role.name, name))) return;
    for (const holder of [...(snapshot.users ?? []), ...(snapshot.teams ?? [])]) {
      holder.roles = holder.roles?.filter((role) => !same(role, name));
    }
    return;
  }
  if (after && !same(after.name, before.name)) {
    for (const holder of [...(snapshot.users ?? []), ...(snapshot.teams ?? [])]) {
      holder.roles = renameIn(holder.roles, after.name, before.name);
    }
  }

  placeAt(roles, index, {
    name: before.name,
    businessUnit: before.businessUnit,
    inheritance: before.inheritance as "Direct" | "TeamOnly",
    privileges: { ...before.privileges },
  });
}

function restoreBusinessUnit(
  snapshot: AccessSnapshot,
  before: BusinessUnitState | null,
  after: BusinessUnitState | null,
) {
  const units = snapshot.businessUnits;
  const index = after ? removeWhere(units, (unit) => same(unit.name, after.name)) : -1;
  if (!before) return;

  if (after && !same(after.name, before.name)) {
    const rename = (name: string) => (same(name, after.name) ? before.name : name);
    for (const unit of units) unit.parent = unit.parent === null ? null : rename(unit.parent);
    for (const holder of [...(snapshot.users ?? []), ...(snapshot.teams ?? []), ...(snapshot.roles ?? [])]) {
      holder.businessUnit = rename(holder.businessUnit);
    }
  }
  placeAt(units, index, { name: before.name, parent: before.parent });
}

function restoreServiceAccount(
  snapshot: AccessSnapshot,
  before: ServiceAccountState | null,
  after: ServiceAccountState | null,
) {
  const accounts = { ...(snapshot.serviceAccounts ?? {}) } as Record<string, string>;
  const service = before?.service ?? after!.service;
  if (before) accounts[service] = before.identity;
  else delete accounts[service];
  snapshot.serviceAccounts = accounts as AccessSnapshot["serviceAccounts"];
}

function restoreDirectoryGroup(
  snapshot: AccessSnapshot,
  before: DirectoryGroupState | null,
  after: DirectoryGroupState | null,
) {
  const groups = { ...(snapshot.groups ?? {}) } as Record<string, string[]>;
  const name = before?.name ?? after!.name;
  if (before) groups[name] = [...before.members];
  else delete groups[name];
  snapshot.groups = groups as AccessSnapshot["groups"];
}

function restorePluginStep(
  snapshot: AccessSnapshot,
  before: PluginStepState | null,
  after: PluginStepState | null,
) {
  const steps = (snapshot.pluginSteps ??= []);
  const index = after ? removeWhere(steps, (step) => same(step.name, after.name)) : -1;
  if (before) placeAt(steps, index, structuredClone(before));
}
