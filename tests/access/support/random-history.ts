import type { ReplayEvent } from "@/lib/access/as-of";
import {
  type AccessSnapshot,
  roleState,
  same,
  serviceAccountState,
  teamState,
  userState,
} from "@/lib/access/audit-states";
import {
  applyStagedChange,
  SERVICE_NAMES,
  type StagedChange,
  StagedChangeError,
  stateOfTarget,
} from "@/lib/access/staged-changes";
import type { Level } from "@/lib/scenario/schema";

// A random history of changes to an organization, written as a console that
// follows the audit contract would write it: one event per target per change,
// before and after holding the target's full state. Each change is kept with
// the snapshot that held after it, so a test can replay back to any moment.

export type History = { states: AccessSnapshot[]; times: number[]; events: ReplayEvent[] };

const START = Date.UTC(2026, 0, 1);
const LEVELS: Level[] = ["Basic", "Local", "Deep", "Global"];

/** A small deterministic generator, so a failing seed can be replayed. */
export function randomSource(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T | undefined =>
    items.length ? items[int(items.length)] : undefined;

  return { int, pick, shuffle: <T>(items: T[]) => items.sort(() => next() - 0.5) };
}

type Random = ReturnType<typeof randomSource>;
type Written = { targetType: string; before: unknown; after: unknown; action: string };

export function randomHistory(initial: AccessSnapshot, seed: number, steps: number): History {
  const random = randomSource(seed);
  let current = structuredClone(initial);
  // As the console stores it: every optional field has its value.
  for (const user of current.users ?? []) {
    Object.assign(user, {
      fullName: user.fullName ?? "",
      roles: user.roles ?? [],
      disabled: user.disabled ?? false,
    });
    Object.assign(user, {
      accessMode: user.accessMode ?? "ReadWrite",
      applicationUser: user.applicationUser ?? false,
    });
  }
  for (const team of current.teams ?? [])
    Object.assign(team, { type: team.type ?? "Owner", roles: team.roles ?? [] });
  for (const role of current.roles ?? []) role.inheritance ??= "Direct";
  current.serviceAccounts = Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, serviceAccountState(current, service).identity]),
  ) as AccessSnapshot["serviceAccounts"];
  current.groups ??= { PrivUserGroup: [] };
  const states = [structuredClone(current)];
  const times = [START];
  const events: ReplayEvent[] = [];

  for (let step = 1; step <= steps; step++) {
    const next = structuredClone(current);
    const written = randomChange(next, random, step);
    if (!written) continue;

    const at = START + step * 60_000;
    // Events of one transaction share a timestamp and come back in any order.
    for (const event of random.shuffle(written)) {
      events.push({ ...event, at: new Date(at), targetLabel: "" });
    }
    current = next;
    states.push(structuredClone(current));
    times.push(at);
  }

  return { states, times, events };
}

const CHANGES = [
  stagedChange,
  createUser,
  deleteUser,
  renameUser,
  disableUser,
  changeRole,
  renameRole,
  createTeam,
  deleteTeam,
  renameUnit,
  createUnit,
  changeGroup,
  deleteRole,
];

function randomChange(s: AccessSnapshot, random: Random, step: number): Written[] | undefined {
  const change = CHANGES[random.int(CHANGES.length)];

  return change(s, random, step);
}

function stagedChange(s: AccessSnapshot, random: Random): Written[] | undefined {
  const user = random.pick(s.users ?? []);
  const kinds: StagedChange[] = [
    {
      kind: "change-service-identity",
      service: random.pick(SERVICE_NAMES)!,
      identity: random.pick(["NetworkService", "CONTOSO\\svc-a", "LocalSystem"])!,
    },
  ];
  if (user) {
    const role = random.pick(s.roles ?? []);
    const team = random.pick(s.teams ?? []);
    const unit = random.pick(s.businessUnits)!;
    if (role) kinds.push({ kind: "add-role", user: user.name, role: role.name });
    if (user.roles?.length)
      kinds.push({ kind: "remove-role", user: user.name, role: random.pick(user.roles)! });
    if (team) kinds.push({ kind: "add-team-member", user: user.name, team: team.name });
    if (team) kinds.push({ kind: "remove-team-member", user: user.name, team: team.name });
    kinds.push({ kind: "move-user", user: user.name, businessUnit: unit.name });
  }

  const before = structuredClone(s);
  try {
    const { touched } = applyStagedChange(s, random.pick(kinds)!);
    return touched.map((target) => ({
      targetType: target.type,
      action: "staged",
      before: stateOfTarget(before, target),
      after: stateOfTarget(s, target),
    }));
  } catch (error) {
    if (error instanceof StagedChangeError) return undefined;
    throw error;
  }
}

