import type { EffectivePrivileges, EffectiveSource } from "@/lib/engine";
import { levelRank } from "@/lib/engine";
import type { Level } from "@/lib/scenario/schema";

// Two answers of effectivePrivileges side by side, privilege by privilege:
// what the what-if preview, the compare view and "as of a date" all show.

export type PrivilegeChange = {
  privilege: string;
  before: Level;
  after: Level;
  change: "gained" | "lost" | "raised" | "lowered" | "same";
  beforeSources: EffectiveSource[];
  afterSources: EffectiveSource[];
};

export function diffPrivileges(
  before: EffectivePrivileges | null,
  after: EffectivePrivileges | null,
  { includeSame = false } = {},
): PrivilegeChange[] {
  const rows = new Map<string, PrivilegeChange>();
  const row = (privilege: string) => {
    const key = privilege.toLowerCase();
    let found = rows.get(key);
    if (!found) {
      found = {
        privilege,
        before: "None",
        after: "None",
        change: "same",
        beforeSources: [],
        afterSources: [],
      };
      rows.set(key, found);
    }
    return found;
  };

  for (const held of before?.privileges ?? []) {
    Object.assign(row(held.privilege), { before: held.level, beforeSources: held.sources });
  }
  for (const held of after?.privileges ?? []) {
    Object.assign(row(held.privilege), { after: held.level, afterSources: held.sources });
  }
  for (const change of rows.values()) change.change = kindOf(change.before, change.after);

  return [...rows.values()]
    .filter((change) => includeSame || change.change !== "same")
    .sort((a, b) => a.privilege.toLowerCase().localeCompare(b.privilege.toLowerCase()));
}

function kindOf(before: Level, after: Level): PrivilegeChange["change"] {
  const from = levelRank(before);
  const to = levelRank(after);
  if (from === to) return "same";
  if (from === 0) return "gained";
  if (to === 0) return "lost";

  return to > from ? "raised" : "lowered";
}
