import { describe, expect, it } from "vitest";

import { type BaseOrganization, orgErrors } from "./support/base-organization";

// What a scenario file is refused for, one case per row, each with the exact
// `key.path: what is wrong` line a reader sees.

interface Refusal {
  name: string;
  change: (org: BaseOrganization) => void;
  checks?: object[];
  error: string;
}

const refusals: Refusal[] = [
  {
    name: "the example of SCENARIOS.md",
    change: (o) =>
      o.users.push(
        { name: "CONTOSO\\cy", businessUnit: "Sales" },
        { name: "CONTOSO\\dee", businessUnit: "Sales", roles: ["Sales Mgr"] },
      ),
    error: 'organization.users[3].roles[0]: no role "Sales Mgr" in Sales or above',
  },
  {
    name: "a cycle in the business-unit tree",
    change: (o) => o.businessUnits.push({ name: "A", parent: "B" }, { name: "B", parent: "A" }),
    error: "organization.businessUnits[3].parent: cycle in the business-unit tree: A -> B -> A (R1)",
  },
  {
    name: "a unit that is its own parent",
    change: (o) => o.businessUnits.push({ name: "Loop", parent: "loop" }),
    error: "organization.businessUnits[3].parent: cycle in the business-unit tree: Loop -> Loop (R1)",
  },
  {
    name: "no root",
    change: (o) => (o.businessUnits[0].parent = "Sales"),
    error: 'organization.businessUnits: no root business unit: exactly one needs "parent": null (R1)',
  },
  {
    name: "two roots",
    change: (o) => o.businessUnits.push({ name: "Fabrikam", parent: null }),
    error:
      'organization.businessUnits[3].parent: a second root: "Contoso" is already the root; ' +
      'exactly one business unit has "parent": null (R1)',
  },
  {
    name: "an unknown parent",
    change: (o) => o.businessUnits.push({ name: "East", parent: "Sails" }),
    error: 'organization.businessUnits[3].parent: no business unit "Sails"',
  },
  {
    name: "a duplicate business unit, whatever the case",
    change: (o) => o.businessUnits.push({ name: "SALES", parent: "Contoso" }),
    error: 'organization.businessUnits[3].name: duplicate business unit "SALES" (as businessUnits[1])',
  },
  {
    name: "a user in an unknown unit",
    change: (o) => o.users.push({ name: "CONTOSO\\cy", businessUnit: "Marketing" }),
    error: 'organization.users[2].businessUnit: no business unit "Marketing"',
  },
  {
    name: "a duplicate user, whatever the case",
    change: (o) => o.users.push({ name: "contoso\\ANA", businessUnit: "Sales" }),
    error:
      'organization.users[2].name: duplicate user "contoso\\ANA" (as users[0]; logon names ' + "ignore case)",
  },
  {
    name: "a duplicate role in one unit",
    change: (o) => o.roles.push({ name: "salesperson", businessUnit: "Contoso", privileges: {} }),
    error:
      'organization.roles[2].name: duplicate role "salesperson" in business unit Contoso (as ' + "roles[0])",
  },
  {
    name: "a role held outside its unit and below (R7)",
    change: (o) => o.users.push({ name: "CONTOSO\\cy", businessUnit: "Support", roles: ["Sales Clerk"] }),
    error:
      'organization.users[2].roles[0]: role "Sales Clerk" belongs to Sales, which is neither ' +
      "Support nor above it (R7)",
  },
  {
    name: "a role listed twice",
    change: (o) =>
      o.users.push({ name: "CONTOSO\\cy", businessUnit: "Sales", roles: ["Salesperson", "SALESPERSON"] }),
    error: 'organization.users[2].roles[1]: role "SALESPERSON" is listed twice',
  },
  {
    name: "a bad logon name",
    change: (o) => o.users.push({ name: "ana", businessUnit: "Sales" }),
    error: 'organization.users[2].name: not a logon name DOMAIN\\name, not "ana"',
  },
  {
    name: "a bad level",
    change: (o) =>
      o.roles.push({ name: "X", businessUnit: "Contoso", privileges: { prvReadAccount: "Organization" } }),
    error:
      "organization.roles[2].privileges.prvReadAccount: must be one of None, Basic, Local, Deep, " +
      'Global, not "Organization"',
  },
  {
    name: "a bad access mode",
    change: (o) => o.users.push({ name: "CONTOSO\\cy", businessUnit: "Sales", accessMode: "Read-Write" }),
    error:
      "organization.users[2].accessMode: must be one of ReadWrite, Administrative, Read, " +
      'SupportUser, NonInteractive, DelegatedAdmin, not "Read-Write"',
  },
  {
    name: "an application user with an interactive access mode (R2)",
    change: (o) =>
      o.users.push({
        name: "CONTOSO\\app",
        businessUnit: "Sales",
        applicationUser: true,
        accessMode: "ReadWrite",
      }),
    error:
      "organization.users[2].accessMode: an application user is NonInteractive; its access mode " +
      "cannot be ReadWrite (R2)",
  },
  {
    name: "a bad ownership",
    change: (o) => o.tables.push({ name: "account", ownership: "Team" }),
    error: 'organization.tables[1].ownership: must be one of User, Organization, not "Team"',
  },
  {
    name: "an unknown key",
    change: (o) => o.users.push({ name: "CONTOSO\\cy", businessUnit: "Sales", role: ["Salesperson"] }),
    error: "organization.users[2].role: unknown key",
  },
  {
    name: "a missing key",
    change: (o) => o.users.push({ name: "CONTOSO\\cy" }),
    error: "organization.users[2].businessUnit: missing",
  },
  {
    name: "roles on an access team (R5)",
    change: (o) =>
      o.teams.push({
        name: "Deal",
        businessUnit: "Sales",
        type: "Access",
        roles: ["Salesperson"],
        members: [],
      }),
    error: "organization.teams[0].roles: an access team holds no roles (R5)",
  },
  {
    name: "an unknown member",
    change: (o) => o.teams.push({ name: "Desk", businessUnit: "Sales", members: ["CONTOSO\\anna"] }),
    error: 'organization.teams[0].members[0]: no user "CONTOSO\\anna"',
  },
  {
    name: "a bad team type",
    change: (o) => o.teams.push({ name: "Desk", businessUnit: "Sales", type: "Owners", members: [] }),
    error: 'organization.teams[0].type: must be one of Owner, Access, not "Owners"',
  },
  {
    name: "a team named like the organization",
    change: (o) => o.teams.push({ name: "Organization", businessUnit: "Sales", members: [] }),
    error: 'organization.teams[0].name: "Organization" is reserved for sharing with the organization',
  },
  {
    name: "an unknown user in a check",
    change: () => {},
    checks: [{ name: "c", user: "CONTOSO\\anna", action: "Read", table: "account" }],
    error: 'checks[0].user: no user "CONTOSO\\anna"',
  },
  {
    name: "an unknown team in a check",
    change: () => {},
    checks: [
      {
        name: "c",
        user: "CONTOSO\\ana",
        action: "Read",
        table: "account",
        record: { ownerTeam: "Desk" },
      },
    ],
    error: 'checks[0].record.ownerTeam: no team "Desk"',
  },
  {
    name: "an access team owning a record (R5)",
    change: (o) => o.teams.push({ name: "Deal", businessUnit: "Sales", type: "Access", members: [] }),
    checks: [
      {
        name: "c",
        user: "CONTOSO\\ana",
        action: "Read",
        table: "account",
        record: { ownerTeam: "Deal" },
      },
    ],
    error: 'checks[0].record.ownerTeam: "Deal" is an access team, and access teams own nothing (R5)',
  },
  {
    name: "an unknown share principal",
    change: () => {},
    checks: [
      {
        name: "c",
        user: "CONTOSO\\ana",
        action: "Read",
        table: "account",
        record: { sharedWith: [{ principal: "Everyone", rights: ["Read"] }] },
      },
    ],
    error: 'checks[0].record.sharedWith[0].principal: no user or team "Everyone"',
  },
  {
    name: "an unknown table in a check",
    change: () => {},
    checks: [{ name: "c", user: "CONTOSO\\ana", action: "Read", table: "acount" }],
    error: 'checks[0].table: no table "acount": not in organization.tables and named by no privilege',
  },
  {
    name: "an owner on an organization-owned record (R9)",
    change: () => {},
    checks: [
      {
        name: "c",
        user: "CONTOSO\\ana",
        action: "Read",
        table: "uom",
        record: { owner: "CONTOSO\\ana" },
      },
    ],
    error:
      "checks[0].record: uom is organization-owned: its records have no owner and are not shared " + "(R9)",
  },
  {
    name: "a misspelt built-in service account, whatever the case (R27)",
    change: (o) => Object.assign(o, { serviceAccounts: { CRMAppPool: "networkservices" } }),
    error:
      "organization.serviceAccounts.CRMAppPool: must be NetworkService, LocalSystem, LocalService, " +
      'ApplicationPoolIdentity, IIS AppPool\\<pool> or DOMAIN\\account, not "networkservices"',
  },
  {
    name: "a bad expectation",
    change: () => {},
    checks: [{ name: "c", user: "CONTOSO\\ana", action: "Read", table: "account", expect: "allow" }],
    error: 'checks[0].expect: must be one of allowed, denied, failed, not "allow"',
  },
  {
    name: "a check of no known kind",
    change: () => {},
    checks: [{ name: "c", caller: "CONTOSO\\ana", action: "Read", table: "account" }],
    error:
      'checks[0]: cannot tell the kind of check: give "user" (access), ' +
      '"caller" and "impersonate" (impersonation), or "step" and "caller" (plug-in call)',
  },
];

describe("refusals", () => {
  it.each(refusals)("$name", ({ change, checks, error }) => {
    expect(orgErrors(change, checks)).toContain(error);
  });
});
