import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, parseInput, runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { ValidationError } from "@/lib/errors";
import { editableUser, existingTeam, existingUnit, hiddenByNamesake } from "./guards";
import { expectedRemovalsMatch } from "./removal-review";
import { movePreviewSchema, moveSchema } from "./schemas";
import { teamState, userState } from "./states";
import { ancestry, loadUnits } from "./tree";

export type MoveKind = "user" | "team";
export type RoleLoss = { id: string; name: string; rule: "R6" | "R7"; why: string };

async function heldRoles(tx: Tx, kind: MoveKind, id: string) {
  const rows =
    kind === "user"
      ? await tx.userRole.findMany({
          where: { userId: id },
          include: { role: { include: { businessUnit: true } } },
        })
      : await tx.teamRole.findMany({
          where: { teamId: id },
          include: { role: { include: { businessUnit: true } } },
        });

  return rows.map((row) => row.role);
}

/**
 * What a move to another BU takes away. R6: every role assignment, unless the
 * organization keeps them; R7: even then, a role from outside the new BU's
 * ancestry can no longer be held.
 */
async function rolesLost(tx: Tx, kind: MoveKind, id: string, toUnitId: string) {
  const organization = await tx.organization.findUnique({ where: { id: 1 } });
  const keep = organization?.doNotRemoveRolesOnChangeBusinessUnit ?? false;
  const chain = ancestry(await loadUnits(tx), toUnitId);
  const held = await heldRoles(tx, kind, id);
  const namesakes = await tx.securityRole.findMany({
    where: { nameLower: { in: held.map((role) => role.nameLower) } },
  });
  const lost: RoleLoss[] = [];
  for (const role of held) {
    if (!keep) {
      lost.push({ id: role.id, name: role.name, rule: "R6", why: "role assignments are removed on a move" });
    } else if (!chain.includes(role.businessUnitId)) {
      lost.push({
        id: role.id,
        name: role.name,
        rule: "R7",
        why: `belongs to ${role.businessUnit.name}, which is not the new business unit or above it`,
      });
    } else if (hiddenByNamesake(role, namesakes, chain)) {
      lost.push({
        id: role.id,
        name: role.name,
        rule: "R7",
        why: `there the name ${role.name} stands for a nearer unit's role, not ${role.businessUnit.name}'s`,
      });
    }
  }

  return { keep, lost: lost.sort((a, b) => a.name.localeCompare(b.name)) };
}

async function subject(tx: Tx, kind: MoveKind, id: string) {
  return kind === "user" ? editableUser(tx, id) : existingTeam(tx, id);
}

/** Shown BEFORE a move (R6): exactly which role assignments the move will remove. */
export function previewMove(kind: MoveKind, raw: unknown, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const input = parseInput(movePreviewSchema, raw);
      const current = await subject(db, kind, input.id);
      const unit = await existingUnit(db, input.businessUnitId);

      return {
        to: unit.name,
        same: current.businessUnitId === unit.id,
        ...(await rolesLost(db, kind, input.id, unit.id)),
      };
    },
    actor,
  );
}

export function moveToBusinessUnit(kind: MoveKind, input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: kind === "user" ? "user.write" : "team.write",
    schema: moveSchema,
    input,
    async run({ tx, data, audit }) {
      const current = await subject(tx, kind, data.id);
      const unit = await existingUnit(tx, data.businessUnitId);
      if (current.businessUnitId === unit.id) {
        throw new ValidationError({
          businessUnitId: `Business unit is already ${unit.name}; choose another.`,
        });
      }
      const state = () => (kind === "user" ? userState(tx, data.id) : teamState(tx, data.id));
      const label = "logon" in current ? current.logon : current.name;
      const before = await state();
      const { lost } = await rolesLost(tx, kind, data.id, unit.id);
      expectedRemovalsMatch(data.expectedRemovals, lost.length);

      const update = {
        where: { id: data.id, version: data.version },
        data: { businessUnitId: unit.id, version: { increment: 1 } },
      };
      const result =
        kind === "user" ? await tx.systemUser.updateMany(update) : await tx.team.updateMany(update);
      await expectUpdated(result, `${kind === "user" ? "User" : "Team"} ${label}`, async () => before);
      const moved = await state();
      await audit({
        action: `${kind}.move`,
        targetType: kind,
        targetId: data.id,
        targetLabel: label,
        before,
        after: moved,
      });

      if (lost.length > 0) {
        const roleIds = lost.map((role) => role.id);
        if (kind === "user")
          await tx.userRole.deleteMany({ where: { userId: data.id, roleId: { in: roleIds } } });
        else await tx.teamRole.deleteMany({ where: { teamId: data.id, roleId: { in: roleIds } } });
        await audit({
          action: `${kind}.remove-role`,
          targetType: kind,
          targetId: data.id,
          targetLabel: label,
          before: moved,
          after: await state(),
          reason: `Moved to ${unit.name}: ${lost.map((role) => `${role.name} (${role.rule})`).join(", ")}`,
        });
      }
      await touchOrganization(tx);

      return { removed: lost.map((role) => role.name), to: unit.name };
    },
  });
}
