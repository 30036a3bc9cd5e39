import { describe, expect, it } from "vitest";

import { compileOrganization, formatError } from "@/lib/engine";
import type { Check, OrganizationSnapshot } from "@/lib/scenario/schema";

import { allText, answer, contoso, type Situation, team, user } from "./support/contoso";

// R7-R10: where roles may be held, how privileges are named, which levels a
// table takes, and how levels add up.

const ana = "CONTOSO\\ana";
const ben = "CONTOSO\\ben";

function errorsOf(snapshot: OrganizationSnapshot): string[] {
  const result = compileOrganization(snapshot);

  return result.ok ? [] : result.errors.map(formatError);
}

interface RefusalRow {
  rule: string;
  name: string;
  situation: Situation;
  error: string | null; // null: the snapshot is accepted
}

const placement: RefusalRow[] = [
  {
    rule: "R7",
    name: "a role of a parent unit is held below it",
    situation: { users: [user("ana", "Sales-East", ["Sales Clerk"])] },
    error: null,
  },
  {
    rule: "R7",
    name: "a role of Sales is not usable in Support",
    situation: { users: [user("ana", "Support", ["Sales Clerk"])] },
    error:
      'organization.users[0].roles[0]: role "Sales Clerk" belongs to Sales, which is neither ' +
      "Support nor above it (R7)",
  },
  {
    rule: "R7",
    name: "a role of a child unit is not usable in its parent",
    situation: { users: [user("ana", "Contoso", ["Sales Clerk"])] },
    error:
      'organization.users[0].roles[0]: role "Sales Clerk" belongs to Sales, which is neither ' +
      "Contoso nor above it (R7)",
  },
  {
    rule: "R7",
    name: "a team holds roles of its own unit or above only",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Helpdesk", "Support", ["ana"], ["Sales Clerk"])],
    },
    error:
      'organization.teams[0].roles[0]: role "Sales Clerk" belongs to Sales, which is neither ' +
      "Support nor above it (R7)",
  },
  {
    rule: "R7",
    name: "an unknown role",
    situation: { users: [user("ana", "Sales", ["Sales Mgr"])] },
    error: 'organization.users[0].roles[0]: no role "Sales Mgr" in Sales or above',
  },
  {
    rule: "R9",
    name: "an organization-owned table at Local",
    situation: {
      roles: [{ name: "Bad", businessUnit: "Contoso", privileges: { prvReadUoM: "Local" } }],
    },
    error:
      "organization.roles[18].privileges.prvReadUoM: uom is organization-owned: only None or " +
      "Global, not Local (R9)",
  },
  {
    rule: "R9",
    name: "an organization-owned table at Basic",
    situation: {
      roles: [{ name: "Bad", businessUnit: "Contoso", privileges: { prvWriteuom: "Basic" } }],
    },
    error:
      "organization.roles[18].privileges.prvWriteuom: uom is organization-owned: only None or " +
      "Global, not Basic (R9)",
  },
  {
    rule: "R9",
    name: "a misc privilege at Basic is kept as a real export has it",
    situation: {
      roles: [
        {
          name: "Ok",
          businessUnit: "Contoso",
          privileges: { prvActivateSynchronousWorkflow: "Basic" },
        },
      ],
    },
    error: null,
  },
  {
    rule: "R9",
    name: "an organization-owned table at None and Global",
    situation: {
      roles: [
        {
          name: "Ok",
          businessUnit: "Contoso",
          privileges: { prvReadUoM: "Global", prvWriteUoM: "None" },
        },
      ],
    },
    error: null,
  },
  {
    rule: "R8",
    name: "a privilege key that is not a privilege name",
    situation: {
      roles: [{ name: "Bad", businessUnit: "Contoso", privileges: { ReadAccount: "Basic" } }],
    },
    error:
      'organization.roles[18].privileges.ReadAccount: not a privilege name: expected "prv" then ' +
      "letters, digits or _ (R8)",
  },
  {
    rule: "R8",
    name: "the same privilege twice in other casing",
    situation: {
      roles: [
        {
          name: "Bad",
          businessUnit: "Contoso",
          privileges: { prvReadAccount: "Basic", prvreadaccount: "Global" },
        },
      ],
    },
    error:
      'organization.roles[18].privileges.prvreadaccount: same privilege as "prvReadAccount" ' +
      "(names are compared without case)",
  },
];

describe("R7-R9: where roles are held, privilege names, levels per table", () => {
  it.each(placement)("$rule: $name", ({ situation, error }) => {
    const errors = errorsOf(contoso(situation));

    if (error === null) expect(errors).toEqual([]);
    else expect(errors).toContain(error);
  });
});

interface AccessRow {
  rule: string;
  name: string;
  situation: Situation;
  check: object;
  outcome: "allowed" | "denied";
  says?: RegExp;
}

