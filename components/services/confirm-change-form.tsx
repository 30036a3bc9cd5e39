"use client";

import { useActionState } from "react";
import { changeIdentityAction } from "@/app/(console)/services/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

// Confirms exactly what was previewed: the identity and the memberships choice
// travel as hidden fields, with the version the preview was made from, so a
// change someone saved in between is refused rather than overwritten.

type Props = { service: string; identity: string; addMissing: boolean; version: number; missing: string[] };

export function ConfirmChangeForm({ service, identity, addMissing, version, missing }: Props) {
  const [state, action, pending] = useActionState(changeIdentityAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const adds = addMissing && missing.length ? ` and add it to ${missing.join(", ")}` : "";

  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="service" value={service} />
      <input type="hidden" name="identity" value={identity} />
      <input type="hidden" name="version" value={version} />
      {addMissing && <input type="hidden" name="addMissing" value="on" />}
      <InputField
        id="reason"
        label="Reason for the change"
        required
        error={errors.reason ?? errors.identity}
        hint="Kept with the change in the service's history and the audit log."
      />
      <FormMessage state={state} />
      <p className="text-sm text-slate-700">
        This records {service} as running under {identity}
        {adds}, in one change. The servers change only when the runbook is run.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Applying…" : "Confirm change"}
      </Button>
    </ActionForm>
  );
}
