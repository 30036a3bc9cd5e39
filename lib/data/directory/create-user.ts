import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { existingUnit, isSystemLogon } from "./guards";
import { createUserSchema } from "./schemas";
import { userState } from "./states";

export function createUser(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: createUserSchema,
    input,
    async run({ tx, data, audit }) {
      // R4: SYSTEM is the platform's own identity; a user of that name would be confused with it.
      if (isSystemLogon(data.logon)) {
        throw new ValidationError({ logon: "Logon name SYSTEM is reserved for the platform (R4)." });
      }
      const logonLower = data.logon.toLowerCase();
      if (await tx.systemUser.findUnique({ where: { logonLower }, select: { id: true } })) {
        throw new ValidationError({
          logon: `Logon name ${data.logon} is already taken (names ignore case).`,
        });
      }
      await existingUnit(tx, data.businessUnitId);

      const user = await tx.systemUser.create({
        data: {
          logon: data.logon,
          logonLower,
          fullName: data.fullName,
          fullNameLower: data.fullName.toLowerCase(),
          businessUnitId: data.businessUnitId,
          // R2: an application user is always non-interactive.
          accessMode: data.applicationUser ? "NonInteractive" : data.accessMode,
          applicationUser: data.applicationUser,
          disabled: data.disabled,
        },
      });
      await audit({
        action: "user.create",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.logon,
        before: null,
        after: await userState(tx, user.id),
      });
      await touchOrganization(tx);

      return { id: user.id, logon: user.logon };
    },
  });
}
