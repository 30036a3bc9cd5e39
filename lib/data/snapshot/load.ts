import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { RegisteredStep } from "@/lib/scenario/plugin-step-schema";
import type { Level, OrganizationSnapshot, SnapshotUser } from "@/lib/scenario/schema";

type Operation = NonNullable<RegisteredStep["operations"]>[number];

/** Every list is present: a stored organization has each, if only empty. */
export type StoredSnapshot = OrganizationSnapshot &
  Required<Pick<OrganizationSnapshot, "tables" | "roles" | "users" | "teams" | "pluginSteps">>;

// The organization as stored, in the snapshot shape of SCENARIOS.md. It feeds
// the security engine (compileOrganization) and the `export` command. Names
// are written as stored; the engine matches them case-insensitively.
//
// At 100,000 users this runs on every change the engine sees, so the large
// tables are read flat (no relation includes, which Prisma answers with one
// IN list of every id) and joined here in maps.

function groupBy<T>(rows: T[], key: (row: T) => string, value: (row: T) => string) {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(value(row));
    else groups.set(key(row), [value(row)]);
  }

  return groups;
}

export async function loadOrganizationSnapshot(db: Db | Tx): Promise<StoredSnapshot> {
  const [
    org,
    units,
    tables,
    roles,
    users,
    userRoles,
    teams,
    teamRoles,
    memberships,
    services,
    groups,
    steps,
  ] = await Promise.all([
    db.organization.findUnique({ where: { id: 1 } }),
    db.businessUnit.findMany({
      select: { id: true, name: true, parentId: true },
      orderBy: { createdAt: "asc" },
    }),
    db.dataTable.findMany({ orderBy: { nameLower: "asc" } }),
    db.securityRole.findMany({
      include: { privileges: { orderBy: { privilegeLower: "asc" } } },
      orderBy: [{ createdAt: "asc" }, { nameLower: "asc" }],
    }),
    db.systemUser.findMany({
      select: {
        id: true,
        logon: true,
        fullName: true,
        businessUnitId: true,
        disabled: true,
        accessMode: true,
        applicationUser: true,
      },
      orderBy: { logonLower: "asc" },
    }),
    db.userRole.findMany({ select: { userId: true, roleId: true } }),
    db.team.findMany({ orderBy: { nameLower: "asc" } }),
    db.teamRole.findMany({ select: { teamId: true, roleId: true } }),
    db.teamMembership.findMany({ select: { teamId: true, userId: true } }),
    db.serviceAccount.findMany({ orderBy: { service: "asc" } }),
    db.directoryGroup.findMany({ include: { members: { orderBy: { accountLower: "asc" } } } }),
    db.pluginStep.findMany({
      include: { operations: { orderBy: { ordinal: "asc" } }, runAsUser: { select: { logon: true } } },
      orderBy: { name: "asc" },
    }),
  ]);

  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const roleName = new Map(roles.map((role) => [role.id, role.name]));
  const logon = new Map(users.map((user) => [user.id, user.logon]));
  const rolesOfUser = groupBy(
    userRoles,
    (row) => row.userId,
    (row) => roleName.get(row.roleId)!,
  );
  const rolesOfTeam = groupBy(
    teamRoles,
    (row) => row.teamId,
    (row) => roleName.get(row.roleId)!,
  );
  const membersOfTeam = groupBy(
    memberships,
    (row) => row.teamId,
    (row) => logon.get(row.userId)!,
  );

  return {
    businessUnits: units.map((unit) => ({
      name: unit.name,
      parent: unit.parentId ? unitName.get(unit.parentId)! : null,
    })),
    tables: tables.map((table) => ({
      name: table.name,
      ownership: table.ownership as "User" | "Organization",
    })),
    roles: roles.map((role) => ({
      name: role.name,
      businessUnit: unitName.get(role.businessUnitId)!,
      inheritance: role.inheritance as "Direct" | "TeamOnly",
      privileges: Object.fromEntries(role.privileges.map((p) => [p.privilege, p.level as Level])),
    })),
    users: users.map((user) => ({
      name: user.logon,
      fullName: user.fullName,
      businessUnit: unitName.get(user.businessUnitId)!,
      roles: rolesOfUser.get(user.id) ?? [],
      disabled: user.disabled,
      accessMode: user.accessMode as SnapshotUser["accessMode"],
      applicationUser: user.applicationUser,
    })),
    teams: teams.map((team) => ({
      name: team.name,
      businessUnit: unitName.get(team.businessUnitId)!,
      type: team.type as "Owner" | "Access",
      roles: rolesOfTeam.get(team.id) ?? [],
      members: (membersOfTeam.get(team.id) ?? []).sort(),
    })),
    serviceAccounts: Object.fromEntries(
      services.map((s) => [s.service, s.identity]),
    ) as OrganizationSnapshot["serviceAccounts"],
    groups: Object.fromEntries(
      groups.map((g) => [g.name, g.members.map((m) => m.account)]),
    ) as OrganizationSnapshot["groups"],
    settings: {
      hierarchySecurity: org?.hierarchySecurity ?? false,
      doNotRemoveRolesOnChangeBusinessUnit: org?.doNotRemoveRolesOnChangeBusinessUnit ?? false,
    },
    pluginSteps: steps.map((step): RegisteredStep => ({
      name: step.name,
      assembly: step.assembly,
      typeName: step.typeName,
      message: step.message,
      table: step.table,
      stage: step.stage as RegisteredStep["stage"],
      mode: step.mode as RegisteredStep["mode"],
      isolation: step.isolation as RegisteredStep["isolation"],
      deployment: step.deployment as RegisteredStep["deployment"],
      runAs: step.runAsUser?.logon ?? null,
      operations: step.operations.map((op) => ({
        as: op.runAs,
        action: op.action as Operation["action"],
        table: op.table,
        ...(op.record ? { record: op.record as Operation["record"] } : {}),
      })),
    })),
  };
}
