import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, type MutationContext, parseInput, runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { existingUnit, hiddenByNamesake, NAMED_ROLE_SELECT } from "./guards";
import { expectedRemovalsMatch } from "./removal-review";
import { movePreviewSchema, reparentUnitSchema } from "./schemas";
import { teamState, unitState, userState } from "./states";
import { ancestry, descendants, loadUnits, type UnitRow } from "./tree";

/** One role assignment that a new parent puts outside R7, as the review lists it. */
export type BrokenAssignment = {
  id: string;
  name: string;
  rule: "R7";
  why: string;
  holder: { kind: "user" | "team"; id: string; label: string };
  roleId: string;
};

async function unitToMove(db: Db | Tx, id: string, parentId: string) {
  const unit = await db.businessUnit.findUnique({ where: { id } });
  if (!unit) throw new NotFoundError("This business unit");
  // R1: one root, every other unit has one parent.
  if (!unit.parentId) {
    throw new ValidationError({ parentId: "The root business unit has no parent and cannot be moved (R1)." });
  }
  const parent = await existingUnit(db, parentId, "parentId");
  const units = await loadUnits(db);
  const below = descendants(units, unit.id);
  if (parentId === unit.id || below.has(parentId)) {
    throw new ValidationError({
      parentId:
        "Parent business unit cannot be the unit itself or one below it: that would make a cycle (R1).",
    });
  }

  const moved = new Set([unit.id, ...below]);
  const ancestorsNow = ancestry(units, unit.parentId);
  const newAncestors = ancestry(units, parent.id).filter((id) => !ancestorsNow.includes(id));
  await namesStayApart(db, moved, newAncestors);

  return { unit, parent, units, moved };
}

/**
 * A role name stands for one role on each branch (R7 resolves it nearest
 * first; copy-role.ts keeps it so): the moved units' roles must not meet a
 * role of the same name among the units that become their ancestors. (Names
 * already shared with the ancestors they keep were there before the move.)
 */
async function namesStayApart(db: Db | Tx, moved: Set<string>, newAncestors: string[]) {
  if (newAncestors.length === 0) return;
  const select = { name: true, nameLower: true, businessUnit: { select: { name: true } } };
  const inside = await db.securityRole.findMany({ where: { businessUnitId: { in: [...moved] } }, select });
  if (inside.length === 0) return;
  const above = await db.securityRole.findFirst({
    where: { businessUnitId: { in: newAncestors }, nameLower: { in: inside.map((role) => role.nameLower) } },
    select,
  });
  if (!above) return;

  const namesake = inside.find((role) => role.nameLower === above.nameLower)!;
  throw new ValidationError({
    parentId:
      `${namesake.businessUnit.name} and ${above.businessUnit.name} each have a role named ${above.name}; ` +
      "under the new parent one name would stand for two roles on one branch (R7). Rename one first.",
  });
}

/**
 * R7 after the move: a role is usable in its own BU and below. Units inside the
 * moved subtree keep their roles from inside it, but a role from an old
 * ancestor that is not also a new one can no longer be held there.
 */
