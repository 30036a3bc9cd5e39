"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { removeStepAction } from "../actions";

export function RemoveStepForm({ id, version, name }: { id: string; version: number; name: string }) {
  const [state, action, pending] = useActionState(removeStepAction, null);

  return (
    <ActionForm action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="name" value={name} />
      <p className="text-sm text-slate-600">
        Saved checks kept from this step will report it as removed when they are re-run.
      </p>
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending}>
        Remove step
      </Button>
    </ActionForm>
  );
}
