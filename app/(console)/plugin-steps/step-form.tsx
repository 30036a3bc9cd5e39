"use client";

import { useActionState, useState } from "react";
import { UserPicker } from "@/components/simulator/user-picker";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { StepView } from "@/lib/data/plugins/steps";
import { OperationEditor, type OperationRow, rowFromOperation, rowToOperation } from "./operation-editor";
import { saveStepAction } from "./actions";

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

const STAGES = options(["PreValidation", "PreOperation", "PostOperation"]);
const MODES = options(["Synchronous", "Asynchronous"]);
const ISOLATIONS = [
  { value: "Sandbox", label: "Sandbox (partial trust)" },
  { value: "None", label: "None (full trust)" },
];
const DEPLOYMENTS = [
  { value: "Server", label: "Server" },
  { value: "Offline", label: "Offline (Outlook client)" },
  { value: "Both", label: "Server and Offline" },
];

type Props = { step?: StepView; tables: string[]; teams: string[] };

export function StepForm({ step, tables, teams }: Props) {
  const [state, action, pending] = useActionState(saveStepAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  const [runAsMode, setRunAsMode] = useState(step?.runAs ? "user" : "caller");
  const [rows, setRows] = useState<OperationRow[]>(() => (step?.operations ?? []).map(rowFromOperation));

  return (
    <ActionForm action={action} className="space-y-6">
      {step && <input type="hidden" name="id" value={step.id} />}
      {step && <input type="hidden" name="version" value={step.version} />}
      <input type="hidden" name="operations" value={JSON.stringify(rows.map(rowToOperation))} />

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Registration (R20)</legend>
        <InputField id="name" label="Step name" defaultValue={step?.name} error={errors.name} required />
        <InputField
          id="message"
          label="Message"
          defaultValue={step?.message ?? "Create"}
          error={errors.message}
          hint="Create, Update, Delete, Retrieve, Assign, …"
        />
        <InputField id="assembly" label="Assembly" defaultValue={step?.assembly} error={errors.assembly} />
        <InputField id="typeName" label="Type name" defaultValue={step?.typeName} error={errors.typeName} />
        <InputField
          id="table"
          label="Primary table"
          defaultValue={step?.table}
          error={errors.table}
          list="step-tables"
          required
        />
        <SelectField
          id="stage"
          label="Stage"
          options={STAGES}
          defaultValue={step?.stage ?? "PostOperation"}
          error={errors.stage}
        />
        <SelectField
          id="mode"
          label="Execution mode"
          options={MODES}
          defaultValue={step?.mode ?? "Synchronous"}
          error={errors.mode}
          hint="Asynchronous steps run PostOperation only (R20)."
        />
        <SelectField
          id="isolation"
          label="Isolation mode"
          options={ISOLATIONS}
          defaultValue={step?.isolation ?? "Sandbox"}
          error={errors.isolation}
        />
        <SelectField
          id="deployment"
          label="Deployment"
          options={DEPLOYMENTS}
          defaultValue={step?.deployment ?? "Server"}
          error={errors.deployment}
        />
        <div className="space-y-2">
          <SelectField
            id="runAsMode"
            name=""
            label="Run in User's Context"
            options={[
              { value: "caller", label: "Calling User (default)" },
              { value: "user", label: "A chosen user" },
            ]}
            value={runAsMode}
            onChange={(event) => setRunAsMode(event.target.value)}
            hint="UserId in the execution context (R21)."
          />
          {runAsMode === "user" ? (
            <UserPicker
              id="runAs"
              label="Chosen user"
              defaultValue={step?.runAs ?? ""}
              error={errors.runAs}
            />
          ) : (
            <input type="hidden" name="runAs" value="" />
          )}
        </div>
      </fieldset>
      <datalist id="step-tables">
        {tables.map((table) => (
          <option key={table} value={table} />
        ))}
      </datalist>

      <OperationEditor rows={rows} onChange={setRows} errors={errors} teams={teams} />

      <div className="space-y-3">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : step ? "Save step" : "Register step"}
        </Button>
      </div>
    </ActionForm>
  );
}
