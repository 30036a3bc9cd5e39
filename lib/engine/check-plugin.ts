import type { Outcome, PluginCheck, PluginOperation } from "../scenario/schema";

import {
  CheckReferenceError,
  findUser,
  findUserOrSystem,
  resolveRecord,
  type ResolvedRecord,
  SYSTEM_USER,
  unitOfUser,
  userName,
} from "./check-references";
import { DISABLED_MESSAGE, evaluateAccess } from "./evaluate-access";
import type { Organization } from "./organization";
import { profileOf } from "./privilege-profile";
import { processAccountFor } from "./process-account";
import { reason, warning } from "./reasons";
import type { CheckResult, OperationResult, Reason, RuleId, Warning } from "./result-types";

// Why the pipeline stops every call before the data, in words the call's own
// reason completes ("Create on account is never made: ...").
interface Cause {
  rule: RuleId;
  text: string;
}

interface PipelineContext {
  caller: number; // InitiatingUserId, and the logged-on user offline
  userId: number; // R21
  offline: boolean;
  warnings: Warning[];
}

// A plug-in step triggered by a caller, and the data calls its code makes
// (R20-R25). The triggering call itself is taken as allowed: the question is what
// the step's own calls may do.
export function runPluginCheck(org: Organization, check: PluginCheck): CheckResult {
  const caller = findUser(org, check.caller);
  if (caller === undefined) throw new CheckReferenceError(`no user "${check.caller}"`);
  const chosen = check.step.runAs === undefined ? undefined : findUser(org, check.step.runAs);
  if (check.step.runAs !== undefined && chosen === undefined) {
    throw new CheckReferenceError(`no user "${check.step.runAs}"`);
  }

  const offline = check.step.client === "Offline";
  const context: PipelineContext = { caller, userId: caller, offline, warnings: [] };
  const reasons = contextReasons(org, context, chosen);

  const process = processAccountFor(org, check.step, org.users[caller].logon);
  reasons.push(...process.reasons);
  context.warnings.push(...process.warnings);

  // "failed": the call never reached the data (R24, R16 for the caller).
  const causes: Cause[] = [];
  if (process.blockedBy !== undefined) causes.push({ rule: "R24", text: process.blockedBy });
  if (org.users[caller].disabled) {
    const who = `${org.users[caller].logon}, whose call triggers the step, is disabled`;
    reasons.push(reason("R16", `${who}: "${DISABLED_MESSAGE}"`));
    context.warnings.push(warning("USER_DISABLED", `${who}: "${DISABLED_MESSAGE}"`));
    causes.push({ rule: "R16", text: who });
  } else if (!profileOf(org, caller).hasAnyRole) {
    // R3: such a caller could not make the call that triggers the step. The
    // answer stays about the step's own calls (they are judged as usual, and
    // one made as the caller is denied by R3 itself), but whoever reads a
    // verdict of "allowed" must know the step would never start for this caller.
    const text =
      `${org.users[caller].logon} has no security role, directly or through an owner team, so could ` +
      "not make the call that triggers the step; the step's own calls are judged as if it had";
    reasons.push(reason("R3", text));
    context.warnings.push(warning("NO_SECURITY_ROLE", text));
  }
  const blocked = causes.length > 0;

  const operations = (check.operations ?? []).map((operation) =>
    blocked ? blockedOperation(org, context, operation, causes) : runOperation(org, context, operation),
  );

  return {
    name: check.name,
    kind: "plugin",
    outcome: blocked ? "failed" : worstOutcome(operations),
    reasons,
    warnings: dedupe(context.warnings),
    userId: userName(org, context.userId),
    initiatingUserId: userName(org, caller),
    processAccount: process.account,
    ...(process.errorCode ? { errorCode: process.errorCode } : {}),
    operations,
  };
}

// R21: UserId is the step's chosen user, or the initiating user when none is
// chosen. R25: offline, a chosen user is not applied.
function contextReasons(org: Organization, context: PipelineContext, chosen: number | undefined): Reason[] {
  const callerName = userName(org, context.caller);
  const reasons = [reason("R21", `InitiatingUserId is ${callerName}, whose call triggered the step`)];

  if (chosen === undefined) {
    const text = `UserId is ${callerName}: the step runs in the calling user's context`;
    reasons.push(reason("R21", text));
  } else if (context.offline && chosen !== context.caller) {
    const text =
      `offline, the step's chosen user ${userName(org, chosen)} is not applied: ` +
      `UserId is the logged-on user ${callerName}`;
    reasons.push(reason("R25", text));
    context.warnings.push(warning("OFFLINE_IMPERSONATION_UNSUPPORTED", text));
  } else {
    context.userId = chosen;
    reasons.push(reason("R21", `UserId is ${userName(org, chosen)}, the step's chosen user`));
  }

  return reasons;
}

