import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceHeader } from "@/components/access/evidence-header";
import { LevelLegend } from "@/components/access/level-glyph";
import { PrivilegeChanges } from "@/components/access/privilege-changes";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { loadAccessAsOf } from "@/lib/data/access/as-of";
import { auditHistoryHref } from "@/lib/data/audit-log/links";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Access as of a date" };

function momentOf(value: string | undefined) {
  if (!value || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value)) return null;
  const at = new Date(value.length === 10 ? `${value}T23:59:59.999Z` : `${value}:59.999Z`);

  return Number.isNaN(at.getTime()) ? null : at;
}

export default async function AsOfPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = firstParam(params, "user")?.trim() ?? "";
  const atText = firstParam(params, "at")?.trim() ?? "";
  const at = momentOf(atText);
  const result = user && at ? await loadAccessAsOf(user, at) : null;

  return (
    <>
      <PageHeader
        title="Access as of a date"
        description="A user's effective privileges at a past moment, rebuilt from the audit log by undoing every later change, and what has changed since."
      />
      <form method="get" action="/access/as-of" className="no-print flex flex-wrap items-end gap-3">
        <div className="w-80 space-y-1">
          <label htmlFor="user" className="block text-sm font-medium text-slate-800">
            User logon
          </label>
          <input
            id="user"
            name="user"
            defaultValue={user}
            className={inputClass}
            placeholder="CONTOSO\name"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="at" className="block text-sm font-medium text-slate-800">
            As of (UTC)
          </label>
          <input id="at" name="at" type="datetime-local" defaultValue={atText} className={inputClass} />
        </div>
        <Button type="submit">Rebuild</Button>
      </form>
      {atText && !at && (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Give the moment as a date and time.
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <section aria-label="Access then and now" className="mt-6 space-y-4">
          <EvidenceHeader
            stamp={result.stamp}
            subject={`${user} as of ${at!.toISOString().slice(0, 16)} UTC`}
          />
          {result.blockedBy && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The organization was replaced by an import ({result.blockedBy.action}) at{" "}
              {result.blockedBy.at.toISOString().replace("T", " ").slice(0, 19)} UTC; history before it cannot
              be rebuilt, so this shows the state just after that import.
            </p>
          )}
          <p className="text-sm text-slate-700">
            {result.then ? (
              <>
                Then: {result.then.user} in {result.then.businessUnit}, {result.then.privileges.length}{" "}
                privileges
                {result.then.disabled ? ", disabled" : ""}.{" "}
              </>
            ) : (
              <>The user did not exist then. </>
            )}
            {result.now ? (
              <>
                Now: {result.now.businessUnit}, {result.now.privileges.length} privileges.
              </>
            ) : (
              <>The user no longer exists.</>
            )}{" "}
            {result.undone} later change{result.undone === 1 ? " was" : "s were"} undone;{" "}
            {result.userEvents.length} of them to this user
            {result.userId && (
              <>
                {" "}
                (
                <Link
                  className="text-brand-600 hover:underline"
                  href={auditHistoryHref("user", result.userId)}
                >
                  history
                </Link>
                )
              </>
            )}
            .
          </p>
          <LevelLegend />
          <PrivilegeChanges
            caption="Privileges then and now"
            changes={result.changes}
            beforeLabel="Then"
            afterLabel="Now"
            empty="Nothing changed since then."
          />
        </section>
      )}
    </>
  );
}
