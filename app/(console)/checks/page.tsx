import type { Metadata } from "next";
import { ReasonList } from "@/components/simulator/check-result";
import { OutcomeBadge } from "@/components/simulator/outcome-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { type KeptResult, listSavedChecks } from "@/lib/data/checks/saved-checks";
import { RowActionButton } from "@/components/ui/row-action-button";
import { removeCheckAction } from "./actions";
import { RerunButton } from "./rerun-button";

export const metadata: Metadata = { title: "Saved checks" };

function show(value: unknown) {
  return Array.isArray(value) ? value.join(", ") : String(value ?? "nothing");
}

function Status({ kept }: { kept: KeptResult | null }) {
  if (!kept) return <Badge>not run</Badge>;
  if (kept.invalid) return <Badge tone="warn">cannot run</Badge>;

  if (kept.result?.met === false) return <Badge tone="bad">changed</Badge>;

  return <Badge tone="good">still holds</Badge>;
}

function Differences({ kept }: { kept: KeptResult | null }) {
  if (kept?.invalid) {
    return (
      <ul className="text-sm text-amber-900">
        {kept.invalid.map((e, i) => (
          <li key={i}>
            {e.path}: {e.message}
          </li>
        ))}
      </ul>
    );
  }
  const differences = kept?.result?.differences ?? [];
  const operations = kept?.result?.operations ?? [];
  const reasons = [...(kept?.result?.reasons ?? []), ...operations.flatMap((op) => op.reasons)];
  if (differences.length === 0) return <span className="text-sm text-slate-500">none</span>;

  return (
    <div className="space-y-2">
      <ul className="text-sm">
        {differences.map((d) => (
          <li key={d.field}>
            <span className="font-medium">{d.field}</span>: kept {show(d.expected)}, now {show(d.actual)}
          </li>
        ))}
      </ul>
      <details>
        <summary className="cursor-pointer text-sm text-brand-600">Why, now</summary>
        <div className="mt-2">
          <ReasonList reasons={reasons} />
        </div>
      </details>
    </div>
  );
}

export default async function SavedChecksPage() {
  const actor = await requirePermission("simulation.run");
  const checks = await listSavedChecks(actor);
  const canWrite = actorMay(actor, "saved-check.write");

  return (
    <>
      <PageHeader
        title="Saved checks"
        description="Simulations kept with the answer they had as their expectation. Re-run them to see which verdicts have changed since (the console's privilege regression test)."
        actions={
          <a href="/checks/download" className={buttonClass("secondary")}>
            Download as scenario file
          </a>
        }
      />
      {canWrite && checks.length > 0 && (
        <div className="mb-4">
          <RerunButton />
        </div>
      )}
      <Table caption="Saved checks">
        <thead>
          <tr>
            <Th>Check</Th>
            <Th>Status</Th>
            <Th>Verdict now</Th>
            <Th>Differences from what was kept</Th>
            <Th>Last run</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {checks.length === 0 && (
            <EmptyRow colSpan={6}>No checks kept yet: keep one from the Simulator.</EmptyRow>
          )}
          {checks.map((row) => (
            <tr key={row.id}>
              <Td>
                <span className="font-medium">{row.name}</span>
                <span className="block text-xs text-slate-500">kept by {row.createdBy}</span>
              </Td>
              <Td>
                <Status kept={row.lastResult} />
              </Td>
              <Td>
                {row.lastResult?.result ? <OutcomeBadge outcome={row.lastResult.result.outcome} /> : "-"}
              </Td>
              <Td>
                <Differences kept={row.lastResult} />
              </Td>
              <Td className="whitespace-nowrap text-xs">
                {row.lastRunAt?.toISOString().slice(0, 16).replace("T", " ") ?? "never"}
              </Td>
              <Td className="text-right">
                {canWrite && (
                  <RowActionButton
                    action={removeCheckAction}
                    hidden={{ id: row.id, version: row.version }}
                    label="Remove"
                    target={row.name}
                  />
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-4 max-w-3xl text-xs text-slate-500">
        The downloaded file holds the organization as it is now and every check with its expectation. Run it
        outside the console with <code>npm run --silent simulate -- saved-checks.json --format text</code>;
        the exit status is 1 when a verdict has changed.
      </p>
    </>
  );
}
