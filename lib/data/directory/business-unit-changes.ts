import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { NotFoundError, UserFacingError, ValidationError } from "@/lib/errors";
import { existingUnit } from "./guards";
import { createUnitSchema, deleteSchema, renameSchema } from "./schemas";
import { unitState } from "./states";

async function nameIsFree(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.businessUnit.findUnique({ where: { nameLower: name.toLowerCase() } });
  if (taken && taken.id !== exceptId) {
    throw new ValidationError({
      name: `A business unit named ${taken.name} already exists (names ignore case).`,
    });
  }
}

async function unitOrThrow(tx: Tx, id: string) {
  const unit = await tx.businessUnit.findUnique({ where: { id } });
  if (!unit) throw new NotFoundError("This business unit");

  return unit;
}

export function createBusinessUnit(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "business-unit.write",
    schema: createUnitSchema,
    input,
    async run({ tx, data, audit }) {
      await nameIsFree(tx, data.name);
      await existingUnit(tx, data.parentId, "parentId");
      const unit = await tx.businessUnit.create({
        data: { name: data.name, nameLower: data.name.toLowerCase(), parentId: data.parentId },
      });
      await audit({
        action: "business-unit.create",
        targetType: "business-unit",
        targetId: unit.id,
        targetLabel: unit.name,
        before: null,
        after: await unitState(tx, unit.id),
      });
      await touchOrganization(tx);

      return { id: unit.id, name: unit.name };
    },
  });
}

export function renameBusinessUnit(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "business-unit.write",
    schema: renameSchema,
    input,
    async run({ tx, data, audit }) {
      const unit = await unitOrThrow(tx, data.id);
      await nameIsFree(tx, data.name, unit.id);
      const children = await tx.businessUnit.findMany({ where: { parentId: unit.id }, select: { id: true } });
      const before = await unitState(tx, unit.id);
      const childrenBefore = await Promise.all(children.map((child) => unitState(tx, child.id)));

      const result = await tx.businessUnit.updateMany({
        where: { id: unit.id, version: data.version },
        data: { name: data.name, nameLower: data.name.toLowerCase(), version: { increment: 1 } },
      });
      await expectUpdated(result, `Business unit ${unit.name}`, async () => before);
      await audit({
        action: "business-unit.rename",
        targetType: "business-unit",
        targetId: unit.id,
        targetLabel: data.name,
        before,
        after: await unitState(tx, unit.id),
      });
      // Child units name their parent, so their state changed too: one event each.
      for (const [index, child] of children.entries()) {
        await audit({
          action: "business-unit.parent-renamed",
          targetType: "business-unit",
          targetId: child.id,
          targetLabel: childrenBefore[index]?.name,
          before: childrenBefore[index],
          after: await unitState(tx, child.id),
        });
      }
      await touchOrganization(tx);

      return undefined;
    },
  });
}

/** R1: only an empty unit goes: no users, teams, child units, and no roles created in it. */
export function deleteBusinessUnit(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "business-unit.write",
    schema: deleteSchema,
    input,
    async run({ tx, data, audit }) {
      const unit = await unitOrThrow(tx, data.id);
      if (!unit.parentId)
        throw new UserFacingError("ROOT_UNIT", "The root business unit cannot be deleted (R1).");
      const [users, teams, children, roles] = await Promise.all([
        tx.systemUser.count({ where: { businessUnitId: unit.id } }),
        tx.team.count({ where: { businessUnitId: unit.id } }),
        tx.businessUnit.count({ where: { parentId: unit.id } }),
        tx.securityRole.count({ where: { businessUnitId: unit.id } }),
      ]);
      const held = [
        [users, "user"],
        [teams, "team"],
        [children, "child business unit"],
        [roles, "security role"],
      ] as const;
      const blocking = held
        .filter(([count]) => count > 0)
        .map(([count, what]) => `${count} ${what}${count === 1 ? "" : "s"}`);
      if (blocking.length > 0) {
        throw new UserFacingError(
          "NOT_EMPTY",
          `${unit.name} still holds ${blocking.join(", ")}. Move or delete them first (R1).`,
        );
      }

      const before = await unitState(tx, unit.id);
      const result = await tx.businessUnit.deleteMany({ where: { id: unit.id, version: data.version } });
      await expectUpdated(result, `Business unit ${unit.name}`, async () => before);
      await audit({
        action: "business-unit.delete",
        targetType: "business-unit",
        targetId: unit.id,
        targetLabel: unit.name,
        before,
        after: null,
      });
      await touchOrganization(tx);

      return undefined;
    },
  });
}
