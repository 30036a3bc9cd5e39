import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { UserFacingError, ValidationError } from "@/lib/errors";
import type { TeamState, UserState } from "@/lib/access/audit-states";
import { CHANGE_ACTIONS, type StagedChange, stagedChangesSchema } from "@/lib/access/staged-changes";

// Applies a previewed what-if in one transaction: the staged writes, one
// audit event per target per change (before and after in the audit contract's
// shape, so "access as of" can undo them), and the organization's revision
// bumped. The preview was made at a revision; if the organization moved since,
// nothing is written: the preview no longer tells the truth.

export const applyWhatIfSchema = z.object({
  changes: stagedChangesSchema,
  revision: z.coerce.number().int().min(0),
  reason: z.string().trim().max(500, "At most 500 characters.").default(""),
});

export class PreviewOutdatedError extends UserFacingError {
  constructor() {
    super(
      "CONFLICT",
      "The organization changed since you previewed these changes. Nothing was saved; preview again.",
    );
  }
}

type Context = {
  tx: Tx;
  actor: Actor;
  reason: string;
  audit: (event: {
    action: string;
    targetType: string;
    targetId: string;
    targetLabel: string;
    before: unknown;
    after: unknown;
    reason: string;
  }) => Promise<void>;
  units: Map<string, { name: string; parentId: string | null }>;
  keepRolesOnMove: boolean;
};

export function applyWhatIf(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "organization.write",
    schema: applyWhatIfSchema,
    input,
    async run({ tx, actor, data, audit }) {
      // Also a row lock: no other change can slip in before this one commits.
      const locked = await tx.organization.updateMany({
        where: { id: 1, revision: data.revision },
        data: { revision: data.revision },
      });
      if (locked.count !== 1) throw new PreviewOutdatedError();

      const [organization, units] = await Promise.all([
        tx.organization.findUniqueOrThrow({ where: { id: 1 } }),
        tx.businessUnit.findMany({ select: { id: true, name: true, parentId: true } }),
      ]);
      const context: Context = {
        tx,
        actor,
        reason: data.reason || "Applied from a what-if preview",
        audit: (event) => audit(event),
        units: new Map(units.map((unit) => [unit.id, unit])),
        keepRolesOnMove: organization.doNotRemoveRolesOnChangeBusinessUnit,
      };

      for (const [index, change] of data.changes.entries()) await applyChange(context, change, index);
      await touchOrganization(tx);

      return { applied: data.changes.length };
    },
  });
}

function refuse(index: number, message: string): never {
  throw new ValidationError({ [`changes.${index}`]: message }, message);
}

async function applyChange(context: Context, change: StagedChange, index: number) {
  if (change.kind === "change-service-identity") return changeServiceIdentity(context, change, index);

  const { tx } = context;
  const user =
    (await tx.systemUser.findUnique({ where: { logonLower: change.user.toLowerCase() } })) ??
    refuse(index, `There is no user ${change.user}.`);
  const before = await loadUserState(tx, user.id);

  switch (change.kind) {
    case "add-role": {
      const role = await resolveRole(context, change.role, user.businessUnitId);
      if (!role) refuse(index, `No role ${change.role} in ${before.businessUnit} or above it (R7).`);
      const held = await tx.userRole.findFirst({
        where: { userId: user.id, role: { nameLower: role.nameLower } },
      });
      if (held) refuse(index, `${user.logon} already holds ${change.role}.`);
      await tx.userRole.create({ data: { userId: user.id, roleId: role.id } });
      break;
    }
    case "remove-role": {
      const removed = await tx.userRole.deleteMany({
        where: { userId: user.id, role: { nameLower: change.role.toLowerCase() } },
      });
      if (removed.count === 0) refuse(index, `${user.logon} does not hold ${change.role}.`);
      break;
    }
    case "add-team-member":
    case "remove-team-member":
      return changeMembership(context, change, index, user.id, before);
    case "move-user": {
      const unit = [...context.units.entries()].find(
        ([, u]) => u.name.toLowerCase() === change.businessUnit.toLowerCase(),
      );
      if (!unit) refuse(index, `There is no business unit ${change.businessUnit}.`);
      if (unit[0] === user.businessUnitId) refuse(index, `${user.logon} is already in ${unit[1].name}.`);
      await moveUser(context, user.id, unit[0]);
      break;
    }
  }

  await tx.systemUser.update({ where: { id: user.id }, data: { version: { increment: 1 } } });
  await context.audit({
    action: CHANGE_ACTIONS[change.kind].user!,
    targetType: "user",
    targetId: user.id,
    targetLabel: user.logon,
    before,
    after: await loadUserState(tx, user.id),
    reason: context.reason,
  });
}

