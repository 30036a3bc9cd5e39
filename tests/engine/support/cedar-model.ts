import type { AccessCheck, OrganizationSnapshot, SnapshotRole } from "@/lib/scenario/schema";

// The same organization written as Cedar policies and entities, from DOMAIN.md
// directly and without the engine's code, so the two can be compared.
//
//   business units  Unit entities, each a child of its parent: `x in Unit::"A"`
//                   is "x is A or below A".
//   users           User entities, children of every team they are in and of
//                   Org::"all" (what "shared with the organization" reaches).
//   roles           one permit per (holder, role, table privilege above None):
//                   the holder is `principal == User` or `principal in Team`;
//                   a team-only role's Basic permit names the team's records.
//   a record        one Record entity: its table, owner, owning unit and, per
//                   right, the set of principals it is shared with.
//   R16             one forbid for disabled users.
// Role names are unique in the generated organizations, so a held role is
// found by name alone.

type Json = Record<string, unknown>;

const RIGHTS = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];
const PRIVILEGE = /^prv(AppendTo|Append|Create|Read|Write|Delete|Assign|Share)(.+)$/i;
const RANK: Record<string, number> = { None: 0, Basic: 1, Local: 2, Deep: 3, Global: 4 };

// R14, as the harness combines the single-right decisions Cedar makes.
export const RIGHTS_FOR_ACTION: Record<string, string[]> = {
  Create: ["Create"],
  Read: ["Read"],
  Write: ["Write"],
  Delete: ["Delete"],
  Append: ["Append", "Read"],
  AppendTo: ["AppendTo", "Read"],
  Assign: ["Assign", "Write", "Read"],
  Share: ["Share", "Read"],
};

const entity = (type: string, id: string) => ({ __entity: { type, id } });
const ref = (type: string, id: string) => `${type}::${JSON.stringify(id)}`;

export function cedarPolicies(org: OrganizationSnapshot): string {
  const roles = new Map((org.roles ?? []).map((role) => [role.name, role]));
  const orgOwned = new Set(
    (org.tables ?? [])
      .filter((table) => table.ownership === "Organization")
      .map((table) => table.name.toLowerCase()),
  );
  const policies = ["forbid (principal, action, resource) when { principal.disabled };"];

  for (const user of org.users ?? []) {
    for (const name of user.roles ?? []) {
      const holder = { clause: `principal == ${ref("User", user.name)}`, unit: user.businessUnit };
      policies.push(...rolePolicies(roles.get(name)!, holder, undefined, orgOwned));
    }
  }
  for (const team of org.teams ?? []) {
    if (team.type === "Access") continue;
    for (const name of team.roles ?? []) {
      const role = roles.get(name)!;
      const holder = { clause: `principal in ${ref("Team", team.name)}`, unit: team.businessUnit };
      const teamOnly = role.inheritance === "TeamOnly" ? team.name : undefined;
      policies.push(...rolePolicies(role, holder, teamOnly, orgOwned));
    }
  }

  return policies.join("\n");
}

function rolePolicies(
  role: SnapshotRole,
  holder: { clause: string; unit: string },
  teamOnlyTeam: string | undefined,
  orgOwned: Set<string>,
): string[] {
  const policies: string[] = [];

  for (const [privilege, level] of Object.entries(role.privileges)) {
    const match = PRIVILEGE.exec(privilege);
    if (!match || RANK[level] === 0) continue;
    const right = RIGHTS.find((r) => r.toLowerCase() === match[1].toLowerCase())!;
    const table = match[2].toLowerCase();

    const ways = orgOwned.has(table) ? ["true"] : reach(right, RANK[level], holder.unit, teamOnlyTeam);
    policies.push(
      `permit (${holder.clause}, action == Action::${JSON.stringify(right)}, resource) ` +
        `when { resource.table == ${JSON.stringify(table)} && (${ways.join(" || ")}) };`,
    );
  }

  return policies;
}

// The ways one role privilege reaches a record (DOMAIN.md R12, R13). R13: a
// "team privileges only" role at Basic is used on the team's own records and
// nowhere else, so it opens no share; from Local up it reaches by unit and
// counts as the member's privilege for a share.
function reach(right: string, rank: number, unit: string, teamOnlyTeam: string | undefined): string[] {
  const ways = teamOnlyTeam
    ? [`resource.ownerTeam == ${ref("Team", teamOnlyTeam)}`]
    : ["resource.ownerUser == principal", "principal in resource.ownerTeam"];
  const onlyTheTeamsRecords = teamOnlyTeam !== undefined && rank === 1;

  if (rank === 2) ways.push(`resource.unit == ${ref("Unit", unit)}`);
  if (rank === 3) ways.push(`resource.unit in ${ref("Unit", unit)}`);
  if (rank === 4) ways.push("true");
  if (right !== "Create" && !onlyTheTeamsRecords) ways.push(`principal in resource.shares.${right}`);

  return ways;
}

export function cedarEntities(org: OrganizationSnapshot, question: AccessCheck): Json[] {
  const units = org.businessUnits.map((unit) => ({
    uid: { type: "Unit", id: unit.name },
    attrs: {},
    parents: unit.parent === null ? [] : [{ type: "Unit", id: unit.parent }],
  }));
  const teams = (org.teams ?? []).map((team) => {
    return { uid: { type: "Team", id: team.name }, attrs: {}, parents: [] };
  });
  const users = (org.users ?? []).map((user) => ({
    uid: { type: "User", id: user.name },
    attrs: { disabled: user.disabled === true },
    parents: [
      { type: "Org", id: "all" },
      ...(org.teams ?? [])
        .filter((team) => team.members.includes(user.name))
        .map((team) => ({ type: "Team", id: team.name })),
    ],
  }));

  return [
    ...units,
    ...teams,
    ...users,
    { uid: { type: "Org", id: "all" }, attrs: {}, parents: [] },
    recordEntity(org, question),
  ];
}

function recordEntity(org: OrganizationSnapshot, question: AccessCheck): Json {
  const record = question.record ?? {};
  const ownerTeam = (org.teams ?? []).find((t) => t.name === record.ownerTeam);
  const ownerUser = record.ownerTeam ? undefined : (record.owner ?? question.user);
  const unit =
    ownerTeam?.businessUnit ?? (org.users ?? []).find((u) => u.name === ownerUser)?.businessUnit ?? "-";

  const shares: Record<string, unknown[]> = {};
  for (const right of RIGHTS) {
    shares[right] = (record.sharedWith ?? [])
      .filter((share) => share.rights.includes(right as never))
      .map((share) => principalEntity(org, share.principal));
  }

  return {
    uid: { type: "Record", id: "the-record" },
    attrs: {
      table: question.table.toLowerCase(),
      ownerUser: entity("User", ownerUser ?? "-"),
      ownerTeam: entity("Team", ownerTeam?.name ?? "-"),
      unit: entity("Unit", unit),
      shares,
    },
    parents: [],
  };
}

function principalEntity(org: OrganizationSnapshot, name: string) {
  if (name === "organization") return entity("Org", "all");
  if ((org.users ?? []).some((u) => u.name === name)) return entity("User", name);

  return entity("Team", name);
}
