"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, null);

  return (
    <ActionForm action={action} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-sm text-red-700 hover:underline">
        Revoke <span className="sr-only">{name}</span>
      </button>
      {state && !state.ok && <FormMessage state={state} className="text-left" />}
    </ActionForm>
  );
}
