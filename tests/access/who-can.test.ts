import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileOrganization, effectivePrivileges, levelRank, whoCan } from "@/lib/engine";
import { LEVELS, TABLE_RIGHTS } from "@/lib/scenario/schema";
import { randomCase } from "../engine/support/random-organization";

// Who-can is the transpose of effective privileges: a user is listed for a
// privilege at a minimum level exactly when their own answer holds it at that
// level or above, with the same sources (R10).

describe("who can, on generated organizations", () => {
  it("lists exactly the users whose effective privileges reach the level, with the same sources", () => {
    fc.assert(
      fc.property(
        randomCase,
        fc.constantFrom(...TABLE_RIGHTS),
        fc.constantFrom("account", "contact", "uom"),
        fc.constantFrom(...LEVELS.slice(1)),
        ({ snapshot }, right, table, minLevel) => {
          const compiled = compileOrganization(snapshot);
          if (!compiled.ok) return;
          const org = compiled.org;

          const rows = whoCan(org, { table, right }, minLevel);

          const expected = (snapshot.users ?? []).flatMap((user) => {
            const held = effectivePrivileges(org, user.name).privileges.find(
              (p) => p.privilege.toLowerCase() === `prv${right}${table}`.toLowerCase(),
            );
            if (!held || levelRank(held.level) < levelRank(minLevel)) return [];
            return [{ user: user.name, level: held.level, sources: held.sources }];
          });
          expect(rows.map(({ user, level, sources }) => ({ user, level, sources }))).toEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each([
    ["a privilege nobody's role names", { privilege: "prvNoSuchThing" }],
    ["a table the organization has not", { table: "nosuchtable", right: "Read" as const }],
  ])("answers nobody for %s", (_what, query) => {
    const compiled = compileOrganization({
      businessUnits: [{ name: "Root", parent: null }],
      roles: [{ name: "R", businessUnit: "Root", privileges: { prvReadAccount: "Global" } }],
      users: [{ name: "C\\a", businessUnit: "Root", roles: ["R"] }],
    });
    if (!compiled.ok) throw new Error("fixture does not compile");

    expect(whoCan(compiled.org, query, "Basic")).toEqual([]);
  });
});
