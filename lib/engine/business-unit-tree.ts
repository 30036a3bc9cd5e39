import type { SnapshotBusinessUnit } from "../scenario/schema";

import { type BrokenNames, hasBroken, isBroken } from "./broken-names";
import type { BusinessUnitNode } from "./organization";
import type { ErrorList, PathSegment } from "./validation-error";

export interface BusinessUnitTree {
  nodes: BusinessUnitNode[];
  index: Map<string, number>;
  root: number; // -1 when there is none
}

interface Draft {
  name: string;
  parentName: string | null;
  parent: number;
  at: PathSegment[];
}

// R1: one root; every other unit has exactly one parent that exists; no cycles.
export function compileBusinessUnits(
  units: readonly (SnapshotBusinessUnit | undefined)[],
  broken: BrokenNames,
  errors: ErrorList,
): BusinessUnitTree {
  const drafts = collectUnits(units, errors);
  const index = new Map(drafts.map((draft, i) => [draft.name.toLowerCase(), i]));

  resolveParents(drafts, index, broken, errors);
  const root = findRoot(drafts, broken, errors);
  reportCycles(drafts, errors);

  return { nodes: numberTree(drafts, root), index, root };
}

function collectUnits(units: readonly (SnapshotBusinessUnit | undefined)[], errors: ErrorList): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Map<string, number>();

  units.forEach((unit, i) => {
    if (!unit) return;
    const at: PathSegment[] = ["organization", "businessUnits", i];
    const key = unit.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `duplicate business unit "${unit.name}" (as businessUnits[${first}])`;
      errors.add([...at, "name"], message);
      return;
    }

    seen.set(key, i);
    drafts.push({ name: unit.name, parentName: unit.parent, parent: -1, at });
  });

  return drafts;
}

function resolveParents(
  drafts: Draft[],
  index: Map<string, number>,
  broken: BrokenNames,
  errors: ErrorList,
): void {
  for (const draft of drafts) {
    if (draft.parentName === null) continue;

    const parent = index.get(draft.parentName.toLowerCase());
    if (parent !== undefined) draft.parent = parent;
    else if (!isBroken(broken, "businessUnits", draft.parentName)) {
      errors.add([...draft.at, "parent"], `no business unit "${draft.parentName}"`);
    }
  }
}

function findRoot(drafts: Draft[], broken: BrokenNames, errors: ErrorList): number {
  const roots = drafts.flatMap((draft, i) => (draft.parentName === null ? [i] : []));

  if (roots.length === 0 && !hasBroken(broken, "businessUnits")) {
    errors.add(
      ["organization", "businessUnits"],
      'no root business unit: exactly one needs "parent": null (R1)',
    );
  }

  for (const extra of roots.slice(1)) {
    errors.add(
      [...drafts[extra].at, "parent"],
      `a second root: "${drafts[roots[0]].name}" is already the root; ` +
        'exactly one business unit has "parent": null (R1)',
    );
  }

  return roots[0] ?? -1;
}

// Walks up from every unit; a walk that meets itself is a cycle. Each cycle is
// reported once, at its first unit in file order.
function reportCycles(drafts: Draft[], errors: ErrorList): void {
  const state = new Uint8Array(drafts.length); // 0 unseen, 1 on the walk, 2 done

  drafts.forEach((_, start) => {
    const walk: number[] = [];
    let at = start;
    while (at !== -1 && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = drafts[at].parent;
    }

    if (at !== -1 && state[at] === 1) {
      const cycle = walk.slice(walk.indexOf(at));
      const first = Math.min(...cycle);
      const names = [...cycle, cycle[0]].map((i) => drafts[i].name).join(" -> ");
      errors.add([...drafts[first].at, "parent"], `cycle in the business-unit tree: ${names} (R1)`);
    }

    for (const i of walk) state[i] = 2;
  });
}

// Depth-first numbering from the root. Units cut off from the root (only in a
// file that is refused anyway) get numbers that place them below nothing.
function numberTree(drafts: Draft[], root: number): BusinessUnitNode[] {
  const children: number[][] = drafts.map(() => []);
  drafts.forEach((draft, i) => {
    if (draft.parent !== -1 && i !== root) children[draft.parent].push(i);
  });

  const enter = new Int32Array(drafts.length).fill(-1);
  const exit = new Int32Array(drafts.length).fill(-2);
  const depth = new Int32Array(drafts.length);
  let clock = 0;

  const stack: { unit: number; next: number }[] = root === -1 ? [] : [{ unit: root, next: 0 }];
  if (root !== -1) enter[root] = clock++;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const child = children[top.unit][top.next++];
    if (child === undefined) {
      exit[top.unit] = clock++;
      stack.pop();
    } else if (enter[child] === -1) {
      enter[child] = clock++;
      depth[child] = depth[top.unit] + 1;
      stack.push({ unit: child, next: 0 });
    }
  }

  return drafts.map((draft, i) => ({
    name: draft.name,
    parent: draft.parent,
    depth: depth[i],
    enter: enter[i] === -1 ? -1 - i * 2 : enter[i],
    exit: exit[i] === -2 ? -2 - i * 2 : exit[i],
  }));
}
