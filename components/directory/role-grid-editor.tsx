"use client";

import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/data/mutation";
import type { PrivilegeChange, PrivilegeGrid } from "@/lib/data/directory/privilege-grid";
import { LEVELS, type Level, TABLE_RIGHTS } from "@/lib/scenario/schema-primitives";
import { LEVEL_LABELS, LevelIcon, LevelLegend, levelsFor } from "./level-icon";

type SaveInput = {
  roleId: string;
  version: number;
  inheritance: string;
  privileges: Record<string, Level>;
  base: Record<string, Level>;
};
type Conflict = {
  version: number;
  inheritance: string;
  privileges: Record<string, Level>;
  changes: PrivilegeChange[];
};
type Props = {
  role: { id: string; name: string; version: number; inheritance: "Direct" | "TeamOnly" };
  grid: PrivilegeGrid;
  stored: Record<string, Level>;
  mayEdit: boolean;
  save?: (input: SaveInput) => Promise<ActionResult<{ changed: number }>>;
};

const RIGHT_LABELS: Record<string, string> = { AppendTo: "Append To" };
const INHERITANCE = {
  Direct: "Direct User (Basic) access level and Team privileges",
  TeamOnly: "Team privileges only",
};

function lowerMap(map: Record<string, Level>) {
  return Object.fromEntries(Object.entries(map).map(([name, level]) => [name.toLowerCase(), level]));
}

/**
 * The privilege grid: rows are tables, columns the eight rights (R8); each
 * cell cycles through the levels the table allows (R9). The whole grid is
 * saved with the version it was read at.
 */
