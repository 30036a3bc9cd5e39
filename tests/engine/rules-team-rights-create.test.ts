import { expect, it } from "vitest";

import { answer, team, user } from "./support/contoso";
import { type AccessRow, ana, ben, describeRows, read } from "./support/access-rows";

// R13-R16: team-privileges-only roles, combined rights, Create's owner reach and
// disabled users.

const rows: AccessRow[] = [
  // R13: "Team privileges only" narrows a team role's Basic level to the team's records.
  {
    rule: "R13",
    name: "team-only Basic reaches the team's own records",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Desk", "Sales", ["ana"], ["Team Basic Only"])],
    },
    check: read({ ownerTeam: "Desk" }),
    outcome: "allowed",
    says: /team Desk, team privileges only\), the record is owned by team Desk/,
  },
  {
    rule: "R13",
    name: "team-only Basic does not reach the member's own records",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Desk", "Sales", ["ana"], ["Team Basic Only"])],
    },
    check: read({ owner: ana }),
    outcome: "denied",
    says: /"team privileges only": its Basic level reaches only the records team Desk owns/,
  },
  {
    rule: "R13",
    name: "team-only Basic does not reach another team's records",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Desk", "Sales", ["ana"], ["Team Basic Only"]), team("Other Desk", "Sales", ["ana"])],
    },
    check: read({ ownerTeam: "Other Desk" }),
    outcome: "denied",
  },
  {
    rule: "R13",
    name: "a Direct team role's Basic level is the member's own",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Desk", "Support", ["ana"], ["Account Basic"])],
    },
    check: read({ owner: ana }),
    outcome: "allowed",
    cites: "R12",
    says: /Basic from role Account Basic \(team Desk\), you own the record/,
  },
  {
    rule: "R13",
    name: "team-only Local still reaches the team's business unit",
    situation: {
      users: [user("ana", "Sales"), user("ben", "Support")],
      teams: [team("Desk", "Support", ["ana"], ["Team Local Only"])],
    },
    check: read({ owner: ben }),
    outcome: "allowed",
    cites: "R12",
  },
  {
    rule: "R13",
    name: "team-only Basic does not use a share with the member",
    situation: {
      users: [user("ana", "Sales"), user("ben", "Sales")],
      teams: [team("Desk", "Sales", ["ana"], ["Team Basic Only"])],
    },
    check: read({ owner: ben, sharedWith: [{ principal: ana, rights: ["Read"] }] }),
    outcome: "denied",
    says: /shared with you for Read, but role Team Basic Only via team Desk is "team privileges only"/,
  },
  {
    rule: "R13",
    name: "team-only Basic does not use a share with its own team either",
    situation: {
      users: [user("ana", "Sales"), user("ben", "Support")],
      teams: [team("Desk", "Sales", ["ana"], ["Team Basic Only"])],
    },
    check: read({ owner: ben, sharedWith: [{ principal: "Desk", rights: ["Read"] }] }),
    outcome: "denied",
    says: /its Basic level reaches only the records team Desk owns/,
  },
  {
    rule: "R13",
    name: "team-only Local reaches by the team's unit, but not the member's own records",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Desk", "Support", ["ana"], ["Team Local Only"])],
    },
    check: read({ owner: ana }),
    outcome: "denied",
    says: /"team privileges only": through ownership it reaches only the records team Desk owns, not your own/,
  },
  {
    rule: "R13",
    name: "team-only Local is a privilege the member may use on a share",
    situation: {
      users: [user("ana", "Sales"), user("ben", "Sales")],
      teams: [team("Desk", "Support", ["ana"], ["Team Local Only"])],
    },
    check: read({ owner: ben, sharedWith: [{ principal: ana, rights: ["Read"] }] }),
    outcome: "allowed",
    cites: "R12",
    says: /shared with you for Read; privilege held: Local from role Team Local Only/,
  },
  {
    rule: "R13",
    name: "a share uses the member's own role, not the team-only Basic one",
    situation: {
      users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Support")],
      teams: [team("Desk", "Sales", ["ana"], ["Team Basic Only"])],
    },
    check: read({ owner: ben, sharedWith: [{ principal: ana, rights: ["Read"] }] }),
    outcome: "allowed",
    cites: "R12",
    says: /privilege held: Basic from role Reader Basic \(user\)/,
  },
  // R14: combined rights.
  {
    rule: "R14",
    name: "Share needs Read too",
    situation: { users: [user("ana", "Sales", ["Sharer Without Read"])] },
    check: { user: ana, action: "Share", table: "account", record: { owner: ana } },
    outcome: "denied",
    says: /Share needs Share and Read on account[\s\S]*missing privilege prvReadAccount/,
  },
  {
    rule: "R14",
    name: "Assign needs Write too",
    situation: { users: [user("ana", "Sales", ["Assigner Without Write"])] },
    check: { user: ana, action: "Assign", table: "account", record: { owner: ana } },
    outcome: "denied",
    says: /Assign needs Assign, Write and Read/,
  },
  {
    rule: "R14",
    name: "Assign with Assign, Write and Read",
    situation: { users: [user("ana", "Sales", ["Account Local"]), user("ben", "Sales")] },
    check: { user: ana, action: "Assign", table: "account", record: { owner: ben } },
    outcome: "allowed",
  },
  {
    rule: "R14",
    name: "Append needs Read too",
    situation: { users: [user("ana", "Sales", ["Appender"])] },
    check: { user: ana, action: "Append", table: "account", record: { owner: ana } },
    outcome: "denied",
  },
  {
    rule: "R14",
    name: "AppendTo with Read",
    situation: { users: [user("ana", "Sales", ["Appender", "Reader Basic"])] },
    check: { user: ana, action: "AppendTo", table: "account", record: { owner: ana } },
    outcome: "allowed",
  },
  {
    rule: "R14",
    name: "Read must reach the record too, not only the first right",
    situation: {
      users: [user("ana", "Sales", ["Sharer Without Read", "Reader Basic"]), user("ben", "Sales")],
    },
    check: { user: ana, action: "Share", table: "account", record: { owner: ben } },
    outcome: "denied",
    says: /Read on account: needs Local or higher/,
  },
  // R15: Create must reach the new record's owner.
  {
    rule: "R15",
    name: "create one's own record with Basic",
    situation: { users: [user("ana", "Sales", ["Account Basic"])] },
    check: { user: ana, action: "Create", table: "account" },
    outcome: "allowed",
    says: /Create on account \(owner: you\)/,
  },
  {
    rule: "R15",
    name: "Basic cannot create a record owned by a colleague",
    situation: { users: [user("ana", "Sales", ["Account Basic"]), user("ben", "Sales")] },
    check: { user: ana, action: "Create", table: "account", record: { owner: ben } },
    outcome: "denied",
    says: /owner: CONTOSO\\ben\): needs Local or higher/,
  },
  {
    rule: "R15",
    name: "Local creates for a colleague in the same unit",
    situation: { users: [user("ana", "Sales", ["Account Local"]), user("ben", "Sales")] },
    check: { user: ana, action: "Create", table: "account", record: { owner: ben } },
    outcome: "allowed",
  },
  {
    rule: "R15",
    name: "Local cannot create for a user in a unit below",
    situation: { users: [user("ana", "Sales", ["Account Local"]), user("ben", "Sales-East")] },
    check: { user: ana, action: "Create", table: "account", record: { owner: ben } },
    outcome: "denied",
  },
  {
    rule: "R15",
    name: "Basic creates a record owned by one's owner team",
    situation: {
      users: [user("ana", "Sales", ["Account Basic"])],
      teams: [team("Desk", "Support", ["ana"])],
    },
    check: { user: ana, action: "Create", table: "account", record: { ownerTeam: "Desk" } },
    outcome: "allowed",
  },
  {
    rule: "R15",
    name: "a share does not help a Create",
    situation: { users: [user("ana", "Sales", ["Account Basic"]), user("ben", "Support")] },
    check: {
      user: ana,
      action: "Create",
      table: "account",
      record: { owner: ben, sharedWith: [{ principal: ana, rights: ["Create"] }] },
    },
    outcome: "denied",
  },
  // R16: a disabled user cannot act; records can still be theirs.
  {
    rule: "R16",
    name: "a disabled user fails",
    situation: { users: [user("ana", "Sales", ["Account Global"], { disabled: true })] },
    check: read({ owner: ana }),
    outcome: "failed",
    says: /either disabled or is not a member of any business unit/,
  },
  {
    rule: "R16",
    name: "a disabled user fails even as an owner team member",
    situation: {
      users: [user("ana", "Sales", [], { disabled: true })],
      teams: [team("Desk", "Sales", ["ana"], ["Account Global"])],
    },
    check: read({ ownerTeam: "Desk" }),
    outcome: "failed",
  },
  {
    rule: "R16",
    name: "a record can still be assigned to a disabled user",
    situation: {
      users: [user("ana", "Sales", ["Account Local"]), user("ben", "Sales", [], { disabled: true })],
    },
    check: { user: ana, action: "Assign", table: "account", record: { owner: ben } },
    outcome: "allowed",
    cites: "R12",
  },
  {
    rule: "R16",
    name: "a record can still be shared by a disabled owner's colleague",
    situation: {
      users: [user("ana", "Sales", ["Account Local"]), user("ben", "Sales", [], { disabled: true })],
    },
    check: { user: ana, action: "Share", table: "account", record: { owner: ben } },
    outcome: "allowed",
    cites: "R12",
  },
];

describeRows("record access: R13-R16", ["R13", "R14", "R15", "R16"], rows);

it("warns USER_DISABLED with the platform's message (R16)", () => {
  const disabled = user("cy", "Sales", ["Reader Global"], { disabled: true });
  const result = answer({ users: [disabled] }, read({}, "CONTOSO\\cy"));

  expect(result.warnings.map((w) => w.code)).toEqual(["USER_DISABLED"]);
});
