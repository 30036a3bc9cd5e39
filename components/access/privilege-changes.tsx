import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { PrivilegeChange } from "@/lib/access/privilege-diff";
import { LevelGlyph } from "./level-glyph";
import { sourcesSummary } from "./source-list";

const TONE = { gained: "warn", raised: "warn", lost: "info", lowered: "info", same: "neutral" } as const;

type Props = {
  caption: string;
  changes: PrivilegeChange[];
  beforeLabel: string;
  afterLabel: string;
  empty?: string;
  showSame?: boolean;
};

/** Privileges in rows, the two levels in columns, differences marked in words and colour. */
export function PrivilegeChanges({ caption, changes, beforeLabel, afterLabel, empty, showSame }: Props) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Privilege</Th>
          <Th>{beforeLabel}</Th>
          <Th>{afterLabel}</Th>
          <Th>{showSame ? "Difference" : "Change"}</Th>
          <Th>Sources ({afterLabel})</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {changes.length === 0 && <EmptyRow colSpan={5}>{empty ?? "No difference."}</EmptyRow>}
        {changes.map((row) => (
          <tr
            key={row.privilege}
            className={row.change === "same" ? "break-inside-avoid" : "break-inside-avoid bg-amber-50/60"}
          >
            <Td className="font-medium">{row.privilege}</Td>
            <Td>
              <span className="inline-flex items-center gap-1.5">
                <LevelGlyph level={row.before} /> {row.before}
              </span>
            </Td>
            <Td>
              <span className="inline-flex items-center gap-1.5">
                <LevelGlyph level={row.after} /> {row.after}
              </span>
            </Td>
            <Td>
              {row.change === "same" ? (
                <span className="text-slate-500">same</span>
              ) : (
                <Badge tone={TONE[row.change]}>{row.change}</Badge>
              )}
            </Td>
            <Td className="text-xs text-slate-600">{sourcesSummary(row.afterSources)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
