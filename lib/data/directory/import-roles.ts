import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { ConflictError, ValidationError } from "@/lib/errors";
import { readSolutionRoles } from "@/lib/roles/solution-xml";
import type { Level } from "@/lib/scenario/schema";
import { roleNameIsFree } from "./copy-role";
import { existingUnit } from "./guards";
import { type PrivilegeChange, privilegeChanges } from "./privilege-grid";
import { checkOrganizationOwned, writePrivileges } from "./save-role";
import { importRolesSchema } from "./schemas";
import { roleState } from "./states";

export type RoleImportPlan = {
  name: string;
  status: "new" | "changed" | "unchanged";
  existingId: string | null;
  version: number | null;
  inheritance: { from: string | null; to: string };
  added: PrivilegeChange[];
  removed: PrivilegeChange[];
  changed: PrivilegeChange[];
  privileges: Record<string, Level>;
};

/** Reads the SolutionPackager XML and works out, per role, what applying it would change. */
async function planImport(
  tx: Tx,
  xml: string,
  unit: { id: string; name: string },
): Promise<RoleImportPlan[]> {
  const businessUnitId = unit.id;
  const read = readSolutionRoles(xml);
  if (!read.ok) {
    throw new ValidationError(
      {
        xml: read.errors
          .slice(0, 10)
          .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
          .join("; "),
      },
      "The file cannot be imported.",
    );
  }
  const names = read.roles.map((role) => role.name.toLowerCase());
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw new ValidationError({ xml: `The file holds the role ${twice} twice.` });
  if (read.roles.length === 0) throw new ValidationError({ xml: "The file holds no security role." });

  const plans: RoleImportPlan[] = [];
  for (const imported of read.roles) {
    const existing = await tx.securityRole.findUnique({
      where: { businessUnitId_nameLower: { businessUnitId, nameLower: imported.name.toLowerCase() } },
    });
    await checkOrganizationOwned(tx, imported.privileges, "xml", `Role ${imported.name}`);
    if (!existing) await roleNameIsFree(tx, imported.name, unit, "xml");
    const stored = existing ? (await roleState(tx, existing.id))! : null;
    const changes = privilegeChanges(stored?.privileges ?? {}, imported.privileges);
    const inheritanceChanged = stored ? stored.inheritance !== imported.inheritance : false;
    plans.push({
      name: imported.name,
      status: !stored ? "new" : changes.length > 0 || inheritanceChanged ? "changed" : "unchanged",
      existingId: existing?.id ?? null,
      version: existing?.version ?? null,
      inheritance: { from: stored?.inheritance ?? null, to: imported.inheritance },
      added: changes.filter((c) => c.from === "None"),
      removed: changes.filter((c) => c.to === "None"),
      changed: changes.filter((c) => c.from !== "None" && c.to !== "None"),
      privileges: imported.privileges,
    });
  }

  return plans;
}

/** A preview only reads; it is authorized as the change it previews, so only Admins see one. */
export function previewRoleImport(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "role.write",
    schema: importRolesSchema,
    input,
    async run({ tx, data }) {
      const unit = await existingUnit(tx, data.businessUnitId);
      const plans = await planImport(tx, data.xml, unit);

      return { businessUnit: unit.name, plans: plans.map(({ privileges: _omit, ...plan }) => plan) };
    },
  });
}

/** Applies every role of the file in one transaction, refusing if a role moved on since the preview. */
export function applyRoleImport(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "role.write",
    schema: importRolesSchema,
    input,
    async run({ tx, data, audit }) {
      const unit = await existingUnit(tx, data.businessUnitId);
      const plans = await planImport(tx, data.xml, unit);
      const moved = plans.filter((plan) => (data.expected[plan.name] ?? null) !== plan.version);
      if (moved.length > 0) {
        throw new ConflictError(`Security role ${moved.map((plan) => plan.name).join(", ")}`, {
          roles: moved.map((plan) => plan.name),
        });
      }

      let applied = 0;
      for (const plan of plans.filter((p) => p.status !== "unchanged")) {
        const before = plan.existingId ? await roleState(tx, plan.existingId) : null;
        const roleId =
          plan.existingId ??
          (
            await tx.securityRole.create({
              data: { name: plan.name, nameLower: plan.name.toLowerCase(), businessUnitId: unit.id },
            })
          ).id;
        await tx.securityRole.update({
          where: { id: roleId },
          data: {
            inheritance: plan.inheritance.to,
            ...(plan.existingId ? { version: { increment: 1 } } : {}),
          },
        });
        await writePrivileges(tx, roleId, plan.privileges);
        await audit({
          action: plan.existingId ? "security-role.import" : "security-role.create",
          targetType: "security-role",
          targetId: roleId,
          targetLabel: plan.name,
          before,
          after: await roleState(tx, roleId),
          reason: "Imported from solution XML",
        });
        applied += 1;
      }
      if (applied > 0) await touchOrganization(tx);

      return { applied, unchanged: plans.length - applied };
    },
  });
}