function runOperation(
  org: Organization,
  context: PipelineContext,
  operation: PluginOperation,
): OperationResult {
  const { actor, record, reasons } = resolveOperation(org, context, operation);
  if (actor === SYSTEM_USER) {
    context.warnings.push(
      warning(
        "RUNS_AS_SYSTEM",
        `${operation.action} on ${operation.table} ` + "runs as SYSTEM, with every privilege (R4, R22)",
      ),
    );
  }

  const answer = evaluateAccess(org, {
    actor,
    action: operation.action,
    table: operation.table,
    record,
    you: false,
  });
  context.warnings.push(...answer.warnings);

  return {
    outcome: answer.outcome,
    actingUser: userName(org, actor),
    ...(operation.action === "Create" ? { owner: ownerName(org, record) } : {}),
    reasons: [...reasons, ...answer.reasons],
  };
}

// A call the pipeline stops before the data (R24, R16): it still says who would
// have made it and who would own what it creates, resolved as for a call that runs.
function blockedOperation(
  org: Organization,
  context: PipelineContext,
  operation: PluginOperation,
  causes: readonly Cause[],
): OperationResult {
  const { actor, record, reasons } = resolveOperation(org, context, operation);
  const call = `${operation.action} on ${operation.table}`;

  return {
    outcome: "failed",
    actingUser: userName(org, actor),
    ...(operation.action === "Create" ? { owner: ownerName(org, record) } : {}),
    reasons: [
      ...reasons,
      ...causes.map((cause) => reason(cause.rule, `${call} is never made: ${cause.text}`)),
    ],
  };
}

// The user a call is made as (R22) and the record it is about. R25: offline,
// impersonation is not supported; every call runs as the logged-on user and what
// it creates is theirs.
function resolveOperation(
  org: Organization,
  context: PipelineContext,
  operation: PluginOperation,
): { actor: number; record: ResolvedRecord; reasons: Reason[] } {
  let actor = requestedUser(org, context, operation.as);
  const reasons = [reason("R22", `as ${operation.as}: the service is created for ${userName(org, actor)}`)];

  if (context.offline && actor !== context.caller) {
    const text =
      `offline, acting as ${userName(org, actor)} is not supported: the call runs ` +
      `as the logged-on user ${userName(org, context.caller)}`;
    reasons.push(reason("R25", text));
    context.warnings.push(warning("OFFLINE_IMPERSONATION_UNSUPPORTED", text));
    actor = context.caller;
  }
  const record = operationRecord(org, context, operation, actor, reasons);

  return { actor, record, reasons };
}

function operationRecord(
  org: Organization,
  context: PipelineContext,
  operation: PluginOperation,
  actor: number,
  reasons: Reason[],
): ResolvedRecord {
  const record = resolveRecord(org, operation.record, operation.table, actor);
  const creating = operation.action === "Create" && record.ownerKind !== "none";
  if (!context.offline || !creating) return record;
  if (record.ownerKind === "user" && record.owner === context.caller) return record;

  const loggedOn = userName(org, context.caller);
  const text =
    `offline, the new ${operation.table} is owned by the logged-on user ` +
    `${loggedOn}, not ${ownerName(org, record)}`;
  reasons.push(reason("R25", text));
  context.warnings.push(warning("OFFLINE_OWNER_IS_LOGGED_ON_USER", text));

  const unit = unitOfUser(org, context.caller);

  return { ...record, ownerKind: "user", owner: context.caller, unit };
}

// R22: context.UserId, context.InitiatingUserId, null for SYSTEM, or any user.
function requestedUser(org: Organization, context: PipelineContext, as: string): number {
  switch (as.toLowerCase()) {
    case "context":
      return context.userId;
    case "initiating":
      return context.caller;
    case "system":
      return SYSTEM_USER;
  }

  const user = findUserOrSystem(org, as);
  if (user === undefined) throw new CheckReferenceError(`no user "${as}"`);

  return user;
}

function ownerName(org: Organization, record: ResolvedRecord): string {
  if (record.ownerKind === "none") return "organization";
  if (record.ownerKind === "team") return org.teams[record.owner].name;

  return userName(org, record.owner);
}

function worstOutcome(operations: readonly OperationResult[]): Outcome {
  if (operations.some((operation) => operation.outcome === "failed")) return "failed";
  if (operations.some((operation) => operation.outcome === "denied")) return "denied";

  return "allowed";
}

function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();

  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
