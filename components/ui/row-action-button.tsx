"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/data/mutation";
import { ActionForm } from "./action-form";
import { cx } from "./cx";
import { FormMessage, refusalText } from "./form-message";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

type Props = {
  action: Action;
  /** Ids and the version the row was read at. */
  hidden: Record<string, string | number>;
  /** The verb on the button ("Revoke"); `target` completes it for screen readers. */
  label: string;
  target: string;
  tone?: "danger" | "link";
};

/**
 * One change on one table row. A refusal (a stale version, a rule, a role that
 * may not) stays next to the row: a change the console refused must never look
 * as if it happened.
 */
export function RowActionButton({ action, hidden, label, target, tone = "danger" }: Props) {
  const [state, submit, pending] = useActionState(action, null);
  // A row has no fields to mark: what they would say is said next to the button.
  const refusal = state && !state.ok ? { ok: false, message: refusalText(state) } : null;

  return (
    <ActionForm action={submit} className="flex flex-col items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={cx("text-sm hover:underline", tone === "danger" ? "text-red-700" : "text-brand-600")}
      >
        {label} <span className="sr-only">{target}</span>
      </button>
      {refusal && <FormMessage state={refusal} className="max-w-64 text-left" />}
    </ActionForm>
  );
}
