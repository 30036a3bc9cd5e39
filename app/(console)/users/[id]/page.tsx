import type { Metadata } from "next";
import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { ActionButton } from "@/components/directory/action-button";
import { MoveForm } from "@/components/directory/move-form";
import { ACCESS_MODE_LABELS, EditUserForm } from "@/components/directory/user-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions, getUser } from "@/lib/data/directory/get-user";
import {
  assignUserRoleAction,
  moveUserAction,
  previewUserMoveAction,
  removeUserRoleAction,
  setUserDisabledAction,
  updateUserAction,
} from "../actions";

export const metadata: Metadata = { title: "User" };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const { created } = await searchParams;
  const actor = await requirePermission("directory.read");
  const [{ user, direct, throughTeams, teams, assignable, system, state }, options] = await Promise.all([
    getUser(id),
    directoryOptions(),
  ]);
  // R4: the SYSTEM user is shown, never edited.
  const mayEdit = actorMay(actor, "user.write") && !system;
  const keys = { userId: user.id, version: user.version };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/users" className="text-brand-700 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader
        actions={<HistoryLink targetType="user" targetId={user.id} />}
        title={user.logon}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {user.fullName || "No full name"}
            {user.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Enabled</Badge>}
            {user.applicationUser && <Badge tone="info">Application user</Badge>}
            {system && <Badge tone="warn">SYSTEM: cannot be edited (R4)</Badge>}
          </span>
        }
      />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          User {user.logon} created.
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Identity">
          <dl className="mb-4 grid grid-cols-2 gap-4">
            <Fact label="Logon name">{user.logon}</Fact>
            <Fact label="Business unit">
              <Link
                href={`/business-units/${user.businessUnit.id}`}
                className="text-brand-700 hover:underline"
              >
                {user.businessUnit.name}
              </Link>
            </Fact>
            {!mayEdit && <Fact label="Full name">{user.fullName || "—"}</Fact>}
            {!mayEdit && (
              <Fact label="Access mode">{ACCESS_MODE_LABELS[user.accessMode] ?? user.accessMode}</Fact>
            )}
          </dl>
          {mayEdit && <EditUserForm seen={state} action={updateUserAction} user={user} />}
        </Card>
        <div className="space-y-6">
          {mayEdit && (
            <Card title="Sign-in">
              <p className="mb-3 text-sm text-slate-600">
                A disabled user cannot act; calls made as them fail (R16). Roles and teams are kept.
              </p>
              <ActionButton
                seen={state}
                action={setUserDisabledAction}
                hidden={{ ...keys, disabled: user.disabled ? "false" : "true" }}
                label={user.disabled ? "Enable user" : "Disable user"}
                variant={user.disabled ? "primary" : "danger"}
              />
            </Card>
          )}
          {mayEdit && (
            <Card title="Business unit">
              <MoveForm
                seen={state}
                key={user.version}
                subject={user.logon}
                id={user.id}
                version={user.version}
                currentUnitId={user.businessUnit.id}
                units={options.units}
                preview={previewUserMoveAction}
                move={moveUserAction}
              />
            </Card>
          )}
        </div>
        <Card title="Security roles">
          <Table caption="Roles held directly">
            <thead>
              <tr>
                <Th>Role held directly</Th>
                <Th>Business unit of the role</Th>
                {mayEdit && (
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {direct.length === 0 && (
                <tr>
                  <Td colSpan={3} className="text-slate-500">
                    No role held directly.
                  </Td>
                </tr>
              )}
              {direct.map((role) => (
                <tr key={role.id}>
                  <Td>
                    <Link href={`/roles/${role.id}`} className="text-brand-700 hover:underline">
                      {role.name}
                    </Link>
                  </Td>
                  <Td>{role.businessUnit.name}</Td>
                  {mayEdit && (
                    <Td className="text-right">
                      <ActionButton
                        seen={state}
                        action={removeUserRoleAction}
                        hidden={{ ...keys, roleId: role.id }}
                        label={
                          <>
                            Remove<span className="sr-only"> {role.name}</span>
                          </>
                        }
                        variant="ghost"
                      />
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
          {mayEdit && (
            <ActionButton
              seen={state}
              className="mt-4"
              inline
              action={assignUserRoleAction}
              hidden={keys}
              label="Assign role"
              fields={
                <div className="min-w-64 flex-1 space-y-1">
                  <label htmlFor="roleId" className="block text-sm font-medium text-slate-800">
                    Role to assign
                  </label>
                  <select id="roleId" name="roleId" className={inputClass} aria-describedby="roleId-hint">
                    {assignable.map((role) => (
                      <option key={role.id} value={role.id}>
                        {role.name} ({role.businessUnit.name})
                      </option>
                    ))}
                  </select>
                  <p id="roleId-hint" className="text-xs text-slate-500">
                    Only roles of {user.businessUnit.name} or a business unit above it can be held (R7).
                  </p>
                </div>
              }
            />
          )}
          <h3 className="mb-2 mt-6 text-sm font-semibold text-slate-800">Through teams (R10)</h3>
          {throughTeams.length === 0 ? (
            <p className="text-sm text-slate-500">No role through a team.</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label="Roles held through teams">
              {throughTeams.map(({ role, team }) => (
                <li key={`${team.id}-${role.id}`}>
                  <Link href={`/roles/${role.id}`} className="text-brand-700 hover:underline">
                    {role.name}
                  </Link>{" "}
                  through team{" "}
                  <Link href={`/teams/${team.id}`} className="text-brand-700 hover:underline">
                    {team.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Teams">
          {teams.length === 0 ? (
            <p className="text-sm text-slate-500">Not a member of any team.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Team memberships">
              {teams.map((team) => (
                <li key={team.id} className="flex items-center justify-between py-2">
                  <Link href={`/teams/${team.id}`} className="text-brand-700 hover:underline">
                    {team.name}
                  </Link>
                  <span className="flex items-center gap-2 text-slate-600">
                    {team.businessUnit.name}
                    <Badge tone={team.type === "Owner" ? "info" : "neutral"}>{team.type} team</Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
