import type { Metadata } from "next";
import Link from "next/link";
import { FindingsPanel } from "@/components/findings/findings-panel";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { loadOverview } from "@/lib/data/overview/overview";

export const metadata: Metadata = { title: "Overview" };

function Stat({ label, value, note }: { label: string; value: number; note?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-xs font-medium uppercase text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900">{value.toLocaleString("en")}</p>
      {note && <p className="text-xs text-slate-500">{note}</p>}
    </div>
  );
}

export default async function OverviewPage() {
  const overview = await loadOverview();

  return (
    <>
      <PageHeader
        title={overview.organization?.name ?? "Organization"}
        description="The security of this Dynamics 365 Customer Engagement organization at a glance."
      />
      <FindingsPanel />
      <div className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
        <Stat label="Business units" value={overview.units} />
        <Stat label="Users" value={overview.users} note={`${overview.disabledUsers} disabled`} />
        <Stat label="Teams" value={overview.teams} />
        <Stat label="Security roles" value={overview.roles} />
        <Stat label="Plug-in steps" value={overview.steps} />
        <Stat label="Service accounts" value={overview.services.length} />
      </div>
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <Card title="Service identities">
          <Table caption="Service identities">
            <thead>
              <tr>
                <Th>Service</Th>
                <Th>Runs as</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {overview.services.map((service) => (
                <tr key={service.id}>
                  <Td>
                    <Link href={`/services/${service.service}`} className="text-brand-600 hover:underline">
                      {service.service}
                    </Link>
                  </Td>
                  <Td className="font-mono text-xs">{service.identity}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card
          title="Recent changes"
          actions={
            <Link href="/audit" className="text-sm text-brand-600 hover:underline">
              The whole audit log
            </Link>
          }
        >
          <ul className="divide-y divide-slate-100 text-sm">
            {overview.recent.map((event) => (
              <li key={event.id} className="py-2">
                <span className="font-medium">{event.actorName}</span> · {event.action} ·{" "}
                <span className="text-slate-600">{event.targetLabel}</span>
                <span className="block text-xs text-slate-500">
                  {event.at.toISOString().replace("T", " ").slice(0, 19)} UTC
                </span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
