import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { ActionButton } from "@/components/directory/action-button";
import { RoleGridEditor } from "@/components/directory/role-grid-editor";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions } from "@/lib/data/directory/get-user";
import { getRole } from "@/lib/data/directory/list-roles";
import { copyRoleAction, saveRoleAction } from "../actions";

export const metadata: Metadata = { title: "Security role" };

export default async function RolePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ copied?: string }>;
}) {
  const { id } = await params;
  const { copied } = await searchParams;
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "role.write");
  const [{ role, grid, privileges }, options] = await Promise.all([getRole(id), directoryOptions()]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/roles" className="text-brand-700 hover:underline">
          ← Security roles
        </Link>
      </p>
      <PageHeader
        actions={<HistoryLink targetType="security-role" targetId={role.id} />}
        title={role.name}
        description={
          <>
            Created in{" "}
            <Link href={`/business-units/${role.businessUnit.id}`} className="text-brand-700 hover:underline">
              {role.businessUnit.name}
            </Link>
            ; held by {role.holders.users} user{role.holders.users === 1 ? "" : "s"} and {role.holders.teams}{" "}
            team
            {role.holders.teams === 1 ? "" : "s"}.
          </>
        }
      />
      {copied && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Role {role.name} created as a copy.
        </p>
      )}
      <RoleGridEditor
        role={role}
        grid={grid}
        stored={privileges}
        mayEdit={mayEdit}
        save={mayEdit ? saveRoleAction : undefined}
      />
      {mayEdit && (
        <Card title="Copy this role" className="mt-6">
          <ActionButton
            action={copyRoleAction}
            hidden={{ roleId: role.id }}
            inline
            label="Copy role"
            fields={
              <>
                <div className="min-w-64 space-y-1">
                  <label htmlFor="copy-name" className="block text-sm font-medium text-slate-800">
                    New role name
                  </label>
                  <input
                    id="copy-name"
                    name="name"
                    defaultValue={`${role.name} (copy)`}
                    className={inputClass}
                  />
                </div>
                <div className="min-w-48 space-y-1">
                  <label htmlFor="copy-unit" className="block text-sm font-medium text-slate-800">
                    Business unit
                  </label>
                  <select
                    id="copy-unit"
                    name="businessUnitId"
                    defaultValue={role.businessUnit.id}
                    className={inputClass}
                  >
                    {options.units.map((unit) => (
                      <option key={unit.id} value={unit.id}>
                        {unit.name}
                      </option>
                    ))}
                  </select>
                </div>
              </>
            }
          />
        </Card>
      )}
    </>
  );
}