function createUser(s: AccessSnapshot, random: Random, step: number): Written[] {
  const unit = random.pick(s.businessUnits)!;
  const name = `CONTOSO\\new${step}`;
  (s.users ??= []).push({
    name,
    fullName: `New ${step}`,
    businessUnit: unit.name,
    roles: [],
    disabled: false,
  });

  return [{ targetType: "user", action: "user.create", before: null, after: userState(s, name) }];
}

function deleteUser(s: AccessSnapshot, random: Random): Written[] | undefined {
  const user = random.pick(s.users ?? []);
  if (!user) return undefined;

  const written: Written[] = [
    { targetType: "user", action: "user.delete", before: userState(s, user.name), after: null },
  ];
  s.users = s.users!.filter((u) => u !== user);
  for (const team of s.teams ?? []) {
    if (!team.members.some((m) => same(m, user.name))) continue;
    const before = teamState(s, team.name);
    team.members = team.members.filter((m) => !same(m, user.name));
    written.push({
      targetType: "team",
      action: "team.remove-member",
      before,
      after: teamState(s, team.name),
    });
  }

  return written;
}

function renameUser(s: AccessSnapshot, random: Random, step: number): Written[] | undefined {
  const user = random.pick(s.users ?? []);
  if (!user) return undefined;

  const before = userState(s, user.name);
  const name = `CONTOSO\\renamed${step}`;
  for (const team of s.teams ?? []) team.members = team.members.map((m) => (same(m, user.name) ? name : m));
  user.name = name;

  return [{ targetType: "user", action: "user.rename", before, after: userState(s, name) }];
}

function disableUser(s: AccessSnapshot, random: Random): Written[] | undefined {
  const user = random.pick(s.users ?? []);
  if (!user) return undefined;

  const before = userState(s, user.name);
  user.disabled = !user.disabled;

  return [{ targetType: "user", action: "user.disable", before, after: userState(s, user.name) }];
}

function changeRole(s: AccessSnapshot, random: Random): Written[] | undefined {
  const role = random.pick(s.roles ?? []);
  if (!role) return undefined;

  const before = roleState(s, role.name, role.businessUnit);
  role.privileges = {
    ...role.privileges,
    prvReadaccount: random.pick(LEVELS)!,
    prvExportToExcel: random.pick(LEVELS)!,
  };
  if (random.int(3) === 0) role.inheritance = role.inheritance === "TeamOnly" ? "Direct" : "TeamOnly";

  return [
    {
      targetType: "security-role",
      action: "role.update",
      before,
      after: roleState(s, role.name, role.businessUnit),
    },
  ];
}

function renameRole(s: AccessSnapshot, random: Random, step: number): Written[] | undefined {
  const role = random.pick(s.roles ?? []);
  if (!role) return undefined;

  const before = roleState(s, role.name, role.businessUnit);
  const name = `Role renamed ${step}`;
  for (const holder of [...(s.users ?? []), ...(s.teams ?? [])]) {
    holder.roles = holder.roles?.map((r) => (same(r, role.name) ? name : r));
  }
  role.name = name;

  return [
    {
      targetType: "security-role",
      action: "role.rename",
      before,
      after: roleState(s, name, role.businessUnit),
    },
  ];
}

function deleteRole(s: AccessSnapshot, random: Random): Written[] | undefined {
  const role = random.pick(s.roles ?? []);
  if (!role) return undefined;

  const written: Written[] = [
    {
      targetType: "security-role",
      action: "role.delete",
      before: roleState(s, role.name, role.businessUnit),
      after: null,
    },
  ];
  s.roles = s.roles!.filter((r) => r !== role);
  for (const user of s.users ?? []) {
    if (!user.roles?.some((r) => same(r, role.name))) continue;
    const before = userState(s, user.name);
    user.roles = user.roles.filter((r) => !same(r, role.name));
    written.push({ targetType: "user", action: "user.remove-role", before, after: userState(s, user.name) });
  }
  for (const team of s.teams ?? []) {
    if (!team.roles?.some((r) => same(r, role.name))) continue;
    const before = teamState(s, team.name);
    team.roles = team.roles.filter((r) => !same(r, role.name));
    written.push({ targetType: "team", action: "team.remove-role", before, after: teamState(s, team.name) });
  }

  return written;
}

