import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { MembershipStatus, Requirement } from "@/lib/data/services/requirements";

const STATUS: Record<MembershipStatus, { tone: "good" | "bad" | "neutral" | "warn"; label: string }> = {
  member: { tone: "good", label: "Member" },
  "not-needed": { tone: "neutral", label: "Not needed" },
  missing: { tone: "bad", label: "Missing" },
  cannot: { tone: "bad", label: "Cannot be a member" },
};

export function MembershipBadge({ status }: { status: MembershipStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}

const LINK = "font-medium text-brand-600 hover:underline";

/** R26: each group the account must be in, whether it is, and why. */
export function RequirementList({
  requirements,
  addedOnConfirm = [],
}: {
  requirements: Requirement[];
  addedOnConfirm?: string[];
}) {
  if (requirements.length === 0) {
    return <p className="text-sm text-slate-600">This service needs no AD group membership (R26).</p>;
  }

  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {requirements.map((requirement) => (
        <li key={requirement.group} className="flex flex-wrap items-start justify-between gap-2 py-2">
          <div>
            <Link href={`/groups/${requirement.group}`} className={LINK}>
              {requirement.group}
            </Link>
            <p className="text-slate-600">{requirement.text}</p>
          </div>
          <div className="flex gap-1">
            <MembershipBadge status={requirement.status} />
            {addedOnConfirm.includes(requirement.group) && <Badge tone="info">Added on confirm</Badge>}
          </div>
        </li>
      ))}
    </ul>
  );
}
