import type { ReactNode } from "react";
import type { CheckResult } from "@/lib/engine";
import type { PluginCheck } from "@/lib/scenario/schema";
import { cx } from "@/components/ui/cx";

// Who the code runs as, drawn left to right: the calling user, the step's
// execution context (UserId, InitiatingUserId), the service each operation
// creates, and the Windows account of the process. Each arrow names the rules
// that decided the hop, as the engine reported them.

function rulesOf(result: CheckResult, ids: string[]) {
  const seen = new Set<string>();
  for (const reason of [...result.reasons, ...(result.operations ?? []).flatMap((op) => op.reasons)]) {
    if (ids.includes(reason.rule)) seen.add(reason.rule);
  }

  return [...seen].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

type BoxProps = { title: string; children: ReactNode; tone?: "plain" | "bad" };

function Box({ title, children, tone = "plain" }: BoxProps) {
  return (
    <div
      className={cx(
        "min-w-0 flex-1 rounded-lg border bg-white p-3 shadow-sm",
        tone === "bad" ? "border-red-300 bg-red-50" : "border-slate-300",
      )}
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
      <div className="mt-1 space-y-1 text-sm text-slate-900">{children}</div>
    </div>
  );
}

function Arrow({ rules }: { rules: string[] }) {
  return (
    <div className="flex shrink-0 flex-col items-center justify-center px-1" aria-hidden="true">
      <span className="text-xs font-semibold text-brand-700">{rules.join(" ")}</span>
      <svg width="48" height="16" viewBox="0 0 48 16" className="text-slate-400">
        <path d="M0 8h40" stroke="currentColor" strokeWidth="2" />
        <path d="M38 2l8 6-8 6z" fill="currentColor" />
      </svg>
    </div>
  );
}

function Name({ children }: { children: ReactNode }) {
  return <span className="font-mono text-xs [overflow-wrap:anywhere]">{children}</span>;
}

export function IdentityChain({ check, result }: { check: PluginCheck; result: CheckResult }) {
  const operations = result.operations ?? [];
  const calls = check.operations ?? [];
  const hops = {
    context: rulesOf(result, ["R21", "R25"]),
    service: rulesOf(result, ["R22", "R25"]),
    process: rulesOf(result, ["R23", "R24", "R25"]),
  };
  const summary =
    `${result.initiatingUserId} calls; the step runs as UserId ${result.userId}; ` +
    operations.map((op, i) => `operation ${i + 1} acts as ${op.actingUser}`).join("; ") +
    `; the process runs under ${result.processAccount}` +
    (result.errorCode ? `, failing with ${result.errorCode}.` : ".");

  return (
    <figure aria-label="Execution identity chain">
      <div className="flex flex-col gap-2 lg:flex-row lg:items-stretch">
        <Box title="Calling user">
          <Name>{result.initiatingUserId}</Name>
          <p className="text-xs text-slate-500">
            whose {check.step.message} on {check.step.table} triggers the step
          </p>
        </Box>
        <Arrow rules={hops.context} />
        <Box title="Execution context">
          <p>
            <span className="text-xs text-slate-500">UserId</span> <Name>{result.userId}</Name>
          </p>
          <p>
            <span className="text-xs text-slate-500">InitiatingUserId</span>{" "}
            <Name>{result.initiatingUserId}</Name>
          </p>
        </Box>
        <Arrow rules={hops.service} />
        <Box title="CreateOrganizationService, per operation">
          {operations.length === 0 && <p className="text-xs text-slate-500">The step makes no calls.</p>}
          <ol className="space-y-1">
            {operations.map((op, i) => (
              <li key={i} className="text-xs">
                {i + 1}. <span className="text-slate-500">as {calls[i]?.as ?? "context"}</span> →{" "}
                <Name>{op.actingUser}</Name>
              </li>
            ))}
          </ol>
        </Box>
        <Arrow rules={hops.process} />
        <Box title="Windows process account" tone={result.errorCode ? "bad" : "plain"}>
          <Name>{result.processAccount}</Name>
          {result.errorCode && <p className="text-xs font-medium text-red-800">fails: {result.errorCode}</p>}
        </Box>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
