"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createTokenAction } from "./actions";

const SECRET_BOX = "rounded-md border border-amber-300 bg-amber-50 p-3";

/** A token acts for the signed-in account only (lib/data/tokens/tokens.ts says why). */
export function CreateTokenForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const created = state?.ok ? (state.data as { secret: string; prefix: string }) : null;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        The token acts as you, <span className="font-medium">{username}</span>, within its scope.
      </p>
      <ActionForm action={action} className="grid items-start gap-4 md:grid-cols-3" key={created?.prefix}>
        <InputField
          id="name"
          label="Token name"
          error={errors.name}
          hint="What uses it, e.g. CI privilege tests."
        />
        <SelectField
          id="scope"
          label="Scope"
          error={errors.scope}
          hint="Neither scope may manage accounts or tokens."
          options={[
            { value: "read", label: "read: ask and simulate, never change" },
            { value: "write", label: "write: also register plug-in steps" },
          ]}
        />
        <div className="pt-6">
          <Button type="submit" disabled={pending}>
            Create token
          </Button>
        </div>
      </ActionForm>
      <FormMessage state={state} />
      {created && (
        <div role="region" aria-label="New token secret" className={SECRET_BOX}>
          <p className="text-sm font-semibold text-amber-900">
            Copy the secret now: it is shown this once, and only its hash is kept.
          </p>
          <code className="mt-2 block select-all break-all rounded bg-white px-2 py-1 text-sm">
            {created.secret}
          </code>
        </div>
      )}
    </div>
  );
}