async function assignmentsBroken(
  db: Db | Tx,
  plan: Awaited<ReturnType<typeof unitToMove>>,
): Promise<BrokenAssignment[]> {
  const after: UnitRow[] = plan.units.map((row) =>
    row.id === plan.unit.id ? { ...row, parentId: plan.parent.id } : row,
  );
  const chains = new Map([...plan.moved].map((id) => [id, ancestry(after, id)]));
  const unitIds = [...plan.moved];
  const role = { select: NAMED_ROLE_SELECT };
  // One after the other: inside a transaction both would share one connection.
  const userRoles = await db.userRole.findMany({
    where: { user: { businessUnitId: { in: unitIds } } },
    select: { role, user: { select: { id: true, logon: true, businessUnitId: true } } },
  });
  const teamRoles = await db.teamRole.findMany({
    where: { team: { businessUnitId: { in: unitIds } } },
    select: { role, team: { select: { id: true, name: true, businessUnitId: true } } },
  });

  const holders = [
    ...userRoles.map(({ role, user }) => ({
      role,
      holder: { kind: "user" as const, id: user.id, label: user.logon, unitId: user.businessUnitId },
    })),
    ...teamRoles.map(({ role, team }) => ({
      role,
      holder: { kind: "team" as const, id: team.id, label: team.name, unitId: team.businessUnitId },
    })),
  ];
  const unitName = new Map(plan.units.map((row) => [row.id, row.name]));
  const namesakes = await db.securityRole.findMany({
    where: { nameLower: { in: holders.map(({ role }) => role.nameLower) } },
    select: { id: true, businessUnitId: true, nameLower: true },
  });
  // Outside the new ancestry, or still inside it but no longer the role its
  // name stands for there (a nearer namesake among the new ancestors).
  const whyBroken = (role: (typeof holders)[number]["role"], unitId: string) => {
    const chain = chains.get(unitId) ?? [];
    if (!chain.includes(role.businessUnitId)) {
      return `the role belongs to ${role.businessUnit.name}, which would no longer be above ${unitName.get(unitId)}`;
    }
    if (hiddenByNamesake(role, namesakes, chain)) {
      return `in ${unitName.get(unitId)} the name ${role.name} would stand for a nearer unit's role`;
    }

    return null;
  };

  return holders
    .flatMap(({ role, holder }) => {
      const why = whyBroken(role, holder.unitId);
      if (!why) return [];
      const item = {
        id: `${holder.kind}:${holder.id}:${role.id}`,
        name: `${role.name}, held by ${holder.label}`,
        rule: "R7" as const,
        why,
        holder: { kind: holder.kind, id: holder.id, label: holder.label },
        roleId: role.id,
      };
      return [item];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Shown BEFORE a re-parent: which role assignments it will remove (R7). */
export function previewReparent(raw: unknown, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const input = parseInput(movePreviewSchema, raw);
      const plan = await unitToMove(db, input.id, input.businessUnitId);

      return {
        to: plan.parent.name,
        same: plan.unit.parentId === plan.parent.id,
        keep: false,
        lost: await assignmentsBroken(db, plan),
      };
    },
    actor,
  );
}

async function removeAssignments(
  tx: Tx,
  lost: BrokenAssignment[],
  reason: string,
  audit: MutationContext<unknown>["audit"],
) {
  const byHolder = new Map<string, BrokenAssignment[]>();
  for (const item of lost) {
    const key = `${item.holder.kind}:${item.holder.id}`;
    byHolder.set(key, [...(byHolder.get(key) ?? []), item]);
  }

  for (const items of byHolder.values()) {
    const { kind, id, label } = items[0]!.holder;
    const roleIds = items.map((item) => item.roleId);
    const state = () => (kind === "user" ? userState(tx, id) : teamState(tx, id));
    const before = await state();
    if (kind === "user") {
      await tx.userRole.deleteMany({ where: { userId: id, roleId: { in: roleIds } } });
      await tx.systemUser.update({ where: { id }, data: { version: { increment: 1 } } });
    } else {
      await tx.teamRole.deleteMany({ where: { teamId: id, roleId: { in: roleIds } } });
      await tx.team.update({ where: { id }, data: { version: { increment: 1 } } });
    }
    await audit({
      action: `${kind}.remove-role`,
      targetType: kind,
      targetId: id,
      targetLabel: label,
      before,
      after: await state(),
      reason,
    });
  }
}

/**
 * R1: a move may not make a cycle or move the root. R7: role assignments the
 * new ancestry no longer allows are removed in the same transaction, each with
 * its audit event, exactly as the review listed them.
 */
export function reparentBusinessUnit(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "business-unit.write",
    schema: reparentUnitSchema,
    input,
    async run({ tx, data, audit }) {
      const plan = await unitToMove(tx, data.id, data.parentId);
      if (plan.unit.parentId === plan.parent.id) {
        throw new ValidationError({ parentId: `Parent business unit is already ${plan.parent.name}.` });
      }
      const lost = await assignmentsBroken(tx, plan);
      expectedRemovalsMatch(data.expectedRemovals, lost.length);

      const before = await unitState(tx, plan.unit.id);
      const result = await tx.businessUnit.updateMany({
        where: { id: plan.unit.id, version: data.version },
        data: { parentId: plan.parent.id, version: { increment: 1 } },
      });
      await expectUpdated(result, `Business unit ${plan.unit.name}`, async () => before);
      await audit({
        action: "business-unit.move",
        targetType: "business-unit",
        targetId: plan.unit.id,
        targetLabel: plan.unit.name,
        before,
        after: await unitState(tx, plan.unit.id),
      });
      const reason = `${plan.unit.name} moved under ${plan.parent.name}: role no longer usable there (R7)`;
      await removeAssignments(tx, lost, reason, audit);
      await touchOrganization(tx);

      return { removed: lost.map((item) => item.name), to: plan.parent.name };
    },
  });
}
