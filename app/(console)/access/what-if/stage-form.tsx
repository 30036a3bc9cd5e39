"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { StagedChange } from "@/lib/access/staged-changes";

// Stages one change by adding it to the URL: the staged list lives there, so
// a preview can be bookmarked, shared with a colleague, or reloaded.

type Choices = { roles: string[]; teams: string[]; units: string[]; services: readonly string[] };

const KINDS: { value: StagedChange["kind"]; label: string }[] = [
  { value: "add-role", label: "Give a user a role" },
  { value: "remove-role", label: "Take a role from a user" },
  { value: "add-team-member", label: "Add a user to a team" },
  { value: "remove-team-member", label: "Remove a user from a team" },
  { value: "move-user", label: "Move a user to another business unit" },
  { value: "change-service-identity", label: "Change a service identity" },
];

function Select({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
        <option value="">—</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

export function StageForm({ staged, choices }: { staged: StagedChange[]; choices: Choices }) {
  const router = useRouter();
  const [kind, setKind] = useState<StagedChange["kind"]>("add-role");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState("");
  const [addMissing, setAddMissing] = useState(false);
  const set = (key: string) => (value: string) => setFields({ ...fields, [key]: value });
  const needsUser = kind !== "change-service-identity";

  function stage() {
    const change = { kind, ...fields } as Record<string, string>;
    const required: Record<StagedChange["kind"], string[]> = {
      "add-role": ["user", "role"],
      "remove-role": ["user", "role"],
      "add-team-member": ["user", "team"],
      "remove-team-member": ["user", "team"],
      "move-user": ["user", "businessUnit"],
      "change-service-identity": ["service", "identity"],
    };
    const missing = required[kind].filter((key) => !change[key]?.trim());
    if (missing.length > 0) {
      setError(`Fill in: ${missing.join(", ")}.`);
      return;
    }
    const picked = Object.fromEntries([
      ["kind", kind],
      ...required[kind].map((key) => [key, change[key].trim()]),
      // As the service's own change flow offers it (R26).
      ...(kind === "change-service-identity" && addMissing ? [["addMissing", true]] : []),
    ]);
    setError("");
    router.push(`/access/what-if?${new URLSearchParams({ changes: JSON.stringify([...staged, picked]) })}`);
  }

  return (
    <form
      className="grid gap-4 md:grid-cols-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        stage();
      }}
    >
      <div className="space-y-1">
        <label htmlFor="kind" className="block text-sm font-medium text-slate-800">
          Change
        </label>
        <select
          id="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as StagedChange["kind"])}
          className={inputClass}
        >
          {KINDS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {needsUser && (
        <div className="space-y-1">
          <label htmlFor="user" className="block text-sm font-medium text-slate-800">
            User logon
          </label>
          <input
            id="user"
            value={fields.user ?? ""}
            onChange={(e) => set("user")(e.target.value)}
            placeholder="CONTOSO\name"
            className={inputClass}
            autoComplete="off"
          />
        </div>
      )}
      {(kind === "add-role" || kind === "remove-role") && (
        <Select
          id="role"
          label="Security role"
          options={choices.roles}
          value={fields.role ?? ""}
          onChange={set("role")}
        />
      )}
      {(kind === "add-team-member" || kind === "remove-team-member") && (
        <Select
          id="team"
          label="Team"
          options={choices.teams}
          value={fields.team ?? ""}
          onChange={set("team")}
        />
      )}
      {kind === "move-user" && (
        <Select
          id="businessUnit"
          label="New business unit"
          options={choices.units}
          value={fields.businessUnit ?? ""}
          onChange={set("businessUnit")}
        />
      )}
      {kind === "change-service-identity" && (
        <>
          <Select
            id="service"
            label="Service"
            options={choices.services}
            value={fields.service ?? ""}
            onChange={set("service")}
          />
          <div className="space-y-1">
            <label htmlFor="identity" className="block text-sm font-medium text-slate-800">
              New identity
            </label>
            <input
              id="identity"
              value={fields.identity ?? ""}
              onChange={(e) => set("identity")(e.target.value)}
              placeholder="NetworkService or DOMAIN\account"
              className={inputClass}
              autoComplete="off"
            />
          </div>
          <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-800">
            <input type="checkbox" checked={addMissing} onChange={(e) => setAddMissing(e.target.checked)} />
            Also add the account to the AD groups it needs (R26)
          </label>
        </>
      )}
      <div className="space-y-2 md:col-span-3">
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <Button type="submit" variant="secondary">
          Stage change
        </Button>
      </div>
    </form>
  );
}
