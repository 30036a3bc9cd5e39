import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  compileOrganization,
  effectivePrivileges,
  type Organization,
  runCheck,
  runChecks,
} from "@/lib/engine";
import type { AccessCheck, Check, OrganizationSnapshot } from "@/lib/scenario/schema";

import { randomCase, type RandomCase, unitChain } from "./support/random-organization";

// Properties over random organizations (support/random-organization.ts).

const RUNS = { numRuns: 150 };

function compile(snapshot: OrganizationSnapshot): Organization {
  const result = compileOrganization(snapshot);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));

  return result.org;
}

function outcomes(snapshot: OrganizationSnapshot, checks: readonly Check[]): string[] {
  const org = compile(snapshot);

  return checks.map((check) => runCheck(org, check).outcome);
}

const NEEDS: Record<string, string[]> = {
  Share: ["Share", "Read"],
  Assign: ["Assign", "Write", "Read"],
  Append: ["Append", "Read"],
  AppendTo: ["AppendTo", "Read"],
};

describe("properties of the engine", () => {
  it("adding a role to a user never removes access (R10)", () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), fc.nat(), ({ snapshot, questions }, who, pick) => {
        const users = snapshot.users ?? [];
        const target = users[who % users.length];
        const usable = (snapshot.roles ?? []).filter((r) =>
          unitChain(snapshot, target.businessUnit).includes(r.businessUnit),
        );
        const extra = usable[pick % Math.max(usable.length, 1)];
        if (!extra || target.roles?.includes(extra.name)) return;

        const grown = structuredClone(snapshot);
        grown.users![who % users.length].roles = [...(target.roles ?? []), extra.name];
        expectNoLoss(outcomes(snapshot, questions), outcomes(grown, questions));
      }),
      RUNS,
    );
  });

  it("adding a role to a team or a member to a team never removes access (R10, R12)", () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), fc.nat(), fc.boolean(), (drawn, which, pick, addRole) => {
        const { snapshot, questions } = drawn;
        const teams = snapshot.teams ?? [];
        if (teams.length === 0) return;
        const grown = structuredClone(snapshot);
        const team = grown.teams![which % teams.length];

        if (addRole && team.type !== "Access") {
          const usable = (snapshot.roles ?? []).filter((r) =>
            unitChain(snapshot, team.businessUnit).includes(r.businessUnit),
          );
          const extra = usable[pick % Math.max(usable.length, 1)];
          if (!extra || team.roles?.includes(extra.name)) return;
          team.roles = [...(team.roles ?? []), extra.name];
        } else {
          const users = snapshot.users ?? [];
          const member = users[pick % users.length].name;
          if (team.members.includes(member)) return;
          team.members = [...team.members, member];
        }

        expectNoLoss(outcomes(snapshot, questions), outcomes(grown, questions));
      }),
      RUNS,
    );
  });

  it("an impersonated action is never allowed where either side alone is denied (R17, R18)", () => {
    let allowedSeen = 0;
    fc.assert(
      fc.property(randomCase, fc.nat(), ({ snapshot, questions }, who) => {
        const org = compile(snapshot);
        const users = snapshot.users ?? [];
        for (const question of questions) {
          const caller = users[who % users.length].name;
          const impersonation: Check = { ...question, caller, impersonate: question.user } as Check;
          delete (impersonation as { user?: string }).user;
          if (runCheck(org, impersonation).outcome !== "allowed") continue;
          allowedSeen++;

          // The impersonated user alone, on the same record, from the same position.
          expect(runCheck(org, question).outcome).toBe("allowed");

          // The caller alone holds every privilege the action needs (R11), and
          // the right to impersonate through its own role (R17).
          if (caller.toLowerCase() === question.user.toLowerCase()) continue;
          const held = new Map(
            effectivePrivileges(org, caller).privileges.map((p) => [p.privilege.toLowerCase(), p]),
          );
          for (const right of NEEDS[question.action] ?? [question.action]) {
            expect(held.has(`prv${right}${question.table}`.toLowerCase())).toBe(true);
          }
          const act = held.get("prvactonbehalfofanotheruser");
          expect(act?.sources.some((source) => source.via === "user")).toBe(true);
        }
      }),
      RUNS,
    );
    expect(allowedSeen).toBeGreaterThan(0);
  });

  it("SYSTEM is always allowed (R4)", () => {
    fc.assert(
      fc.property(randomCase, ({ snapshot, questions }) => {
        const org = compile(snapshot);
        const caller = (snapshot.users ?? []).find((user) => !user.disabled);
        // Only actions that exist for the table: a record of an organization-owned
        // table has no owner, so nobody, SYSTEM included, assigns or shares it (R9).
        const orgOwned = new Set(
          (snapshot.tables ?? []).filter((t) => t.ownership === "Organization").map((t) => t.name),
        );
        const possible = questions.filter((question) => {
          const ownerless = question.action === "Assign" || question.action === "Share";
          return !(ownerless && orgOwned.has(question.table));
        });
        for (const question of possible) {
          expect(runCheck(org, { ...question, user: "SYSTEM" }).outcome).toBe("allowed");
          if (!caller) continue;
          const plugin: Check = {
            name: "as system",
            step: { message: "Update", table: question.table },
            caller: caller.name,
            operations: [
              {
                as: "system",
                action: question.action,
                table: question.table,
                record: question.record,
              },
            ],
          };
          const result = runCheck(org, plugin);
          expect(result.operations?.[0].outcome).toBe("allowed");
        }
      }),
      RUNS,
    );
  });

  it("a disabled user always fails, alone, impersonated or calling (R16)", () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), ({ snapshot, questions }, who) => {
        const users = snapshot.users ?? [];
        const changed = structuredClone(snapshot);
        const disabled = changed.users![who % users.length];
        disabled.disabled = true;
        const org = compile(changed);
        const other = users[(who + 1) % users.length].name;

        for (const question of questions) {
          const mine: AccessCheck = { ...question, user: disabled.name };
          const { user: _user, ...rest } = mine;
          const impersonated = { ...rest, caller: other, impersonate: disabled.name };
          const calling = { ...rest, caller: disabled.name, impersonate: other };
          const plugin = {
            name: "step",
            step: { message: "Create", table: question.table },
            caller: disabled.name,
            operations: [{ as: "system", action: question.action, table: question.table }],
          };
          expect(runCheck(org, mine).outcome).toBe("failed");
          expect(runCheck(org, impersonated as Check).outcome).toBe("failed");
          expect(runCheck(org, calling as Check).outcome).toBe("failed");
          expect(runCheck(org, plugin as Check).outcome).toBe("failed");
        }
      }),
      RUNS,
    );
  });

  it("the answer does not depend on the order of roles, members or any list", () => {
    fc.assert(
      fc.property(randomCase, fc.integer(), ({ snapshot, questions }, seed) => {
        const shuffled = shuffleEverything(snapshot, seed);

        const before = runChecks(compile(snapshot), questions);
        const after = runChecks(compile(shuffled), questions);

        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });
});

function expectNoLoss(before: string[], after: string[]): void {
  before.forEach((outcome, i) => {
    if (outcome === "allowed") expect(after[i]).toBe("allowed");
  });
}

function shuffleEverything(snapshot: OrganizationSnapshot, seed: number): OrganizationSnapshot {
  const random = mulberry32(seed);
  const shuffle = <T>(items: readonly T[] | undefined): T[] => {
    const copy = [...(items ?? [])];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };

  return {
    ...snapshot,
    businessUnits: shuffle(snapshot.businessUnits),
    tables: shuffle(snapshot.tables),
    roles: shuffle(snapshot.roles).map((role) => ({
      ...role,
      privileges: Object.fromEntries(shuffle(Object.entries(role.privileges))),
    })),
    users: shuffle(snapshot.users).map((user) => ({ ...user, roles: shuffle(user.roles) })),
    teams: shuffle(snapshot.teams).map((team) => {
      return { ...team, roles: shuffle(team.roles), members: shuffle(team.members) };
    }),
  };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type { RandomCase };
