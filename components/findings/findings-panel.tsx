import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { loadFindings } from "@/lib/data/findings/findings";
import type { Severity } from "@/lib/data/findings/rules";

const TONE: Record<Severity, "bad" | "warn" | "info"> = { critical: "bad", high: "warn", medium: "info" };
const LABEL: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium" };

const FIX_LINK = "text-sm font-medium text-brand-600 hover:underline md:text-right";

/** The overview's list of what is wrong with service accounts and groups (R24, R26, R27). */
export async function FindingsPanel() {
  const findings = await loadFindings();

  return (
    <Card title={`Findings (${findings.length})`} className="mb-6">
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600">
          No problem found with the service accounts and the deployment&apos;s AD groups.
        </p>
      ) : (
        <ul aria-label="Findings" className="divide-y divide-slate-100">
          {findings.map((finding) => (
            <li key={finding.key} className="grid gap-2 py-3 md:grid-cols-[minmax(0,1fr)_14rem] md:gap-6">
              <div>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={TONE[finding.severity]}>{LABEL[finding.severity]}</Badge>
                  <span className="font-mono text-xs text-slate-500">{finding.rule}</span>
                  <span className="font-medium text-slate-900">{finding.title}</span>
                </p>
                <p className="mt-1 text-sm text-slate-600">{finding.explanation}</p>
              </div>
              <Link href={finding.fix.href} className={FIX_LINK}>
                {finding.fix.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
