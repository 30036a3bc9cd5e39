// A large organization in the snapshot shape, for benchmarks: a BU tree three
// levels deep, a handful of roles, owner teams, and as many users as asked,
// spread over the BUs with one or two roles each. Deterministic for a seed.
import type { OrganizationSnapshot } from "@/lib/scenario/schema";

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateOrganization(userCount: number, seed = 7): OrganizationSnapshot {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];

  const businessUnits = [{ name: "Root", parent: null as string | null }];
  for (let region = 0; region < 5; region++) {
    businessUnits.push({ name: `Region-${region}`, parent: "Root" });
    for (let office = 0; office < 8; office++) {
      businessUnits.push({ name: `Office-${region}-${office}`, parent: `Region-${region}` });
    }
  }
  const units = businessUnits.map((unit) => unit.name);

  const roles = [
    {
      name: "Basic User",
      businessUnit: "Root",
      privileges: { prvReadAccount: "Basic", prvWriteAccount: "Basic" },
    },
    {
      name: "Salesperson",
      businessUnit: "Root",
      privileges: { prvReadAccount: "Local", prvCreateAccount: "Basic" },
    },
    {
      name: "Manager",
      businessUnit: "Root",
      privileges: { prvReadAccount: "Deep", prvWriteAccount: "Deep" },
    },
    {
      name: "Auditor",
      businessUnit: "Root",
      privileges: { prvReadAccount: "Global", prvExportToExcel: "Global" },
    },
    { name: "Delegate", businessUnit: "Root", privileges: { prvActOnBehalfOfAnotherUser: "Global" } },
  ] as OrganizationSnapshot["roles"];
  const roleNames = roles!.map((role) => role.name);

  const users = Array.from({ length: userCount }, (_, index) => ({
    name: `BENCH\\user${index}`,
    fullName: `User ${index}`,
    businessUnit: pick(units),
    roles: next() < 0.3 ? [pick(roleNames), pick(roleNames)] : [pick(roleNames)],
    disabled: next() < 0.02,
  }));
  const uniqueRoles = users.map((user) => ({ ...user, roles: [...new Set(user.roles)] }));

  const teams = units.slice(1, 21).map((unit, index) => ({
    name: `Team ${index}`,
    businessUnit: unit,
    roles: [pick(roleNames)],
    members: Array.from({ length: 50 }, () => pick(uniqueRoles).name).filter(
      (v, i, all) => all.indexOf(v) === i,
    ),
  }));

  return {
    businessUnits,
    tables: [{ name: "account", ownership: "User" }],
    roles,
    users: uniqueRoles,
    teams,
    serviceAccounts: { CRMAppPool: "NetworkService" },
  };
}
