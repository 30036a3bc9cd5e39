import type { Metadata } from "next";
import Link from "next/link";
import { MembershipBadge } from "@/components/services/requirement-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { SERVICES } from "@/lib/data/services/catalog";
import { identityLabel } from "@/lib/data/services/identity";
import { listServiceAccounts } from "@/lib/data/services/services";

const LINK = "font-medium text-brand-600 hover:underline";

export const metadata: Metadata = { title: "Service accounts" };

export default async function ServicesPage() {
  const services = await listServiceAccounts();

  return (
    <>
      <PageHeader
        title="Service accounts"
        description={
          "The Windows accounts the deployment's services run under. The CRMAppPool identity runs every " +
          "synchronous plug-in outside the sandbox, the asynchronous service every asynchronous one (R23); " +
          "any account other than Network Service must be in PrivUserGroup or those plug-ins fail (R24)."
        }
      />
      <Table caption="Service accounts">
        <thead>
          <tr>
            <Th>Service</Th>
            <Th>Runs as</Th>
            <Th>Servers</Th>
            <Th>Required groups (R26)</Th>
            <Th>Notes</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {services.map((row) => (
            <tr key={row.id}>
              <Td>
                <Link href={`/services/${row.service}`} className={LINK}>
                  {SERVICES[row.service].title}
                </Link>
                <span className="block font-mono text-xs text-slate-500">{row.service}</span>
              </Td>
              <Td className="font-mono text-xs">{identityLabel(row.identity)}</Td>
              <Td className="text-xs">
                {row.servers.join(", ") || <span className="text-slate-500">not recorded</span>}
              </Td>
              <Td>
                {row.requirements.length === 0 && <span className="text-xs text-slate-500">none</span>}
                <ul className="space-y-1">
                  {row.requirements.map((r) => (
                    <li key={r.group} className="flex items-center gap-2 text-xs">
                      <MembershipBadge status={r.status} /> {r.group}
                    </li>
                  ))}
                </ul>
              </Td>
              <Td className="space-y-1">
                {row.crmUser && <Badge tone="warn">Also a CRM user (R27)</Badge>}
                {row.sharedWith.length > 0 && (
                  <Badge tone="warn">Shared with {row.sharedWith.join(", ")} (R27)</Badge>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
