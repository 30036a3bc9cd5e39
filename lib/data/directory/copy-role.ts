import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { existingUnit } from "./guards";
import { ancestry, loadUnits } from "./tree";
import { writePrivileges } from "./save-role";
import { copyRoleSchema } from "./schemas";
import { roleState } from "./states";

/**
 * A new role's name must be free in its unit, and on its branch: a role of
 * the same name above or below it would make the name stand for different
 * roles in different units (R7 resolves a held role's name nearest first),
 * and a holder below both would silently get the nearer one.
 */
export async function roleNameIsFree(
  tx: Tx,
  name: string,
  unit: { id: string; name: string },
  field = "name",
) {
  const namesakes = await tx.securityRole.findMany({
    where: { nameLower: name.toLowerCase() },
    include: { businessUnit: { select: { name: true } } },
  });
  const taken = namesakes.find((role) => role.businessUnitId === unit.id);
  if (taken) throw new ValidationError({ [field]: `${unit.name} already has a role named ${taken.name}.` });
  if (namesakes.length === 0) return;

  const units = await loadUnits(tx);
  const above = ancestry(units, unit.id);
  for (const role of namesakes) {
    const where = above.includes(role.businessUnitId)
      ? "above"
      : ancestry(units, role.businessUnitId).includes(unit.id)
        ? "below"
        : null;
    if (!where) continue;
    throw new ValidationError({
      [field]:
        `${role.businessUnit.name}, ${where} ${unit.name}, already has a role named ${role.name}: ` +
        "one name would stand for two roles on one branch (R7). Choose another name.",
    });
  }
}

/** A new role with the same privileges and inheritance, in the same BU or another one. */
export function copyRole(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "role.write",
    schema: copyRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const source = await roleState(tx, data.roleId);
      if (!source) throw new NotFoundError("This security role");
      const unit = await existingUnit(tx, data.businessUnitId);
      await roleNameIsFree(tx, data.name, unit);

      const role = await tx.securityRole.create({
        data: {
          name: data.name,
          nameLower: data.name.toLowerCase(),
          businessUnitId: unit.id,
          inheritance: source.inheritance,
        },
      });
      await writePrivileges(tx, role.id, source.privileges);
      await audit({
        action: "security-role.create",
        targetType: "security-role",
        targetId: role.id,
        targetLabel: role.name,
        before: null,
        after: await roleState(tx, role.id),
        reason: `Copied from ${source.name} (${source.businessUnit})`,
      });
      await touchOrganization(tx);

      return { id: role.id, name: role.name };
    },
  });
}
