"use client";

import { useActionState } from "react";
import { setServersAction } from "@/app/(console)/services/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** The servers a service runs on: the runbook writes one section for each (R28). */
type Props = { service: string; version: number; servers: string[] };

export function ServersForm({ service, version, servers }: Props) {
  const [state, action, pending] = useActionState(setServersAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const error = errors.servers ?? Object.entries(errors).find(([key]) => key.startsWith("servers."))?.[1];
  // After a save the row has a new version; the next save must carry it.
  const saved = state?.ok ? (state.data as { version: number }).version : 0;
  const current = Math.max(saved, version);

  return (
    <ActionForm action={action} className="space-y-3">
      <input type="hidden" name="service" value={service} />
      <input type="hidden" name="version" value={current} />
      <Field id="servers" label="Servers" error={error} hint="One host name per line, for example CRM01.">
        {(described) => (
          <textarea
            id="servers"
            name="servers"
            rows={3}
            defaultValue={servers.join("\n")}
            className={`${inputClass} font-mono`}
            {...described}
          />
        )}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save servers"}
      </Button>
    </ActionForm>
  );
}
