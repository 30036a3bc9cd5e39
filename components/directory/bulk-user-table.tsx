"use client";

import { type ReactNode, startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/data/mutation";

type Props = {
  head: ReactNode;
  rows: { id: string; logon: string; cells: ReactNode }[];
  roles: { id: string; name: string; businessUnit: string }[];
  action: (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
  empty: ReactNode;
};

/** The users page with checkboxes: select some (or the whole page) and assign or remove one role for all. */
export function BulkUserTable({ head, rows, roles, action, empty }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [state, submit, pending] = useActionState(action, null);
  const allOnPage = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form
      aria-label="Bulk role change"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The pressed button (assign or remove) travels with the form as its submitter.
        const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => submit(form));
      }}
    >
      <div className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <p className="mr-auto text-sm text-slate-700" aria-live="polite">
          {selected.size === 0 ? "Select users to change their roles together." : `${selected.size} selected`}
        </p>
        <label htmlFor="bulk-role" className="text-sm font-medium text-slate-800">
          Role for the selected users
        </label>
        <select id="bulk-role" name="roleId" className={`${inputClass} max-w-72`} defaultValue="">
          <option value="">Choose a role…</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name} ({role.businessUnit})
            </option>
          ))}
        </select>
        <Button type="submit" name="mode" value="assign" disabled={pending || selected.size === 0}>
          Assign to selected
        </Button>
        <Button
          type="submit"
          name="mode"
          value="remove"
          variant="secondary"
          disabled={pending || selected.size === 0}
        >
          Remove from selected
        </Button>
      </div>
      <FormMessage state={state} className="mb-3" />
      {[...selected].map((id) => (
        <input key={id} type="hidden" name="userIds" value={id} />
      ))}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Users</caption>
          <thead>
            <tr>
              <th scope="col" className="w-8 bg-slate-50 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select all users on this page"
                  checked={allOnPage}
                  onChange={() => setSelected(allOnPage ? new Set() : new Set(rows.map((row) => row.id)))}
                />
              </th>
              {head}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && empty}
            {rows.map((row) => (
              <tr key={row.id} className={selected.has(row.id) ? "bg-brand-50" : undefined}>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.logon}`}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </td>
                {row.cells}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
