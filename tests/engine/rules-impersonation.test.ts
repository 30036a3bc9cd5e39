import { describe, expect, it } from "vitest";

import type { Check } from "@/lib/scenario/schema";

import { allText, answer, rulesCited, type Situation, team, user } from "./support/contoso";

// R17-R19: a caller acting as another user through CallerId.

interface Row {
  rule: string;
  name: string;
  situation: Situation;
  check: object;
  outcome: "allowed" | "denied" | "failed";
  says?: RegExp;
  warns?: string;
}

const portal = "CONTOSO\\portal";
const ana = "CONTOSO\\ana";

const portalWith = (roles: string[], extra = {}) => user("portal", "Contoso", roles, extra);
const anaWith = (roles: string[], extra = {}) => user("ana", "Sales", roles, extra);

const asAna = (record: object, action = "Read") => ({
  caller: portal,
  impersonate: ana,
  action,
  table: "account",
  record,
});

const rows: Row[] = [
  {
    rule: "R17",
    name: "a caller with Delegate acts for ana",
    situation: { users: [portalWith(["Delegate", "Account Global"]), anaWith(["Account Local"])] },
    check: asAna({ owner: ana }),
    outcome: "allowed",
    says: /may act as another user: prvActOnBehalfOfAnotherUser Global from role Delegate \(user\)/,
  },
  {
    rule: "R17",
    name: "a caller without the privilege is denied",
    situation: { users: [portalWith(["Account Global"]), anaWith(["Account Local"])] },
    check: asAna({ owner: ana }),
    outcome: "denied",
    says: /may not act as another user/,
  },
  {
    rule: "R17",
    name: "the privilege through a team role does not count",
    situation: {
      users: [portalWith(["Account Global"]), anaWith(["Account Local"])],
      teams: [team("Integrations", "Contoso", ["portal"], ["Delegate"])],
    },
    check: asAna({ owner: ana }),
    outcome: "denied",
    says: /only through team Integrations \(role Delegate\); a team role does not count/,
    warns: "TEAM_ROLE_NOT_COUNTED_FOR_IMPERSONATION",
  },
  {
    rule: "R17",
    name: "a caller naming itself makes a plain call",
    situation: { users: [portalWith(["Account Global"])] },
    check: { caller: portal, impersonate: portal, action: "Read", table: "account" },
    outcome: "allowed",
    says: /names itself/,
  },
  {
    rule: "R18",
    name: "the caller's Local caps ana's Global: a record in ana's unit",
    situation: {
      users: [portalWith(["Delegate", "Reader Local"]), anaWith(["Reader Global"]), user("ben", "Sales")],
    },
    check: asAna({ owner: "CONTOSO\\ben" }),
    outcome: "allowed",
    says: new RegExp(
      "caller CONTOSO\\\\portal holds Local \\(role Reader Local, user\\), " +
        "CONTOSO\\\\ana holds Global \\(role Reader Global, user\\): Local is used",
    ),
  },
  {
    rule: "R18",
    name: "the caller's Local caps ana's Global: a record elsewhere",
    situation: {
      users: [portalWith(["Delegate", "Reader Local"]), anaWith(["Reader Global"]), user("ben", "Support")],
    },
    check: asAna({ owner: "CONTOSO\\ben" }),
    outcome: "denied",
    says: /needs Global: record is in Support, outside CONTOSO\\ana's business unit Sales and the units below it; held: Global from role Reader Global \(user\), capped at Local by the caller \(R18\)/,
  },
  {
    rule: "R18",
    name: "access is judged from ana's position, not the caller's",
    situation: {
      users: [
        user("portal", "Support", ["Delegate", "Reader Local"]),
        anaWith(["Reader Local"]),
        user("ben", "Sales"),
      ],
    },
    check: asAna({ owner: "CONTOSO\\ben" }),
    outcome: "allowed",
  },
  {
    rule: "R18",
    name: "a caller lacking the privilege leaves None",
    situation: { users: [portalWith(["Delegate"]), anaWith(["Account Global"])] },
    check: asAna({ owner: ana }),
    outcome: "denied",
    says: /the caller CONTOSO\\portal lacks prvReadAccount, so the intersection is None/,
  },
  {
    rule: "R18",
    name: "ana lacking the privilege leaves None",
    situation: { users: [portalWith(["Delegate", "Account Global"]), anaWith(["Reader Global"])] },
    check: asAna({ owner: ana }, "Write"),
    outcome: "denied",
    says: /missing privilege prvWriteAccount: no role held by CONTOSO\\ana or their owner teams grants it; a role granting it at Basic would suffice \(CONTOSO\\ana owns it\), and the caller needs it at that level too \(R18\)/,
  },
  {
    rule: "R18",
    name: "ana's ownership counts at the intersected level",
    situation: { users: [portalWith(["Delegate", "Reader Basic"]), anaWith(["Reader Global"])] },
    check: asAna({}),
    outcome: "allowed",
    says: /CONTOSO\\ana owns the record/,
  },
  {
    rule: "R18",
    name: "ana's owner team and its unit count",
    situation: {
      users: [portalWith(["Delegate", "Account Global"]), user("ana", "Sales"), user("ben", "Support")],
      teams: [team("Support Desk", "Support", ["ana"], ["Reader Local"])],
    },
    check: asAna({ owner: "CONTOSO\\ben" }),
    outcome: "allowed",
    says: /the business unit of team Support Desk/,
  },
  {
    rule: "R19",
    name: "PrivUserGroup does not stand in for the privilege",
    situation: {
      users: [portalWith(["Account Global"]), anaWith(["Account Local"])],
      groups: { PrivUserGroup: [portal] },
    },
    check: asAna({ owner: ana }),
    outcome: "denied",
    says: /is in PrivUserGroup, which no longer stands in for prvActOnBehalfOfAnotherUser/,
    warns: "PRIVUSERGROUP_DOES_NOT_GRANT_IMPERSONATION",
  },
  {
    rule: "R19",
    name: "PrivUserGroup plus a team-held Delegate is still not enough",
    situation: {
      users: [portalWith(["Account Global"]), anaWith(["Account Local"])],
      teams: [team("Integrations", "Contoso", ["portal"], ["Delegate"])],
      groups: { PrivUserGroup: [portal] },
    },
    check: asAna({ owner: ana }),
    outcome: "denied",
    warns: "PRIVUSERGROUP_DOES_NOT_GRANT_IMPERSONATION",
  },
  {
    rule: "R19",
    name: "with the privilege itself, PrivUserGroup is beside the point",
    situation: {
      users: [portalWith(["Delegate", "Account Global"]), anaWith(["Account Local"])],
      groups: { PrivUserGroup: [portal] },
    },
    check: asAna({ owner: ana }),
    outcome: "allowed",
  },
  {
    rule: "R16",
    name: "impersonating a disabled user fails",
    situation: {
      users: [portalWith(["Delegate", "Account Global"]), anaWith(["Account Local"], { disabled: true })],
    },
    check: asAna({ owner: ana }),
    outcome: "failed",
    warns: "USER_DISABLED",
  },
  {
    rule: "R16",
    name: "a disabled caller fails",
    situation: {
      users: [portalWith(["Delegate", "Account Global"], { disabled: true }), anaWith(["Account Local"])],
    },
    check: asAna({ owner: ana }),
    outcome: "failed",
  },
];

describe("impersonation rules R17-R19", () => {
  it.each(rows)("$rule: $name -> $outcome", ({ rule, situation, check, outcome, says, warns }) => {
    const result = answer(situation, check as Check);

    expect(result.outcome).toBe(outcome);
    expect(rulesCited(result)).toContain(rule);
    if (says) expect(allText(result)).toMatch(says);
    if (warns) expect(result.warnings.map((w) => w.code)).toContain(warns);
  });

  it("every rule of the range has at least three rows", () => {
    for (const rule of ["R17", "R18", "R19"]) {
      expect(rows.filter((row) => row.rule === rule).length).toBeGreaterThanOrEqual(3);
    }
  });
});
