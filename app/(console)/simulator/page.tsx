import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { everyoneChoices } from "@/lib/data/plugins/choices";
import type { EveryoneFilter } from "@/lib/data/plugins/everyone";
import { listSteps } from "@/lib/data/plugins/steps";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";
import { EveryonePending, EveryoneResult } from "./everyone";
import { ImpersonationSimulator } from "./impersonation-simulator";
import { StepSimulator } from "./step-simulator";

export const metadata: Metadata = { title: "Simulator" };

const TABS = [
  { id: "step", label: "Plug-in call" },
  { id: "impersonation", label: "CallerId impersonation" },
  { id: "everyone", label: "Everyone at once" },
] as const;

type SelectProps = { id: string; label: string; value?: string; options: string[][] };

function Select({ id, label, value, options }: SelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={inputClass}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function SimulatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("simulation.run");
  const params = await searchParams;
  const tab = TABS.find((t) => t.id === firstParam(params, "tab"))?.id ?? "step";
  const [steps, choices] = await Promise.all([listSteps(actor), everyoneChoices(actor)]);
  const stepChoices = steps.map((s) => ({ id: s.id, name: s.name, deployment: s.deployment }));
  const chosenStep = firstParam(params, "step");

  const everyone: EveryoneFilter | undefined =
    tab === "everyone" && chosenStep
      ? {
          stepId: chosenStep,
          client: firstParam(params, "client") === "Offline" ? "Offline" : "Server",
          businessUnit: firstParam(params, "bu") || undefined,
          role: firstParam(params, "role") || undefined,
          state: (["enabled", "disabled"].includes(firstParam(params, "state") ?? "")
            ? firstParam(params, "state")
            : "all") as EveryoneFilter["state"],
        }
      : undefined;

  return (
    <>
      <PageHeader
        title="Simulator"
        description="Run it as anyone: who the code would run as (UserId, InitiatingUserId, the Windows account) and whether each call would be allowed, before it happens. Every verdict comes from the security engine, with its rule ids."
      />
      <nav aria-label="Simulator views" className="mb-6 flex gap-1 border-b border-slate-200">
        {TABS.map((t) => (
          <Link
            key={t.id}
            href={`/simulator?tab=${t.id}${chosenStep ? `&step=${chosenStep}` : ""}`}
            aria-current={tab === t.id ? "page" : undefined}
            className={cx(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
              tab === t.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600",
            )}
          >
            {t.label}
          </Link>
        ))}
      </nav>

      {tab === "step" && (
        <Card>
          <StepSimulator steps={stepChoices} initialStep={chosenStep} teams={choices.teams} />
        </Card>
      )}
      {tab === "impersonation" && (
        <Card>
          <ImpersonationSimulator teams={choices.teams} />
        </Card>
      )}
      {tab === "everyone" && (
        <div className="space-y-6">
          <Card>
            <form method="get" action="/simulator" className="grid items-end gap-4 md:grid-cols-6">
              <input type="hidden" name="tab" value="everyone" />
              <Select
                id="step"
                label="Plug-in step"
                value={chosenStep}
                options={steps.map((s) => [s.id, s.name])}
              />
              <Select
                id="client"
                label="Runs on"
                value={firstParam(params, "client")}
                options={[
                  ["Server", "Server"],
                  ["Offline", "Offline client"],
                ]}
              />
              <Select
                id="bu"
                label="Business unit"
                value={firstParam(params, "bu")}
                options={[["", "All"], ...choices.units.map((u) => [u, u])]}
              />
              <Select
                id="role"
                label="Security role"
                value={firstParam(params, "role")}
                options={[["", "Any"], ...choices.roles.map((r) => [r, r])]}
              />
              <Select
                id="state"
                label="Users"
                value={firstParam(params, "state")}
                options={[
                  ["all", "Enabled and disabled"],
                  ["enabled", "Enabled"],
                  ["disabled", "Disabled"],
                ]}
              />
              <Button type="submit">Run for everyone</Button>
            </form>
          </Card>
          {steps.length === 0 && <p className="text-sm text-slate-600">Register a plug-in step first.</p>}
          {everyone && (
            <Suspense key={JSON.stringify(everyone)} fallback={<EveryonePending total={0} />}>
              <EveryoneResult filter={everyone} params={params} />
            </Suspense>
          )}
        </div>
      )}
    </>
  );
}
