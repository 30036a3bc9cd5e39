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

type Props = {
  result: Result;
  /** The state the page showed when the form was opened, in the same shape: to mark what changed since. */
  seen?: unknown;
};

/**
 * After a refused save (someone saved first): what is stored now, each field
 * that changed since the page was opened marked with what the person saw, so
 * they can decide whether their change still makes sense.
 */
export function ConflictNotice({ result, seen }: Props) {
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
  const before = typeof seen === "object" && seen !== null ? (seen as Record<string, unknown>) : undefined;
  const changed = (key: string, value: unknown) => before !== undefined && show(before[key]) !== show(value);
  const changedLabels = entries.filter(([key, value]) => changed(key, value)).map(([key]) => LABELS[key]);

  return (
    <div
      role="region"
      aria-label="Changed by someone else"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      {before && (
        <p className="mb-1">
          {changedLabels.length > 0
            ? `Changed since you opened the page: ${changedLabels.join(", ")}.`
            : "No field shown here changed; another change moved this item on."}
        </p>
      )}
      <p className="font-medium">Stored now</p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5">
        {entries.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-amber-900">{LABELS[key]}</dt>
            <dd>
              {changed(key, value) ? (
                <>
                  <mark className="bg-amber-200 px-0.5">{show(value)}</mark>
                  <span className="text-amber-900"> (you saw: {show(before![key])})</span>
                </>
              ) : (
                show(value)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
