import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceHeader } from "@/components/access/evidence-header";
import { LevelGlyph, LevelLegend } from "@/components/access/level-glyph";
import { PrintButton } from "@/components/access/print-button";
import { sourcesSummary } from "@/components/access/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { loadEffectiveAccess } from "@/lib/data/access/effective";
import { describeQuery, loadWhoCan, whoCanParamsOf } from "@/lib/data/access/who-can";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";
import { SimulationReportPage } from "./simulation-report";

export const metadata: Metadata = { title: "Evidence report" };

// A page made to be printed or saved as PDF and filed: flat tables whose rows
// do not break across pages, every source written out, and the stamp saying
// when, by whom and from which organization revision it was produced. Three
// subjects: a user's effective privileges (?user=), who holds a privilege
// (the who-can filters) and one plug-in call (?step=&caller=&client=).

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = firstParam(params, "user")?.trim();
  const step = firstParam(params, "step")?.trim();
  if (step) {
    const call = {
      stepId: step,
      caller: firstParam(params, "caller")?.trim() ?? "",
      client: firstParam(params, "client") === "Offline" ? ("Offline" as const) : ("Server" as const),
    };
    return <SimulationReportPage call={call} />;
  }

  return user ? <UserReport logon={user} /> : <WhoCanReport params={params} />;
}

async function UserReport({ logon }: { logon: string }) {
  const access = await loadEffectiveAccess(logon);
  if (!access) return <p role="alert">There is no user {logon}.</p>;
  const { answer } = access;

  return (
    <>
      <PageHeader
        title={`Effective privileges of ${answer.user}`}
        description={`${answer.fullName ?? ""} · ${answer.businessUnit}${answer.disabled ? " · disabled (R16)" : ""}`}
        actions={<PrintButton />}
      />
      <EvidenceHeader stamp={access.stamp} subject={`Effective privileges of ${answer.user}`} />
      <p className="mb-2 text-sm">
        Roles held directly: {access.directRoles.join(", ") || "none"}. Teams:{" "}
        {access.teams.map((team) => team.name).join(", ") || "none"}.
      </p>
      <div className="mb-3">
        <LevelLegend />
      </div>
      <Table caption={`Effective privileges of ${answer.user}`}>
        <thead>
          <tr>
            <Th>Privilege</Th>
            <Th>Level</Th>
            <Th>Sources (role, its BU, directly or through a team: level)</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {answer.privileges.length === 0 && <EmptyRow colSpan={3}>No privilege is held (R3).</EmptyRow>}
          {answer.privileges.map((held) => (
            <tr key={held.privilege} className="break-inside-avoid">
              <Td className="font-medium">{held.privilege}</Td>
              <Td>
                <span className="inline-flex items-center gap-1.5">
                  <LevelGlyph level={held.level} /> {held.level}
                </span>
              </Td>
              <Td className="text-xs">{sourcesSummary(held.sources)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="no-print mt-4 text-sm">
        <Link
          className="text-brand-600 hover:underline"
          href={`/access?user=${encodeURIComponent(answer.user)}`}
        >
          Back to the matrix
        </Link>
      </p>
    </>
  );
}

async function WhoCanReport({ params }: { params: SearchParams }) {
  const filters = whoCanParamsOf(params);
  const answer = await loadWhoCan(filters);
  if (!answer.query) {
    return (
      <p>
        Choose a user on <Link href="/access">Effective access</Link> or a privilege on{" "}
        <Link href="/access/who-can">Who can</Link>, then open its evidence report.
      </p>
    );
  }
  const subject = `Who holds ${describeQuery(answer.query)} at ${filters.minLevel} or higher`;
  const scope = [
    filters.businessUnit ? `business unit ${filters.businessUnit}` : "every business unit",
    filters.state === "all" ? "enabled and disabled users" : `${filters.state} users only`,
  ].join(", ");

  return (
    <>
      <PageHeader
        title={subject}
        description={`Scope: ${scope}. ${answer.rows.length} users.`}
        actions={<PrintButton />}
      />
      <EvidenceHeader stamp={answer.stamp} subject={subject} />
      <Table caption={subject}>
        <thead>
          <tr>
            <Th>Logon</Th>
            <Th>Full name</Th>
            <Th>Business unit</Th>
            <Th>Level</Th>
            <Th>Sources</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {answer.rows.length === 0 && <EmptyRow colSpan={5}>Nobody holds it at this level.</EmptyRow>}
          {answer.rows.map((row) => (
            <tr key={row.user} className="break-inside-avoid">
              <Td className="font-medium">
                {row.user}
                {row.disabled ? " (disabled)" : ""}
              </Td>
              <Td>{row.fullName}</Td>
              <Td>{row.businessUnit}</Td>
              <Td>{row.level}</Td>
              <Td className="text-xs">{sourcesSummary(row.sources)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
