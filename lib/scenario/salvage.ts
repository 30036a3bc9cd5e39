import type { z } from "zod";

import { type BrokenNames, markBroken, type NameKind, noBrokenNames } from "../engine/broken-names";
import type { SalvagedSnapshot } from "../engine/compile-organization";

import {
  businessUnitSchema,
  type Check,
  checkSchema,
  groupsSchema,
  levelSchema,
  roleSchema,
  serviceAccountsSchema,
  settingsSchema,
  tableSchema,
  teamSchema,
  userSchema,
} from "./schema";

export interface Salvage {
  snapshot: SalvagedSnapshot | undefined;
  checks: (Check | undefined)[];
  broken: BrokenNames;
}

// For a file with shape errors: keeps every element that is well formed, in its
// place, so the name checks still run and still cite the right indexes.
export function salvage(raw: unknown): Salvage {
  const broken = noBrokenNames();
  const file = asRecord(raw);
  const organization = asRecord(file?.organization);
  const checks = Array.isArray(file?.checks) ? file.checks.map((c) => keep(checkSchema, c)) : [];
  if (!organization) return { snapshot: undefined, checks, broken };

  const snapshot: SalvagedSnapshot = {
    businessUnits: list(organization.businessUnits, businessUnitSchema, "businessUnits", broken),
    tables: list(organization.tables, tableSchema, "tables", broken),
    roles: list(organization.roles, roleSchema, "roles", broken, withoutBadLevels),
    users: list(organization.users, userSchema, "users", broken),
    teams: list(organization.teams, teamSchema, "teams", broken),
    serviceAccounts: keep(serviceAccountsSchema, organization.serviceAccounts),
    groups: keep(groupsSchema, organization.groups),
    settings: keep(settingsSchema, organization.settings),
  };

  return { snapshot, checks, broken };
}

function list<T>(
  value: unknown,
  schema: z.ZodType<T>,
  kind: NameKind,
  broken: BrokenNames,
  repair: (element: unknown) => unknown = (element) => element,
): (T | undefined)[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    broken[kind] = "all";
    return [];
  }

  return value.map((element) => {
    const parsed = schema.safeParse(element);
    if (parsed.success) return parsed.data;

    // A role with one bad level is still worth checking for its other faults.
    const repaired = schema.safeParse(repair(element));
    if (repaired.success) return repaired.data;

    const name = asRecord(element)?.name;
    if (typeof name === "string") markBroken(broken, kind, name);
    else broken[kind] = "all";
    return undefined;
  });
}

function withoutBadLevels(element: unknown): unknown {
  const role = asRecord(element);
  const privileges = asRecord(role?.privileges);
  if (!role || !privileges) return element;

  const good = Object.entries(privileges).filter(([, level]) => {
    return levelSchema.safeParse(level).success;
  });

  return { ...role, privileges: Object.fromEntries(good) };
}

function keep<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);

  return parsed.success ? parsed.data : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;

  return value as Record<string, unknown>;
}
