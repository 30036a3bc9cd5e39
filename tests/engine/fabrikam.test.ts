import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { runChecks, simulateFile } from "@/lib/engine";
import { parseScenarioText } from "@/lib/scenario/parse";

// The five checks of the shared Fabrikam example, with their expectations.
const text = readFileSync("tests/fixtures/scenarios/fabrikam.json", "utf8");

describe("the Fabrikam example", () => {
  const parsed = parseScenarioText(text, "json");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const answer = runChecks(parsed.organization, parsed.file.checks ?? []);
  const byName = new Map(answer.results.map((result) => [result.name, result]));

  it("meets every expectation", () => {
    expect(answer.summary).toEqual({ checks: 5, met: 5, unmet: 0 });
  });

  it.each([
    { check: "agent reads her own case", outcome: "allowed", says: "you own the record (R12)" },
    {
      check: "agent cannot edit her supervisor's case",
      outcome: "denied",
      says: "needs Global: record is in Support, outside your business unit Support-Tier2",
    },
    {
      check: "supervisor edits a case one level down",
      outcome: "allowed",
      says:
        "Deep from role Supervisor (user), record in Support-Tier2, below your business unit " +
        "Support (R12)",
    },
    {
      check: "portal acts for the supervisor",
      outcome: "allowed",
      says: "prvActOnBehalfOfAnotherUser Global from role Delegate (user)",
    },
    {
      check: "post-create step on incident, not sandboxed",
      outcome: "allowed",
      says: "is a member of PrivUserGroup (R24)",
    },
  ])("$check: $outcome", ({ check, outcome, says }) => {
    const result = byName.get(check);

    expect(result?.outcome).toBe(outcome);
    expect(result?.met).toBe(true);
    expect(result?.reasons.map((r) => r.text).join("\n")).toContain(says);
  });

  it("answers the plug-in call with its context and account", () => {
    const result = byName.get("post-create step on incident, not sandboxed");

    expect(result).toMatchObject({
      userId: "FABRIKAM\\ana",
      initiatingUserId: "FABRIKAM\\ana",
      processAccount: "FABRIKAM\\svc-crm",
      operations: [{ outcome: "allowed", actingUser: "FABRIKAM\\ana" }],
    });
  });

  it("simulateFile refuses a file whose names do not resolve", () => {
    if (!parsed.ok) return;
    const file = { ...parsed.file, checks: [{ ...parsed.file.checks![0], user: "FABRIKAM\\zoe" }] };

    expect(() => simulateFile(file)).toThrow('checks[0].user: no user "FABRIKAM\\zoe"');
  });

  it("simulateFile gives the same answer", () => {
    if (!parsed.ok) return;
    expect(simulateFile(parsed.file)).toEqual(answer);
  });
});
