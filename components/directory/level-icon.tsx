import type { Level } from "@/lib/scenario/schema-primitives";

// Access levels drawn the way Dynamics administrators know them (R9): an empty
// circle for None, then a quarter, half, three-quarter and full circle as the
// reach widens from the user to the whole organization.

export const LEVEL_LABELS: Record<Level, string> = {
  None: "None",
  Basic: "User (Basic)",
  Local: "Business Unit (Local)",
  Deep: "Parent: Child Business Units (Deep)",
  Global: "Organization (Global)",
};

/** R9: organization-owned tables take only None or Global. */
export function levelsFor(organizationOwned: boolean): readonly Level[] {
  return organizationOwned ? ["None", "Global"] : ["None", "Basic", "Local", "Deep", "Global"];
}

const FILL: Record<Level, string> = {
  None: "none",
  Basic: "#eab308",
  Local: "#f59e0b",
  Deep: "#84cc16",
  Global: "#16a34a",
};

const SLICE: Partial<Record<Level, string>> = {
  Basic: "M8 8 L8 2 A6 6 0 0 1 14 8 Z",
  Local: "M8 8 L8 2 A6 6 0 0 1 8 14 Z",
  Deep: "M8 8 L8 2 A6 6 0 1 1 2 8 Z",
};

export function LevelIcon({ level, size = 16 }: { level: Level; size?: number }) {
  const stroke = level === "None" ? "#94a3b8" : FILL[level];

  return (
    <svg width={size} height={size} viewBox="0 0 16 16" role="img" aria-label={LEVEL_LABELS[level]}>
      <title>{LEVEL_LABELS[level]}</title>
      <circle
        cx="8"
        cy="8"
        r="6"
        fill={level === "Global" ? FILL.Global : "white"}
        stroke={stroke}
        strokeWidth="1.5"
      />
      {SLICE[level] && <path d={SLICE[level]} fill={FILL[level]} />}
    </svg>
  );
}

export function LevelLegend() {
  return (
    <ul aria-label="Access levels" className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600">
      {(Object.keys(LEVEL_LABELS) as Level[]).map((level) => (
        <li key={level} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-flex">
            <LevelIcon level={level} size={14} />
          </span>
          {LEVEL_LABELS[level]}
        </li>
      ))}
    </ul>
  );
}
