import type { Metadata } from "next";
import Link from "next/link";
import { LevelGlyph } from "@/components/access/level-glyph";
import { SourceList } from "@/components/access/source-list";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Pagination, Table, Td, Th } from "@/components/ui/table";
import { describeQuery, loadWhoCan, whoCanParamsOf } from "@/lib/data/access/who-can";
import { LEVELS, TABLE_RIGHTS } from "@/lib/scenario/schema";
import { firstParam, type SearchParams, withParams } from "@/lib/ui/list-params";

export const metadata: Metadata = { title: "Who can" };

const PAGE_SIZE = 50;

export default async function WhoCanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = whoCanParamsOf(params);
  const page = Math.max(1, Number(firstParam(params, "page")) || 1);
  const answer = await loadWhoCan(filters);
  const shown = answer.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const query = withParams("", params, { page: undefined }).replace(/^\?/, "");

  return (
    <>
      <PageHeader
        title="Who can"
        description="Every user who holds a privilege at a minimum level, and through what: their own roles or their owner teams' roles (R10). Disabled users hold privileges they cannot use (R16)."
        actions={
          answer.query && (
            <>
              <a
                className={buttonClass("secondary")}
                href={`/access/who-can/export${query ? `?${query}` : ""}`}
                download
              >
                Export CSV
              </a>
              <Link className={buttonClass("secondary")} href={`/access/report${query ? `?${query}` : ""}`}>
                Evidence report
              </Link>
            </>
          )
        }
      />
      <QueryForm filters={filters} choices={answer} />
      {answer.query && (
        <section aria-label="Answer" className="mt-6">
          <h2 className="mb-2 text-sm text-slate-700">
            <span className="font-semibold">{answer.rows.length.toLocaleString("en")}</span> user
            {answer.rows.length === 1 ? "" : "s"} hold {describeQuery(answer.query)} at {filters.minLevel} or
            higher
            {!answer.known && (
              <span className="ml-2 text-amber-800">(no role in this organization names it)</span>
            )}
          </h2>
          <Table caption="Users who hold the privilege">
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
              {shown.length === 0 && <EmptyRow colSpan={5}>Nobody holds it at this level.</EmptyRow>}
              {shown.map((row) => (
                <tr key={row.user} className="break-inside-avoid">
                  <Td className="font-medium">
                    <Link
                      className="text-brand-600 hover:underline"
                      href={`/access?user=${encodeURIComponent(row.user)}`}
                    >
                      {row.user}
                    </Link>
                    {row.disabled && (
                      <span className="ml-2">
                        <Badge tone="bad">Disabled</Badge>
                      </span>
                    )}
                  </Td>
                  <Td>{row.fullName}</Td>
                  <Td>{row.businessUnit}</Td>
                  <Td>
                    <span className="inline-flex items-center gap-1.5">
                      <LevelGlyph level={row.level} /> {row.level}
                    </span>
                  </Td>
                  <Td className="text-xs">
                    <SourceList sources={row.sources} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            path="/access/who-can"
            params={params}
            page={page}
            pageSize={PAGE_SIZE}
            total={answer.rows.length}
          />
        </section>
      )}
    </>
  );
}

type Choices = { privileges: string[]; tables: string[]; units: string[] };
type Filters = ReturnType<typeof whoCanParamsOf>;

function QueryForm({ filters, choices }: { filters: Filters; choices: Choices }) {
  const select = (id: string, label: string, value: string, options: [string, string][]) => (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={inputClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      method="get"
      action="/access/who-can"
      className="no-print rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 md:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="privilege" className="block text-sm font-medium text-slate-800">
            Privilege
          </label>
          <input
            id="privilege"
            name="privilege"
            list="privilege-names"
            defaultValue={filters.privilege}
            placeholder="prvReadAccount, prvExportToExcel…"
            aria-describedby="privilege-hint"
            className={inputClass}
            autoComplete="off"
          />
          <p id="privilege-hint" className="text-xs text-slate-500">
            Any name, or pick a table and a right instead.
          </p>
          <datalist id="privilege-names">
            {choices.privileges.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        {select("table", "Or table", filters.table, [
          ["", "—"],
          ...choices.tables.map((t): [string, string] => [t, t]),
        ])}
        {select("right", "and right", filters.right ?? "", [
          ["", "—"],
          ...TABLE_RIGHTS.map((r): [string, string] => [r, r]),
        ])}
        {select(
          "minLevel",
          "Minimum level",
          filters.minLevel,
          LEVELS.slice(1).map((l): [string, string] => [l, l]),
        )}
        {select("businessUnit", "Business unit", filters.businessUnit, [
          ["", "Any"],
          ...choices.units.map((u): [string, string] => [u, u]),
        ])}
        {select("state", "Users", filters.state, [
          ["all", "Enabled and disabled"],
          ["enabled", "Enabled only"],
          ["disabled", "Disabled only"],
        ])}
      </div>
      <div className="mt-4">
        <Button type="submit">Find who can</Button>
      </div>
    </form>
  );
}
