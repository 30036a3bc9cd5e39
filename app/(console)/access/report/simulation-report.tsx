import Link from "next/link";
import { EvidenceHeader } from "@/components/access/evidence-header";
import { PrintButton } from "@/components/access/print-button";
import { OperationsTable } from "@/components/simulator/check-result";
import { VerdictCard } from "@/components/simulator/verdict-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadSimulationReport, type SimulationReport } from "@/lib/data/access/simulation-report";
import type { StepCall } from "@/lib/data/plugins/simulate";

// One plug-in call as evidence to file: the step as registered, who the code
// runs as at each hop, each operation's verdict with the rules behind it, and
// the stamp. Every word of the verdict is the engine's.

const CLIENT_LABEL = { Server: "the server", Offline: "the offline client" } as const;

export async function SimulationReportPage({ call }: { call: StepCall }) {
  const report = await loadSimulationReport(call);
  if (!report) return <p role="alert">There is no such plug-in step.</p>;

  const { step, simulation, stamp } = report;
  const subject = `${step.name} called by ${call.caller} on ${CLIENT_LABEL[call.client]}`;
  if (!simulation.ok) {
    return (
      <>
        <PageHeader title={`Simulation of ${subject}`} />
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>This call cannot be simulated:</p>
          <ul className="list-disc pl-5">
            {simulation.errors.map((error) => (
              <li key={`${error.path}|${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      </>
    );
  }

  const { result, check } = simulation;

  return (
    <>
      <PageHeader title={`Simulation of ${subject}`} actions={<PrintButton />} />
      <EvidenceHeader stamp={stamp} subject={`Simulation of ${subject}`} />
      <div className="space-y-4">
        <Registration report={report} />
        <VerdictCard title="Verdict" check={check} result={result} />
        <OperationsTable result={result} />
      </div>
      <p className="no-print mt-4 text-sm">
        <Link className="text-brand-600 hover:underline" href={`/simulator?step=${step.id}`}>
          Back to the simulator
        </Link>
      </p>
    </>
  );
}

function Registration({ report }: { report: SimulationReport }) {
  const { step, call } = report;
  const facts: [string, string][] = [
    ["Message and table", `${step.message} on ${step.table}`],
    ["Stage and mode", `${step.stage}, ${step.mode}`],
    ["Isolation", step.isolation],
    ["Registered for", step.deployment],
    ["Run in User's Context", step.runAs ?? "Calling User"],
    ["Calling user", call.caller],
    ["Simulated on", CLIENT_LABEL[call.client]],
    ["Operations", String(step.operations.length)],
  ];

  return (
    <Card title="The step as registered (R20)">
      <dl aria-label="Step registration" className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm md:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
