import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { compileOrganization, runCheck } from "@/lib/engine";

import { cedarEntities, cedarPolicies, RIGHTS_FOR_ACTION } from "./support/cedar-model";
import { randomCase } from "./support/random-organization";

// A differential test: the engine against an independent model of the same
// rules in Cedar (support/cedar-model.ts), on random organizations.

const WANTED = 2_500;

describe("the engine against a Cedar model of R7-R16", () => {
  it(`agrees on at least ${WANTED} random access decisions`, () => {
    let compared = 0;
    let allowed = 0;
    const disagreements: string[] = [];

    const cases = fc.sample(randomCase, { seed: 20_240_601, numRuns: WANTED / 2 });
    for (let seed = 0; compared < WANTED; seed++) {
      const { snapshot, questions } = cases[seed];
      const compiled = compileOrganization(snapshot);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));

      const policySetId = `org-${seed}`;
      const policies = { staticPolicies: cedarPolicies(snapshot) };
      const parsed = cedar.preparsePolicySet(policySetId, policies);
      if (parsed.type !== "success") throw new Error(JSON.stringify(parsed.errors));

      for (const question of questions) {
        const engine = runCheck(compiled.org, question).outcome === "allowed";
        const entities = cedarEntities(snapshot, question) as unknown as cedar.Entities;
        const model = RIGHTS_FOR_ACTION[question.action].every((right) => {
          const answer = cedar.statefulIsAuthorized({
            principal: { type: "User", id: question.user },
            action: { type: "Action", id: right },
            resource: { type: "Record", id: "the-record" },
            context: {},
            preparsedPolicySetId: policySetId,
            entities,
          });
          if (answer.type !== "success") throw new Error(JSON.stringify(answer.errors));
          return answer.response.decision === "allow";
        });

        compared++;
        if (engine) allowed++;
        if (engine !== model) {
          disagreements.push(JSON.stringify({ seed, question, engine, model }));
        }
      }
    }

    console.info(
      `Cedar differential: ${compared} decisions compared (${allowed} allowed), ` +
        `${disagreements.length} disagreements`,
    );
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(disagreements.length).toBe(0);
    expect(allowed).toBeGreaterThan(compared / 10);
  });
});
