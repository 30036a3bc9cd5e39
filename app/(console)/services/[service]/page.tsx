import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEvents } from "@/components/services/audit-events";
import { RequirementList } from "@/components/services/requirement-list";
import { ServersForm } from "@/components/services/servers-form";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, EmptyRow } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { auditHistoryHref } from "@/lib/data/audit-log/links";
import { SERVICES } from "@/lib/data/services/catalog";
import { identityLabel } from "@/lib/data/services/identity";
import { getServiceAccount } from "@/lib/data/services/services";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

type Props = { params: Promise<{ service: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).service };
}

const runbookHref = (service: string, changeId: string) => `/services/${service}/runbook?change=${changeId}`;
const when = (at: Date) => `${at.toISOString().replace("T", " ").slice(0, 16)} UTC`;

export default async function ServicePage({ params, searchParams }: Props) {
  const { service } = await params;
  const changeId = firstParam(await searchParams, "change");
  const actor = await requirePermission("service-account.read");
  const row = await getServiceAccount(service, actor);
  if (!row) notFound();

  const info = SERVICES[row.service];
  const mayChange = actorMay(actor, "service-account.write");
  const justChanged = changeId ? row.history.find((change) => change.id === changeId) : undefined;

  return (
    <>
      <PageHeader
        title={`${info.title} (${row.service})`}
        description={info.summary}
        actions={
          mayChange && (
            <Link href={`/services/${row.service}/change`} className={buttonClass("primary")}>
              Change identity
            </Link>
          )
        }
      />
      {justChanged && (
        <div role="status" className="mb-6 rounded-md bg-green-50 px-4 py-3 text-sm text-green-900">
          {row.service} now runs as <span className="font-mono">{justChanged.toIdentity}</span> in the
          console. Make it real on the servers with the runbook:{" "}
          <a href={runbookHref(row.service, justChanged.id)} className="font-medium underline">
            Download the runbook (.ps1)
          </a>
        </div>
      )}
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Identity">
          <p className="font-mono text-lg text-slate-900">{identityLabel(row.identity)}</p>
          <p className="mt-1 text-sm text-slate-600">
            {info.host.kind === "app-pool"
              ? `The identity of the IIS application pool ${info.host.pool}.`
              : `The log-on account of the Windows service ${info.host.names.join(" and ")}.`}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {row.crmUser && (
              <Badge tone="warn">
                Also a CRM user{row.crmUser.disabled ? " (disabled)" : ""}: a service account must not be one
                (R27)
              </Badge>
            )}
            {row.sharedWith.length > 0 && (
              <Badge tone="warn">Also runs {row.sharedWith.join(", ")}: use a dedicated account (R27)</Badge>
            )}
          </div>
        </Card>
        <Card title="Required group memberships (R26)">
          <RequirementList requirements={row.requirements} />
        </Card>
        <Card title="Servers">
          {mayChange ? (
            <ServersForm service={row.service} version={row.version} servers={row.servers} />
          ) : row.servers.length ? (
            <ul className="font-mono text-sm">
              {row.servers.map((server) => (
                <li key={server}>{server}</li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">No server recorded.</p>
          )}
        </Card>
        <Card title="Audit events">
          <AuditEvents events={row.audit} label="Audit events of this service account" />
          <p className="mt-3 text-sm">
            <Link className="text-brand-600 hover:underline" href={auditHistoryHref("service-account", row.id)}>
              Full history in the audit log
            </Link>
          </p>
        </Card>
      </div>
      <Card title="Identity history" className="mt-6">
        <Table caption="Identity history">
          <thead>
            <tr>
              <Th>When</Th>
              <Th>From</Th>
              <Th>To</Th>
              <Th>By</Th>
              <Th>Reason</Th>
              <Th>Runbook</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {row.history.length === 0 && <EmptyRow colSpan={6}>No identity change recorded.</EmptyRow>}
            {row.history.map((change) => (
              <tr key={change.id}>
                <Td className="whitespace-nowrap">{when(change.changedAt)}</Td>
                <Td className="font-mono text-xs">{change.fromIdentity}</Td>
                <Td className="font-mono text-xs">{change.toIdentity}</Td>
                <Td>{change.actorName}</Td>
                <Td>{change.reason}</Td>
                <Td>
                  <a href={runbookHref(row.service, change.id)} className="text-brand-600 hover:underline">
                    .ps1<span className="sr-only"> runbook of the change to {change.toIdentity}</span>
                  </a>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
