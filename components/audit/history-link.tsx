import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { type AuditTargetType, auditHistoryHref } from "@/lib/data/audit-log/links";

type Props = { targetType: AuditTargetType; targetId: string; label?: string };

/** An object page's way to its own audit history: the log filtered to this one target. */
export function HistoryLink({ targetType, targetId, label = "History" }: Props) {
  return (
    <Link href={auditHistoryHref(targetType, targetId)} className={buttonClass("secondary")}>
      {label}
    </Link>
  );
}
