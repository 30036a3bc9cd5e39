"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { RoleImportPlan } from "@/lib/data/directory/import-roles";
import type { ActionResult } from "@/lib/data/mutation";
import { LEVEL_LABELS } from "./level-icon";

type Plan = Omit<RoleImportPlan, "privileges">;
type Preview = { businessUnit: string; plans: Plan[] };
type Input = { xml: string; businessUnitId: string; expected?: Record<string, number | null> };
type Props = {
  units: { id: string; name: string }[];
  preview: (input: Input) => Promise<ActionResult<Preview>>;
  apply: (input: Input) => Promise<ActionResult<{ applied: number; unchanged: number }>>;
};

const STATUS = { new: "New role", changed: "Changes", unchanged: "No change" };

function Changes({ plan }: { plan: Plan }) {
  const groups = [
    ["Privileges added", plan.added],
    ["Privileges removed", plan.removed],
    ["Level changed", plan.changed],
  ] as const;

  return (
    <div className="grid gap-3 md:grid-cols-3">
      {groups.map(([title, items]) => (
        <details key={title} open={items.length > 0 && items.length <= 12}>
          <summary className="cursor-pointer text-sm font-medium">
            {title}: {items.length}
          </summary>
          <ul className="mt-1 max-h-64 overflow-y-auto font-mono text-xs">
            {items.map((item) => (
              <li key={item.privilege}>
                {item.privilege}: {item.from === "None" ? "" : `${LEVEL_LABELS[item.from]} → `}
                {LEVEL_LABELS[item.to]}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

/** Upload a SolutionPackager role file, read what it would change, then apply it in one transaction. */
export function RoleImport({ units, preview, apply }: Props) {
  const [xml, setXml] = useState("");
  const [fileName, setFileName] = useState("");
  const [unitId, setUnitId] = useState(units[0]?.id ?? "");
  const [previewed, setPreviewed] = useState<ActionResult<Preview> | null>(null);
  const [applied, setApplied] = useState<ActionResult<{ applied: number; unchanged: number }> | null>(null);
  const [pending, start] = useTransition();
  const plans = previewed?.ok ? previewed.data.plans : [];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="space-y-1">
          <label htmlFor="role-file" className="block text-sm font-medium text-slate-800">
            Role file (XML)
          </label>
          <input
            id="role-file"
            type="file"
            accept=".xml,text/xml,application/xml"
            className="text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              setPreviewed(null);
              setApplied(null);
              setFileName(file?.name ?? "");
              setXml(file ? await file.text() : "");
            }}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="import-unit" className="block text-sm font-medium text-slate-800">
            Business unit of the roles
          </label>
          <select
            id="import-unit"
            value={unitId}
            className={inputClass}
            onChange={(e) => {
              setUnitId(e.target.value);
              setPreviewed(null);
              setApplied(null);
            }}
          >
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="secondary"
          disabled={!xml || pending}
          onClick={() =>
            start(async () => {
              setApplied(null);
              setPreviewed(await preview({ xml, businessUnitId: unitId }));
            })
          }
        >
          Preview import
        </Button>
      </div>

      {previewed && !previewed.ok && (
        <FormMessage
          state={{
            ok: false,
            message: [previewed.message, ...Object.values(previewed.fieldErrors ?? {})].join(" "),
          }}
        />
      )}
      {previewed?.ok && (
        <section aria-label="Import preview" className="space-y-3">
          <h2 className="text-base font-semibold">
            {fileName}: {plans.length} role{plans.length === 1 ? "" : "s"} into {previewed.data.businessUnit}
          </h2>
          {plans.map((plan) => (
            <article
              key={plan.name}
              aria-label={plan.name}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h3 className="mb-2 flex items-center gap-2 font-medium">
                {plan.name}
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs ring-1 ring-slate-300">
                  {STATUS[plan.status]}
                </span>
                {plan.inheritance.from && plan.inheritance.from !== plan.inheritance.to && (
                  <span className="text-xs text-amber-800">
                    inheritance {plan.inheritance.from} → {plan.inheritance.to}
                  </span>
                )}
              </h3>
              <Changes plan={plan} />
            </article>
          ))}
          <Button
            disabled={pending || plans.every((p) => p.status === "unchanged")}
            onClick={() =>
              start(async () => {
                const expected = Object.fromEntries(plans.map((plan) => [plan.name, plan.version]));
                const answer = await apply({ xml, businessUnitId: unitId, expected });
                setApplied(answer);
                if (answer.ok) setPreviewed(null);
              })
            }
          >
            Apply import
          </Button>
        </section>
      )}
      {applied && (
        <FormMessage
          state={
            applied.ok
              ? {
                  ok: true,
                  message: `Imported: ${applied.data.applied} role${applied.data.applied === 1 ? "" : "s"} written, ${applied.data.unchanged} unchanged.`,
                }
              : applied
          }
        />
      )}
      {applied?.ok && (
        <Link href="/roles" className="text-sm text-brand-700 hover:underline">
          Back to security roles
        </Link>
      )}
    </div>
  );
}
