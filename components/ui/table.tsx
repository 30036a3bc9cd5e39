import Link from "next/link";
import type { ReactNode, ThHTMLAttributes } from "react";
import { type SearchParams, withParams } from "@/lib/ui/list-params";
import { cx } from "./cx";

export function Table({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cx(
        "bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase text-slate-600",
        className,
      )}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx("px-3 py-2 align-top text-slate-800", className)} {...rest} />;
}

type SortProps = {
  path: string;
  params: SearchParams;
  column: string;
  label: string;
  current: { sort: string; dir: "asc" | "desc" };
};

/** A column header that sorts by its column; a second click reverses the order. */
export function SortableTh({ path, params, column, label, current }: SortProps) {
  const active = current.sort === column;
  const nextDir = active && current.dir === "asc" ? "desc" : "asc";
  const href = withParams(path, params, { sort: column, dir: nextDir, page: undefined });
  const ariaSort = active ? (current.dir === "asc" ? "ascending" : "descending") : "none";

  return (
    <Th aria-sort={ariaSort}>
      <Link href={href} className="inline-flex items-center gap-1 hover:text-slate-900">
        {label}
        <span aria-hidden="true">{active ? (current.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </Th>
  );
}

type PaginationProps = {
  path: string;
  params: SearchParams;
  page: number;
  pageSize: number;
  total: number;
};

export function Pagination({ path, params, page, pageSize, total }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100";

  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between text-sm text-slate-600">
      <p>
        {first.toLocaleString("en")}–{last.toLocaleString("en")} of {total.toLocaleString("en")}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={link} href={withParams(path, params, { page: page - 1 })} rel="prev">
            Previous
          </Link>
        )}
        <span className="px-2 py-1">
          Page {page} of {pages.toLocaleString("en")}
        </span>
        {page < pages && (
          <Link className={link} href={withParams(path, params, { page: page + 1 })} rel="next">
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-8 text-center text-slate-500">
        {children}
      </td>
    </tr>
  );
}
