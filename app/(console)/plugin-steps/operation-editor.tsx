"use client";

import { UserPicker } from "@/components/simulator/user-picker";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { TABLE_RIGHTS } from "@/lib/scenario/schema";

// The calls a step's code makes, in order (R22): whose service
// (CreateOrganizationService target), which table right on which table, and
// the record it touches.

export type OperationRow = {
  target: string;
  user: string;
  action: string;
  table: string;
  ownerKind: "" | "owner" | "ownerTeam";
  owner: string;
  shares: string;
};

type Operation = {
  as: string;
  action: string;
  table: string;
  record?: { owner?: string; ownerTeam?: string; sharedWith?: { principal: string; rights: string[] }[] };
};

const TARGETS = [
  { value: "context", label: "context.UserId (the usual)" },
  { value: "initiating", label: "context.InitiatingUserId" },
  { value: "system", label: "null: SYSTEM" },
  { value: "user", label: "A specific user" },
];
const RIGHTS = TABLE_RIGHTS.map((value) => ({ value, label: value }));
const OWNERS = [
  { value: "", label: "Not given (Create: the acting user)" },
  { value: "owner", label: "Owned by a user" },
  { value: "ownerTeam", label: "Owned by an owner team" },
];

type StoredOperation = { as: string; action: string; table: string; record?: unknown };

export function rowFromOperation(op: StoredOperation): OperationRow {
  const special = ["context", "initiating", "system"].includes(op.as.toLowerCase());
  const record = (op.record ?? {}) as NonNullable<Operation["record"]>;

  return {
    target: special ? op.as.toLowerCase() : "user",
    user: special ? "" : op.as,
    action: op.action,
    table: op.table,
    ownerKind: record.owner ? "owner" : record.ownerTeam ? "ownerTeam" : "",
    owner: record.owner ?? record.ownerTeam ?? "",
    shares: (record.sharedWith ?? []).map((s) => `${s.principal}: ${s.rights.join(", ")}`).join("; "),
  };
}

/** "TEAM: Read, Write; DOMAIN\\user: Read" into the scenario file's sharedWith. */
function parseShares(text: string) {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.lastIndexOf(":");
      const principal = (at < 0 ? part : part.slice(0, at)).trim();
      const rights =
        at < 0
          ? []
          : part
              .slice(at + 1)
              .split(",")
              .map((r) => r.trim())
              .filter(Boolean);
      return { principal, rights };
    });
}

export function rowToOperation(row: OperationRow): Operation {
  const sharedWith = parseShares(row.shares);
  const record = {
    ...(row.ownerKind && row.owner.trim() ? { [row.ownerKind]: row.owner.trim() } : {}),
    ...(sharedWith.length ? { sharedWith } : {}),
  };

  return {
    as: row.target === "user" ? row.user.trim() : row.target,
    action: row.action,
    table: row.table.trim(),
    ...(Object.keys(record).length ? { record } : {}),
  };
}

type Props = {
  rows: OperationRow[];
  onChange: (rows: OperationRow[]) => void;
  errors: Record<string, string>;
  teams: string[];
};

export function OperationEditor({ rows, onChange, errors, teams }: Props) {
  const teamOptions = teams.map((team) => ({ value: team, label: team }));
  const update = (index: number, change: Partial<OperationRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const blank: OperationRow = {
    target: "context",
    user: "",
    action: "Read",
    table: "",
    ownerKind: "",
    owner: "",
    shares: "",
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">
        Operations the code performs, in order (R22)
      </legend>
      {errors.operations && <p className="text-sm text-red-700">{errors.operations}</p>}
      {rows.length === 0 && (
        <p className="text-sm text-slate-500">No operations yet: the step makes no calls.</p>
      )}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const at = (key: string) => errors[`operations.${index}.${key}`];
          const n = index + 1;
          return (
            <li key={index} className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <div className="mb-2 flex items-center justify-between">
                <p className="text-sm font-medium text-slate-800">Operation {n}</p>
                <Button variant="ghost" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                  Remove operation {n}
                </Button>
              </div>
              <div className="grid gap-3 md:grid-cols-4">
                <SelectField
                  id={`op-${index}-target`}
                  name=""
                  label={`Operation ${n}: service for`}
                  options={TARGETS}
                  value={row.target}
                  onChange={(e) => update(index, { target: e.target.value })}
                />
                {row.target === "user" ? (
                  <UserPicker
                    id={`op-${index}-user`}
                    name=""
                    label={`Operation ${n}: user`}
                    value={row.user}
                    onChange={(user) => update(index, { user })}
                    error={at("as")}
                  />
                ) : null}
                <SelectField
                  id={`op-${index}-action`}
                  name=""
                  label={`Operation ${n}: action`}
                  options={RIGHTS}
                  value={row.action}
                  error={at("action")}
                  onChange={(e) => update(index, { action: e.target.value })}
                />
                <InputField
                  id={`op-${index}-table`}
                  name=""
                  label={`Operation ${n}: table`}
                  value={row.table}
                  list="step-tables"
                  error={at("table")}
                  onChange={(e) => update(index, { table: e.target.value })}
                />
                {row.target !== "user" && <div className="hidden md:block" />}
                <SelectField
                  id={`op-${index}-owner-kind`}
                  name=""
                  label={`Operation ${n}: whose record`}
                  options={OWNERS}
                  value={row.ownerKind}
                  onChange={(e) => update(index, { ownerKind: e.target.value as OperationRow["ownerKind"] })}
                />
                {row.ownerKind === "owner" && (
                  <UserPicker
                    id={`op-${index}-owner`}
                    name=""
                    label={`Operation ${n}: owner`}
                    value={row.owner}
                    error={at("record.owner") ?? at("record")}
                    onChange={(owner) => update(index, { owner })}
                  />
                )}
                {row.ownerKind === "ownerTeam" && (
                  <SelectField
                    id={`op-${index}-owner-team`}
                    name=""
                    label={`Operation ${n}: owner team`}
                    options={[{ value: "", label: "Choose a team" }, ...teamOptions]}
                    value={row.owner}
                    onChange={(e) => update(index, { owner: e.target.value })}
                    error={at("record.ownerTeam") ?? at("record")}
                  />
                )}
                {!row.ownerKind && <div className="hidden md:block" />}
                <div className="md:col-span-2">
                  <InputField
                    id={`op-${index}-shares`}
                    name=""
                    label={`Operation ${n}: shared with (optional)`}
                    value={row.shares}
                    onChange={(e) => update(index, { shares: e.target.value })}
                    hint="TEAM or DOMAIN\user: Read, Write; …"
                    error={at("record.sharedWith.0.principal")}
                  />
                </div>
                {row.target !== "user" && at("as") && (
                  <p className="text-sm text-red-700 md:col-span-4">{at("as")}</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...rows, blank])}>
        Add operation
      </Button>
    </fieldset>
  );
}
