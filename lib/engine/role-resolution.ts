import { type BrokenNames, isBroken } from "./broken-names";
import type { BusinessUnitNode, CompiledRole } from "./organization";

export interface RoleLookup {
  byUnitAndName: Map<string, number>;
  byName: Map<string, number[]>;
}

export function buildRoleLookup(roles: readonly CompiledRole[]): RoleLookup {
  const byUnitAndName = new Map<string, number>();
  const byName = new Map<string, number[]>();

  roles.forEach((role, i) => {
    const name = role.name.toLowerCase();
    byUnitAndName.set(`${role.businessUnit}\u0000${name}`, i);
    byName.set(name, [...(byName.get(name) ?? []), i]);
  });

  return { byUnitAndName, byName };
}

export type RoleResolution = { ok: true; role: number } | { ok: false; message?: string };

// R7: a role is usable in its business unit and every unit below it, so a role
// name held by a principal resolves in the principal's unit, then its parent, and
// so on up to the root. The nearest definition wins.
export function resolveRole(
  name: string,
  unit: number,
  units: readonly BusinessUnitNode[],
  roles: readonly CompiledRole[],
  lookup: RoleLookup,
  broken: BrokenNames,
): RoleResolution {
  const key = name.toLowerCase();
  let at = unit;
  for (let steps = 0; at !== -1 && steps <= units.length; steps++) {
    const role = lookup.byUnitAndName.get(`${at}\u0000${key}`);
    if (role !== undefined) return { ok: true, role };
    at = units[at].parent;
  }

  if (isBroken(broken, "roles", name)) return { ok: false };

  const elsewhere = lookup.byName.get(key);
  if (elsewhere) {
    const homes = elsewhere.map((i) => units[roles[i].businessUnit].name).join(", ");
    return {
      ok: false,
      message:
        `role "${name}" belongs to ${homes}, which is neither ${units[unit].name} ` + "nor above it (R7)",
    };
  }

  return { ok: false, message: `no role "${name}" in ${units[unit].name} or above` };
}
