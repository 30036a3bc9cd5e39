import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { NotFoundError } from "@/lib/errors";

const fields = {
  name: true,
  doNotRemoveRolesOnChangeBusinessUnit: true,
  hierarchySecurity: true,
  version: true,
  updatedAt: true,
} as const;

export function loadOrganizationSettings(actor?: Actor | null) {
  return readAs(
    "organization.read",
    async (db) => {
      const organization = await db.organization.findUnique({ where: { id: 1 }, select: fields });
      if (!organization) throw new NotFoundError("The organization");

      return organization;
    },
    actor,
  );
}

// An unticked checkbox sends nothing at all: absent means false.
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const settingsSchema = z.object({
  version: z.coerce.number().int().min(1),
  name: z.string().trim().min(1, "Give the organization a name.").max(100, "At most 100 characters."),
  doNotRemoveRolesOnChangeBusinessUnit: checkbox,
  hierarchySecurity: checkbox,
});

export function updateOrganizationSettings(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "organization.write",
    schema: settingsSchema,
    input,
    async run({ tx, data, audit }) {
      const before = await tx.organization.findUnique({ where: { id: 1 }, select: fields });
      const { version, ...after } = data;
      const result = await tx.organization.updateMany({
        where: { id: 1, version },
        data: { ...after, version: { increment: 1 } },
      });
      await expectUpdated(result, "The organization's settings", async () => before);
      await audit({
        action: "organization.update-settings",
        targetType: "organization",
        targetId: "1",
        targetLabel: after.name,
        before: before && {
          name: before.name,
          doNotRemoveRolesOnChangeBusinessUnit: before.doNotRemoveRolesOnChangeBusinessUnit,
          hierarchySecurity: before.hierarchySecurity,
        },
        after,
      });
      // The R6 setting changes what a BU move does; the engine reads hierarchySecurity.
      await touchOrganization(tx);

      return undefined;
    },
  });
}