async function changeMembership(
  context: Context,
  change: Extract<StagedChange, { kind: "add-team-member" | "remove-team-member" }>,
  index: number,
  userId: string,
  userBefore: UserState,
) {
  const { tx } = context;
  const team =
    (await tx.team.findUnique({ where: { nameLower: change.team.toLowerCase() } })) ??
    refuse(index, `There is no team ${change.team}.`);
  const teamBefore = await loadTeamState(tx, team.id);
  const member = await tx.teamMembership.findUnique({
    where: { teamId_userId: { teamId: team.id, userId } },
  });

  if (change.kind === "add-team-member") {
    if (member) refuse(index, `${userBefore.name} is already a member of ${team.name}.`);
    await tx.teamMembership.create({ data: { teamId: team.id, userId } });
  } else {
    if (!member) refuse(index, `${userBefore.name} is not a member of ${team.name}.`);
    await tx.teamMembership.delete({ where: { teamId_userId: { teamId: team.id, userId } } });
  }
  await tx.team.update({ where: { id: team.id }, data: { version: { increment: 1 } } });
  await tx.systemUser.update({ where: { id: userId }, data: { version: { increment: 1 } } });

  // One change, two targets: one event each (audit contract).
  const actions = CHANGE_ACTIONS[change.kind];
  await context.audit({
    action: actions.team!,
    targetType: "team",
    targetId: team.id,
    targetLabel: team.name,
    before: teamBefore,
    after: await loadTeamState(tx, team.id),
    reason: context.reason,
  });
  await context.audit({
    action: actions.user!,
    targetType: "user",
    targetId: userId,
    targetLabel: userBefore.name,
    before: userBefore,
    after: await loadUserState(tx, userId),
    reason: context.reason,
  });
}

/** R6: roles go with a move unless the organization keeps them; kept ones must resolve from the new BU (R7). */
async function moveUser(context: Context, userId: string, unitId: string) {
  const { tx } = context;
  const held = await tx.userRole.findMany({ where: { userId }, include: { role: true } });
  await tx.userRole.deleteMany({ where: { userId } });
  await tx.systemUser.update({ where: { id: userId }, data: { businessUnitId: unitId } });
  if (!context.keepRolesOnMove) return;

  for (const { role } of held) {
    const resolved = await resolveRole(context, role.name, unitId);
    if (resolved)
      await tx.userRole.upsert({
        where: { userId_roleId: { userId, roleId: resolved.id } },
        create: { userId, roleId: resolved.id },
        update: {},
      });
  }
}

async function changeServiceIdentity(
  context: Context,
  change: Extract<StagedChange, { kind: "change-service-identity" }>,
  index: number,
) {
  const { tx } = context;
  const account =
    (await tx.serviceAccount.findUnique({ where: { service: change.service } })) ??
    refuse(index, `There is no service account ${change.service}.`);
  if (account.identity.toLowerCase() === change.identity.toLowerCase()) {
    refuse(index, `${change.service} already runs as ${account.identity}.`);
  }

  await tx.serviceAccount.update({
    where: { id: account.id },
    data: { identity: change.identity, version: { increment: 1 } },
  });
  await tx.serviceIdentityChange.create({
    data: {
      serviceAccountId: account.id,
      fromIdentity: account.identity,
      toIdentity: change.identity,
      reason: context.reason,
      actorName: context.actor.username,
    },
  });
  await context.audit({
    action: CHANGE_ACTIONS[change.kind].service!,
    targetType: "service-account",
    targetId: account.id,
    targetLabel: account.service,
    before: { service: account.service, identity: account.identity, servers: account.servers },
    after: { service: account.service, identity: change.identity, servers: account.servers },
    reason: context.reason,
  });
}

/** R7: the role of that name in the BU or its nearest ancestor. */
async function resolveRole(context: Context, name: string, unitId: string) {
  const chain: string[] = [];
  for (let at: string | null = unitId; at && chain.length <= context.units.size;) {
    chain.push(at);
    at = context.units.get(at)?.parentId ?? null;
  }
  const roles = await context.tx.securityRole.findMany({
    where: { nameLower: name.toLowerCase(), businessUnitId: { in: chain } },
  });

  return chain.map((id) => roles.find((role) => role.businessUnitId === id)).find(Boolean);
}

export async function loadUserState(tx: Tx, userId: string): Promise<UserState> {
  const user = await tx.systemUser.findUniqueOrThrow({
    where: { id: userId },
    include: {
      businessUnit: { select: { name: true } },
      roles: { include: { role: { select: { name: true } } }, orderBy: { assignedAt: "asc" } },
      teams: { include: { team: { select: { name: true } } } },
    },
  });

  return {
    name: user.logon,
    fullName: user.fullName,
    businessUnit: user.businessUnit.name,
    roles: user.roles.map((held) => held.role.name),
    teams: user.teams.map((membership) => membership.team.name).sort(),
    disabled: user.disabled,
    accessMode: user.accessMode,
    applicationUser: user.applicationUser,
  };
}

export async function loadTeamState(tx: Tx, teamId: string): Promise<TeamState> {
  const team = await tx.team.findUniqueOrThrow({
    where: { id: teamId },
    include: {
      businessUnit: { select: { name: true } },
      roles: { include: { role: { select: { name: true } } } },
      members: { include: { user: { select: { logon: true } } } },
    },
  });

  return {
    name: team.name,
    businessUnit: team.businessUnit.name,
    type: team.type,
    roles: team.roles.map((held) => held.role.name),
    members: team.members.map((membership) => membership.user.logon).sort(),
  };
}
