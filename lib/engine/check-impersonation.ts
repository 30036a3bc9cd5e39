import type { ImpersonationCheck } from "../scenario/schema";

import { CheckReferenceError, findUser, resolveRecord } from "./check-references";
import { disabledAnswer, evaluateAccess } from "./evaluate-access";
import type { Organization } from "./organization";
import { holdingOf, profileOf } from "./privilege-profile";
import { sourceText } from "./reason-text";
import { reason, warning } from "./reasons";
import type { CheckResult, Reason, Warning } from "./result-types";

export const ACT_ON_BEHALF = "prvActOnBehalfOfAnotherUser";

// A caller acting as another user through CallerId (R17-R19).
export function runImpersonationCheck(org: Organization, check: ImpersonationCheck): CheckResult {
  const caller = findUser(org, check.caller);
  const target = findUser(org, check.impersonate);
  if (caller === undefined) throw new CheckReferenceError(`no user "${check.caller}"`);
  if (target === undefined) throw new CheckReferenceError(`no user "${check.impersonate}"`);
  const base = { name: check.name, kind: "impersonation" as const };

  // R16: a call made as a disabled user fails, whichever side is disabled.
  for (const user of [caller, target]) {
    if (org.users[user].disabled) return { ...base, ...disabledAnswer(org, user) };
  }

  const record = resolveRecord(org, check.record, check.table, target);
  const request = { actor: target, action: check.action, table: check.table, record };

  // R17 speaks of acting as *another* user: a caller naming itself is a plain call.
  if (caller === target) {
    const plain = evaluateAccess(org, { ...request, you: false });
    const note = reason("R17", `${check.caller} names itself as the user to act as: a plain call`);
    return { ...base, ...plain, reasons: [note, ...plain.reasons] };
  }

  const right = impersonationRight(org, caller);
  if (!right.allowed) {
    return { ...base, outcome: "denied", reasons: right.reasons, warnings: right.warnings };
  }

  const access = evaluateAccess(org, { ...request, you: false, caller });

  return { ...base, ...access, reasons: [...right.reasons, ...access.reasons] };
}

// R17: prvActOnBehalfOfAnotherUser through a role assigned to the caller itself;
// a team role does not count. R19: PrivUserGroup no longer stands in for it.
function impersonationRight(
  org: Organization,
  caller: number,
): { allowed: boolean; reasons: Reason[]; warnings: Warning[] } {
  const logon = org.users[caller].logon;
  const id = org.privilegeIndex.get(ACT_ON_BEHALF.toLowerCase());
  const holding = holdingOf(org, profileOf(org, caller), id);

  const inPrivUserGroup = org.privUserGroup.has(logon.toLowerCase());

  const direct = holding?.sources.find((source) => source.team === -1);
  if (direct) {
    const held = sourceText(org, direct, direct.level);
    const reasons = [reason("R17", `${logon} may act as another user: ${ACT_ON_BEHALF} ${held}`)];
    if (inPrivUserGroup) {
      reasons.push(reason("R19", `${logon} is also in PrivUserGroup, which plays no part here`));
    }
    return { allowed: true, reasons, warnings: [] };
  }

  const reasons = [
    reason(
      "R17",
      `${logon} may not act as another user: ${ACT_ON_BEHALF} ` +
        "is needed through a role assigned to the caller directly",
    ),
  ];
  const warnings: Warning[] = [];

  const viaTeam = holding?.sources[0];
  if (viaTeam) {
    const text =
      `${logon} holds ${ACT_ON_BEHALF} only through team ` +
      `${org.teams[viaTeam.team].name} (role ${org.roles[viaTeam.role].name}); a team role ` +
      "does not count";
    reasons.push(reason("R17", text));
    warnings.push(warning("TEAM_ROLE_NOT_COUNTED_FOR_IMPERSONATION", text));
  }

  if (inPrivUserGroup) {
    const text =
      `${logon} is in PrivUserGroup, which no longer stands in for ` +
      `${ACT_ON_BEHALF} on Dynamics 365 on-premises (it did up to CRM 2015)`;
    reasons.push(reason("R19", text));
    warnings.push(warning("PRIVUSERGROUP_DOES_NOT_GRANT_IMPERSONATION", text));
  }

  return { allowed: false, reasons, warnings };
}
