import { describe, expect, it } from "vitest";
import type { AccessSnapshot } from "@/lib/access/audit-states";
import { applyStagedChanges, type StagedChange, stagedChangesSchema } from "@/lib/access/staged-changes";

const organization = (keepRoles = false): AccessSnapshot => ({
  businessUnits: [
    { name: "Contoso", parent: null },
    { name: "Sales", parent: "Contoso" },
    { name: "Finance", parent: "Contoso" },
  ],
  roles: [
    { name: "Basic User", businessUnit: "Contoso", privileges: { prvReadAccount: "Basic" } },
    { name: "Sales Manager", businessUnit: "Sales", privileges: { prvReadAccount: "Deep" } },
    { name: "Delegate", businessUnit: "Contoso", privileges: { prvActOnBehalfOfAnotherUser: "Global" } },
  ],
  users: [{ name: "C\\ana", businessUnit: "Sales", roles: ["Basic User", "Sales Manager"] }],
  teams: [{ name: "Reviewers", businessUnit: "Contoso", members: [] }],
  settings: { doNotRemoveRolesOnChangeBusinessUnit: keepRoles },
});

describe("staged what-if changes, on a copy", () => {
  it("a kept role whose name a nearer unit's role takes there goes too (R7)", () => {
    const snapshot = organization(true);
    snapshot.roles!.push({ name: "Basic User", businessUnit: "Finance", privileges: {} });

    const { snapshot: after, notes } = applyStagedChanges(snapshot, [
      { kind: "move-user", user: "C\\ana", businessUnit: "Finance" },
    ]);

    expect(after.users![0].roles).toEqual([]);
    expect(notes).toEqual(["C\\ana loses Basic User, Sales Manager by the move (R6, R7)."]);
  });

  it.each<[string, StagedChange, boolean, (s: AccessSnapshot) => unknown, unknown]>([
    [
      "a role is added",
      { kind: "add-role", user: "c\\ANA", role: "delegate" },
      false,
      (s) => s.users![0].roles,
      ["Basic User", "Sales Manager", "Delegate"],
    ],
    [
      "a role is removed",
      { kind: "remove-role", user: "C\\ana", role: "Sales Manager" },
      false,
      (s) => s.users![0].roles,
      ["Basic User"],
    ],
    [
      "a member joins",
      { kind: "add-team-member", user: "C\\ana", team: "reviewers" },
      false,
      (s) => s.teams![0].members,
      ["C\\ana"],
    ],
    [
      "a move drops every role (R6)",
      { kind: "move-user", user: "C\\ana", businessUnit: "Finance" },
      false,
      (s) => s.users![0],
      { businessUnit: "Finance", roles: [] },
    ],
    [
      "a move keeps the roles still usable (R6, R7)",
      { kind: "move-user", user: "C\\ana", businessUnit: "Finance" },
      true,
      (s) => s.users![0].roles,
      ["Basic User"],
    ],
    [
      "a service runs as another account",
      { kind: "change-service-identity", service: "CRMAppPool", identity: "CONTOSO\\svc" },
      false,
      (s) => s.serviceAccounts,
      { CRMAppPool: "CONTOSO\\svc" },
    ],
    [
      "a pool's own identity is read as ApplicationPoolIdentity (R27)",
      { kind: "change-service-identity", service: "CRMAppPool", identity: "IIS AppPool\\CRMAppPool" },
      false,
      (s) => s.serviceAccounts,
      { CRMAppPool: "ApplicationPoolIdentity" },
    ],
    [
      "the account joins the groups its service needs, when asked (R26)",
      { kind: "change-service-identity", service: "CRMAppPool", identity: "C\\svc", addMissing: true },
      false,
      (s) => s.groups,
      { PrivUserGroup: ["C\\svc"], SQLAccessGroup: ["C\\svc"] },
    ],
  ])("%s", (_what, change, keep, pick, expected) => {
    const original = organization(keep);

    const { snapshot } = applyStagedChanges(original, [change]);

    expect(pick(snapshot)).toMatchObject(expected as object);
    expect(original).toEqual(organization(keep));
  });

  it.each<[string, StagedChange, RegExp]>([
    ["an unknown user", { kind: "add-role", user: "C\\nobody", role: "Basic User" }, /no user/],
    [
      "a role not usable from the user's BU (R7)",
      { kind: "add-role", user: "C\\ana", role: "Finance Clerk" },
      /R7/,
    ],
    [
      "a role the user does not hold",
      { kind: "remove-role", user: "C\\ana", role: "Delegate" },
      /does not hold/,
    ],
    [
      "a member who is not in the team",
      { kind: "remove-team-member", user: "C\\ana", team: "Reviewers" },
      /not a member/,
    ],
    ["a move to the same BU", { kind: "move-user", user: "C\\ana", businessUnit: "sales" }, /already in/],
    [
      "the identity it already has",
      { kind: "change-service-identity", service: "CRMAppPool", identity: "NetworkService" },
      /already runs/,
    ],
    [
      "an application pool identity for a Windows service (R27)",
      { kind: "change-service-identity", service: "AsyncService", identity: "ApplicationPoolIdentity" },
      /only for IIS application pools \(R27\)/,
    ],
  ])("refuses %s", (_what, change, message) => {
    expect(() => applyStagedChanges(organization(), [change])).toThrow(message);
  });

  it.each([
    ["an empty list", []],
    ["an unknown kind", [{ kind: "delete-everything" }]],
    [
      "an identity that is no account (R27)",
      [{ kind: "change-service-identity", service: "CRMAppPool", identity: "x y" }],
    ],
  ])("the schema refuses %s", (_what, input) => {
    expect(stagedChangesSchema.safeParse(input).success).toBe(false);
  });
});
