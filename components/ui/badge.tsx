import type { ReactNode } from "react";
import { cx } from "./cx";

type Tone = "neutral" | "good" | "bad" | "warn" | "info";

const TONES: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  good: "bg-green-50 text-green-800 ring-green-300",
  bad: "bg-red-50 text-red-800 ring-red-300",
  warn: "bg-amber-50 text-amber-900 ring-amber-300",
  info: "bg-blue-50 text-blue-800 ring-blue-300",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={cx("inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ring-1", TONES[tone])}
    >
      {children}
    </span>
  );
}
