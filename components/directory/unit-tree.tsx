"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { count } from "@/lib/ui/count";

export type TreeNode = {
  id: string;
  name: string;
  users: number;
  teams: number;
  roles: number;
  children: TreeNode[];
};

function Counts({ node }: { node: TreeNode }) {
  return (
    <span className="ml-2 text-xs text-slate-500">
      {count(node.users, "user")} · {count(node.teams, "team")} · {count(node.roles, "role")}
    </span>
  );
}

function Branch({ node, depth, last }: { node: TreeNode; depth: number; last: boolean }) {
  const [open, setOpen] = useState(depth < 2);
  const hasChildren = node.children.length > 0;

  return (
    <li
      role="treeitem"
      aria-expanded={hasChildren ? open : undefined}
      aria-selected={false}
      className="relative"
    >
      {depth > 0 && (
        <span
          aria-hidden="true"
          className={`absolute -left-4 top-0 w-4 border-l border-slate-300 ${last ? "h-4" : "h-full"}`}
        />
      )}
      {depth > 0 && (
        <span aria-hidden="true" className="absolute -left-4 top-4 w-3 border-t border-slate-300" />
      )}
      <div className="flex items-center gap-1 py-1">
        {hasChildren ? (
          <button
            type="button"
            onClick={() => setOpen(!open)}
            aria-label={`${open ? "Collapse" : "Expand"} ${node.name}`}
            className="flex h-5 w-5 items-center justify-center rounded text-xs text-slate-600 hover:bg-slate-200"
          >
            {open ? "▾" : "▸"}
          </button>
        ) : (
          <span className="inline-block h-5 w-5" aria-hidden="true" />
        )}
        <Link href={`/business-units/${node.id}`} className="font-medium text-brand-700 hover:underline">
          {node.name}
        </Link>
        {depth === 0 && <Badge tone="info">Root</Badge>}
        <Counts node={node} />
      </div>
      {hasChildren && open && (
        <ul role="group" className="ml-6 pl-4">
          {node.children.map((child, index) => (
            <Branch key={child.id} node={child} depth={depth + 1} last={index === node.children.length - 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The business-unit tree, indented with connector lines; branches open and close. */
export function UnitTree({ roots }: { roots: TreeNode[] }) {
  return (
    <ul role="tree" aria-label="Business units" className="text-sm">
      {roots.map((root, index) => (
        <Branch key={root.id} node={root} depth={0} last={index === roots.length - 1} />
      ))}
    </ul>
  );
}
