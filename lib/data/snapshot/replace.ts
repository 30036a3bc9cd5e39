import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationSnapshot } from "@/lib/scenario/schema";

// Replaces the stored organization with a snapshot that the engine's parser
// has already validated (names resolve, the BU tree is a tree, R7 holds), in
// the caller's transaction. Console accounts, saved checks and the audit log
// are not part of an organization and stay as they are.

type StepInput = {
  name: string;
  assembly?: string;
  typeName?: string;
  message: string;
  table: string;
  stage?: string;
  mode?: string;
  isolation?: string;
  deployment?: string;
  runAs?: string | null;
  operations?: { as?: string; action: string; table: string; record?: unknown }[];
};

const lower = (value: string) => value.toLowerCase();
const BATCH = 5_000;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

async function clearOrganization(tx: Tx) {
  await tx.pluginStep.deleteMany();
  await tx.teamMembership.deleteMany();
  await tx.teamRole.deleteMany();
  await tx.userRole.deleteMany();
  await tx.team.deleteMany();
  await tx.systemUser.deleteMany();
  await tx.rolePrivilege.deleteMany();
  await tx.securityRole.deleteMany();
  await tx.dataTable.deleteMany();
  await tx.directoryGroupMember.deleteMany();
  await tx.directoryGroup.deleteMany();
  await tx.serviceIdentityChange.deleteMany();
  await tx.serviceAccount.deleteMany();
  // Children first: a unit may only go once nothing points at it.
  await tx.$executeRawUnsafe('UPDATE "BusinessUnit" SET "parentId" = NULL');
  await tx.businessUnit.deleteMany();
}

/** Role names resolve in the holder's BU, then up the tree (R7). */
function roleResolver(
  snapshot: OrganizationSnapshot,
  unitId: Map<string, string>,
  roleId: Map<string, string>,
) {
  const parentOf = new Map(
    snapshot.businessUnits.map((u) => [lower(u.name), u.parent ? lower(u.parent) : null]),
  );

  return (roleName: string, unitName: string) => {
    for (let unit: string | null = lower(unitName); unit; unit = parentOf.get(unit) ?? null) {
      const id = roleId.get(`${unitId.get(unit)}|${lower(roleName)}`);
      if (id) return id;
    }
    throw new Error(`role ${roleName} does not resolve from ${unitName}`);
  };
}

export async function replaceOrganization(tx: Tx, snapshot: OrganizationSnapshot, organizationName: string) {
  await clearOrganization(tx);

  const unitId = new Map(snapshot.businessUnits.map((u) => [lower(u.name), randomUUID()]));
  const units = snapshot.businessUnits.map((u) => ({
    id: unitId.get(lower(u.name))!,
    name: u.name,
    nameLower: lower(u.name),
  }));
  await tx.businessUnit.createMany({ data: units });
  for (const u of snapshot.businessUnits.filter((unit) => unit.parent)) {
    await tx.businessUnit.update({
      where: { id: unitId.get(lower(u.name))! },
      data: { parentId: unitId.get(lower(u.parent!))! },
    });
  }

  await tx.dataTable.createMany({
    data: (snapshot.tables ?? []).map((t) => ({
      name: t.name,
      nameLower: lower(t.name),
      ownership: t.ownership,
    })),
  });

  const roleId = new Map<string, string>();
  const roleRows = (snapshot.roles ?? []).map((r) => {
    const id = randomUUID();
    const businessUnitId = unitId.get(lower(r.businessUnit))!;
    roleId.set(`${businessUnitId}|${lower(r.name)}`, id);
    return {
      id,
      name: r.name,
      nameLower: lower(r.name),
      businessUnitId,
      inheritance: r.inheritance ?? "Direct",
    };
  });
  await tx.securityRole.createMany({ data: roleRows });
  const privileges = (snapshot.roles ?? []).flatMap((r, index) =>
    Object.entries(r.privileges ?? {})
      .filter(([, level]) => level !== "None")
      .map(([privilege, level]) => ({
        roleId: roleRows[index].id,
        privilege,
        privilegeLower: lower(privilege),
        level: String(level),
      })),
  );
  await inBatches(privileges, (batch) => tx.rolePrivilege.createMany({ data: batch }));
  const resolveRole = roleResolver(snapshot, unitId, roleId);

  const userId = new Map<string, string>();
  const users = (snapshot.users ?? []).map((u) => {
    const id = randomUUID();
    userId.set(lower(u.name), id);
    return {
      id,
      logon: u.name,
      logonLower: lower(u.name),
      fullName: u.fullName ?? "",
      fullNameLower: lower(u.fullName ?? ""),
      businessUnitId: unitId.get(lower(u.businessUnit))!,
      accessMode: u.accessMode ?? "ReadWrite",
      disabled: u.disabled ?? false,
      applicationUser: u.applicationUser ?? false,
    };
  });
  await inBatches(users, (batch) => tx.systemUser.createMany({ data: batch }));
  const userRoles = (snapshot.users ?? []).flatMap((u) =>
    (u.roles ?? []).map((role) => ({
      userId: userId.get(lower(u.name))!,
      roleId: resolveRole(role, u.businessUnit),
    })),
  );
  await inBatches(userRoles, (batch) => tx.userRole.createMany({ data: batch, skipDuplicates: true }));

  const teams = (snapshot.teams ?? []).map((t) => ({
    id: randomUUID(),
    name: t.name,
    nameLower: lower(t.name),
    businessUnitId: unitId.get(lower(t.businessUnit))!,
    type: t.type ?? "Owner",
  }));
  await tx.team.createMany({ data: teams });
  const teamRoles = (snapshot.teams ?? []).flatMap((t, index) =>
    (t.roles ?? []).map((role) => ({ teamId: teams[index].id, roleId: resolveRole(role, t.businessUnit) })),
  );
  await tx.teamRole.createMany({ data: teamRoles, skipDuplicates: true });
  const memberships = (snapshot.teams ?? []).flatMap((t, index) =>
    t.members.map((member) => ({ teamId: teams[index].id, userId: userId.get(lower(member))! })),
  );
  await inBatches(memberships, (batch) =>
    tx.teamMembership.createMany({ data: batch, skipDuplicates: true }),
  );

  await writeServiceIdentities(tx, snapshot);
  await writeSteps(tx, (snapshot as { pluginSteps?: StepInput[] }).pluginSteps ?? [], userId);
  await tx.organization.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      name: organizationName,
      hierarchySecurity: snapshot.settings?.hierarchySecurity ?? false,
      doNotRemoveRolesOnChangeBusinessUnit: settingOf(snapshot, "doNotRemoveRolesOnChangeBusinessUnit"),
    },
    update: {
      name: organizationName,
      hierarchySecurity: snapshot.settings?.hierarchySecurity ?? false,
      doNotRemoveRolesOnChangeBusinessUnit: settingOf(snapshot, "doNotRemoveRolesOnChangeBusinessUnit"),
      version: { increment: 1 },
    },
  });

  return { businessUnits: units.length, users: users.length, teams: teams.length, roles: roleRows.length };
}

