"use client";

import { useActionState } from "react";
import { saveCheckAction } from "@/app/(console)/simulator/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { Check } from "@/lib/scenario/schema";

type Props = { check: Check; source?: unknown; download: string };

/** Keeps the question with today's answer as its expectation, or downloads it as a scenario file. */
export function KeepCheck({ check, source, download }: Props) {
  const [state, action, pending] = useActionState(saveCheckAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(download)}`;
  const slug = check.name
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  const file = `${slug || "check"}.json`;

  return (
    <ActionForm action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="check" value={JSON.stringify(check)} />
      {source ? <input type="hidden" name="source" value={JSON.stringify(source)} /> : null}
      <div className="min-w-72 flex-1">
        <InputField
          id="keep-name"
          name="name"
          label="Check name"
          defaultValue={check.name}
          error={errors.name}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Keep as saved check
      </Button>
      <a href={href} download={file} className={buttonClass("ghost")}>
        Download scenario file
      </a>
      <FormMessage state={state} className="w-full" />
    </ActionForm>
  );
}
