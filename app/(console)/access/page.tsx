import type { Metadata } from "next";
import Link from "next/link";
import { LevelLegend } from "@/components/access/level-glyph";
import { MiscPrivileges, PrivilegeMatrix } from "@/components/access/privilege-matrix";
import { UserPicker } from "@/components/access/user-picker";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadEffectiveAccess } from "@/lib/data/access/effective";
import { searchUsers } from "@/lib/data/access/users";
import { auditHistoryHref } from "@/lib/data/audit-log/links";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Effective access" };

const userHref = (logon: string) => `/access?${new URLSearchParams({ user: logon })}`;

export default async function EffectiveAccessPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const logon = firstParam(params, "user")?.trim() ?? "";
  const query = firstParam(params, "q")?.trim() ?? "";
  const [results, access] = await Promise.all([
    searchUsers(query),
    logon ? loadEffectiveAccess(logon) : Promise.resolve(null),
  ]);

  return (
    <>
      <PageHeader
        title="Effective access"
        description="Everything one user may do, over all their roles and their owner teams' roles: the highest level wins (R10). Open a level to see every source."
      />
      <UserPicker action="/access" query={query} results={results} hrefFor={userHref} />
      {logon && !access && (
        <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          There is no user {logon}.
        </p>
      )}
      {access && <UserAccess access={access} />}
    </>
  );
}

function UserAccess({ access }: { access: NonNullable<Awaited<ReturnType<typeof loadEffectiveAccess>>> }) {
  const { answer } = access;
  const user = encodeURIComponent(answer.user);

  return (
    <div className="mt-6 space-y-6">
      <Card
        title={
          <span className="flex items-center gap-2">
            {answer.user}{" "}
            {answer.fullName && <span className="font-normal text-slate-600">{answer.fullName}</span>}
            {answer.disabled && <Badge tone="bad">Disabled (R16)</Badge>}
            {!answer.hasAnyRole && <Badge tone="warn">No security role (R3)</Badge>}
          </span>
        }
        actions={
          <div className="no-print flex flex-wrap gap-2">
            {access.userId && (
              <Link className={buttonClass("secondary")} href={auditHistoryHref("user", access.userId)}>
                Audit history
              </Link>
            )}
            <Link className={buttonClass("secondary")} href={`/access/as-of?user=${user}`}>
              As of a date
            </Link>
            <Link className={buttonClass("secondary")} href={`/access/compare?left=${user}`}>
              Compare
            </Link>
            <Link className={buttonClass("secondary")} href={`/access/report?user=${user}`}>
              Evidence report
            </Link>
          </div>
        }
      >
        <dl className="grid grid-cols-2 gap-4 text-sm md:grid-cols-4">
          <div>
            <dt className="text-slate-500">Business unit</dt>
            <dd className="font-medium">{answer.businessUnit}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Access mode</dt>
            <dd className="font-medium">{access.accessMode}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Roles held directly</dt>
            <dd className="font-medium">{access.directRoles.join(", ") || "none"}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Teams</dt>
            <dd className="font-medium">
              {access.teams.map((team) => `${team.name} (${team.type})`).join(", ") || "none"}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title="Table privileges" actions={<LevelLegend />}>
        <PrivilegeMatrix rows={access.matrix.tables} />
      </Card>
      <Card title="Miscellaneous privileges">
        <MiscPrivileges privileges={access.matrix.misc} />
      </Card>
    </div>
  );
}
