import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { ActionButton } from "@/components/directory/action-button";
import { MoveForm } from "@/components/directory/move-form";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions } from "@/lib/data/directory/get-user";
import { getTeam } from "@/lib/data/directory/list-teams";
import {
  addTeamMemberAction,
  assignTeamRoleAction,
  deleteTeamAction,
  moveTeamAction,
  previewTeamMoveAction,
  removeTeamMemberAction,
  removeTeamRoleAction,
  renameTeamAction,
} from "../actions";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ member?: string }>;
}) {
  const { id } = await params;
  const { member = "" } = await searchParams;
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "team.write");
  const [{ team, members, roles, assignable, candidates, state }, options] = await Promise.all([
    getTeam(id, mayEdit ? member : ""),
    directoryOptions(),
  ]);
  const keys = { teamId: team.id, version: team.version };
  const isAccess = team.type === "Access";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/teams" className="text-brand-700 hover:underline">
          ← Teams
        </Link>
      </p>
      <PageHeader
        actions={<HistoryLink targetType="team" targetId={team.id} />}
        title={team.name}
        description={
          <span className="flex items-center gap-2">
            <Badge tone={isAccess ? "neutral" : "info"}>{team.type} team</Badge>
            in
            <Link href={`/business-units/${team.businessUnit.id}`} className="text-brand-700 hover:underline">
              {team.businessUnit.name}
            </Link>
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={`Members (${members.length})`}>
          {members.length === 0 ? (
            <p className="text-sm text-slate-500">No members yet.</p>
          ) : (
            <ul aria-label="Members" className="divide-y divide-slate-100 text-sm">
              {members.map((user) => (
                <li key={user.id} className="flex items-center justify-between gap-2 py-1.5">
                  <span>
                    <Link href={`/users/${user.id}`} className="text-brand-700 hover:underline">
                      {user.logon}
                    </Link>{" "}
                    <span className="text-slate-500">{user.fullName}</span>
                    {user.disabled && (
                      <span className="ml-2">
                        <Badge tone="bad">Disabled</Badge>
                      </span>
                    )}
                  </span>
                  {mayEdit && (
                    <ActionButton
                      seen={state}
                      action={removeTeamMemberAction}
                      hidden={{ ...keys, userId: user.id }}
                      label={
                        <>
                          Remove<span className="sr-only"> {user.logon}</span>
                        </>
                      }
                      variant="ghost"
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {mayEdit && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <form role="search" action={`/teams/${team.id}`} className="flex items-end gap-2">
                <div className="flex-1 space-y-1">
                  <label htmlFor="member" className="block text-sm font-medium text-slate-800">
                    Find users to add
                  </label>
                  <input
                    id="member"
                    name="member"
                    type="search"
                    defaultValue={member}
                    className={inputClass}
                    placeholder="Logon or name"
                  />
                </div>
                <button type="submit" className={buttonClass("secondary")}>
                  Find
                </button>
              </form>
              {member && candidates.length === 0 && (
                <p className="mt-2 text-sm text-slate-500">No user outside the team matches “{member}”.</p>
              )}
              {candidates.length > 0 && (
                <ul aria-label="Users found" className="mt-2 divide-y divide-slate-100 text-sm">
                  {candidates.map((user) => (
                    <li key={user.id} className="flex items-center justify-between gap-2 py-1.5">
                      <span>
                        {user.logon} <span className="text-slate-500">{user.fullName}</span>
                      </span>
                      <ActionButton
                        seen={state}
                        action={addTeamMemberAction}
                        hidden={{ ...keys, userId: user.id }}
                        label={
                          <>
                            Add<span className="sr-only"> {user.logon}</span>
                          </>
                        }
                        variant="secondary"
                      />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </Card>
        <Card title="Security roles">
          {isAccess ? (
            <p className="text-sm text-slate-600">
              Access teams hold no security roles; they only receive shares (R5).
            </p>
          ) : roles.length === 0 ? (
            <p className="text-sm text-slate-500">No roles. Members get nothing from this team.</p>
          ) : (
            <ul aria-label="Team roles" className="divide-y divide-slate-100 text-sm">
              {roles.map((role) => (
                <li key={role.id} className="flex items-center justify-between gap-2 py-1.5">
                  <span>
                    <Link href={`/roles/${role.id}`} className="text-brand-700 hover:underline">
                      {role.name}
                    </Link>{" "}
                    <span className="text-slate-500">({role.businessUnit.name})</span>
                  </span>
                  {mayEdit && (
                    <ActionButton
                      seen={state}
                      action={removeTeamRoleAction}
                      hidden={{ ...keys, roleId: role.id }}
                      label={
                        <>
                          Remove<span className="sr-only"> {role.name}</span>
                        </>
                      }
                      variant="ghost"
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {mayEdit && !isAccess && (
            <ActionButton
              seen={state}
              className="mt-4"
              inline
              action={assignTeamRoleAction}
              hidden={keys}
              label="Assign role"
              fields={
                <div className="min-w-64 flex-1 space-y-1">
                  <label htmlFor="team-role" className="block text-sm font-medium text-slate-800">
                    Role to assign
                  </label>
                  <select id="team-role" name="roleId" className={inputClass}>
                    {assignable.map((role) => (
                      <option key={role.id} value={role.id}>
                        {role.name} ({role.businessUnit.name})
                      </option>
                    ))}
                  </select>
                  <p className="text-xs text-slate-500">
                    Only roles of {team.businessUnit.name} or a business unit above it (R7).
                  </p>
                </div>
              }
            />
          )}
        </Card>
        {mayEdit && (
          <Card title="Rename">
            <ActionButton
              seen={state}
              key={`rename-${team.version}`}
              action={renameTeamAction}
              hidden={{ id: team.id, version: team.version }}
              inline
              label="Rename"
              fields={
                <div className="min-w-64 flex-1 space-y-1">
                  <label htmlFor="team-rename" className="block text-sm font-medium text-slate-800">
                    Name
                  </label>
                  <input id="team-rename" name="name" defaultValue={team.name} className={inputClass} />
                </div>
              }
            />
          </Card>
        )}
        {mayEdit && (
          <Card title="Business unit">
            <MoveForm
              seen={state}
              key={team.version}
              subject={team.name}
              id={team.id}
              version={team.version}
              currentUnitId={team.businessUnit.id}
              units={options.units}
              preview={previewTeamMoveAction}
              move={moveTeamAction}
            />
          </Card>
        )}
        {mayEdit && (
          <Card title="Delete">
            <p className="mb-3 text-sm text-slate-600">
              Deleting the team ends its {members.length} membership{members.length === 1 ? "" : "s"}; members
              lose the roles they had through it.
            </p>
            <ActionButton
              seen={state}
              action={deleteTeamAction}
              hidden={{ id: team.id, version: team.version }}
              label="Delete team"
              variant="danger"
            />
          </Card>
        )}
      </div>
    </>
  );
}
