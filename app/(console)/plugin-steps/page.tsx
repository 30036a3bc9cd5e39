import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { listSteps } from "@/lib/data/plugins/steps";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Plug-in steps" };

const LINK = "text-sm text-brand-600 hover:underline";

export default async function PluginStepsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("plugin-step.read");
  const params = await searchParams;
  const steps = await listSteps(actor);
  const canWrite = actorMay(actor, "plugin-step.write");
  const saved = firstParam(params, "saved");
  const removed = firstParam(params, "removed");

  return (
    <>
      <PageHeader
        title="Plug-in steps"
        description="Registered steps and the calls their code makes. Simulate one to see who it runs as (R21-R23) and whether each call would be allowed."
        actions={
          canWrite && (
            <Link href="/plugin-steps/new" className={buttonClass()}>
              Register a step
            </Link>
          )
        }
      />
      {(saved || removed) && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {saved ? `Step ${saved} saved.` : `Step ${removed} removed.`}
        </p>
      )}
      <Table caption="Plug-in steps">
        <thead>
          <tr>
            <Th>Step</Th>
            <Th>Message on table</Th>
            <Th>Stage and mode</Th>
            <Th>Isolation</Th>
            <Th>Deployment</Th>
            <Th>Runs in the context of</Th>
            <Th>Operations</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {steps.length === 0 && <EmptyRow colSpan={8}>No plug-in steps are registered.</EmptyRow>}
          {steps.map((step) => (
            <tr key={step.id}>
              <Td>
                <span className="font-medium">{step.name}</span>
                {step.typeName && (
                  <span className="block font-mono text-xs text-slate-500">{step.typeName}</span>
                )}
              </Td>
              <Td>
                {step.message} on <span className="font-mono text-xs">{step.table}</span>
              </Td>
              <Td>
                {step.stage}, {step.mode}
              </Td>
              <Td>{step.isolation}</Td>
              <Td>{step.deployment}</Td>
              <Td>
                {step.runAs ? (
                  <span className="font-mono text-xs">{step.runAs}</span>
                ) : (
                  <Badge>Calling User</Badge>
                )}
              </Td>
              <Td>
                <ol className="space-y-0.5 text-xs">
                  {step.operations.map((op, index) => (
                    <li key={index}>
                      {index + 1}. {op.action} {op.table} <span className="text-slate-500">as {op.as}</span>
                    </li>
                  ))}
                </ol>
              </Td>
              <Td className="whitespace-nowrap text-right">
                <Link href={`/simulator?step=${step.id}`} className={LINK}>
                  Simulate <span className="sr-only">{step.name}</span>
                </Link>
                {canWrite && (
                  <Link href={`/plugin-steps/${step.id}`} className={`ml-3 ${LINK}`}>
                    Edit <span className="sr-only">{step.name}</span>
                  </Link>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
