import fc from "fast-check";

import {
  type AccessCheck,
  type Level,
  type OrganizationSnapshot,
  type SnapshotRole,
  type SnapshotTeam,
  type SnapshotUser,
  TABLE_RIGHTS,
  type TableRight,
} from "@/lib/scenario/schema";

// Random organizations for the property and differential tests: a business-unit
// tree, roles placed in it, users and teams holding roles their unit may hold
// (R7), and access questions about records owned and shared in every way the
// format allows. Small on purpose: bugs show in small organizations.

export const RIGHTS: TableRight[] = [...TABLE_RIGHTS];
export const USER_TABLES = ["account", "contact"];
const PRIVILEGES_PER_ROLE = RIGHTS.length * USER_TABLES.length;
const LEVELS: Level[] = ["None", "Basic", "Local", "Deep", "Global"];

export interface RandomCase {
  snapshot: OrganizationSnapshot;
  questions: AccessCheck[];
}

const level = fc.constantFrom(...LEVELS);
const orgLevel = fc.constantFrom<Level>("None", "Global");

// Half the roles sit in the root, so that most principals may hold most roles.
const roleDraft = fc.record({
  unit: fc.oneof(fc.constant(0), fc.nat()),
  teamOnly: fc.boolean(),
  levels: fc.array(level, { minLength: PRIVILEGES_PER_ROLE, maxLength: PRIVILEGES_PER_ROLE }),
  uom: orgLevel,
  actOnBehalf: orgLevel,
});

const principalDraft = fc.record({
  unit: fc.nat(),
  roles: fc.array(fc.nat(), { maxLength: 3 }),
  members: fc.array(fc.nat(), { maxLength: 4 }),
  // one in ten users disabled, one in four teams an access team
  disabled: fc.integer({ min: 0, max: 9 }),
  access: fc.integer({ min: 0, max: 3 }),
});

const questionDraft = fc.record({
  user: fc.nat(),
  action: fc.constantFrom(...RIGHTS),
  table: fc.constantFrom("account", "contact", "account", "uom"),
  ownerKind: fc.constantFrom("self", "user", "team"),
  owner: fc.nat(),
  shares: fc.array(
    fc.record({
      kind: fc.constantFrom("user", "team", "organization"),
      index: fc.nat(),
      rights: fc.subarray(RIGHTS, { minLength: 1 }),
    }),
    { maxLength: 2 },
  ),
});

export const randomCase: fc.Arbitrary<RandomCase> = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 0, maxLength: 5 }),
    roles: fc.array(roleDraft, { minLength: 1, maxLength: 5 }),
    users: fc.array(principalDraft, { minLength: 1, maxLength: 5 }),
    teams: fc.array(principalDraft, { maxLength: 3 }),
    questions: fc.array(questionDraft, { minLength: 1, maxLength: 8 }),
  })
  .map(build);

interface Draft {
  parents: number[];
  roles: { unit: number; teamOnly: boolean; levels: Level[]; uom: Level; actOnBehalf: Level }[];
  users: PrincipalDraft[];
  teams: PrincipalDraft[];
  questions: QuestionDraft[];
}

interface PrincipalDraft {
  unit: number;
  roles: number[];
  members: number[];
  disabled: number;
  access: number;
}

interface QuestionDraft {
  user: number;
  action: TableRight;
  table: string;
  ownerKind: string;
  owner: number;
  shares: { kind: string; index: number; rights: TableRight[] }[];
}

function build(draft: Draft): RandomCase {
  const unitParent = [-1, ...draft.parents.map((p, i) => p % (i + 1))];
  const units = unitParent.map((_, i) => `BU${i}`);
  const ancestors = (unit: number): number[] => {
    return unit === -1 ? [] : [unit, ...ancestors(unitParent[unit])];
  };

  const roles: SnapshotRole[] = draft.roles.map((role, i) => {
    const privileges: Record<string, Level> = {
      prvReadUoM: role.uom,
      prvActOnBehalfOfAnotherUser: role.actOnBehalf,
    };
    USER_TABLES.forEach((table, t) =>
      RIGHTS.forEach((right, r) => {
        privileges[`prv${right}${table}`] = role.levels[t * RIGHTS.length + r];
      }),
    );
    return {
      name: `Role${i}`,
      businessUnit: units[role.unit % units.length],
      ...(role.teamOnly ? { inheritance: "TeamOnly" as const } : {}),
      privileges,
    };
  });
  const roleUnit = draft.roles.map((role) => role.unit % units.length);
  const usable = (unit: number, picks: number[]) =>
    [...new Set(picks.map((p) => p % roles.length))]
      .filter((r) => ancestors(unit).includes(roleUnit[r]))
      .map((r) => roles[r].name);

  const users: SnapshotUser[] = draft.users.map((user, i) => {
    const unit = user.unit % units.length;
    return {
      name: `CONTOSO\\u${i}`,
      businessUnit: units[unit],
      roles: usable(unit, user.roles),
      ...(user.disabled === 0 ? { disabled: true } : {}),
    };
  });

  const teams: SnapshotTeam[] = draft.teams.map((team, i) => {
    const unit = team.unit % units.length;
    const access = team.access === 0;
    return {
      name: `Team${i}`,
      businessUnit: units[unit],
      ...(access ? { type: "Access" as const } : {}),
      roles: access ? [] : usable(unit, team.roles),
      members: [...new Set(team.members.map((m) => m % users.length))].map((m) => users[m].name),
    };
  });

  const ownerTeams = teams.filter((team) => team.type !== "Access");
  const questions = draft.questions.map((q, i): AccessCheck => {
    const user = users[q.user % users.length].name;
    if (q.table === "uom") return { name: `q${i}`, user, action: q.action, table: "uom" };

    const owner =
      q.ownerKind === "team" && ownerTeams.length > 0
        ? { ownerTeam: ownerTeams[q.owner % ownerTeams.length].name }
        : { owner: q.ownerKind === "self" ? user : users[q.owner % users.length].name };
    const sharedWith = q.shares.flatMap((share) => {
      if (share.kind === "organization") {
        return [{ principal: "organization", rights: share.rights }];
      }
      const pool = share.kind === "team" ? teams.map((t) => t.name) : users.map((u) => u.name);
      if (pool.length === 0) return [];
      return [{ principal: pool[share.index % pool.length], rights: share.rights }];
    });

    return {
      name: `q${i}`,
      user,
      action: q.action,
      table: q.table,
      record: { ...owner, ...(sharedWith.length ? { sharedWith } : {}) },
    };
  });

  return {
    snapshot: {
      businessUnits: units.map((name, i) => {
        return { name, parent: unitParent[i] === -1 ? null : units[unitParent[i]] };
      }),
      tables: [{ name: "account" }, { name: "contact" }, { name: "uom", ownership: "Organization" }],
      roles,
      users,
      teams,
    },
    questions,
  };
}

// The units at or above a unit, root last: what R7 lets a principal hold.
export function unitChain(snapshot: OrganizationSnapshot, unit: string): string[] {
  const parent = new Map(snapshot.businessUnits.map((u) => [u.name, u.parent]));
  const chain: string[] = [];
  for (let at: string | null | undefined = unit; at; at = parent.get(at)) chain.push(at);

  return chain;
}
