import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { GROUP_PURPOSE, servicesRequiring } from "@/lib/data/services/catalog";
import { listDirectoryGroups } from "@/lib/data/services/groups";

export const metadata: Metadata = { title: "AD groups" };

export default async function GroupsPage() {
  const groups = await listDirectoryGroups();

  return (
    <>
      <PageHeader
        title="AD groups"
        description={
          "The deployment's Active Directory groups (R26). Membership of PrivUserGroup decides whether " +
          "plug-ins outside the sandbox may run (R24)."
        }
      />
      <Table caption="AD groups">
        <thead>
          <tr>
            <Th>Group</Th>
            <Th>Purpose</Th>
            <Th>Required for</Th>
            <Th className="text-right">Members</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((group) => (
            <tr key={group.id}>
              <Td>
                <Link href={`/groups/${group.name}`} className="font-medium text-brand-600 hover:underline">
                  {group.name}
                </Link>
              </Td>
              <Td className="max-w-xl text-slate-600">{GROUP_PURPOSE[group.name]}</Td>
              <Td className="text-xs">
                {group.name === "ReportingGroup"
                  ? "every CRM user"
                  : servicesRequiring(group.name).join(", ")}
              </Td>
              <Td className="text-right">{group.members}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
