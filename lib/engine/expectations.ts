import type { Check, PluginExpect } from "../scenario/schema";

import type { CheckResult, Difference } from "./result-types";

// Compares an answer with the check's `expect`. User names, accounts and error
// codes are compared without case, as everywhere else in the format.
export function compareWithExpectation(check: Check, result: CheckResult): Difference[] | undefined {
  if (check.expect === undefined) return undefined;
  if (typeof check.expect === "string") {
    return differ("outcome", check.expect, result.outcome, false);
  }

  return pluginDifferences(check.expect, result);
}

function pluginDifferences(expect: PluginExpect, result: CheckResult): Difference[] {
  const operations = result.operations ?? [];
  const outcomes = operations.map((operation) => operation.outcome);
  const owners = operations.flatMap((operation) => operation.owner ?? []);

  return [
    ...differ("outcome", expect.outcome, result.outcome, false),
    ...differ("userId", expect.userId, result.userId, true),
    ...differ("initiatingUserId", expect.initiatingUserId, result.initiatingUserId, true),
    ...differ("processAccount", expect.processAccount, result.processAccount, true),
    ...differ("errorCode", expect.errorCode, result.errorCode, true),
    ...differList("operations", expect.operations, outcomes),
    ...differList("owners", expect.owners, owners),
  ];
}

function differ(
  field: string,
  expected: string | undefined,
  actual: string | undefined,
  ignoreCase: boolean,
): Difference[] {
  if (expected === undefined) return [];
  const same = ignoreCase ? expected.toLowerCase() === (actual ?? "").toLowerCase() : expected === actual;

  return same ? [] : [{ field, expected, actual: actual ?? null }];
}

function differList(
  field: string,
  expected: readonly string[] | undefined,
  actual: readonly string[],
): Difference[] {
  if (expected === undefined) return [];
  const same =
    expected.length === actual.length &&
    expected.every((value, i) => value.toLowerCase() === actual[i].toLowerCase());

  return same ? [] : [{ field, expected, actual }];
}