const access: AccessRow[] = [
  {
    rule: "R7",
    name: "a role name resolves to the nearest unit up the tree (Sales' Clerk is Global)",
    situation: { users: [user("ana", "Sales-East", ["Clerk"]), user("ben", "Support")] },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "allowed",
    says: /Global from role Clerk \(user\)/,
  },
  {
    rule: "R7",
    name: "the same name outside Sales resolves to Contoso's Clerk (Basic)",
    situation: { users: [user("ana", "Support-Tier2", ["Clerk"]), user("ben", "Support")] },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "denied",
  },
  {
    rule: "R7",
    name: "a role of the root is usable everywhere",
    situation: {
      users: [user("ana", "Support-Tier2", ["Reader Local"]), user("ben", "Support-Tier2")],
    },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "allowed",
  },
  {
    rule: "R8",
    name: "prvAppendToAccount is AppendTo, not Append on 'ToAccount'",
    situation: {
      users: [user("ana", "Sales", ["Only AppendTo"])],
      roles: [
        {
          name: "Only AppendTo",
          businessUnit: "Contoso",
          privileges: { prvAppendToAccount: "Global", prvReadAccount: "Global" },
        },
      ],
    },
    check: { user: ana, action: "Append", table: "account", record: { owner: ana } },
    outcome: "denied",
    says: /missing privilege prvAppendAccount/,
  },
  {
    rule: "R8",
    name: "the table part matches without case (prvReadACCOUNT, table Account)",
    situation: {
      users: [user("ana", "Sales", ["Shouty"])],
      roles: [{ name: "Shouty", businessUnit: "Contoso", privileges: { prvReadACCOUNT: "Basic" } }],
    },
    check: { user: ana, action: "Read", table: "Account", record: { owner: ana } },
    outcome: "allowed",
  },
  {
    rule: "R8",
    name: "a custom table with a prefix (prvAppendTocontoso_ticket)",
    situation: {
      users: [user("ana", "Sales", ["Tickets"])],
      roles: [
        {
          name: "Tickets",
          businessUnit: "Contoso",
          privileges: { prvAppendTocontoso_ticket: "Basic", prvReadcontoso_ticket: "Basic" },
        },
      ],
    },
    check: { user: ana, action: "AppendTo", table: "contoso_ticket", record: { owner: ana } },
    outcome: "allowed",
  },
  {
    rule: "R9",
    name: "Global reads an organization-owned table",
    situation: { users: [user("ana", "Sales-East", ["UoM Reader"])] },
    check: { user: ana, action: "Read", table: "uom" },
    outcome: "allowed",
    says: /organization-owned and Global reaches all its records \(R9\)/,
  },
  {
    rule: "R9",
    name: "without the privilege an organization-owned table is closed",
    situation: { users: [user("ana", "Sales", ["Account Global"])] },
    check: { user: ana, action: "Write", table: "uom" },
    outcome: "denied",
    says: /missing privilege prvWriteuom/,
  },
  {
    rule: "R9",
    name: "organization-owned records cannot be assigned",
    situation: { users: [user("ana", "Sales", ["UoM Reader"])] },
    check: { user: ana, action: "Assign", table: "uom" },
    outcome: "denied",
    says: /no owner to assign or share/,
  },
  {
    rule: "R9",
    name: "not even SYSTEM assigns an organization-owned record: it has no owner",
    situation: { users: [user("ana", "Sales", ["UoM Reader"])] },
    check: { user: "SYSTEM", action: "Assign", table: "uom" },
    outcome: "denied",
    says: /no owner to assign or share \(R9\)/,
  },
  {
    rule: "R9",
    name: "nor shares one, from a plug-in's CreateOrganizationService(null)",
    situation: { users: [user("ana", "Sales", ["UoM Reader"])] },
    check: {
      step: { message: "Update", table: "uom" },
      caller: ana,
      operations: [{ as: "system", action: "Share", table: "uom" }],
    },
    outcome: "denied",
    says: /no owner to assign or share \(R9\)/,
  },
  {
    rule: "R10",
    name: "a team role's Deep beats the user's own Basic",
    situation: {
      users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Sales-East")],
      teams: [team("Leads", "Sales", ["ana"], ["Account Deep"])],
    },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "allowed",
    says: /Deep from role Account Deep \(team Leads\)/,
  },
  {
    rule: "R10",
    name: "a second role adds Global to Local",
    situation: {
      users: [user("ana", "Sales", ["Reader Local", "Reader Global"]), user("ben", "Support")],
    },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "allowed",
  },
  {
    rule: "R10",
    name: "nothing subtracts: a role at None leaves another role's level",
    situation: {
      users: [user("ana", "Sales", ["Reader Local", "No Read"]), user("ben", "Sales")],
      roles: [{ name: "No Read", businessUnit: "Contoso", privileges: { prvReadAccount: "None" } }],
    },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "allowed",
  },
  {
    rule: "R10",
    name: "levels add up, but two Locals in other units do not make a Deep",
    situation: {
      users: [user("ana", "Sales", ["Reader Local"]), user("ben", "Sales-East")],
      teams: [team("Support Desk", "Support", ["ana"], ["Reader Local"])],
    },
    check: { user: ana, action: "Read", table: "account", record: { owner: ben } },
    outcome: "denied",
  },
];

describe("R7-R10 in decisions", () => {
  it.each(access)("$rule: $name -> $outcome", ({ situation, check, outcome, says }) => {
    const result = answer(situation, check as Check);

    expect(result.outcome).toBe(outcome);
    if (says) expect(allText(result)).toMatch(says);
  });
});
