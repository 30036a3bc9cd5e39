import type { Metadata } from "next";
import Link from "next/link";
import { PrivilegeChanges } from "@/components/access/privilege-changes";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { describeChange, SERVICE_NAMES, type StagedChange } from "@/lib/access/staged-changes";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { listRolesAndUnits } from "@/lib/data/access/users";
import { previewWhatIf, type WhatIfPreview } from "@/lib/data/access/what-if";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";
import { ApplyForm } from "./apply-form";
import { StageForm } from "./stage-form";

export const metadata: Metadata = { title: "What if" };

function stagedFrom(params: SearchParams): StagedChange[] {
  try {
    const value = JSON.parse(firstParam(params, "changes") ?? "[]");
    return Array.isArray(value) ? value.slice(0, 50) : [];
  } catch {
    return [];
  }
}

const hrefWith = (changes: StagedChange[]) =>
  changes.length
    ? `/access/what-if?${new URLSearchParams({ changes: JSON.stringify(changes) })}`
    : "/access/what-if";

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const actor = await requirePermission("organization.read");
  const staged = stagedFrom(params);
  const applied = firstParam(params, "applied");
  const [choices, preview] = await Promise.all([
    listRolesAndUnits(),
    staged.length ? previewWhatIf(staged) : Promise.resolve(null),
  ]);
  const roleNames = [...new Set(choices.roles.map((role) => role.name))];

  return (
    <>
      <PageHeader
        title="What if"
        description="Stage changes without saving them and see what they would do: to the effective privileges of the users they touch, and to every registered plug-in step those users call."
      />
      {applied && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Applied {applied} change{applied === "1" ? "" : "s"}, each recorded in the{" "}
          <Link href="/audit" className="font-medium underline">
            audit log
          </Link>
          .
        </p>
      )}
      <Card title="Stage a change" className="no-print">
        <StageForm
          staged={staged}
          choices={{
            roles: roleNames,
            teams: choices.teams.map((t) => t.name),
            units: choices.units,
            services: SERVICE_NAMES,
          }}
        />
      </Card>
      <Card title={`Staged changes (${staged.length})`} className="mt-6">
        {staged.length === 0 ? (
          <p className="text-sm text-slate-500">
            Nothing staged yet. Nothing is saved until an administrator applies it.
          </p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {staged.map((change, index) => (
              <li key={index}>
                {safeDescribe(change)}
                {preview && !preview.ok && preview.fieldErrors[String(index)] && (
                  <span className="ml-2 text-red-700">{preview.fieldErrors[String(index)]}</span>
                )}{" "}
                <Link
                  className="no-print ml-2 text-brand-600 hover:underline"
                  href={hrefWith(staged.filter((_, i) => i !== index))}
                >
                  Remove<span className="sr-only"> change {index + 1}</span>
                </Link>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {preview && <Preview preview={preview} />}
      {preview?.ok && actorMay(actor, "organization.write") && (
        <Card title="Apply" className="no-print mt-6">
          <p className="mb-3 text-sm text-slate-600">
            Performs exactly these changes in one transaction, with an audit event for each user, team and
            service account they touch. Refused if the organization has changed since this preview (revision{" "}
            {preview.revision}).
          </p>
          <ApplyForm changes={JSON.stringify(preview.changes)} revision={preview.revision} />
        </Card>
      )}
    </>
  );
}

function safeDescribe(change: StagedChange) {
  try {
    return describeChange(change);
  } catch {
    return "An unreadable change";
  }
}

function Preview({ preview }: { preview: WhatIfPreview }) {
  if (!preview.ok) {
    return (
      <p role="alert" className="mt-6 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {preview.message}
      </p>
    );
  }

  return (
    <section aria-label="Preview" className="mt-6 space-y-6">
      {preview.notes.map((note) => (
        <p key={note} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {note}
        </p>
      ))}
      {preview.users.map((user) => (
        <div key={user.user}>
          <h2 className="mb-2 text-base font-semibold text-slate-900">
            Effective privileges of {user.user}{" "}
            <span className="text-sm font-normal text-slate-600">
              {user.before} → {user.after}
            </span>
          </h2>
          <PrivilegeChanges
            caption={`Changes to the privileges of ${user.user}`}
            changes={user.changes}
            beforeLabel="Now"
            afterLabel="After"
            empty="No privilege changes for this user."
          />
        </div>
      ))}
      <div>
        <h2 className="mb-2 text-base font-semibold text-slate-900">Plug-in steps (R20-R25)</h2>
        {preview.callersNote && <p className="mb-2 text-sm text-slate-600">{preview.callersNote}</p>}
        <Table caption="Simulated plug-in steps before and after">
          <thead>
            <tr>
              <Th>Step</Th>
              <Th>Called by</Th>
              <Th>Now</Th>
              <Th>After</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.steps.length === 0 && <EmptyRow colSpan={4}>No plug-in step is registered.</EmptyRow>}
            {preview.steps.map((step) => (
              <tr key={`${step.step}|${step.caller}`} className={step.changed ? "bg-amber-50/60" : undefined}>
                <Td className="font-medium">
                  {step.step} {step.changed && <Badge tone="warn">changes</Badge>}
                </Td>
                <Td>{step.caller}</Td>
                <Td>
                  <Outcome outcome={step.before} />
                </Td>
                <Td>
                  <Outcome outcome={step.after} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}

function Outcome({ outcome }: { outcome: { outcome: string; detail: string } }) {
  const tone = outcome.outcome === "allowed" ? "good" : outcome.outcome === "denied" ? "bad" : "warn";

  return (
    <span className="space-y-1">
      <Badge tone={tone}>{outcome.outcome}</Badge>
      <span className="block text-xs text-slate-600">{outcome.detail}</span>
    </span>
  );
}
