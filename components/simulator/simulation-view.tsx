import type { SimulationState } from "@/app/(console)/simulator/actions";
import { Card } from "@/components/ui/card";
import { OperationsTable } from "./check-result";
import { KeepCheck } from "./keep-check";
import { VerdictCard } from "./verdict-card";

/** The whole answer to one simulation: picture, verdicts, reasons, and keeping it. */
export function SimulationView({ state }: { state: Extract<NonNullable<SimulationState>, { ok: true }> }) {
  const { result, check } = state;

  return (
    <section aria-label="Simulation result" className="space-y-4">
      <VerdictCard title={result.name} check={check} result={result} />
      <OperationsTable result={result} />
      <Card title="Keep this simulation">
        <KeepCheck check={check} source={state.source} download={state.download} />
      </Card>
    </section>
  );
}
