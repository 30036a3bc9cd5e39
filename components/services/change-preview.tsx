import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { identityLabel } from "@/lib/data/services/identity";
import type { IdentityChangePlan, StepImpact, Verdict } from "@/lib/data/services/impact";
import { changeSteps } from "@/lib/runbook/server-steps";
import { RequirementList } from "./requirement-list";

// Everything the administrator must see before confirming an identity change:
// the groups R24/R26 ask for, the R27 warnings, what the engine says each
// plug-in step will do, and the work on each server (R28).

function VerdictBadge({ verdict }: { verdict: Verdict }) {
  if (verdict.outcome === "failed") {
    return <Badge tone="bad">Fails{verdict.errorCode ? ` ${verdict.errorCode}` : ""}</Badge>;
  }
  if (verdict.outcome === "denied") return <Badge tone="warn">Runs, a call is denied</Badge>;

  return <Badge tone="good">Runs</Badge>;
}

const CHANGE: Record<StepImpact["change"], { tone: "bad" | "good" | "warn"; label: string }> = {
  "starts-failing": { tone: "bad", label: "Starts failing" },
  recovers: { tone: "good", label: "Recovers" },
  "still-failing": { tone: "warn", label: "Still failing" },
};

function Why({ verdict }: { verdict: Verdict }) {
  const reason = verdict.reasons.find((r) => r.rule === "R24") ?? verdict.reasons[0];
  if (!reason) return null;

  return (
    <span className="text-xs text-slate-600">
      {reason.rule}: {reason.text}
    </span>
  );
}

export function ChangePreview({ plan, servers }: { plan: IdentityChangePlan; servers: string[] }) {
  const unaddressed = plan.addMissing ? [] : plan.missing;
  const steps = changeSteps(plan.service, plan.to, servers);
  const runsPlugins = plan.service === "CRMAppPool" || plan.service === "AsyncService";
  const added = plan.addMissing ? plan.missing : [];

  return (
    <div className="space-y-6">
      <Card title="Group memberships (R24, R26)">
        {unaddressed.length > 0 && (
          <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {plan.to} is not a member of {unaddressed.join(" and ")}.{" "}
            {unaddressed.includes("PrivUserGroup") && runsPlugins
              ? "Plug-ins that run under this account will fail with 0x80048401 until it is (R24)."
              : "The service needs these memberships to work (R26)."}
          </p>
        )}
        <RequirementList requirements={plan.requirements} addedOnConfirm={added} />
      </Card>

      {(plan.crmUser || plan.sharedWith.length > 0) && (
        <Card title="Warnings (R27)">
          <ul className="list-disc space-y-1 pl-5 text-sm text-amber-900">
            {plan.crmUser && (
              <li>
                {plan.crmUser.logon} is also a CRM user{plan.crmUser.disabled ? " (disabled)" : ""}. A service
                account must not be one: adding the application pool account as a user is not supported.
              </li>
            )}
            {plan.sharedWith.length > 0 && (
              <li>
                {plan.to} already runs {plan.sharedWith.join(", ")}. Each service should have a dedicated
                account.
              </li>
            )}
          </ul>
        </Card>
      )}

      <Card title="Registered plug-in steps whose outcome changes">
        <p className="mb-3 text-sm text-slate-600">
          {plan.stepsChecked} registered step{plan.stepsChecked === 1 ? "" : "s"} run through the security
          engine{plan.caller ? `, triggered by ${plan.caller}` : ""}, on the organization as it is and as it
          would be.
        </p>
        <Table caption="Registered plug-in steps whose outcome changes">
          <thead>
            <tr>
              <Th>Step</Th>
              <Th>Kind</Th>
              <Th>Now</Th>
              <Th>After the change</Th>
              <Th>Change</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plan.steps.length === 0 && (
              <EmptyRow colSpan={5}>No registered step changes its outcome.</EmptyRow>
            )}
            {plan.steps.map((step) => (
              <tr key={step.name}>
                <Td className="font-medium">{step.name}</Td>
                <Td className="text-xs">{step.kind}</Td>
                <Td>
                  <VerdictBadge verdict={step.before} /> <Why verdict={step.before} />
                </Td>
                <Td>
                  <VerdictBadge verdict={step.after} /> <Why verdict={step.after} />
                </Td>
                <Td className="whitespace-nowrap">
                  <Badge tone={CHANGE[step.change].tone}>{CHANGE[step.change].label}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card title="Any step, by where it runs (R23)">
        <Table caption="Any step, by where it runs">
          <thead>
            <tr>
              <Th>Kind of step</Th>
              <Th>Runs under</Th>
              <Th>Now</Th>
              <Th>After the change</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plan.kinds.map((kind) => (
              <tr key={kind.kind}>
                <Td>{kind.kind}</Td>
                <Td className="font-mono text-xs">{kind.after.processAccount}</Td>
                <Td>
                  <VerdictBadge verdict={kind.before} />
                </Td>
                <Td>
                  <VerdictBadge verdict={kind.after} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card title={`Steps to make it real (R28): ${identityLabel(plan.from)} → ${identityLabel(plan.to)}`}>
        <ol className="list-decimal space-y-3 pl-5 text-sm">
          {steps.domain.map((step) => (
            <li key={step}>
              <span className="font-medium">Active Directory, once:</span> {step}
            </li>
          ))}
          {steps.perServer.map(({ server, steps: work }) => (
            <li key={server}>
              <span className="font-medium">On {server}:</span>
              <ul className="mt-1 list-disc pl-5">
                {work.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
