import type { CheckResult, Reason } from "@/lib/engine";
import { Table, Td, Th } from "@/components/ui/table";
import { OutcomeBadge } from "./outcome-badge";

// An engine answer in words: the verdict, the warnings, the reasons with their
// rule ids, and each operation's verdict. Nothing is decided here.

export function ReasonList({ reasons }: { reasons: Reason[] }) {
  return (
    <ul className="space-y-1">
      {reasons.map((reason, i) => (
        <li key={i} className="flex gap-2 text-sm">
          <span className="mt-0.5 shrink-0 rounded bg-slate-100 px-1.5 text-xs font-semibold text-slate-700">
            {reason.rule}
          </span>
          <span>{reason.text.replace(/ \(R\d+\)$/, "")}</span>
        </li>
      ))}
    </ul>
  );
}

export function Warnings({ result }: { result: CheckResult }) {
  if (result.warnings.length === 0) return null;

  return (
    <div role="note" aria-label="Warnings" className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm font-semibold text-amber-900">Warnings</p>
      <ul className="mt-1 space-y-1 text-sm text-amber-900">
        {result.warnings.map((warning, i) => (
          <li key={i}>
            <code className="text-xs font-semibold">{warning.code}</code> {warning.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Verdict({ result }: { result: CheckResult }) {
  return (
    <p className="flex items-center gap-2 text-base font-semibold text-slate-900" role="status">
      Verdict: <OutcomeBadge outcome={result.outcome} />
      {result.errorCode && <span className="text-sm font-normal text-red-800">error {result.errorCode}</span>}
    </p>
  );
}

export function OperationsTable({ result }: { result: CheckResult }) {
  const operations = result.operations ?? [];
  if (operations.length === 0) return null;

  return (
    <Table caption="Operations">
      <thead>
        <tr>
          <Th>#</Th>
          <Th>Verdict</Th>
          <Th>Acts as</Th>
          <Th>Why</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {operations.map((op, i) => (
          <tr key={i}>
            <Td>{i + 1}</Td>
            <Td>
              <OutcomeBadge outcome={op.outcome} />
            </Td>
            <Td className="font-mono text-xs">
              {op.actingUser}
              {op.owner && <span className="block text-slate-500">new record owned by {op.owner}</span>}
            </Td>
            <Td>
              <ReasonList reasons={op.reasons} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
