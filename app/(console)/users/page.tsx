import type { Metadata } from "next";
import Link from "next/link";
import { BulkUserTable } from "@/components/directory/bulk-user-table";
import { ACCESS_MODE_LABELS } from "@/components/directory/user-forms";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Pagination, SortableTh, Td, Th } from "@/components/ui/table";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions } from "@/lib/data/directory/get-user";
import { listUsers, USER_SORTS } from "@/lib/data/directory/list-users";
import { ACCESS_MODES } from "@/lib/scenario/schema";
import { firstParam, listParams, type SearchParams } from "@/lib/ui/list-params";
import { bulkUserRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

const PATH = "/users";

function FilterSelect(props: {
  id: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <select
        id={props.id}
        name={props.id}
        defaultValue={props.value ?? ""}
        className={`${inputClass} py-1.5`}
      >
        <option value="">Any</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const actor = await requirePermission("directory.read");
  const mayEdit = actorMay(actor, "user.write");
  const list = listParams(params, USER_SORTS, { sort: "logon" });
  const filters = {
    bu: firstParam(params, "bu"),
    role: firstParam(params, "role"),
    team: firstParam(params, "team"),
    state: firstParam(params, "state"),
    mode: firstParam(params, "mode"),
  };
  const [options, result] = await Promise.all([
    directoryOptions(),
    listUsers({
      q: list.q,
      businessUnitId: filters.bu,
      roleId: filters.role,
      teamId: filters.team,
      state: filters.state === "enabled" || filters.state === "disabled" ? filters.state : "",
      accessMode: (ACCESS_MODES as readonly string[]).includes(filters.mode ?? "") ? filters.mode : undefined,
      sort: list.sort,
      dir: list.dir,
      page: list.page,
      pageSize: list.pageSize,
    }),
  ]);
  const roleOptions = options.roles.map((role) => ({
    value: role.id,
    label: `${role.name} (${role.businessUnit.name})`,
  }));
  const sort = { sort: list.sort, dir: list.dir };

  const head = (
    <>
      <SortableTh path={PATH} params={params} column="logon" label="Logon name" current={sort} />
      <SortableTh path={PATH} params={params} column="fullName" label="Full name" current={sort} />
      <SortableTh path={PATH} params={params} column="businessUnit" label="Business unit" current={sort} />
      <Th>Access mode</Th>
      <Th>State</Th>
      <Th className="text-right">Roles</Th>
      <Th className="text-right">Teams</Th>
    </>
  );
  const rows = result.users.map((user) => ({
    id: user.id,
    logon: user.logon,
    cells: (
      <>
        <Td className="font-medium">
          <Link href={`/users/${user.id}`} className="text-brand-700 hover:underline">
            {user.logon}
          </Link>
        </Td>
        <Td>{user.fullName}</Td>
        <Td>{user.businessUnit.name}</Td>
        <Td>
          {ACCESS_MODE_LABELS[user.accessMode] ?? user.accessMode}
          {user.applicationUser && (
            <span className="ml-2">
              <Badge tone="info">Application</Badge>
            </span>
          )}
        </Td>
        <Td>{user.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Enabled</Badge>}</Td>
        <Td className="text-right tabular-nums">{user._count.roles}</Td>
        <Td className="text-right tabular-nums">{user._count.teams}</Td>
      </>
    ),
  }));
  const empty = (
    <EmptyRow colSpan={mayEdit ? 8 : 7}>No user matches. Change the search or the filters.</EmptyRow>
  );

  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone who may act in the organization: where they sit, how they sign in, and which roles they hold."
        actions={
          mayEdit && (
            <>
              <Link href="/users/import" className={buttonClass("secondary")}>
                Import from CSV
              </Link>
              <Link href="/users/new" className={buttonClass()}>
                New user
              </Link>
            </>
          )
        }
      />
      <form
        role="search"
        action={PATH}
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm md:grid-cols-4 xl:grid-cols-8"
      >
        <div className="space-y-1 md:col-span-2">
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search users
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={list.q}
            placeholder="Logon (CONTOSO\ad…) or part of the name"
            className={`${inputClass} py-1.5`}
          />
        </div>
        <FilterSelect
          id="bu"
          label="Business unit"
          value={filters.bu}
          options={options.units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <FilterSelect id="role" label="Security role" value={filters.role} options={roleOptions} />
        <FilterSelect
          id="team"
          label="Team"
          value={filters.team}
          options={options.teams.map((t) => ({ value: t.id, label: t.name }))}
        />
        <FilterSelect
          id="state"
          label="State"
          value={filters.state}
          options={[
            { value: "enabled", label: "Enabled" },
            { value: "disabled", label: "Disabled" },
          ]}
        />
        <FilterSelect
          id="mode"
          label="Access mode"
          value={filters.mode}
          options={ACCESS_MODES.map((m) => ({ value: m, label: ACCESS_MODE_LABELS[m] }))}
        />
        <input type="hidden" name="sort" value={list.sort} />
        <input type="hidden" name="dir" value={list.dir} />
        <div className="flex items-end justify-end gap-2">
          <Link href={PATH} className={buttonClass("ghost")}>
            Clear
          </Link>
          <button type="submit" className={buttonClass()}>
            Search
          </button>
        </div>
      </form>
      {mayEdit ? (
        <BulkUserTable
          head={head}
          rows={rows}
          action={bulkUserRoleAction}
          empty={empty}
          roles={options.roles.map((r) => ({ id: r.id, name: r.name, businessUnit: r.businessUnit.name }))}
        />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Users</caption>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.length === 0 && empty}
              {rows.map((row) => (
                <tr key={row.id}>{row.cells}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        path={PATH}
        params={params}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </>
  );
}
