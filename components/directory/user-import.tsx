"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { CsvRowError, PlannedUser } from "@/lib/data/directory/import-users";
import type { ActionResult } from "@/lib/data/mutation";

type Preview = { users: PlannedUser[]; errors: CsvRowError[] };
type Props = {
  preview: (csv: string) => Promise<ActionResult<Preview>>;
  apply: (csv: string) => Promise<ActionResult<{ created: number }>>;
};

/** CSV of users: preview every row and every error (line and column), then import all or nothing. */
export function UserImport({ preview, apply }: Props) {
  const [csv, setCsv] = useState("");
  const [previewed, setPreviewed] = useState<ActionResult<Preview> | null>(null);
  const [applied, setApplied] = useState<ActionResult<{ created: number }> | null>(null);
  const [pending, start] = useTransition();
  const data = previewed?.ok ? previewed.data : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="space-y-1">
          <label htmlFor="csv-file" className="block text-sm font-medium text-slate-800">
            Users file (CSV)
          </label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            className="text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              setPreviewed(null);
              setApplied(null);
              setCsv(file ? await file.text() : "");
            }}
          />
        </div>
        <Button
          variant="secondary"
          disabled={!csv || pending}
          onClick={() =>
            start(async () => {
              setApplied(null);
              setPreviewed(await preview(csv));
            })
          }
        >
          Preview import
        </Button>
      </div>
      {previewed && !previewed.ok && (
        <FormMessage
          state={{
            ok: false,
            message: [previewed.message, ...Object.values(previewed.fieldErrors ?? {})].join(" "),
          }}
        />
      )}
      {data && data.errors.length > 0 && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">
            {data.errors.length} error{data.errors.length === 1 ? "" : "s"}; nothing can be imported until
            they are fixed.
          </p>
          <ul aria-label="Row errors" className="mt-1 list-disc pl-5">
            {data.errors.map((error, index) => (
              <li key={index}>
                Row {error.line}, column {error.column}: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data && data.users.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Users to import</caption>
            <thead className="bg-slate-50 text-xs uppercase text-slate-600">
              <tr>
                {["Row", "Logon name", "Full name", "Business unit", "Roles", "Access mode", "Disabled"].map(
                  (h) => (
                    <th key={h} scope="col" className="px-3 py-2 text-left">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.users.map((user) => (
                <tr key={user.line}>
                  <td className="px-3 py-1.5 tabular-nums">{user.line}</td>
                  <td className="px-3 py-1.5">{user.logon}</td>
                  <td className="px-3 py-1.5">{user.fullName}</td>
                  <td className="px-3 py-1.5">{user.businessUnit}</td>
                  <td className="px-3 py-1.5">{user.roles.map((r) => r.name).join(", ") || "—"}</td>
                  <td className="px-3 py-1.5">{user.accessMode}</td>
                  <td className="px-3 py-1.5">{user.disabled ? "yes" : "no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.errors.length === 0 && data.users.length > 0 && (
        <Button
          disabled={pending}
          onClick={() =>
            start(async () => {
              const answer = await apply(csv);
              setApplied(answer);
              if (answer.ok) setPreviewed(null);
            })
          }
        >
          Import {data.users.length} user{data.users.length === 1 ? "" : "s"}
        </Button>
      )}
      {applied && (
        <FormMessage
          state={applied.ok ? { ok: true, message: `Imported ${applied.data.created} users.` } : applied}
        />
      )}
    </div>
  );
}
