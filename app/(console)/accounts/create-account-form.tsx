"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createAccountAction } from "./actions";

const ROLE_OPTIONS = [
  { value: "Auditor", label: "Auditor: sees everything, changes nothing" },
  { value: "Admin", label: "Admin: may change the organization" },
];

export function CreateAccountForm() {
  const [state, action, pending] = useActionState(createAccountAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  return (
    <ActionForm
      action={action}
      className="grid gap-4 md:grid-cols-2"
      // A new key after each success clears the form for the next account.
      key={state?.ok ? (state.data as { id: string }).id : "new"}
    >
      <InputField id="username" label="Username" required error={errors.username} autoComplete="off" />
      <InputField id="displayName" label="Display name" error={errors.displayName} />
      <SelectField id="role" label="Console role" options={ROLE_OPTIONS} error={errors.role} />
      <div />
      <InputField
        id="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. Share it with the person out of band."
        error={errors.password}
      />
      <InputField
        id="confirm"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        error={errors.confirm}
      />
      <div className="md:col-span-2 space-y-3">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </Button>
      </div>
    </ActionForm>
  );
}
