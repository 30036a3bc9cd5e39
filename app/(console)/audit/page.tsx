import type { Metadata } from "next";
import Link from "next/link";
import { FieldChanges } from "@/components/audit/field-changes";
import { Button, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Pagination, Table, Td, Th } from "@/components/ui/table";
import {
  AUDIT_EXPORT_LIMIT,
  auditFilterChoices,
  auditFiltersOf,
  listAuditEvents,
} from "@/lib/data/audit-log/list";
import { auditHistoryHref } from "@/lib/data/audit-log/links";
import { type SearchParams, withParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = auditFiltersOf(params);
  const [{ events, total }, choices] = await Promise.all([listAuditEvents(filters), auditFilterChoices()]);
  const query = withParams("", params, { page: undefined }).replace(/^\?/, "");

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the console, API or command line: who, when, to what, and the state before and after. The log is read-only: the console has no way to edit or delete an entry."
        actions={
          total <= AUDIT_EXPORT_LIMIT && (
            <a
              className={buttonClass("secondary")}
              href={`/audit/export${query ? `?${query}` : ""}`}
              download
            >
              Export CSV
            </a>
          )
        }
      />
      {total > AUDIT_EXPORT_LIMIT && (
        <p role="note" className="no-print mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {total.toLocaleString("en")} events match: an export holds at most{" "}
          {AUDIT_EXPORT_LIMIT.toLocaleString("en")}. Narrow the filter (a shorter time range, one actor or one
          kind) to export it.
        </p>
      )}
      <Filters filters={filters} choices={choices} />
      {filters.targetId && (
        <p className="mt-4 text-sm text-slate-700">
          Showing the history of one {filters.targetType || "target"}.{" "}
          <Link className="text-brand-600 hover:underline" href="/audit">
            Show every change
          </Link>
        </p>
      )}
      <div className="mt-4">
        <Table caption="Audit events">
          <thead>
            <tr>
              <Th>Time (UTC)</Th>
              <Th>Actor</Th>
              <Th>Action</Th>
              <Th>Target</Th>
              <Th>Changes</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.length === 0 && <EmptyRow colSpan={5}>No event matches these filters.</EmptyRow>}
            {events.map((event) => (
              <tr key={event.id} className="break-inside-avoid">
                <Td className="whitespace-nowrap text-xs">
                  {event.at.toISOString().replace("T", " ").slice(0, 19)}
                </Td>
                <Td>{event.actorName}</Td>
                <Td className="font-mono text-xs">{event.action}</Td>
                <Td>
                  <span className="block text-xs text-slate-500">{event.targetType}</span>
                  {event.targetId ? (
                    <Link
                      className="text-brand-600 hover:underline"
                      href={auditHistoryHref(event.targetType, event.targetId)}
                      title="History of this target"
                    >
                      {event.targetLabel || event.targetId}
                    </Link>
                  ) : (
                    event.targetLabel
                  )}
                </Td>
                <Td>
                  <FieldChanges before={event.before} after={event.after} />
                  {event.reason && <p className="mt-1 text-xs text-slate-600">Reason: {event.reason}</p>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Pagination
          path="/audit"
          params={params}
          page={filters.page}
          pageSize={filters.pageSize}
          total={total}
        />
      </div>
    </>
  );
}

type Choices = Awaited<ReturnType<typeof auditFilterChoices>>;
type FilterValues = ReturnType<typeof auditFiltersOf>;

function Filters({ filters, choices }: { filters: FilterValues; choices: Choices }) {
  const select = (id: keyof FilterValues, label: string, options: string[]) => (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} defaultValue={String(filters[id] ?? "")} className={inputClass}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
  const input = (id: keyof FilterValues, label: string, type = "text") => (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} name={id} type={type} defaultValue={String(filters[id] ?? "")} className={inputClass} />
    </div>
  );

  return (
    <form
      method="get"
      action="/audit"
      className="no-print rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {filters.targetId && <input type="hidden" name="targetId" value={filters.targetId} />}
      <div className="grid gap-4 md:grid-cols-3 xl:grid-cols-6">
        {select("actor", "Actor", choices.actors)}
        {select("action", "Kind", choices.actions)}
        {select("targetType", "Target type", choices.targetTypes)}
        {input("target", "Target name contains")}
        {input("from", "From (UTC)", "date")}
        {input("to", "To (UTC)", "date")}
      </div>
      <div className="mt-4 flex gap-2">
        <Button type="submit">Filter</Button>
        <Link href="/audit" className={buttonClass("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
