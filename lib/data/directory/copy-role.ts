import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { existingUnit } from "./guards";
import { writePrivileges } from "./save-role";
import { copyRoleSchema } from "./schemas";
import { roleState } from "./states";

export async function roleNameIsFree(tx: Tx, name: string, businessUnitId: string, unitName: string) {
  const taken = await tx.securityRole.findUnique({
    where: { businessUnitId_nameLower: { businessUnitId, nameLower: name.toLowerCase() } },
  });
  if (taken) throw new ValidationError({ name: `${unitName} already has a role named ${taken.name}.` });
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
      await roleNameIsFree(tx, data.name, unit.id, unit.name);

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
