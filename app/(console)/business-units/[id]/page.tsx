import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { ActionButton } from "@/components/directory/action-button";
import { MoveForm } from "@/components/directory/move-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { getBusinessUnit } from "@/lib/data/directory/list-business-units";
import {
  deleteBusinessUnitAction,
  previewReparentAction,
  renameBusinessUnitAction,
  reparentBusinessUnitAction,
} from "../actions";

export const metadata: Metadata = { title: "Business unit" };

function Contents({ title, items }: { title: string; items: { id: string; name: string; href: string }[] }) {
  return (
    <div>
      <h3 className="text-xs font-medium uppercase text-slate-500">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">None.</p>
      ) : (
        <ul className="mt-1 text-sm">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={item.href} className="text-brand-700 hover:underline">
                {item.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default async function BusinessUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "business-unit.write");
  const { unit, parentOptions, state } = await getBusinessUnit(id);
  const keys = { id: unit.id, version: unit.version };
  const isRoot = !unit.parentId;
  const empty = unit._count.users + unit.teams.length + unit.children.length + unit.roles.length === 0;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/business-units" className="text-brand-700 hover:underline">
          ← Business units
        </Link>
      </p>
      <PageHeader
        actions={<HistoryLink targetType="business-unit" targetId={unit.id} />}
        title={unit.name}
        description={
          isRoot ? (
            <Badge tone="info">Root business unit</Badge>
          ) : (
            <>
              Parent:{" "}
              <Link href={`/business-units/${unit.parent!.id}`} className="text-brand-700 hover:underline">
                {unit.parent!.name}
              </Link>
            </>
          )
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Contents">
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <h3 className="text-xs font-medium uppercase text-slate-500">Users ({unit._count.users})</h3>
              <Link href={`/users?bu=${unit.id}`} className="text-sm text-brand-700 hover:underline">
                Show users in {unit.name}
              </Link>
            </div>
            <Contents
              title="Child business units"
              items={unit.children.map((c) => ({ ...c, href: `/business-units/${c.id}` }))}
            />
            <Contents title="Teams" items={unit.teams.map((t) => ({ ...t, href: `/teams/${t.id}` }))} />
            <Contents
              title="Security roles"
              items={unit.roles.map((r) => ({ ...r, href: `/roles/${r.id}` }))}
            />
          </div>
        </Card>
        {mayEdit && (
          <div className="space-y-6">
            <Card title="Rename">
              <ActionButton
                seen={state}
                key={`rename-${unit.version}`}
                action={renameBusinessUnitAction}
                hidden={keys}
                inline
                label="Rename"
                fields={
                  <div className="min-w-64 flex-1 space-y-1">
                    <label htmlFor="rename" className="block text-sm font-medium text-slate-800">
                      Name
                    </label>
                    <input id="rename" name="name" defaultValue={unit.name} className={inputClass} />
                  </div>
                }
              />
            </Card>
            {!isRoot && (
              <Card title="Move under another parent">
                <MoveForm
                  seen={state}
                  key={`move-${unit.version}`}
                  subject={unit.name}
                  field="parentId"
                  label="New parent business unit"
                  id={unit.id}
                  version={unit.version}
                  currentUnitId={unit.parentId ?? ""}
                  units={parentOptions}
                  preview={previewReparentAction}
                  move={reparentBusinessUnitAction}
                />
                <p className="mt-2 text-xs text-slate-500">
                  Units below {unit.name} are not offered: that would make a cycle (R1). Role assignments the
                  new parent no longer allows (R7) are listed before you confirm.
                </p>
              </Card>
            )}
            {!isRoot && (
              <Card title="Delete">
                <p className="mb-3 text-sm text-slate-600">
                  {empty
                    ? "This business unit is empty and can be deleted."
                    : "Only an empty business unit can be deleted: no users, teams, child units or security roles (R1)."}
                </p>
                <ActionButton
                  seen={state}
                  action={deleteBusinessUnitAction}
                  hidden={keys}
                  label="Delete business unit"
                  variant="danger"
                />
              </Card>
            )}
          </div>
        )}
      </div>
    </>
  );
}
