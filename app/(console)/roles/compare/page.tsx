import type { Metadata } from "next";
import Link from "next/link";
import { LEVEL_LABELS, LevelIcon, LevelLegend } from "@/components/directory/level-icon";
import { cx } from "@/components/ui/cx";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { compareRoles } from "@/lib/data/directory/list-roles";
import { TABLE_RIGHTS } from "@/lib/scenario/schema";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Compare security roles" };

const RIGHT_LABELS: Record<string, string> = { AppendTo: "Append To" };

function Pair({ left, right }: { left: Parameters<typeof LevelIcon>[0]["level"]; right: typeof left }) {
  const differs = left !== right;

  return (
    <td
      className={cx("px-2 py-1 text-center", differs && "bg-amber-100")}
      aria-label={differs ? `differs: ${LEVEL_LABELS[left]} vs ${LEVEL_LABELS[right]}` : undefined}
    >
      <span className="inline-flex items-center gap-0.5">
        <LevelIcon level={left} size={14} />
        <span className="text-slate-300" aria-hidden="true">
          |
        </span>
        <LevelIcon level={right} size={14} />
      </span>
    </td>
  );
}

export default async function CompareRolesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requirePermission("directory.read");
  const { left, right, rows, leftLevel, rightLevel } = await compareRoles(
    firstParam(params, "a") ?? "",
    firstParam(params, "b") ?? "",
  );
  const showAll = firstParam(params, "all") === "1";
  const tableRows = rows.rows.filter((row) =>
    TABLE_RIGHTS.some((r) =>
      showAll
        ? leftLevel(row.cells[r].key) !== "None" || rightLevel(row.cells[r].key) !== "None"
        : leftLevel(row.cells[r].key) !== rightLevel(row.cells[r].key),
    ),
  );
  const misc = rows.misc.filter((cell) => showAll || leftLevel(cell.key) !== rightLevel(cell.key));
  const differences =
    rows.rows.reduce(
      (n, row) =>
        n + TABLE_RIGHTS.filter((r) => leftLevel(row.cells[r].key) !== rightLevel(row.cells[r].key)).length,
      0,
    ) + rows.misc.filter((cell) => leftLevel(cell.key) !== rightLevel(cell.key)).length;
  const base = `/roles/compare?a=${left.role.id}&b=${right.role.id}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/roles" className="text-brand-700 hover:underline">
          ← Security roles
        </Link>
      </p>
      <PageHeader
        title="Compare security roles"
        description={
          <>
            Left:{" "}
            <Link className="text-brand-700 hover:underline" href={`/roles/${left.role.id}`}>
              {left.role.name}
            </Link>{" "}
            ({left.role.businessUnit.name}) · Right:{" "}
            <Link className="text-brand-700 hover:underline" href={`/roles/${right.role.id}`}>
              {right.role.name}
            </Link>{" "}
            ({right.role.businessUnit.name}). {differences} privilege{differences === 1 ? "" : "s"} differ;
            differences are highlighted.
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <LevelLegend />
        <Link href={showAll ? base : `${base}&all=1`} className="text-sm text-brand-700 hover:underline">
          {showAll ? "Show only differences" : "Show every privilege either role holds"}
        </Link>
      </div>
      {left.role.inheritance !== right.role.inheritance && (
        <p className="mb-3 rounded-md bg-amber-100 px-3 py-2 text-sm">
          Member&apos;s privilege inheritance differs: {left.role.inheritance} vs {right.role.inheritance}{" "}
          (R13).
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Table privileges, left role | right role</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Table
              </th>
              {TABLE_RIGHTS.map((r) => (
                <th key={r} scope="col" className="px-2 py-2 text-center">
                  {RIGHT_LABELS[r] ?? r}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tableRows.length === 0 && (
              <tr>
                <td colSpan={9} className="px-3 py-6 text-center text-slate-500">
                  No table privilege differs.
                </td>
              </tr>
            )}
            {tableRows.map((row) => (
              <tr key={row.table}>
                <th scope="row" className="px-3 py-1 text-left font-medium">
                  {row.table}
                </th>
                {TABLE_RIGHTS.map((r) => (
                  <Pair key={r} left={leftLevel(row.cells[r].key)} right={rightLevel(row.cells[r].key)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mb-2 mt-6 text-base font-semibold">Miscellaneous privileges</h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Miscellaneous privileges</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Privilege
              </th>
              <th scope="col" className="px-3 py-2 text-left">
                {left.role.name}
              </th>
              <th scope="col" className="px-3 py-2 text-left">
                {right.role.name}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {misc.length === 0 && (
              <tr>
                <td colSpan={3} className="px-3 py-4 text-center text-slate-500">
                  No difference.
                </td>
              </tr>
            )}
            {misc.map((cell) => (
              <tr
                key={cell.key}
                className={cx(leftLevel(cell.key) !== rightLevel(cell.key) && "bg-amber-100")}
              >
                <th scope="row" className="px-3 py-1 text-left font-mono text-xs">
                  {cell.privilege}
                </th>
                <td className="px-3 py-1">{LEVEL_LABELS[leftLevel(cell.key)]}</td>
                <td className="px-3 py-1">{LEVEL_LABELS[rightLevel(cell.key)]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
