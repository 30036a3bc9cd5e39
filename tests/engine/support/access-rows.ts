import { describe, expect, it } from "vitest";

import type { Check } from "@/lib/scenario/schema";

import { allText, answer, rulesCited, type Situation } from "./contoso";

// The rule tables of record access: one user, one action, one record. Each row
// names its rule, the situation, the question and what must come back.

export interface AccessRow {
  rule: string;
  name: string;
  situation: Situation;
  check: object;
  outcome: "allowed" | "denied" | "failed";
  says?: RegExp;
  cites?: string; // the rule the answer cites, when not the row's own
}

export const ana = "CONTOSO\\ana";
export const ben = "CONTOSO\\ben";

export function read(record: object, who = ana) {
  return { user: who, action: "Read", table: "account", record };
}

export function describeRows(title: string, rules: string[], rows: AccessRow[]): void {
  describe(title, () => {
    it.each(rows)("$rule: $name -> $outcome", (row) => {
      const { rule, situation, check, outcome, says, cites } = row;
      const result = answer(situation, check as Check);

      expect(result.outcome).toBe(outcome);
      if (says) expect(allText(result)).toMatch(says);
      expect(rulesCited(result)).toContain(cites ?? rule);
    });

    it("has at least three rows for each of its rules", () => {
      for (const rule of rules) {
        expect(rows.filter((row) => row.rule === rule).length).toBeGreaterThanOrEqual(3);
      }
    });
  });
}