function createTeam(s: AccessSnapshot, random: Random, step: number): Written[] {
  const unit = random.pick(s.businessUnits)!;
  const name = `Team new ${step}`;
  const members = (s.users ?? []).filter(() => random.int(2) === 0).map((u) => u.name);
  (s.teams ??= []).push({ name, businessUnit: unit.name, type: "Owner", roles: [], members });

  return [{ targetType: "team", action: "team.create", before: null, after: teamState(s, name) }];
}

function deleteTeam(s: AccessSnapshot, random: Random): Written[] | undefined {
  const team = random.pick(s.teams ?? []);
  if (!team) return undefined;

  const before = teamState(s, team.name);
  s.teams = s.teams!.filter((t) => t !== team);

  return [{ targetType: "team", action: "team.delete", before, after: null }];
}

function renameUnit(s: AccessSnapshot, random: Random, step: number): Written[] {
  const unit = random.pick(s.businessUnits)!;
  const before = { name: unit.name, parent: unit.parent };
  const name = `BU renamed ${step}`;
  for (const other of s.businessUnits) if (other.parent && same(other.parent, unit.name)) other.parent = name;
  for (const holder of [...(s.users ?? []), ...(s.teams ?? []), ...(s.roles ?? [])]) {
    if (same(holder.businessUnit, unit.name)) holder.businessUnit = name;
  }
  unit.name = name;

  return [
    {
      targetType: "business-unit",
      action: "business-unit.rename",
      before,
      after: { name, parent: unit.parent },
    },
  ];
}

function createUnit(s: AccessSnapshot, random: Random, step: number): Written[] {
  const parent = random.pick(s.businessUnits)!;
  const unit = { name: `BU new ${step}`, parent: parent.name };
  s.businessUnits.push(unit);

  return [{ targetType: "business-unit", action: "business-unit.create", before: null, after: { ...unit } }];
}

function changeGroup(s: AccessSnapshot, random: Random, step: number): Written[] {
  const groups = s.groups as Record<string, string[]>;
  const members = groups.PrivUserGroup ?? [];
  const before = { name: "PrivUserGroup", members: [...members] };
  groups.PrivUserGroup =
    random.int(2) === 0 && members.length ? members.slice(1) : [...members, `CONTOSO\\svc${step}`];

  return [
    {
      targetType: "directory-group",
      action: "group.change",
      before,
      after: { name: "PrivUserGroup", members: [...groups.PrivUserGroup] },
    },
  ];
}

/** Order-free form of a snapshot, for comparing two. */
export function normalized(s: AccessSnapshot) {
  const lower = (v: string) => v.toLowerCase();
  const sorted = (items: string[] | undefined) => [...(items ?? [])].map(lower).sort();
  const by =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));

  return {
    businessUnits: s.businessUnits.map((u) => [lower(u.name), u.parent ? lower(u.parent) : null]).sort(),
    roles: (s.roles ?? [])
      .map((r) => ({
        key: lower(`${r.businessUnit}|${r.name}`),
        inheritance: r.inheritance ?? "Direct",
        privileges: Object.entries(r.privileges)
          .map(([k, v]) => `${lower(k)}=${v}`)
          .sort(),
      }))
      .sort(by((r) => r.key)),
    users: (s.users ?? [])
      .map((u) => ({
        name: lower(u.name),
        businessUnit: lower(u.businessUnit),
        roles: sorted(u.roles),
        disabled: u.disabled ?? false,
        fullName: u.fullName ?? "",
      }))
      .sort(by((u) => u.name)),
    teams: (s.teams ?? [])
      .map((t) => ({
        name: lower(t.name),
        businessUnit: lower(t.businessUnit),
        roles: sorted(t.roles),
        members: sorted(t.members),
      }))
      .sort(by((t) => t.name)),
    services: Object.fromEntries(
      Object.entries(s.serviceAccounts ?? {}).map(([k, v]) => [k, serviceAccountState(s, k).identity || v]),
    ),
    groups: Object.fromEntries(Object.entries(s.groups ?? {}).map(([k, v]) => [k, sorted(v as string[])])),
  };
}
