"use client";

import { type ReactNode, useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, refusalText } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/data/mutation";
import { ConflictNotice } from "./conflict-notice";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

type Props = {
  action: Action;
  hidden: Record<string, string | number>;
  label: ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** Fields shown before the button (a select, an input); their errors are shown with the outcome. */
  fields?: ReactNode;
  className?: string;
  inline?: boolean;
  /** What the page showed of the item, to mark what changed if the save is refused. */
  seen?: unknown;
};

/** A small form for one change: hidden ids and version, optional fields, its outcome and any conflict. */
export function ActionButton({
  action,
  hidden,
  label,
  variant = "primary",
  fields,
  className,
  inline,
  seen,
}: Props) {
  const [state, submit, pending] = useActionState(action, null);
  const message = state && !state.ok ? { ok: false, message: refusalText(state) } : state;

  return (
    <ActionForm action={submit} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={inline ? "flex flex-wrap items-end gap-2" : "space-y-3"}>
        {fields}
        <Button type="submit" variant={variant} disabled={pending}>
          {label}
        </Button>
      </div>
      {state && (
        <div className="mt-2 space-y-2">
          <FormMessage state={message} />
          <ConflictNotice result={state} seen={seen} />
        </div>
      )}
    </ActionForm>
  );
}