function settingOf(snapshot: OrganizationSnapshot, key: string) {
  return Boolean((snapshot.settings as Record<string, unknown> | undefined)?.[key]);
}

// R26: every deployment has these accounts and groups, set or not; a service
// missing from the file runs as Network Service (SCENARIOS.md).
export const SERVICES = [
  "CRMAppPool",
  "DeploymentService",
  "AsyncService",
  "SandboxService",
  "VSSWriter",
  "UnzipService",
  "EmailRouter",
  "ReportingServices",
] as const;
export const GROUPS = ["PrivUserGroup", "SQLAccessGroup", "ReportingGroup", "PrivReportingGroup"] as const;

async function writeServiceIdentities(tx: Tx, snapshot: OrganizationSnapshot) {
  const identities = (snapshot.serviceAccounts ?? {}) as Record<string, string | undefined>;
  await tx.serviceAccount.createMany({
    data: SERVICES.map((service) => ({
      service,
      identity: identities[service] ?? "NetworkService",
      servers: [],
    })),
  });

  const members = (snapshot.groups ?? {}) as Record<string, string[] | undefined>;
  for (const name of GROUPS) {
    const group = await tx.directoryGroup.create({ data: { name } });
    const accounts = [...new Map((members[name] ?? []).map((a) => [lower(a), a])).values()];
    await tx.directoryGroupMember.createMany({
      data: accounts.map((account) => ({
        groupId: group.id,
        account,
        accountLower: lower(account),
        reason: "imported",
      })),
    });
  }
}

async function writeSteps(tx: Tx, steps: StepInput[], userId: Map<string, string>) {
  for (const step of steps) {
    await tx.pluginStep.create({
      data: {
        name: step.name,
        assembly: step.assembly ?? "",
        typeName: step.typeName ?? "",
        message: step.message,
        table: step.table,
        stage: step.stage ?? "PostOperation",
        mode: step.mode ?? "Synchronous",
        isolation: step.isolation ?? "Sandbox",
        deployment: step.deployment ?? "Server",
        runAsUserId: step.runAs ? (userId.get(lower(step.runAs)) ?? null) : null,
        operations: {
          create: (step.operations ?? []).map((op, ordinal) => ({
            ordinal,
            runAs: op.as ?? "context",
            action: op.action,
            table: op.table,
            record: op.record === undefined ? Prisma.DbNull : (op.record as Prisma.InputJsonValue),
          })),
        },
      },
    });
  }
}
