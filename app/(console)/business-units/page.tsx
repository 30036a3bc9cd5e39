import type { Metadata } from "next";
import { ActionButton } from "@/components/directory/action-button";
import { UnitTree } from "@/components/directory/unit-tree";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { listBusinessUnits } from "@/lib/data/directory/list-business-units";
import { createBusinessUnitAction } from "./actions";

export const metadata: Metadata = { title: "Business units" };

export default async function BusinessUnitsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { deleted } = await searchParams;
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "business-unit.write");
  const { roots, flat } = await listBusinessUnits();

  return (
    <>
      <PageHeader
        title="Business units"
        description="The organization's tree (R1). Users, teams and security roles each belong to one business unit; a role is usable there and in every unit below it (R7)."
      />
      {deleted && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Business unit deleted.
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Card title="Tree">
          <UnitTree roots={roots} />
        </Card>
        {mayEdit && (
          <Card title="New business unit">
            <ActionButton
              action={createBusinessUnitAction}
              hidden={{}}
              label="Create business unit"
              fields={
                <>
                  <div className="space-y-1">
                    <label htmlFor="unit-name" className="block text-sm font-medium text-slate-800">
                      Name
                    </label>
                    <input id="unit-name" name="name" className={inputClass} autoComplete="off" />
                  </div>
                  <div className="space-y-1">
                    <label htmlFor="unit-parent" className="block text-sm font-medium text-slate-800">
                      Parent business unit
                    </label>
                    <select id="unit-parent" name="parentId" className={inputClass}>
                      {flat.map((unit) => (
                        <option key={unit.id} value={unit.id}>
                          {unit.name}
                        </option>
                      ))}
                    </select>
                  </div>
                </>
              }
            />
          </Card>
        )}
      </div>
    </>
  );
}
