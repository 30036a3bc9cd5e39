import type { ReactNode } from "react";
import { cx } from "./cx";

type Props = { title?: ReactNode; children: ReactNode; className?: string; actions?: ReactNode };

export function Card({ title, children, className, actions }: Props) {
  return (
    <section className={cx("rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)}>
      {(title || actions) && (
        <div className="mb-4 flex items-center justify-between gap-2">
          {title && <h2 className="text-base font-semibold text-slate-900">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
