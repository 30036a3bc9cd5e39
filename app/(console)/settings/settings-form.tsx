"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { updateSettingsAction } from "./actions";

type Settings = {
  name: string;
  doNotRemoveRolesOnChangeBusinessUnit: boolean;
  hierarchySecurity: boolean;
  version: number;
};

function Conflict({ current }: { current: unknown }) {
  const stored = current as Partial<Settings> | null;
  if (!stored) return null;

  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-medium">Stored now:</p>
      <ul className="mt-1 list-inside list-disc">
        <li>Name: {stored.name}</li>
        <li>
          Keep roles when a user or team changes business unit:{" "}
          {stored.doNotRemoveRolesOnChangeBusinessUnit ? "yes" : "no"}
        </li>
        <li>Hierarchy security: {stored.hierarchySecurity ? "on" : "off"}</li>
      </ul>
      <p className="mt-1">Reload the page to edit from these values.</p>
    </div>
  );
}

export function SettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const [state, action, pending] = useActionState(updateSettingsAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const checkbox = "h-4 w-4 rounded border-slate-300 text-brand-600";

  return (
    <ActionForm action={action} className="max-w-2xl space-y-5">
      <input type="hidden" name="version" value={settings.version} />
      <InputField
        id="name"
        label="Organization name"
        defaultValue={settings.name}
        disabled={!canEdit}
        error={errors.name}
      />
      <div className="flex gap-3">
        <input
          id="doNotRemoveRolesOnChangeBusinessUnit"
          name="doNotRemoveRolesOnChangeBusinessUnit"
          type="checkbox"
          defaultChecked={settings.doNotRemoveRolesOnChangeBusinessUnit}
          disabled={!canEdit}
          aria-describedby="keep-roles-hint"
          className={checkbox}
        />
        <div>
          <label htmlFor="doNotRemoveRolesOnChangeBusinessUnit" className="text-sm font-medium">
            Keep role assignments when a user or team moves to another business unit
          </label>
          <p id="keep-roles-hint" className="text-xs text-slate-500">
            DoNotRemoveRolesOnChangeBusinessUnit (R6). Off, the platform&apos;s default: a move removes the
            roles.
          </p>
        </div>
      </div>
      <div className="flex gap-3">
        <input
          id="hierarchySecurity"
          name="hierarchySecurity"
          type="checkbox"
          defaultChecked={settings.hierarchySecurity}
          disabled={!canEdit}
          aria-describedby="hierarchy-hint"
          className={checkbox}
        />
        <div>
          <label htmlFor="hierarchySecurity" className="text-sm font-medium">
            Hierarchy security is on in this organization
          </label>
          <p id="hierarchy-hint" className="text-xs text-slate-500">
            The simulator does not model hierarchy access (R12) and warns on every answer while this is on.
          </p>
        </div>
      </div>
      <FormMessage state={state} />
      {state && !state.ok && state.code === "CONFLICT" && <Conflict current={state.conflict} />}
      {canEdit && (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      )}
    </ActionForm>
  );
}
