"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/data/mutation";
import { ACCESS_MODES } from "@/lib/scenario/schema-primitives";
import { ConflictNotice } from "./conflict-notice";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

export const ACCESS_MODE_LABELS: Record<string, string> = {
  ReadWrite: "Read-Write",
  Administrative: "Administrative",
  Read: "Read",
  SupportUser: "Support User",
  NonInteractive: "Non-interactive",
  DelegatedAdmin: "Delegated Admin",
};
const MODE_OPTIONS = ACCESS_MODES.map((mode) => ({ value: mode, label: ACCESS_MODE_LABELS[mode] }));

export function CreateUserForm({ action, units }: { action: Action; units: { id: string; name: string }[] }) {
  const [state, submit, pending] = useActionState(action, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  return (
    <ActionForm action={submit} className="grid max-w-3xl gap-4 md:grid-cols-2">
      <InputField
        id="logon"
        label="Logon name"
        required
        autoComplete="off"
        placeholder="CONTOSO\jane.doe"
        hint="DOMAIN\name, unique regardless of case (R2)."
        error={errors.logon}
      />
      <InputField id="fullName" label="Full name" error={errors.fullName} />
      <SelectField
        id="businessUnitId"
        label="Business unit"
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        error={errors.businessUnitId}
      />
      <SelectField id="accessMode" label="Access mode" options={MODE_OPTIONS} error={errors.accessMode} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="applicationUser" value="true" aria-describedby="app-hint" />
        Application user
      </label>
      <p id="app-hint" className="text-xs text-slate-500">
        Application users are always Non-interactive; their access mode cannot be changed later (R2).
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="disabled" value="true" />
        Create disabled
      </label>
      <div className="space-y-3 md:col-span-2">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create user"}
        </Button>
      </div>
    </ActionForm>
  );
}

type EditProps = {
  action: Action;
  user: { id: string; version: number; fullName: string; accessMode: string; applicationUser: boolean };
  /** What the page showed of the user, to mark what changed if the save is refused. */
  seen?: unknown;
};

export function EditUserForm({ action, user, seen }: EditProps) {
  const [state, submit, pending] = useActionState(action, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  return (
    <ActionForm action={submit} className="space-y-4">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <InputField id="fullName" label="Full name" defaultValue={user.fullName} error={errors.fullName} />
      {user.applicationUser ? (
        <>
          <input type="hidden" name="accessMode" value={user.accessMode} />
          <SelectField
            id="accessMode-fixed"
            name="accessMode-fixed"
            label="Access mode"
            options={MODE_OPTIONS}
            value={user.accessMode}
            disabled
            hint="An application user is always Non-interactive (R2)."
          />
        </>
      ) : (
        <SelectField
          id="accessMode"
          label="Access mode"
          options={MODE_OPTIONS}
          defaultValue={user.accessMode}
          error={errors.accessMode}
        />
      )}
      <FormMessage state={state} />
      <ConflictNotice result={state} seen={seen} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </ActionForm>
  );
}
