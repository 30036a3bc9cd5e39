import type { AccessCheck } from "../scenario/schema";

import { CheckReferenceError, findUserOrSystem, resolveRecord } from "./check-references";
import { evaluateAccess } from "./evaluate-access";
import type { Organization } from "./organization";
import type { CheckResult } from "./result-types";

// "May this user do this?" (SCENARIOS.md, access check; R3, R4, R9, R11-R16).
export function runAccessCheck(org: Organization, check: AccessCheck): CheckResult {
  const actor = findUserOrSystem(org, check.user);
  if (actor === undefined) throw new CheckReferenceError(`no user "${check.user}"`);

  const record = resolveRecord(org, check.record, check.table, actor);
  const answer = evaluateAccess(org, {
    actor,
    action: check.action,
    table: check.table,
    record,
    you: true,
  });

  return { name: check.name, kind: "access", ...answer };
}
