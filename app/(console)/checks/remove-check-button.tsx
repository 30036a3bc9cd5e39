"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { removeCheckAction } from "./actions";

type Props = { id: string; version: number; name: string };

/** Removes one saved check, and says so next to it when the console refuses. */
export function RemoveCheckButton({ id, version, name }: Props) {
  const [state, action, pending] = useActionState(removeCheckAction, null);

  return (
    <ActionForm action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="text-sm text-red-700 hover:underline">
        Remove <span className="sr-only">{name}</span>
      </button>
      {state && !state.ok && <FormMessage state={state} className="max-w-64 text-left" />}
    </ActionForm>
  );
}
