import type { SimulationState } from "@/app/(console)/simulator/actions";
import { Card } from "@/components/ui/card";
import type { PluginCheck } from "@/lib/scenario/schema";
import { OperationsTable, ReasonList, Verdict, Warnings } from "./check-result";
import { IdentityChain } from "./identity-chain";
import { KeepCheck } from "./keep-check";

/** The whole answer to one simulation: picture, verdicts, reasons, and keeping it. */
export function SimulationView({ state }: { state: Extract<NonNullable<SimulationState>, { ok: true }> }) {
  const { result, check } = state;

  return (
    <section aria-label="Simulation result" className="space-y-4">
      <Card title={result.name}>
        <div className="space-y-4">
          <Verdict result={result} />
          {"step" in check && <IdentityChain check={check as PluginCheck} result={result} />}
          <Warnings result={result} />
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-900">Why</h3>
            <ReasonList reasons={result.reasons} />
          </div>
        </div>
      </Card>
      <OperationsTable result={result} />
      <Card title="Keep this simulation">
        <KeepCheck check={check} source={state.source} download={state.download} />
      </Card>
    </section>
  );
}
