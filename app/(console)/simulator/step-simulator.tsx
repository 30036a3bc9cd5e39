"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import {
  OperationEditor,
  type OperationRow,
  rowToOperation,
} from "@/app/(console)/plugin-steps/operation-editor";
import { SimulationView } from "@/components/simulator/simulation-view";
import { UserPicker } from "@/components/simulator/user-picker";
import { ActionForm } from "@/components/ui/action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type Client, clientsFor } from "@/lib/data/plugins/deployment";
import { STAGES } from "@/lib/scenario/schema";
import { simulateCheckAction, simulateStepAction, type SimulationState } from "./actions";

type StepChoice = { id: string; name: string; deployment: string };

const CLIENTS = [
  { value: "Server", label: "Server" },
  { value: "Offline", label: "Offline client (Outlook)" },
];
const options = (values: string[]) => values.map((value) => ({ value, label: value }));

// Only the clients the step is registered for (R20); the server refuses the others too.
const clientChoices = (deployment: string | undefined) =>
  CLIENTS.filter((client) => clientsFor(deployment).includes(client.value as Client));

function Result({ state }: { state: SimulationState }) {
  if (!state) return null;
  if (!state.ok) return <FormMessage state={state} />;

  return (
    <>
      {state.source && <ReportLink source={state.source} />}
      <SimulationView key={JSON.stringify(state.check)} state={state} />
    </>
  );
}

/** The same call as evidence to print or file: the report asks the engine again, with its stamp. */
function ReportLink({ source }: { source: { stepId: string; caller: string; client: Client } }) {
  const query = new URLSearchParams({ step: source.stepId, caller: source.caller, client: source.client });

  return (
    <p className="flex justify-end">
      <Link href={`/access/report?${query}`} className={buttonClass("secondary")}>
        Printable report
      </Link>
    </p>
  );
}

function StoredStepForm({ steps, initialStep }: { steps: StepChoice[]; initialStep?: string }) {
  const [state, action, pending] = useActionState(simulateStepAction, null);
  const [stepId, setStepId] = useState(initialStep ?? steps[0]?.id ?? "");
  const step = steps.find((s) => s.id === stepId);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  if (steps.length === 0) {
    return <p className="text-sm text-slate-600">No steps are registered yet: describe a call instead.</p>;
  }

  return (
    <div className="space-y-6">
      <ActionForm action={action} className="grid items-start gap-4 md:grid-cols-4">
        <SelectField
          id="stepId"
          label="Plug-in step"
          value={stepId}
          options={steps.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(e) => setStepId(e.target.value)}
        />
        <UserPicker
          id="caller"
          label="Calling user"
          error={errors.caller}
          required
          hint="The user whose action triggers the step (InitiatingUserId)."
        />
        <SelectField
          id="client"
          label="Runs on"
          options={clientChoices(step?.deployment)}
          key={stepId}
          error={errors.client}
          hint={`Registered for: ${step?.deployment ?? "Server"}.`}
        />
        <div className="pt-6">
          <Button type="submit" disabled={pending}>
            {pending ? "Simulating…" : "Simulate"}
          </Button>
        </div>
      </ActionForm>
      <Result state={state} />
    </div>
  );
}

function AdHocForm({ teams }: { teams: string[] }) {
  const [state, action, pending] = useActionState(simulateCheckAction, null);
  const [rows, setRows] = useState<OperationRow[]>([
    { target: "context", user: "", action: "Create", table: "account", ownerKind: "", owner: "", shares: "" },
  ]);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  // The engine names paths of the check (step.table, operations[0].as); the editor wants dotted keys.
  const rowErrors = Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path.replace(/\[(\d+)\]/g, ".$1"), message]),
  );

  function submit(form: FormData) {
    const value = (key: string) => String(form.get(key) ?? "").trim();
    const check = {
      name: `${value("message")} on ${value("table")} called by ${value("adhoc-caller")}`,
      caller: value("adhoc-caller"),
      step: {
        message: value("message"),
        table: value("table"),
        stage: value("stage"),
        mode: value("mode"),
        isolation: value("isolation"),
        client: value("adhoc-client"),
        ...(value("adhoc-runAs") ? { runAs: value("adhoc-runAs") } : {}),
      },
      operations: rows.map(rowToOperation),
    };
    const data = new FormData();
    data.set("check", JSON.stringify(check));
    action(data);
  }

  return (
    <div className="space-y-6">
      <ActionForm action={submit} className="space-y-4">
        <div className="grid gap-4 md:grid-cols-4">
          <InputField id="message" label="Message" defaultValue="Create" error={errors["step.message"]} />
          <InputField id="table" label="Primary table" defaultValue="contact" error={errors["step.table"]} />
          <SelectField
            id="stage"
            label="Stage"
            options={options([...STAGES])}
            defaultValue="PostOperation"
            error={errors["step.stage"]}
          />
          <SelectField id="mode" label="Execution mode" options={options(["Synchronous", "Asynchronous"])} />
          <SelectField id="isolation" label="Isolation mode" options={options(["Sandbox", "None"])} />
          <UserPicker
            id="adhoc-runAs"
            label="Run in User's Context (empty: Calling User)"
            error={errors["step.runAs"]}
          />
          <UserPicker id="adhoc-caller" label="Calling user" error={errors.caller} required />
          <SelectField id="adhoc-client" label="Runs on" options={CLIENTS} />
        </div>
        <OperationEditor rows={rows} onChange={setRows} errors={rowErrors} teams={teams} />
        <Button type="submit" disabled={pending}>
          {pending ? "Simulating…" : "Simulate this call"}
        </Button>
      </ActionForm>
      <Result state={state} />
    </div>
  );
}

type Props = { steps: StepChoice[]; initialStep?: string; teams: string[] };

export function StepSimulator({ steps, initialStep, teams }: Props) {
  const [mode, setMode] = useState<"stored" | "adhoc">(steps.length ? "stored" : "adhoc");

  return (
    <div className="space-y-4">
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">What to simulate</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="what" checked={mode === "stored"} onChange={() => setMode("stored")} />A
          registered step
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="what" checked={mode === "adhoc"} onChange={() => setMode("adhoc")} />A
          call described here
        </label>
      </fieldset>
      {mode === "stored" && <StoredStepForm steps={steps} initialStep={initialStep} />}
      {mode === "adhoc" && <AdHocForm teams={teams} />}
    </div>
  );
}
