import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceHeader } from "@/components/access/evidence-header";
import { LevelLegend } from "@/components/access/level-glyph";
import { PrivilegeChanges } from "@/components/access/privilege-changes";
import { UserPicker } from "@/components/access/user-picker";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { loadComparison } from "@/lib/data/access/compare";
import { listRolesAndUnits, searchUsers } from "@/lib/data/access/users";
import { firstParam, type SearchParams, withParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Compare access" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const left = firstParam(params, "left")?.trim() ?? "";
  const right = firstParam(params, "right")?.trim() ?? "";
  const roleId = firstParam(params, "roleId")?.trim() ?? "";
  const leftQuery = firstParam(params, "leftQ")?.trim() ?? "";
  const rightQuery = firstParam(params, "rightQ")?.trim() ?? "";

  const [leftResults, rightResults, choices, comparison] = await Promise.all([
    searchUsers(leftQuery),
    searchUsers(rightQuery),
    listRolesAndUnits(),
    loadComparison({ left, right: roleId ? undefined : right, roleId: roleId || undefined }),
  ]);
  const pick = (changes: Record<string, string | undefined>) =>
    withParams("/access/compare", params, { leftQ: undefined, rightQ: undefined, ...changes });

  return (
    <>
      <PageHeader
        title="Compare access"
        description="Two users side by side, or a user against a role: every privilege in a row, the two levels in columns, differences marked."
      />
      <div className="no-print grid gap-6 lg:grid-cols-2">
        <Card title="First user">
          {left && (
            <p className="mb-3 text-sm">
              Chosen: <span className="font-semibold">{left}</span>
            </p>
          )}
          <UserPicker
            action="/access/compare"
            name="leftQ"
            label="Find the first user"
            query={leftQuery}
            results={leftResults}
            hrefFor={(logon) => pick({ left: logon })}
            keep={{ right, roleId }}
          />
        </Card>
        <Card title="Compare with">
          {(right || roleId) && (
            <p className="mb-3 text-sm">
              Chosen: <span className="font-semibold">{comparison.rightLabel || right}</span>
            </p>
          )}
          <UserPicker
            action="/access/compare"
            name="rightQ"
            label="Another user"
            query={rightQuery}
            results={rightResults}
            hrefFor={(logon) => pick({ right: logon, roleId: undefined })}
            keep={{ left }}
          />
          <form method="get" action="/access/compare" className="mt-4 flex items-end gap-2">
            <input type="hidden" name="left" value={left} />
            <div className="w-96 space-y-1">
              <label htmlFor="roleId" className="block text-sm font-medium text-slate-800">
                Or a security role
              </label>
              <select id="roleId" name="roleId" defaultValue={roleId} className={inputClass}>
                <option value="">—</option>
                {choices.roles.map((role) => (
                  <option key={role.id} value={role.id}>
                    {role.name} ({role.businessUnit})
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              Compare with the role
            </Button>
          </form>
        </Card>
      </div>
      {comparison.missing.left && <Missing what={left} />}
      {comparison.missing.right && <Missing what={right || "that role"} />}
      {comparison.left && comparison.right && (
        <section aria-label="Comparison" className="mt-6 space-y-3">
          <EvidenceHeader
            stamp={comparison.stamp}
            subject={`${comparison.left.user} compared with ${comparison.rightLabel}`}
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-700">
              <span className="font-semibold">{comparison.differences}</span> privilege
              {comparison.differences === 1 ? " differs" : "s differ"} (highlighted).{" "}
              {!roleId && (
                <Link
                  className="no-print text-brand-600 hover:underline"
                  href={pick({ left: right, right: left })}
                >
                  Swap sides
                </Link>
              )}
            </p>
            <LevelLegend />
          </div>
          <PrivilegeChanges
            caption="Privileges compared"
            changes={comparison.rows}
            beforeLabel={comparison.left.user}
            afterLabel={comparison.rightLabel}
            showSame
            empty="Neither holds any privilege."
          />
        </section>
      )}
    </>
  );
}

function Missing({ what }: { what: string }) {
  return (
    <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      There is no user {what}.
    </p>
  );
}
