import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { hiddenByNamesake } from "@/lib/data/directory/guards";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { UserFacingError, ValidationError } from "@/lib/errors";
import type { TeamState, UserState } from "@/lib/access/audit-states";
import { CHANGE_ACTIONS, type StagedChange, stagedChangesSchema } from "@/lib/access/staged-changes";
import { type ApplyContext, refuse } from "./apply-context";
import { applyServiceIdentity } from "./apply-service-identity";

// Applies a previewed what-if in one transaction: the staged writes, the
// audit events the same change made on its own page would write (before and
// after in the audit contract's shape, so "access as of" can undo them in
// write order), and the organization's revision bumped. The preview was made
// at a revision; if the organization moved since, nothing is written: the
// preview no longer tells the truth.

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
      const context: ApplyContext = {
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

async function applyChange(context: ApplyContext, change: StagedChange, index: number) {
  if (change.kind === "change-service-identity") return applyServiceIdentity(context, change, index);

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
      return moveUser(context, { id: user.id, logon: user.logon }, unit[0], before);
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
  context: ApplyContext,
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

/**
 * Written as a move on the user's page writes it (lib/data/directory/move.ts):
 * `user.move`, then, when the move takes roles away, `user.remove-role` naming
 * them. R6: every role goes unless the organization keeps them; R7: a kept role
 * must still be of the new BU or above it.
 */
async function moveUser(
  context: ApplyContext,
  user: { id: string; logon: string },
  unitId: string,
  before: UserState,
) {
  const { tx } = context;
  const chain = unitChain(context, unitId);
  const held = await tx.userRole.findMany({ where: { userId: user.id }, include: { role: true } });
  const namesakes = await tx.securityRole.findMany({
    where: { nameLower: { in: held.map(({ role }) => role.nameLower) } },
  });
  // As the move on the user's page (lib/data/directory/move.ts): a kept role
  // must be of the new BU or above, and still be the role its name stands for.
  const usable = (role: (typeof held)[number]["role"]) =>
    chain.includes(role.businessUnitId) && !hiddenByNamesake(role, namesakes, chain);
  const lost = held
    .filter(({ role }) => !context.keepRolesOnMove || !usable(role))
    .map(({ role }) => ({ id: role.id, name: role.name, rule: context.keepRolesOnMove ? "R7" : "R6" }));

  await tx.systemUser.update({
    where: { id: user.id },
    data: { businessUnitId: unitId, version: { increment: 1 } },
  });
  const moved = await loadUserState(tx, user.id);
  const event = { targetType: "user", targetId: user.id, targetLabel: user.logon };
  const action = CHANGE_ACTIONS["move-user"].user!;
  await context.audit({ ...event, action, before, after: moved, reason: context.reason });
  if (lost.length === 0) return;

  await tx.userRole.deleteMany({ where: { userId: user.id, roleId: { in: lost.map((role) => role.id) } } });
  const names = lost.map((role) => `${role.name} (${role.rule})`).join(", ");
  await context.audit({
    ...event,
    action: "user.remove-role",
    before: moved,
    after: await loadUserState(tx, user.id),
    reason: `Moved to ${moved.businessUnit}: ${names}. ${context.reason}`,
  });
}

/** The BU and its ancestors, nearest first (R7's search order). */
function unitChain(context: ApplyContext, unitId: string) {
  const chain: string[] = [];
  for (let at: string | null = unitId; at && chain.length <= context.units.size;) {
    chain.push(at);
    at = context.units.get(at)?.parentId ?? null;
  }

  return chain;
}

/** R7: the role of that name in the BU or its nearest ancestor. */
async function resolveRole(context: ApplyContext, name: string, unitId: string) {
  const chain = unitChain(context, unitId);
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
