import Link from "next/link";
import { OutcomeBadge } from "@/components/simulator/outcome-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { toFailure } from "@/lib/data/mutation";
import { type EveryoneFilter, runForEveryone } from "@/lib/data/plugins/everyone";
import { count } from "@/lib/ui/count";
import { type SearchParams, withParams } from "@/lib/ui/list-params";

// The grouped answer of one step run for every selected user. Rendered in the
// server: only the counts and one page of names per group reach the browser.

const PAGE = 50;
const PAGER = "mt-3 flex items-center gap-3 text-sm";
const SPINNER = "h-4 w-4 animate-spin rounded-full border-2 border-blue-300 border-t-blue-800";
const PENDING = "flex items-center gap-3 rounded-md bg-blue-50 px-3 py-3 text-sm text-blue-900";

export async function EveryoneResult({ filter, params }: { filter: EveryoneFilter; params: SearchParams }) {
  let answer: Awaited<ReturnType<typeof runForEveryone>>;
  try {
    answer = await runForEveryone(filter);
  } catch (error) {
    return <FormMessage state={toFailure(error)} />;
  }
  const openGroup = Number(params.group ?? -1);
  const groupPage = Math.max(1, Number(params.gpage ?? 1) || 1);
  const pageLink = (group: number, page: number) => withParams("/simulator", params, { group, gpage: page });

  return (
    <section aria-label="Everyone at once" className="space-y-4">
      <Card title={`${answer.step}: ${count(answer.total, "user")}`}>
        <div className="flex flex-wrap gap-6 text-sm">
          {(["allowed", "denied", "failed"] as const).map((outcome) => (
            <p key={outcome} className="flex items-center gap-2">
              <OutcomeBadge outcome={outcome} />
              <span className="text-lg font-semibold">{answer.counts[outcome].toLocaleString("en")}</span>
            </p>
          ))}
          <p className="text-xs text-slate-500">
            Run in {answer.milliseconds.toLocaleString("en")} ms in the server.
          </p>
        </div>
      </Card>
      <ul className="space-y-3" aria-label="Outcome groups">
        {answer.groups.map((group, index) => {
          const page = index === openGroup ? groupPage : 1;
          const pages = Math.ceil(group.users.length / PAGE);
          const shown = group.users.slice((page - 1) * PAGE, page * PAGE);
          return (
            <li key={group.key} className="rounded-lg border border-slate-200 bg-white shadow-sm">
              <details open={index === openGroup}>
                <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-4 py-3">
                  <OutcomeBadge outcome={group.outcome} />
                  <span className="font-semibold">{count(group.users.length, "user")}</span>
                  {group.rule && <Badge tone="info">{group.rule}</Badge>}
                  <span className="flex-1 text-sm text-slate-700">
                    {group.reason.replace(/ \(R\d+\)$/, "")}
                  </span>
                  {group.warnings.map((code) => (
                    <Badge key={code} tone="warn">
                      {code}
                    </Badge>
                  ))}
                </summary>
                <div className="border-t border-slate-100 px-4 py-3">
                  <ul className="grid gap-x-4 gap-y-1 font-mono text-xs sm:grid-cols-2 lg:grid-cols-4">
                    {shown.map((user) => (
                      <li key={user}>{user}</li>
                    ))}
                  </ul>
                  {pages > 1 && (
                    <nav aria-label={`Pages of group ${index + 1}`} className={PAGER}>
                      {page > 1 && <Link href={pageLink(index, page - 1)}>Previous</Link>}
                      <span>
                        Page {page} of {pages}
                      </span>
                      {page < pages && <Link href={pageLink(index, page + 1)}>Next</Link>}
                    </nav>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function EveryonePending({ total }: { total: number }) {
  return (
    <p role="status" className={PENDING}>
      <span className={SPINNER} aria-hidden="true" />
      Running the step for {total > 0 ? `up to ${total.toLocaleString("en")}` : "every"} user in the server…
    </p>
  );
}
