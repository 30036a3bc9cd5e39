import { compileOrganization, type CheckResult, type Organization, runCheck } from "@/lib/engine";
import type {
  Check,
  OrganizationSnapshot,
  SnapshotRole,
  SnapshotTeam,
  SnapshotUser,
} from "@/lib/scenario/schema";

// A small organization the rule tables build on. Each case adds its own users
// and teams, so a row reads as the situation it is about.
//
//   Contoso ── Sales ── Sales-East
//          └── Support ── Support-Tier2

const ALL_RIGHTS = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];

function accountRole(name: string, level: string, extra: Partial<SnapshotRole> = {}): SnapshotRole {
  const privileges = Object.fromEntries(ALL_RIGHTS.map((right) => [`prv${right}Account`, level]));

  return { name, businessUnit: "Contoso", privileges, ...extra } as SnapshotRole;
}

export const BASE_ROLES: SnapshotRole[] = [
  accountRole("Account Basic", "Basic"),
  accountRole("Account Local", "Local"),
  accountRole("Account Deep", "Deep"),
  accountRole("Account Global", "Global"),
  accountRole("Team Basic Only", "Basic", { inheritance: "TeamOnly" }),
  accountRole("Team Local Only", "Local", { inheritance: "TeamOnly" }),
  { name: "Reader Basic", businessUnit: "Contoso", privileges: { prvReadAccount: "Basic" } },
  { name: "Reader Local", businessUnit: "Contoso", privileges: { prvReadAccount: "Local" } },
  { name: "Reader Global", businessUnit: "Contoso", privileges: { prvReadAccount: "Global" } },
  {
    name: "Sharer Without Read",
    businessUnit: "Contoso",
    privileges: {
      prvShareAccount: "Global",
      prvAssignAccount: "Global",
      prvWriteAccount: "Global",
    },
  },
  {
    name: "Assigner Without Write",
    businessUnit: "Contoso",
    privileges: { prvAssignAccount: "Global", prvReadAccount: "Global" },
  },
  {
    name: "Appender",
    businessUnit: "Contoso",
    privileges: { prvAppendAccount: "Global", prvAppendToAccount: "Global" },
  },
  {
    name: "Delegate",
    businessUnit: "Contoso",
    privileges: { prvActOnBehalfOfAnotherUser: "Global" },
  },
  { name: "UoM Reader", businessUnit: "Contoso", privileges: { prvReadUoM: "Global" } },
  {
    name: "Misc",
    businessUnit: "Contoso",
    privileges: {
      prvExportToExcel: "Global",
      prvActivateSynchronousWorkflow: "Basic",
      prvPrint: "None",
    },
  },
  { name: "Sales Clerk", businessUnit: "Sales", privileges: { prvReadAccount: "Local" } },
  { name: "Clerk", businessUnit: "Contoso", privileges: { prvReadAccount: "Basic" } },
  { name: "Clerk", businessUnit: "Sales", privileges: { prvReadAccount: "Global" } },
];

export interface Situation {
  users?: SnapshotUser[];
  teams?: SnapshotTeam[];
  roles?: SnapshotRole[];
  serviceAccounts?: OrganizationSnapshot["serviceAccounts"];
  groups?: OrganizationSnapshot["groups"];
}

export function contoso(situation: Situation = {}): OrganizationSnapshot {
  return {
    businessUnits: [
      { name: "Contoso", parent: null },
      { name: "Sales", parent: "Contoso" },
      { name: "Sales-East", parent: "Sales" },
      { name: "Support", parent: "Contoso" },
      { name: "Support-Tier2", parent: "Support" },
    ],
    tables: [
      { name: "account", ownership: "User" },
      { name: "uom", ownership: "Organization" },
    ],
    roles: [...BASE_ROLES, ...(situation.roles ?? [])],
    users: situation.users ?? [],
    teams: situation.teams ?? [],
    serviceAccounts: situation.serviceAccounts,
    groups: situation.groups,
  };
}

export function user(
  name: string,
  businessUnit: string,
  roles: string[] = [],
  extra: Partial<SnapshotUser> = {},
): SnapshotUser {
  return { name: `CONTOSO\\${name}`, businessUnit, roles, ...extra };
}

export function team(
  name: string,
  businessUnit: string,
  members: string[],
  roles: string[] = [],
  extra: Partial<SnapshotTeam> = {},
): SnapshotTeam {
  return { name, businessUnit, members: members.map((m) => `CONTOSO\\${m}`), roles, ...extra };
}

export function compiled(snapshot: OrganizationSnapshot): Organization {
  const result = compileOrganization(snapshot);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));

  return result.org;
}

export function answer(situation: Situation, check: object): CheckResult {
  return runCheck(compiled(contoso(situation)), { name: "case", ...check } as Check);
}

export function allText(result: CheckResult): string {
  const operations = (result.operations ?? []).flatMap((operation) => operation.reasons);

  return [...result.reasons, ...operations].map((r) => r.text).join("\n");
}

export function rulesCited(result: CheckResult): string[] {
  const operations = (result.operations ?? []).flatMap((operation) => operation.reasons);

  return [...result.reasons, ...operations].map((r) => r.rule);
}
