import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/directory/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions } from "@/lib/data/directory/get-user";
import { listTeams } from "@/lib/data/directory/list-teams";
import { createTeamAction } from "./actions";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "team.write");
  const [teams, options] = await Promise.all([listTeams(), directoryOptions()]);

  return (
    <>
      <PageHeader
        title="Teams"
        description="Owner teams hold security roles that their members use (R10); access teams hold no roles and only receive shares (R5)."
      />
      {deleted && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Team deleted.
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Table caption="Teams">
          <thead>
            <tr>
              <Th>Team</Th>
              <Th>Type</Th>
              <Th>Business unit</Th>
              <Th className="text-right">Members</Th>
              <Th className="text-right">Roles</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {teams.length === 0 && <EmptyRow colSpan={5}>No teams yet.</EmptyRow>}
            {teams.map((team) => (
              <tr key={team.id}>
                <Td className="font-medium">
                  <Link href={`/teams/${team.id}`} className="text-brand-700 hover:underline">
                    {team.name}
                  </Link>
                </Td>
                <Td>
                  <Badge tone={team.type === "Owner" ? "info" : "neutral"}>{team.type}</Badge>
                </Td>
                <Td>{team.businessUnit.name}</Td>
                <Td className="text-right tabular-nums">{team._count.members}</Td>
                <Td className="text-right tabular-nums">{team._count.roles}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {mayEdit && (
          <Card title="New team">
            <ActionButton
              action={createTeamAction}
              hidden={{}}
              label="Create team"
              fields={
                <>
                  <div className="space-y-1">
                    <label htmlFor="team-name" className="block text-sm font-medium text-slate-800">
                      Name
                    </label>
                    <input id="team-name" name="name" className={inputClass} autoComplete="off" />
                  </div>
                  <div className="space-y-1">
                    <label htmlFor="team-unit" className="block text-sm font-medium text-slate-800">
                      Business unit
                    </label>
                    <select id="team-unit" name="businessUnitId" className={inputClass}>
                      {options.units.map((unit) => (
                        <option key={unit.id} value={unit.id}>
                          {unit.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="space-y-1">
                    <label htmlFor="team-type" className="block text-sm font-medium text-slate-800">
                      Team type
                    </label>
                    <select id="team-type" name="type" className={inputClass}>
                      <option value="Owner">Owner team: holds roles, owns records</option>
                      <option value="Access">Access team: receives shares only (R5)</option>
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
