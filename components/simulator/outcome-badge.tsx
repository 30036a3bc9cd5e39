import { Badge } from "@/components/ui/badge";

const TONE = { allowed: "good", denied: "bad", failed: "warn" } as const;

export function OutcomeBadge({ outcome }: { outcome: "allowed" | "denied" | "failed" }) {
  return <Badge tone={TONE[outcome]}>{outcome}</Badge>;
}
