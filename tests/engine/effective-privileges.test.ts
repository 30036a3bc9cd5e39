import { describe, expect, it } from "vitest";

import { effectivePrivileges, parsePrivilegeName, runCheck, whoCan } from "@/lib/engine";

import { compiled, contoso, team, user } from "./support/contoso";

// Privileges as data (R8-R10): how names parse, what a user holds and from
// where, and who holds a privilege at a level.

const ana = "CONTOSO\\ana";
const ben = "CONTOSO\\ben";

describe("R8: privilege names", () => {
  it.each([
    {
      rule: "R8",
      name: "prvReadAccount",
      parsed: { kind: "table", right: "Read", table: "Account" },
    },
    {
      rule: "R8",
      name: "prvAppendToAccount",
      parsed: { kind: "table", right: "AppendTo", table: "Account" },
    },
    {
      rule: "R8",
      name: "prvAppendAccount",
      parsed: { kind: "table", right: "Append", table: "Account" },
    },
    {
      rule: "R8",
      name: "prvAppendTocontoso_ticket",
      parsed: { kind: "table", right: "AppendTo", table: "contoso_ticket" },
    },
    {
      rule: "R8",
      name: "prvReadflowsession",
      parsed: { kind: "table", right: "Read", table: "flowsession" },
    },
    {
      rule: "R8",
      name: "prvActOnBehalfOfAnotherUser",
      parsed: { kind: "misc", name: "prvActOnBehalfOfAnotherUser" },
    },
    { rule: "R8", name: "prvExportToExcel", parsed: { kind: "misc", name: "prvExportToExcel" } },
    { rule: "R8", name: "prvRead", parsed: { kind: "misc", name: "prvRead" } },
  ])("$rule: $name", ({ name, parsed }) => {
    expect(parsePrivilegeName(name)).toEqual(parsed);
  });
});

describe("R9, R10: effective privileges and who can", () => {
  const org = compiled(
    contoso({
      users: [
        user("ana", "Sales", ["Reader Basic", "Misc"]),
        user("ben", "Support", ["Reader Global"], { disabled: true }),
        user("cy", "Sales-East"),
      ],
      teams: [
        team("Leads", "Sales", ["ana", "cy"], ["Account Deep"]),
        team("Deal Room", "Sales", ["cy"], [], { type: "Access" }),
      ],
    }),
  );

  it("R10: the level is the highest, and every source is listed", () => {
    const read = effectivePrivileges(org, ana).privileges.find((p) => p.privilege === "prvReadAccount");

    expect(read?.level).toBe("Deep");
    expect(read?.sources).toEqual([
      {
        role: "Account Deep",
        roleBusinessUnit: "Contoso",
        via: "team",
        team: "Leads",
        teamBusinessUnit: "Sales",
        inheritance: "Direct",
        level: "Deep",
      },
      {
        role: "Reader Basic",
        roleBusinessUnit: "Contoso",
        via: "user",
        inheritance: "Direct",
        level: "Basic",
      },
    ]);
  });

  it("R9: a misc privilege keeps the level its file gives, and None is not held", () => {
    const privileges = effectivePrivileges(org, ana).privileges;

    expect(privileges.find((p) => p.privilege === "prvActivateSynchronousWorkflow")?.level).toBe("Basic");
    expect(privileges.find((p) => p.privilege === "prvPrint")).toBeUndefined();
  });

  it("R10: whoCan lists users by their highest level, disabled users marked", () => {
    const rows = whoCan(org, { table: "account", right: "Read" }, "Deep");

    expect(rows.map((r) => [r.user, r.level, r.disabled])).toEqual(
      [
        [ana, "Deep"],
        [ben, "Global"],
        ["CONTOSO\\cy", "Deep"],
      ].map(([name, level]) => [name, level, name === ben]),
    );
  });

  it("whoCan by privilege name, case-insensitively, and an unknown privilege gives nobody", () => {
    expect(whoCan(org, { privilege: "PRVEXPORTTOEXCEL" }, "Basic").map((r) => r.user)).toEqual([ana]);
    expect(whoCan(org, { privilege: "prvNothing" }, "Basic")).toEqual([]);
  });

  it("R4: SYSTEM holds every privilege the organization names, at Global", () => {
    const system = effectivePrivileges(org, "SYSTEM");

    expect(system.system).toBe(true);
    expect(system.privileges.every((p) => p.level === "Global")).toBe(true);
    expect(system.privileges.length).toBe(org.privileges.length);
  });

  it("an unknown user is refused by name", () => {
    expect(() => effectivePrivileges(org, "CONTOSO\\nobody")).toThrow('no user "CONTOSO\\nobody"');
  });
});

describe("settings", () => {
  it("warns that hierarchy security is not simulated (R12)", () => {
    const snapshot = contoso({ users: [user("ana", "Sales", ["Reader Local"])] });
    const org = compiled({ ...snapshot, settings: { hierarchySecurity: true } });
    const result = runCheck(org, { name: "c", user: ana, action: "Read", table: "account" });

    expect(result.outcome).toBe("allowed");
    expect(result.warnings.map((w) => w.code)).toEqual(["HIERARCHY_SECURITY_NOT_SIMULATED"]);
  });
});
