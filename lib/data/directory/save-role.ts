import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { parsePrivilegeName } from "@/lib/engine";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Level } from "@/lib/scenario/schema";
import { privilegeChanges } from "./privilege-grid";
import { saveRoleSchema } from "./schemas";
import { roleState } from "./states";

/** Writes a role's whole privilege set: None is not stored (R9), so it removes the privilege. */
export async function writePrivileges(tx: Tx, roleId: string, privileges: Record<string, Level>) {
  const rows = new Map<string, { privilege: string; level: Level }>();
  for (const [privilege, level] of Object.entries(privileges)) {
    if (level !== "None") rows.set(privilege.toLowerCase(), { privilege, level });
  }
  await tx.rolePrivilege.deleteMany({ where: { roleId } });
  await tx.rolePrivilege.createMany({
    data: [...rows.entries()].map(([privilegeLower, row]) => ({ roleId, privilegeLower, ...row })),
  });
}

/**
 * R9: on an organization-owned table a table privilege is None or Global. Every
 * way privileges reach a role (the grid, an XML import) passes here, so the
 * stored organization stays one the engine accepts.
 */
export async function checkOrganizationOwned(
  tx: Tx,
  privileges: Record<string, Level>,
  field = "privileges",
  roleName?: string,
) {
  const owned = await tx.dataTable.findMany({
    where: { ownership: "Organization" },
    select: { nameLower: true },
  });
  const organizationTables = new Set(owned.map((table) => table.nameLower));
  const wrong = Object.entries(privileges).filter(([name, level]) => {
    const parsed = parsePrivilegeName(name);
    return (
      parsed.kind === "table" &&
      organizationTables.has(parsed.table.toLowerCase()) &&
      !["None", "Global"].includes(level)
    );
  });
  if (wrong.length > 0) {
    const listed = wrong.map(([name, level]) => `${name} (${level})`).join(", ");
    throw new ValidationError({
      [field]:
        `${roleName ? `${roleName}: ` : ""}${listed}: organization-owned tables take only None or ` +
        "Global (R9).",
    });
  }
}

/**
 * Saves the grid with the version it was read at. When someone saved first,
 * nothing is written and the person sees which privileges changed since they
 * started editing (stored now vs. what their editor started from).
 */
export function saveRolePrivileges(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "role.write",
    schema: saveRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const role = await tx.securityRole.findUnique({ where: { id: data.roleId } });
      if (!role) throw new NotFoundError("This security role");
      const before = (await roleState(tx, role.id))!;

      const result = await tx.securityRole.updateMany({
        where: { id: role.id, version: data.version },
        data: { inheritance: data.inheritance, version: { increment: 1 } },
      });
      if (result.count === 0) {
        throw new ConflictError(`Security role ${role.name}`, {
          version: role.version,
          inheritance: before.inheritance,
          privileges: before.privileges,
          changes: privilegeChanges(data.base, before.privileges),
        });
      }
      await checkOrganizationOwned(tx, data.privileges);
      await writePrivileges(tx, role.id, data.privileges);

      const after = (await roleState(tx, role.id))!;
      const changes = privilegeChanges(before.privileges, after.privileges);
      await audit({
        action: "security-role.update",
        targetType: "security-role",
        targetId: role.id,
        targetLabel: role.name,
        before,
        after,
      });
      await touchOrganization(tx);

      return { changed: changes.length, inheritanceChanged: before.inheritance !== after.inheritance };
    },
  });
}
