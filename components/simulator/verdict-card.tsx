import { Card } from "@/components/ui/card";
import type { CheckResult } from "@/lib/engine";
import type { Check, PluginCheck } from "@/lib/scenario/schema";
import { ReasonList, Verdict, Warnings } from "./check-result";
import { IdentityChain } from "./identity-chain";

/** The verdict of one check: its outcome, the identity chain of a plug-in call, warnings and why. */
export function VerdictCard({ title, check, result }: { title: string; check: Check; result: CheckResult }) {
  return (
    <Card title={title}>
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
  );
}
