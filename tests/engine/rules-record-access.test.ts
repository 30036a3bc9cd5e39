import { team, user } from "./support/contoso";
import { type AccessRow, ana, ben, describeRows, read } from "./support/access-rows";

// R3, R4, R11, R12: whether a role is held at all, SYSTEM, the privilege check
// and the access check by ownership, business unit and share.

const rows: AccessRow[] = [
  // R3: no role, nothing.
  {
    rule: "R3",
    name: "a user with no role cannot read even their own record",
    situation: { users: [user("ana", "Sales")] },
    check: read({ owner: ana }),
    outcome: "denied",
    says: /no security role/,
  },
  {
    rule: "R3",
    name: "membership of an owner team without roles gives no role",
    situation: { users: [user("ana", "Sales")], teams: [team("Empty", "Sales", ["ana"])] },
    check: read({ ownerTeam: "Empty" }),
    outcome: "denied",
    says: /no security role/,
  },
  {
    rule: "R3",
    name: "a role through an owner team is a role",
    situation: {
      users: [user("ana", "Sales")],
      teams: [team("Readers", "Sales", ["ana"], ["Reader Local"])],
    },
    check: read({ owner: ana }),
    outcome: "allowed",
    cites: "R12",
  },
  // R4: SYSTEM holds every privilege.
  {
    rule: "R4",
    name: "SYSTEM reads anything",
    situation: { users: [user("ana", "Sales")] },
    check: read({ owner: ana }, "SYSTEM"),
    outcome: "allowed",
    says: /SYSTEM holds every privilege/,
  },
  {
    rule: "R4",
    name: "SYSTEM shares a record it does not own",
    situation: { users: [user("ana", "Support-Tier2")] },
    check: { user: "SYSTEM", action: "Share", table: "account", record: { owner: ana } },
    outcome: "allowed",
  },
  {
    rule: "R4",
    name: "a record owned by SYSTEM sits in the root business unit",
    situation: { users: [user("ana", "Contoso", ["Reader Local"])] },
    check: read({ owner: "SYSTEM" }),
    outcome: "allowed",
    cites: "R12",
    says: /record in Contoso = your business unit \(R12\)/,
  },
  // R11: the privilege, at any level, through some role.
  {
    rule: "R11",
    name: "no role grants prvWriteAccount",
    situation: { users: [user("ana", "Sales", ["Reader Global"])] },
    check: { user: ana, action: "Write", table: "account", record: { owner: ana } },
    outcome: "denied",
    says: /missing privilege prvWriteAccount: .*; a role granting it at Basic would suffice \(you own the record\)/,
  },
  {
    rule: "R11",
    name: "a denial says which level would reach a record elsewhere",
    situation: { users: [user("ana", "Sales", ["Misc"]), user("ben", "Support")] },
    check: read({ owner: ben }),
    outcome: "denied",
    says: /a role granting it at Global would suffice \(record in Support, outside your business unit Sales\)/,
  },
  {
    rule: "R11",
    name: "a privilege at None is not held",
    situation: { users: [user("ana", "Sales", ["Misc"])] },
    check: { user: ana, action: "Read", table: "account", record: { owner: ana } },
    outcome: "denied",
    says: /missing privilege prvReadAccount/,
  },
  {
    rule: "R11",
    name: "Basic is enough for one's own record",
    situation: { users: [user("ana", "Sales", ["Reader Basic"])] },
    check: read({ owner: ana }),
    outcome: "allowed",
    cites: "R12",
  },
  {
    rule: "R11",
    name: "a share without the privilege gives nothing",
    situation: { users: [user("ana", "Sales", ["UoM Reader"]), user("ben", "Sales")] },
    check: read({ owner: ben, sharedWith: [{ principal: ana, rights: ["Read"] }] }),
    outcome: "denied",
    says: /missing privilege/,
  },
  // R12: ownership, business units, shares.
  {
    rule: "R12",
    name: "Basic does not reach a colleague's record in the same unit",
    situation: { users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Sales")] },
    check: read({ owner: ben }),
    outcome: "denied",
    says: /needs Local or higher: record is in Sales = your business unit Sales/,
  },
  {
    rule: "R12",
    name: "Local reaches the same business unit",
    situation: { users: [user("ana", "Sales", ["Reader Local"]), user("ben", "Sales")] },
    check: read({ owner: ben }),
    outcome: "allowed",
    says: /Local from role Reader Local \(user\), record in Sales = your business unit \(R12\)/,
  },
  {
    rule: "R12",
    name: "Local does not reach a unit below",
    situation: { users: [user("ana", "Sales", ["Reader Local"]), user("ben", "Sales-East")] },
    check: read({ owner: ben }),
    outcome: "denied",
    says: /needs Deep or higher: record is in Sales-East, below your business unit Sales/,
  },
  {
    rule: "R12",
    name: "Deep reaches a unit below",
    situation: { users: [user("ana", "Sales", ["Account Deep"]), user("ben", "Sales-East")] },
    check: read({ owner: ben }),
    outcome: "allowed",
    says: /record in Sales-East, below your business unit Sales/,
  },
  {
    rule: "R12",
    name: "Deep does not reach a sibling unit",
    situation: { users: [user("ana", "Sales", ["Account Deep"]), user("ben", "Support")] },
    check: read({ owner: ben }),
    outcome: "denied",
    says: /needs Global: record is in Support, outside your business unit Sales/,
  },
  {
    rule: "R12",
    name: "Deep does not reach the parent unit",
    situation: { users: [user("ana", "Sales-East", ["Account Deep"]), user("ben", "Sales")] },
    check: read({ owner: ben }),
    outcome: "denied",
  },
  {
    rule: "R12",
    name: "Global reaches anywhere",
    situation: {
      users: [user("ana", "Sales-East", ["Reader Global"]), user("ben", "Support-Tier2")],
    },
    check: read({ owner: ben }),
    outcome: "allowed",
    says: /Global reaches every business unit/,
  },
  {
    rule: "R12",
    name: "a record owned by one's owner team, any level",
    situation: {
      users: [user("ana", "Sales", ["Reader Basic"])],
      teams: [team("Key Accounts", "Support", ["ana"])],
    },
    check: read({ ownerTeam: "Key Accounts" }),
    outcome: "allowed",
    says: /owned by your team Key Accounts/,
  },
  {
    rule: "R12",
    name: "a team role is judged from the team's business unit",
    situation: {
      users: [user("ana", "Sales"), user("ben", "Support")],
      teams: [team("Helpers", "Support", ["ana"], ["Reader Local"])],
    },
    check: read({ owner: ben }),
    outcome: "allowed",
    says: /record in Support = the business unit of team Helpers/,
  },
  {
    rule: "R12",
    name: "a team role at Local does not reach the member's own unit",
    situation: {
      users: [user("ana", "Sales"), user("ben", "Sales")],
      teams: [team("Helpers", "Support", ["ana"], ["Reader Local"])],
    },
    check: read({ owner: ben }),
    outcome: "denied",
  },
  {
    rule: "R12",
    name: "a denial measures a team role from the team's unit, not the member's",
    situation: {
      users: [user("ana", "Support"), user("ben", "Support-Tier2")],
      teams: [team("Leads", "Sales", ["ana"], ["Account Deep"])],
    },
    check: read({ owner: ben }),
    outcome: "denied",
    says: new RegExp(
      "needs Global: record is in Support-Tier2, outside team Leads's business unit Sales and " +
        "the units below it; held: Deep from role Account Deep \\(team Leads\\), which reaches " +
        "Sales and the units below it \\(R12\\)",
    ),
  },
  {
    rule: "R12",
    name: "a denial says what each source reaches from its own unit",
    situation: {
      users: [user("ana", "Support", ["Reader Basic"]), user("ben", "Support-Tier2")],
      teams: [team("Leads", "Sales", ["ana"], ["Account Deep"])],
    },
    check: read({ owner: ben }),
    outcome: "denied",
    says: new RegExp(
      "needs Deep or higher: record is in Support-Tier2, below your business unit Support; " +
        "held: Basic from role Reader Basic \\(user\\), which reaches only records you or " +
        "your owner teams own \\(R12\\)",
    ),
  },
  {
    rule: "R12",
    name: "shared with the user",
    situation: { users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Support")] },
    check: read({ owner: ben, sharedWith: [{ principal: ana, rights: ["Read"] }] }),
    outcome: "allowed",
    says: /shared with you for Read/,
  },
  {
    rule: "R12",
    name: "shared with an access team of the user",
    situation: {
      users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Support")],
      teams: [team("Deal Room", "Support", ["ana"], [], { type: "Access" })],
    },
    check: read({ owner: ben, sharedWith: [{ principal: "Deal Room", rights: ["Read"] }] }),
    outcome: "allowed",
    says: /shared with your team Deal Room/,
  },
  {
    rule: "R12",
    name: "shared with the organization",
    situation: { users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Support")] },
    check: read({ owner: ben, sharedWith: [{ principal: "organization", rights: ["Read"] }] }),
    outcome: "allowed",
  },
  {
    rule: "R12",
    name: "shared for another right only",
    situation: { users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Support")] },
    check: read({ owner: ben, sharedWith: [{ principal: ana, rights: ["Write"] }] }),
    outcome: "denied",
  },
  {
    rule: "R12",
    name: "shared with a team the user is not in",
    situation: {
      users: [user("ana", "Sales", ["Reader Basic"]), user("ben", "Support")],
      teams: [team("Deal Room", "Support", ["ben"], [], { type: "Access" })],
    },
    check: read({ owner: ben, sharedWith: [{ principal: "Deal Room", rights: ["Read"] }] }),
    outcome: "denied",
  },
];

describeRows("record access: R3, R4, R11, R12", ["R3", "R4", "R11", "R12"], rows);
