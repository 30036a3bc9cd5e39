import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEvents } from "@/components/services/audit-events";
import { AddMemberForm, RemoveMemberForm } from "@/components/services/group-member-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { inTextLinkClass } from "@/components/ui/text-link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { auditHistoryHref } from "@/lib/data/audit-log/links";
import { GROUP_PURPOSE } from "@/lib/data/services/catalog";
import { getDirectoryGroup } from "@/lib/data/services/groups";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

type Props = { params: Promise<{ group: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).group };
}

type Member = NonNullable<Awaited<ReturnType<typeof getDirectoryGroup>>>["members"][number];

function WhatItIs({ member }: { member: Member }) {
  if (member.services.length) {
    return <Badge tone="info">Service account: {member.services.join(", ")}</Badge>;
  }
  if (member.crmUser?.disabled) return <Badge tone="bad">Disabled CRM user</Badge>;
  if (member.crmUser) return <Badge tone="neutral">CRM user</Badge>;

  return <Badge tone="warn">Neither a service account nor a CRM user</Badge>;
}

export default async function GroupPage({ params, searchParams }: Props) {
  const { group: name } = await params;
  const query = await searchParams;
  const actor = await requirePermission("service-account.read");
  const group = await getDirectoryGroup(name, actor);
  if (!group) notFound();

  const mayChange = actorMay(actor, "group.write");
  const removing = firstParam(query, "remove")?.toLowerCase();

  return (
    <>
      <PageHeader
        title={group.name}
        description={
          <>
            {GROUP_PURPOSE[group.name]}{" "}
            <Link href="/groups" className={inTextLinkClass}>
              All groups
            </Link>
          </>
        }
      />
      <Table caption={`Members of ${group.name}`}>
        <thead>
          <tr>
            <Th>Account</Th>
            <Th>What it is</Th>
            <Th>Reason</Th>
            <Th>Added by</Th>
            <Th>Added</Th>
            {mayChange && (
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {group.members.length === 0 && <EmptyRow colSpan={mayChange ? 6 : 5}>No members.</EmptyRow>}
          {group.members.map((member) => (
            <tr key={member.accountLower}>
              <Td className="font-mono text-xs">{member.account}</Td>
              <Td>
                <WhatItIs member={member} />
              </Td>
              <Td>{member.reason}</Td>
              <Td>{member.addedBy || <span className="text-slate-500">import</span>}</Td>
              <Td className="whitespace-nowrap text-xs">{member.addedAt.toISOString().slice(0, 10)}</Td>
              {mayChange && (
                <Td>
                  <RemoveMemberForm
                    group={group.name}
                    account={member.account}
                    open={removing === member.accountLower}
                  />
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        {mayChange && (
          <Card title="Add a member">
            <AddMemberForm
              group={group.name}
              account={firstParam(query, "add")}
              reason={firstParam(query, "reason")}
            />
          </Card>
        )}
        <Card title="Audit events">
          <AuditEvents events={group.audit} label={`Audit events of ${group.name}`} />
          <p className="mt-3 text-sm">
            <Link
              className="text-brand-600 hover:underline"
              href={auditHistoryHref("directory-group", group.id)}
            >
              Full history in the audit log
            </Link>
          </p>
        </Card>
      </div>
    </>
  );
}
