// When a file has shape errors, the well-formed parts are still checked so that
// every error is reported at once. Names of malformed elements (and of elements
// dropped for an error) are remembered so that a reference to them is not
// reported a second time as "unknown".

export type NameKind = "businessUnits" | "tables" | "roles" | "users" | "teams";

export type BrokenNames = Record<NameKind, Set<string> | "all">;

export function noBrokenNames(): BrokenNames {
  return {
    businessUnits: new Set(),
    tables: new Set(),
    roles: new Set(),
    users: new Set(),
    teams: new Set(),
  };
}

export function markBroken(broken: BrokenNames, kind: NameKind, name: string): void {
  const names = broken[kind];
  if (names !== "all") names.add(name.toLowerCase());
}

export function isBroken(broken: BrokenNames, kind: NameKind, name: string): boolean {
  const names = broken[kind];

  return names === "all" || names.has(name.toLowerCase());
}

export function hasBroken(broken: BrokenNames, kind: NameKind): boolean {
  const names = broken[kind];

  return names === "all" || names.size > 0;
}
