"use client";

import { useActionState } from "react";
import { addMemberAction, removeMemberAction } from "@/app/(console)/groups/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type AddProps = { group: string; account?: string; reason?: string };

export function AddMemberForm({ group, account, reason }: AddProps) {
  const [state, action, pending] = useActionState(addMemberAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  return (
    <ActionForm action={action} className="grid gap-4 md:grid-cols-2" key={state?.ok ? state.message : "add"}>
      <input type="hidden" name="group" value={group} />
      <InputField
        id="account"
        label="Account"
        defaultValue={state?.ok ? "" : account}
        error={errors.account}
        hint="DOMAIN\account"
        autoComplete="off"
      />
      <InputField
        id="reason"
        label="Reason"
        defaultValue={state?.ok ? "" : reason}
        error={errors.reason}
        hint="Why this account needs the group; kept with the membership."
      />
      <div className="space-y-3 md:col-span-2">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : `Add to ${group}`}
        </Button>
      </div>
    </ActionForm>
  );
}

/** Removing asks why: the reason is kept in the audit event. */
type RemoveProps = { group: string; account: string; open: boolean };

export function RemoveMemberForm({ group, account, open }: RemoveProps) {
  const [state, action, pending] = useActionState(removeMemberAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const id = `remove-reason-${account.replace(/[^A-Za-z0-9]/g, "-")}`;

  return (
    <details open={open || undefined} className="text-left">
      <summary className="cursor-pointer text-sm text-red-700 hover:underline">
        Remove<span className="sr-only"> {account}</span>
      </summary>
      <ActionForm action={action} className="mt-2 w-72 space-y-2">
        <input type="hidden" name="group" value={group} />
        <input type="hidden" name="account" value={account} />
        <InputField
          id={id}
          name="reason"
          label={`Reason for removing ${account}`}
          error={errors.reason ?? errors.account}
        />
        <FormMessage state={state} />
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Removing…" : "Remove from group"}
        </Button>
      </ActionForm>
    </details>
  );
}
