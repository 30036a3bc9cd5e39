// A readable difference between an audit event's `before` and `after`: which
// fields were added, removed or changed. Lists of names (roles, members) are
// compared as sets, so a membership change reads "members: + CONTOSO\ana"
// rather than as a reshuffled array.

export type FieldChange =
  | { path: string; kind: "added"; after: unknown }
  | { path: string; kind: "removed"; before: unknown }
  | { path: string; kind: "changed"; before: unknown; after: unknown }
  | { path: string; kind: "items"; added: unknown[]; removed: unknown[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isScalarList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null);

export function diffJson(before: unknown, after: unknown, path = ""): FieldChange[] {
  // A created or deleted target lists each of its fields as added or removed.
  if (!path && before == null && isObject(after)) return diffJson({}, after);
  if (!path && after == null && isObject(before)) return diffJson(before, {});
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];

    return keys.flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (!(key in before)) return [{ path: at, kind: "added" as const, after: after[key] }];
      if (!(key in after)) return [{ path: at, kind: "removed" as const, before: before[key] }];

      return diffJson(before[key], after[key], at);
    });
  }
  if (isScalarList(before) && isScalarList(after)) {
    const text = (items: unknown[]) => new Set(items.map((item) => JSON.stringify(item)));
    const was = text(before);
    const now = text(after);
    const added = after.filter((item) => !was.has(JSON.stringify(item)));
    const removed = before.filter((item) => !now.has(JSON.stringify(item)));

    return added.length || removed.length ? [{ path: path || "(value)", kind: "items", added, removed }] : [];
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (before === null || before === undefined) return [{ path: path || "(value)", kind: "added", after }];
  if (after === null || after === undefined) return [{ path: path || "(value)", kind: "removed", before }];

  return [{ path: path || "(value)", kind: "changed", before, after }];
}

export function formatValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "(none)";

  return JSON.stringify(value);
}

/** One line per change, for the CSV export and screen readers. */
export function describeFieldChange(change: FieldChange): string {
  switch (change.kind) {
    case "added":
      return `${change.path}: added ${formatValue(change.after)}`;
    case "removed":
      return `${change.path}: removed ${formatValue(change.before)}`;
    case "changed":
      return `${change.path}: ${formatValue(change.before)} → ${formatValue(change.after)}`;
    case "items": {
      const parts = [
        ...change.added.map((item) => `+ ${formatValue(item)}`),
        ...change.removed.map((item) => `- ${formatValue(item)}`),
      ];
      return `${change.path}: ${parts.join(", ")}`;
    }
  }
}
