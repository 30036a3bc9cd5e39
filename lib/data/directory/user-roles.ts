import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { editableUser, usableRole } from "./guards";
import { userRoleSchema } from "./schemas";
import { userState } from "./states";

export function assignUserRole(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: userRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const user = await editableUser(tx, data.userId);
      const role = await usableRole(tx, data.roleId, user.businessUnitId);
      const before = await userState(tx, user.id);
      if (before?.roles.includes(role.name)) {
        throw new ValidationError({ roleId: `${user.logon} already holds ${role.name}.` });
      }

      const result = await tx.systemUser.updateMany({
        where: { id: user.id, version: data.version },
        data: { version: { increment: 1 } },
      });
      await expectUpdated(result, `User ${user.logon}`, async () => before);
      await tx.userRole.create({ data: { userId: user.id, roleId: role.id } });
      await audit({
        action: "user.assign-role",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.logon,
        before,
        after: await userState(tx, user.id),
      });
      await touchOrganization(tx);

      return undefined;
    },
  });
}

export function removeUserRole(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: userRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const user = await editableUser(tx, data.userId);
      const before = await userState(tx, user.id);
      const result = await tx.systemUser.updateMany({
        where: { id: user.id, version: data.version },
        data: { version: { increment: 1 } },
      });
      await expectUpdated(result, `User ${user.logon}`, async () => before);
      const removed = await tx.userRole.deleteMany({ where: { userId: user.id, roleId: data.roleId } });
      if (removed.count === 0) throw new ValidationError({ roleId: "The user does not hold this role." });

      await audit({
        action: "user.remove-role",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.logon,
        before,
        after: await userState(tx, user.id),
      });
      await touchOrganization(tx);

      return undefined;
    },
  });
}
