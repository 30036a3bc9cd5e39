"use client";

import { useActionState, useState } from "react";
import { SimulationView } from "@/components/simulator/simulation-view";
import { UserPicker } from "@/components/simulator/user-picker";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TABLE_RIGHTS } from "@/lib/scenario/schema";
import { simulateCheckAction } from "./actions";

const RIGHTS = TABLE_RIGHTS.map((value) => ({ value, label: value }));

/** A CallerId call (R17-R18): may the caller act as that user, and with which privileges? */
export function ImpersonationSimulator({ teams }: { teams: string[] }) {
  const [state, action, pending] = useActionState(simulateCheckAction, null);
  const [ownerKind, setOwnerKind] = useState("");
  const errors = (state && !state.ok && state.fieldErrors) || {};

  function submit(form: FormData) {
    const value = (key: string) => String(form.get(key) ?? "").trim();
    const owner = value("record-owner");
    const check = {
      name: `${value("imp-caller")} as ${value("impersonate")}: ${value("imp-action")} ${value("imp-table")}`,
      caller: value("imp-caller"),
      impersonate: value("impersonate"),
      action: value("imp-action"),
      table: value("imp-table"),
      ...(ownerKind && owner ? { record: { [ownerKind]: owner } } : {}),
    };
    const data = new FormData();
    data.set("check", JSON.stringify(check));
    action(data);
  }

  return (
    <div className="space-y-6">
      <ActionForm action={submit} className="grid items-start gap-4 md:grid-cols-3">
        <UserPicker
          id="imp-caller"
          label="Caller (sends CallerId)"
          error={errors.caller}
          required
          hint="Needs prvActOnBehalfOfAnotherUser from a role of its own (R17)."
        />
        <UserPicker id="impersonate" label="Impersonated user" error={errors.impersonate} required />
        <div />
        <SelectField id="imp-action" label="Action" options={RIGHTS} />
        <InputField id="imp-table" label="Table" defaultValue="account" error={errors.table} />
        <div />
        <SelectField
          id="imp-owner-kind"
          name=""
          label="Record owner"
          value={ownerKind}
          onChange={(e) => setOwnerKind(e.target.value)}
          options={[
            { value: "", label: "Not given (the impersonated user)" },
            { value: "owner", label: "A user" },
            { value: "ownerTeam", label: "An owner team" },
          ]}
        />
        {ownerKind === "owner" && (
          <UserPicker id="record-owner" label="Owning user" error={errors["record.owner"]} />
        )}
        {ownerKind === "ownerTeam" && (
          <SelectField
            id="record-owner"
            label="Owning team"
            error={errors["record.ownerTeam"]}
            options={teams.map((team) => ({ value: team, label: team }))}
          />
        )}
        <div className="md:col-span-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Simulating…" : "Simulate CallerId call"}
          </Button>
        </div>
      </ActionForm>
      {state && !state.ok && <FormMessage state={state} />}
      {state?.ok && <SimulationView key={JSON.stringify(state.check)} state={state} />}
    </div>
  );
}
