"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { rerunAction } from "./actions";

export function RerunButton() {
  const [state, action, pending] = useActionState(rerunAction, null);

  return (
    <ActionForm action={() => action()} className="flex items-center gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? "Re-running…" : "Re-run all checks"}
      </Button>
      <FormMessage state={state} />
    </ActionForm>
  );
}
