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


export async function loadOrganizationSnapshot(db: Db | Tx): Promise<StoredSnapshot> {
  const [org, units, tables, roles, users, teams, services, groups, steps] = await Promise.all([
    db.organization.findUnique({ where: { id: 1 } }),
    db.businessUnit.findMany({ select: { id: true, name: true, parentId: true }, orderBy: { createdAt: "asc" } }),
    db.dataTable.findMany({ orderBy: { nameLower: "asc" } }),
    db.securityRole.findMany({
      include: { privileges: { orderBy: { privilegeLower: "asc" } } },
      orderBy: [{ createdAt: "asc" }, { nameLower: "asc" }],
    }),
    db.systemUser.findMany({
      include: { roles: { select: { roleId: true } } },
      orderBy: { logonLower: "asc" },
    }),
    db.team.findMany({
      include: { roles: { select: { roleId: true } }, members: { select: { userId: true } } },
      orderBy: { nameLower: "asc" },
    }),
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

  return {
    businessUnits: units.map((unit) => ({
      name: unit.name,
      parent: unit.parentId ? unitName.get(unit.parentId)! : null,
    })),
    tables: tables.map((table) => ({ name: table.name, ownership: table.ownership as "User" | "Organization" })),
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
      roles: user.roles.map((held) => roleName.get(held.roleId)!),
      disabled: user.disabled,
      accessMode: user.accessMode as SnapshotUser["accessMode"],
      applicationUser: user.applicationUser,
    })),
    teams: teams.map((team) => ({
      name: team.name,
      businessUnit: unitName.get(team.businessUnitId)!,
      type: team.type as "Owner" | "Access",
      roles: team.roles.map((held) => roleName.get(held.roleId)!),
      members: team.members.map((member) => logon.get(member.userId)!),
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

