"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { applyWhatIfAction } from "./actions";

/** Administrators only (the page leaves it out for Auditors; the server refuses them anyway). */
export function ApplyForm({ changes, revision }: { changes: string; revision: number }) {
  const [state, action, pending] = useActionState(applyWhatIfAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  return (
    <ActionForm action={action} className="space-y-3">
      <input type="hidden" name="changes" value={changes} />
      <input type="hidden" name="revision" value={revision} />
      <InputField
        id="reason"
        label="Reason (written to the audit log)"
        error={errors.reason}
        hint="For example the ticket that asked for it."
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Applying…" : "Apply these changes"}
      </Button>
    </ActionForm>
  );
}
