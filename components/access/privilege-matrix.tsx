import type { EffectivePrivilege } from "@/lib/engine";
import type { MatrixRow } from "@/lib/access/privilege-matrix";
import { TABLE_RIGHTS } from "@/lib/scenario/schema";
import { LevelGlyph, LEVEL_TEXT } from "./level-glyph";
import { SourceList } from "./source-list";
import { SourcesDisclosure } from "./sources-disclosure";

// The user's table privileges as a grid of tables by right, the level drawn as
// a glyph; each held cell opens the list of its sources (R10, R13).

const cellHead = "bg-slate-50 px-2 py-2 text-center text-xs font-semibold uppercase text-slate-600";

function Cell({ table, right, held }: { table: string; right: string; held: EffectivePrivilege | null }) {
  if (!held) {
    return (
      <td className="px-2 py-1 text-center">
        <LevelGlyph level="None" />
      </td>
    );
  }

  const label = `${right} ${table}: ${LEVEL_TEXT[held.level]}, ${held.sources.length} source${held.sources.length === 1 ? "" : "s"}`;

  return (
    <td className="px-2 py-1 text-center">
      <SourcesDisclosure label={label} trigger={<LevelGlyph level={held.level} labelled={false} />}>
        <p className="mb-2 font-semibold">
          {held.privilege} · {held.level}
        </p>
        <SourceList sources={held.sources} />
      </SourcesDisclosure>
    </td>
  );
}

export function PrivilegeMatrix({ rows }: { rows: MatrixRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Table privileges by right</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase text-slate-600"
            >
              Table
            </th>
            {TABLE_RIGHTS.map((right) => (
              <th key={right} scope="col" className={cellHead}>
                {right}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.table} className="break-inside-avoid">
              <th scope="row" className="px-3 py-1 text-left font-medium text-slate-800">
                {row.table}
              </th>
              {TABLE_RIGHTS.map((right) => (
                <Cell key={right} table={row.table} right={right} held={row.cells[right]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MiscPrivileges({ privileges }: { privileges: EffectivePrivilege[] }) {
  if (privileges.length === 0)
    return <p className="text-sm text-slate-500">No miscellaneous privilege is held.</p>;

  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {privileges.map((held) => (
        <li key={held.privilege} className="grid grid-cols-[16rem_1fr] gap-4 py-2 break-inside-avoid">
          <span className="flex items-center gap-2 font-medium">
            <LevelGlyph level={held.level} />
            {held.privilege}
          </span>
          <div className="text-xs">
            <SourceList sources={held.sources} />
          </div>
        </li>
      ))}
    </ul>
  );
}
