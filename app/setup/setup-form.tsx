"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { setupAction } from "./actions";

export function SetupForm() {
  const [state, action, pending] = useActionState(setupAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  return (
    <ActionForm action={action} className="space-y-4">
      <InputField id="username" label="Username" autoComplete="username" required error={errors.username} />
      <InputField id="displayName" label="Display name" autoComplete="name" error={errors.displayName} />
      <InputField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        error={errors.password}
      />
      <InputField
        id="confirm"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create administrator"}
      </Button>
    </ActionForm>
  );
}
