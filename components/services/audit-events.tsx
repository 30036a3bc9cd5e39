import type { AuditEvent } from "@/lib/generated/prisma/client";

// An audit event in one line: who did what and why, and what moved.

function changed(before: unknown, after: unknown) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];

  return keys
    .filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) => describe(key, b[key], a[key]));
}

function describe(key: string, before: unknown, after: unknown) {
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !after.includes(x));
    const parts = [
      added.length ? `${key} + ${added.join(", ")}` : "",
      removed.length ? `${key} − ${removed.join(", ")}` : "",
    ];
    return parts.filter(Boolean).join("; ");
  }
  const show = (value: unknown) =>
    Array.isArray(value) ? value.join(", ") || "none" : String(value ?? "none");

  return `${key}: ${show(before)} → ${show(after)}`;
}

const when = (at: Date) => `${at.toISOString().replace("T", " ").slice(0, 19)} UTC`;

export function AuditEvents({ events, label }: { events: AuditEvent[]; label: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No changes recorded yet.</p>;

  return (
    <ul aria-label={label} className="divide-y divide-slate-100 text-sm">
      {events.map((event) => (
        <li key={event.id} className="py-2">
          <p>
            <span className="font-mono text-xs text-slate-700">{event.action}</span> by{" "}
            <span className="font-medium">{event.actorName}</span>
            <span className="text-xs text-slate-500"> · {when(event.at)}</span>
          </p>
          {changed(event.before, event.after).map((line) => (
            <p key={line} className="text-slate-700">
              {line}
            </p>
          ))}
          {event.reason && <p className="text-slate-600">Reason: {event.reason}</p>}
        </li>
      ))}
    </ul>
  );
}
