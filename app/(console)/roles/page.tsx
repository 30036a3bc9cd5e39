import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { listRoles } from "@/lib/data/directory/list-roles";

export const metadata: Metadata = { title: "Security roles" };

export default async function RolesPage() {
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "role.write");
  const roles = await listRoles();
  const options = roles.map((role) => (
    <option key={role.id} value={role.id}>
      {role.name} ({role.businessUnit.name})
    </option>
  ));

  return (
    <>
      <PageHeader
        title="Security roles"
        description="What each role grants, table by table (R8, R9). A role is usable in its business unit and every unit below it (R7)."
        actions={
          mayEdit && (
            <Link href="/roles/import" className={buttonClass("secondary")}>
              Import from solution XML
            </Link>
          )
        }
      />
      <form
        action="/roles/compare"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
      >
        <div className="space-y-1">
          <label htmlFor="compare-a" className="block text-xs font-medium text-slate-700">
            First role
          </label>
          <select id="compare-a" name="a" className={`${inputClass} py-1.5`}>
            {options}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="compare-b" className="block text-xs font-medium text-slate-700">
            Second role
          </label>
          <select id="compare-b" name="b" className={`${inputClass} py-1.5`} defaultValue={roles[1]?.id}>
            {options}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Compare
        </button>
      </form>
      <Table caption="Security roles">
        <thead>
          <tr>
            <Th>Role</Th>
            <Th>Business unit</Th>
            <Th>Member&apos;s privilege inheritance</Th>
            <Th className="text-right">Privileges</Th>
            <Th className="text-right">Users</Th>
            <Th className="text-right">Teams</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {roles.length === 0 && <EmptyRow colSpan={6}>No security roles.</EmptyRow>}
          {roles.map((role) => (
            <tr key={role.id}>
              <Td className="font-medium">
                <Link href={`/roles/${role.id}`} className="text-brand-700 hover:underline">
                  {role.name}
                </Link>
              </Td>
              <Td>{role.businessUnit.name}</Td>
              <Td>
                {role.inheritance === "TeamOnly" ? (
                  <Badge tone="warn">Team privileges only</Badge>
                ) : (
                  "Direct and team"
                )}
              </Td>
              <Td className="text-right tabular-nums">{role._count.privileges}</Td>
              <Td className="text-right tabular-nums">{role._count.users}</Td>
              <Td className="text-right tabular-nums">{role._count.teams}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
