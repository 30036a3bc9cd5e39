"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/nav";
import { cx } from "@/components/ui/cx";

function matches(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(href + "/");
}

/** The entry for this page: the longest matching one, so /access/who-can is not also /access. */
function currentHref(pathname: string, items: NavItem[]) {
  return items
    .filter((item) => matches(pathname, item.href))
    .reduce<string | undefined>(
      (best, item) => (!best || item.href.length > best.length ? item.href : best),
      undefined,
    );
}

export function Sidebar({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const sections = [...new Set(items.map((item) => item.section))];
  const current = currentHref(pathname, items);

  return (
    <nav aria-label="Main" className="no-print flex w-60 shrink-0 flex-col bg-brand-900 text-slate-200">
      <div className="px-5 py-5">
        <p className="text-lg font-semibold text-white">Identity Console</p>
        <p className="text-xs text-slate-400">Dynamics 365 CE security</p>
      </div>
      {sections.map((section) => (
        <div key={section} className="px-3 pb-4">
          <p className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">{section}</p>
          <ul>
            {items
              .filter((item) => item.section === section)
              .map((item) => {
                const isCurrent = item.href === current;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={isCurrent ? "page" : undefined}
                      className={cx(
                        "block rounded-md px-2 py-1.5 text-sm",
                        isCurrent ? "bg-white/15 font-medium text-white" : "hover:bg-white/10",
                      )}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
