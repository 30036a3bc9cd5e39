import type { ReactNode } from "react";

type Result = { ok: boolean; code?: string; conflict?: unknown } | null | undefined;

const LABELS: Record<string, string> = {
  name: "Name",
  fullName: "Full name",
  businessUnit: "Business unit",
  parent: "Parent",
  type: "Type",
  roles: "Security roles",
  teams: "Teams",
  members: "Members",
  disabled: "Disabled",
  accessMode: "Access mode",
  applicationUser: "Application user",
  inheritance: "Member's privilege inheritance",
};

function show(value: unknown): ReactNode {
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value === null || value === undefined) return "none";

  return String(value);
}

/** After a refused save (someone saved first): what is stored now, so the person can decide. */
export function ConflictNotice({ result }: { result: Result }) {
  if (
    !result ||
    result.ok ||
    result.code !== "CONFLICT" ||
    typeof result.conflict !== "object" ||
    !result.conflict
  ) {
    return null;
  }
  const entries = Object.entries(result.conflict as Record<string, unknown>).filter(([key]) => key in LABELS);
  if (entries.length === 0) return null;

  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-medium">Stored now</p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5">
        {entries.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-amber-900">{LABELS[key]}</dt>
            <dd>{show(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
