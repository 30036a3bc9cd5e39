import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { editableUser } from "./guards";
import { updateUserSchema, userDisabledSchema } from "./schemas";
import { userState } from "./states";

export function updateUser(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: updateUserSchema,
    input,
    async run({ tx, data, audit }) {
      const user = await editableUser(tx, data.userId);
      // R2: an application user stays non-interactive.
      if (user.applicationUser && data.accessMode !== user.accessMode) {
        throw new ValidationError({
          accessMode:
            "Access mode of an application user cannot be changed; it is always Non-interactive (R2).",
        });
      }

      const before = await userState(tx, user.id);
      const result = await tx.systemUser.updateMany({
        where: { id: user.id, version: data.version },
        data: {
          fullName: data.fullName,
          fullNameLower: data.fullName.toLowerCase(),
          accessMode: data.accessMode,
          version: { increment: 1 },
        },
      });
      await expectUpdated(result, `User ${user.logon}`, async () => before);
      await audit({
        action: "user.update",
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

/** R16: a disabled user cannot act, but keeps its roles, teams and records. */
export function setUserDisabled(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: userDisabledSchema,
    input,
    async run({ tx, data, audit }) {
      const user = await editableUser(tx, data.userId);
      const before = await userState(tx, user.id);
      const result = await tx.systemUser.updateMany({
        where: { id: user.id, version: data.version },
        data: { disabled: data.disabled, version: { increment: 1 } },
      });
      await expectUpdated(result, `User ${user.logon}`, async () => before);
      await audit({
        action: data.disabled ? "user.disable" : "user.enable",
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