export function RoleGridEditor({ role, grid, stored, mayEdit, save }: Props) {
  const names = useMemo(() => {
    const all = new Map<string, string>();
    for (const row of grid.rows)
      for (const right of TABLE_RIGHTS) all.set(row.cells[right].key, row.cells[right].privilege);
    for (const cell of grid.misc) all.set(cell.key, cell.privilege);
    return all;
  }, [grid]);
  const [base, setBase] = useState(() => lowerMap(stored));
  const [version, setVersion] = useState(role.version);
  const [levels, setLevels] = useState<Record<string, Level>>(() => lowerMap(stored));
  const [extraMisc, setExtraMisc] = useState<string[]>([]);
  const [inheritance, setInheritance] = useState<string>(role.inheritance);
  const [filter, setFilter] = useState("");
  const [onlyHeld, setOnlyHeld] = useState(false);
  const [result, setResult] = useState<ActionResult<{ changed: number }> | null>(null);
  const [pending, startSaving] = useTransition();
  const [newMisc, setNewMisc] = useState("");

  const level = (key: string): Level => levels[key] ?? "None";
  const set = (key: string, value: Level) => setLevels((current) => ({ ...current, [key]: value }));
  const edited = (key: string) => level(key) !== (base[key] ?? "None");
  const dirty = [...names.keys(), ...extraMisc].some(edited) || inheritance !== role.inheritance;
  const conflict = result && !result.ok && result.code === "CONFLICT" ? (result.conflict as Conflict) : null;

  const rows = grid.rows.filter(
    (row) =>
      row.table.toLowerCase().includes(filter.trim().toLowerCase()) &&
      (!onlyHeld || TABLE_RIGHTS.some((right) => level(row.cells[right].key) !== "None")),
  );
  const misc = [...grid.misc.map((cell) => cell.key), ...extraMisc];

  function submit() {
    const privileges: Record<string, Level> = {};
    for (const key of new Set([...names.keys(), ...extraMisc, ...Object.keys(levels)])) {
      privileges[names.get(key) ?? key] = level(key);
    }
    const started = Object.fromEntries(
      Object.entries(base).map(([key, value]) => [names.get(key) ?? key, value]),
    );
    startSaving(async () => {
      const answer = await save!({ roleId: role.id, version, inheritance, privileges, base: started });
      setResult(answer);
      if (answer.ok) {
        setBase({ ...levels });
        setVersion(version + 1);
      }
    });
  }

  /** Start again from what is stored now, keeping only the cells this person changed. */
  function keepMineOnTop(current: Conflict) {
    const storedNow = lowerMap(current.privileges);
    setLevels((mine) => {
      const next: Record<string, Level> = { ...storedNow };
      for (const key of new Set([...Object.keys(mine), ...Object.keys(base)])) {
        if ((mine[key] ?? "None") !== (base[key] ?? "None")) next[key] = mine[key] ?? "None";
      }
      return next;
    });
    setBase(storedNow);
    setVersion(current.version);
    setResult(null);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <LevelLegend />
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="table-filter" className="block text-xs font-medium text-slate-700">
              Filter tables
            </label>
            <input
              id="table-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className={cx(inputClass, "w-48 py-1")}
            />
          </div>
          <label className="flex items-center gap-2 pb-1.5 text-sm">
            <input type="checkbox" checked={onlyHeld} onChange={(e) => setOnlyHeld(e.target.checked)} />
            Only tables with privileges
          </label>
        </div>
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Table privileges of {role.name}</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                Table
              </th>
              {TABLE_RIGHTS.map((right) => (
                <th key={right} scope="col" className="px-2 py-2 text-center">
                  {RIGHT_LABELS[right] ?? right}
                </th>
              ))}
              {mayEdit && (
                <th scope="col" className="px-2 py-2 text-left">
                  Whole row
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const allowed = levelsFor(row.organizationOwned);
              return (
                <tr key={row.table}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium text-slate-800">
                    {row.table}
                    {row.organizationOwned && (
                      <span className="ml-2 text-xs font-normal text-slate-500">organization-owned</span>
                    )}
                  </th>
                  {TABLE_RIGHTS.map((right) => {
                    const cell = row.cells[right];
                    const current = level(cell.key);
                    const label = `${RIGHT_LABELS[right] ?? right} ${row.table}: ${LEVEL_LABELS[current]}`;
                    return (
                      <td key={right} className="px-2 py-1 text-center">
                        {mayEdit ? (
                          <button
                            type="button"
                            title={`${cell.privilege}: ${LEVEL_LABELS[current]}. Click for the next level.`}
                            aria-label={label}
                            onClick={() =>
                              set(cell.key, allowed[(allowed.indexOf(current) + 1) % allowed.length])
                            }
                            className={cx(
                              "inline-flex h-7 w-7 items-center justify-center rounded hover:bg-slate-100",
                              edited(cell.key) && "ring-2 ring-brand-600",
                            )}
                          >
                            <LevelIcon level={current} />
                          </button>
                        ) : (
                          <span className="inline-flex h-7 w-7 items-center justify-center">
                            <LevelIcon level={current} />
                          </span>
                        )}
                      </td>
                    );
                  })}
                  {mayEdit && (
                    <td className="px-2 py-1">
                      <select
                        aria-label={`All rights on ${row.table}`}
                        value=""
                        onChange={(e) => {
                          for (const right of TABLE_RIGHTS)
                            set(row.cells[right].key, e.target.value as Level);
                        }}
                        className="w-40 rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
                      >
                        <option value="">Set all…</option>
                        {allowed.map((option) => (
                          <option key={option} value={option}>
                            {LEVEL_LABELS[option]}
                          </option>
                        ))}
                      </select>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section
        aria-labelledby="misc-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="misc-heading" className="mb-2 text-base font-semibold">
          Miscellaneous privileges
        </h2>
        {misc.length === 0 && <p className="text-sm text-slate-500">None.</p>}
        <ul className="grid gap-1 md:grid-cols-2">
          {misc.map((key) => (
            <li
              key={key}
              className={cx(
                "flex items-center justify-between gap-2 rounded px-2 py-1",
                edited(key) && "ring-2 ring-brand-600",
              )}
            >
              <span className="flex items-center gap-2 font-mono text-xs">
                <LevelIcon level={level(key)} />
                {names.get(key) ?? key}
              </span>
              {mayEdit ? (
                <select
                  aria-label={`Level of ${names.get(key) ?? key}`}
                  value={level(key)}
                  onChange={(e) => set(key, e.target.value as Level)}
                  className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
                >
                  {LEVELS.map((option) => (
                    <option key={option} value={option}>
                      {LEVEL_LABELS[option]}
                    </option>
                  ))}
                </select>
              ) : (
                <span className="text-xs text-slate-600">{LEVEL_LABELS[level(key)]}</span>
              )}
            </li>
          ))}
        </ul>
        {mayEdit && (
          <div className="mt-3 flex items-end gap-2">
            <div className="space-y-1">
              <label htmlFor="new-misc" className="block text-xs font-medium text-slate-700">
                Add a privilege
              </label>
              <input
                id="new-misc"
                value={newMisc}
                onChange={(e) => setNewMisc(e.target.value)}
                placeholder="prvExportToExcel"
                className={cx(inputClass, "w-64 py-1 font-mono")}
              />
            </div>
            <Button
              variant="secondary"
              disabled={!/^prv[A-Za-z0-9_]+$/.test(newMisc.trim())}
              onClick={() => {
                const name = newMisc.trim();
                const key = name.toLowerCase();
                if (!names.has(key) && !extraMisc.includes(key)) {
                  names.set(key, name);
                  setExtraMisc([...extraMisc, key]);
                }
                set(key, "Global");
                setNewMisc("");
              }}
            >
              Add
            </Button>
          </div>
        )}
      </section>

      <section
        aria-labelledby="inheritance-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="inheritance-heading" className="mb-2 text-base font-semibold">
          Member&apos;s privilege inheritance (R13)
        </h2>
        {mayEdit ? (
          <select
            aria-label="Member's privilege inheritance"
            value={inheritance}
            onChange={(e) => setInheritance(e.target.value)}
            className={cx(inputClass, "max-w-md")}
          >
            {Object.entries(INHERITANCE).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        ) : (
          <p className="text-sm">{INHERITANCE[role.inheritance]}</p>
        )}
      </section>

      {mayEdit && (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
          <Button onClick={submit} disabled={pending || !dirty}>
            {pending ? "Saving…" : "Save role"}
          </Button>
          <span className="text-sm text-slate-600">
            {dirty ? "Unsaved changes are outlined." : "No unsaved changes."}
          </span>
          <div className="w-full space-y-2">
            <FormMessage
              state={
                result &&
                (result.ok
                  ? {
                      ok: true,
                      message: `Saved: ${result.data.changed} privilege${result.data.changed === 1 ? "" : "s"} changed.`,
                    }
                  : result)
              }
            />
            {conflict && (
              <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                <p className="font-medium">Changed by someone else since you opened the role:</p>
                <ul aria-label="Changed since you opened the role" className="mt-1 list-disc pl-5">
                  {conflict.changes.map((change) => (
                    <li key={change.privilege}>
                      <span className="font-mono">{change.privilege}</span>: you started from{" "}
                      {LEVEL_LABELS[change.from]}, stored now {LEVEL_LABELS[change.to]}
                    </li>
                  ))}
                  {conflict.inheritance !== role.inheritance && (
                    <li>
                      Member&apos;s privilege inheritance: stored now{" "}
                      {INHERITANCE[conflict.inheritance as "Direct"]}
                    </li>
                  )}
                  {conflict.changes.length === 0 && conflict.inheritance === role.inheritance && (
                    <li>No privilege level differs; only the version moved on.</li>
                  )}
                </ul>
                <Button variant="secondary" className="mt-2" onClick={() => keepMineOnTop(conflict)}>
                  Keep my changes on top of the stored version
                </Button>
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
