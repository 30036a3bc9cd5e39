import { toCsv } from "@/lib/access/csv";
import { describeFieldChange, diffJson } from "@/lib/access/json-diff";

export const AUDIT_CSV_HEADER = [
  "time (UTC)",
  "actor",
  "action",
  "target type",
  "target id",
  "target",
  "changes",
  "reason",
  "before",
  "after",
] as const;

type EventRow = {
  at: Date;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  before: unknown;
  after: unknown;
  reason: string;
};

export function auditCsv(events: EventRow[]) {
  return toCsv(
    AUDIT_CSV_HEADER,
    events.map((event) => [
      event.at.toISOString(),
      event.actorName,
      event.action,
      event.targetType,
      event.targetId ?? "",
      event.targetLabel,
      diffJson(event.before, event.after).map(describeFieldChange).join("\n"),
      event.reason,
      event.before === null ? "" : JSON.stringify(event.before),
      event.after === null ? "" : JSON.stringify(event.after),
    ]),
  );
}
