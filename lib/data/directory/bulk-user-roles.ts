import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { hiddenByNamesake, isSystemLogon } from "./guards";
import { bulkRoleSchema } from "./schemas";
import { userState } from "./states";
import { ancestry, loadUnits } from "./tree";

function listed(logons: string[]) {
  const shown = logons.slice(0, 5).join(", ");

  return logons.length > 5 ? `${shown} and ${logons.length - 5} more` : shown;
}

/**
 * Assigns or removes one role for many users at once: all of them or none
 * (one transaction), with one audit event for each user that changed.
 */
export function bulkUserRole(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: bulkRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const role = await tx.securityRole.findUnique({
        where: { id: data.roleId },
        include: { businessUnit: true },
      });
      if (!role) throw new ValidationError({ roleId: "Security role no longer exists; choose another." });
      const users = await tx.systemUser.findMany({
        where: { id: { in: data.userIds } },
        include: { roles: { where: { roleId: role.id }, select: { roleId: true } } },
      });
      if (users.length !== new Set(data.userIds).size) throw new NotFoundError("One of the selected users");

      const system = users.filter((user) => isSystemLogon(user.logon)).map((user) => user.logon);
      if (system.length > 0) throw new ValidationError({ userIds: "The SYSTEM user cannot be edited (R4)." });
      const units = await loadUnits(tx);
      const outside = users.filter(
        (user) => !ancestry(units, user.businessUnitId).includes(role.businessUnitId),
      );
      if (data.mode === "assign" && outside.length > 0) {
        throw new ValidationError({
          roleId:
            `${role.name} belongs to ${role.businessUnit.name}; it cannot be held in the business unit of ` +
            `${listed(outside.map((user) => user.logon))} (R7). Nothing was changed.`,
        });
      }
      // As for one user (guards.ts usableRole): a nearer role of the same name stands for it there.
      const namesakes = await tx.securityRole.findMany({ where: { nameLower: role.nameLower } });
      const hidden = users.filter((user) =>
        hiddenByNamesake(role, namesakes, ancestry(units, user.businessUnitId)),
      );
      if (data.mode === "assign" && hidden.length > 0) {
        throw new ValidationError({
          roleId:
            `In the business unit of ${listed(hidden.map((user) => user.logon))} the name ${role.name} stands ` +
            `for a nearer unit's role (R7), not ${role.businessUnit.name}'s. Nothing was changed.`,
        });
      }

      const changing = users.filter((user) => (data.mode === "assign") === (user.roles.length === 0));
      for (const user of changing) {
        const before = await userState(tx, user.id);
        if (data.mode === "assign") await tx.userRole.create({ data: { userId: user.id, roleId: role.id } });
        else await tx.userRole.delete({ where: { userId_roleId: { userId: user.id, roleId: role.id } } });
        await tx.systemUser.update({ where: { id: user.id }, data: { version: { increment: 1 } } });
        await audit({
          action: data.mode === "assign" ? "user.assign-role" : "user.remove-role",
          targetType: "user",
          targetId: user.id,
          targetLabel: user.logon,
          before,
          after: await userState(tx, user.id),
          reason: "bulk change from the users list",
        });
      }
      if (changing.length > 0) await touchOrganization(tx);

      return { changed: changing.length, unchanged: users.length - changing.length, role: role.name };
    },
  });
}
