import { type Outcome, TABLE_RIGHTS, type TableRight } from "../scenario/schema";

import { type ResolvedRecord, SYSTEM_USER, userName } from "./check-references";
import { rightsNeeded } from "./combined-rights";
import { BASIC, GLOBAL, levelName } from "./levels";
import { isBelow, type Organization, type PrivilegeHolding } from "./organization";
import { tablePrivilegeName } from "./privilege-name";
import { holdingOf, profileOf } from "./privilege-profile";
import { grantText, possessive, shareText, shortfallTexts, type Voice } from "./reason-text";
import { reason } from "./reasons";
import { decideRight, ownsThroughSource, type RightDecision, shareFor, shareSource } from "./record-access";
import type { Reason, RuleId, Warning } from "./result-types";

// One action on one record by one acting user: R16, R3, R9, R4, then R14's rights
// one by one through R11-R13 (R15 for Create). With `caller`, the acting user is
// impersonated and every level is capped by the caller's (R18).

export interface AccessRequest {
  actor: number;
  action: TableRight;
  table: string;
  record: ResolvedRecord;
  you: boolean; // address the acting user as "you" in reasons
  caller?: number;
}

export interface AccessAnswer {
  outcome: Outcome;
  reasons: Reason[];
  warnings: Warning[];
}

export const DISABLED_MESSAGE =
  "The specified user is either disabled or is not a member of any business unit";

export function evaluateAccess(org: Organization, request: AccessRequest): AccessAnswer {
  const { actor, action, table, record } = request;

  if (actor !== SYSTEM_USER) {
    const user = org.users[actor];
    if (user.disabled) return disabledAnswer(org, actor);
    if (!profileOf(org, actor).hasAnyRole) {
      const text =
        `${user.logon} has no security role, directly or through an owner team, ` + "and can do nothing";
      return answer("denied", [reason("R3", text)], [{ code: "NO_SECURITY_ROLE", text }]);
    }
  }

  // R9 before R4: holding every privilege does not give an ownerless record an
  // owner, so SYSTEM cannot assign or share it either.
  if (record.ownerKind === "none" && (action === "Assign" || action === "Share")) {
    const text =
      `${action} on ${table}: ${table} is organization-owned; its records have ` +
      "no owner to assign or share";
    return answer("denied", [reason("R9", text)]);
  }
  if (actor === SYSTEM_USER) {
    return answer("allowed", [reason("R4", `${action} on ${table}: SYSTEM holds every privilege`)]);
  }

  const profile = profileOf(org, actor);
  const reasons: Reason[] = [];
  const needed = rightsNeeded(action);
  if (needed.length > 1) {
    reasons.push(reason("R14", `${action} needs ${listRights(needed)} on ${table}`));
  }

  let allowed = true;
  for (const right of needed) {
    const privilege = privilegeId(org, right, table);
    const holding = holdingOf(org, profile, privilege);
    const cap = request.caller === undefined ? GLOBAL : callerLevel(org, request.caller, privilege);
    if (request.caller !== undefined) {
      reasons.push(intersectionReason(org, request.caller, actor, right, table, holding, cap));
    }

    const decision = decideRight(org, actor, holding, cap, right, record);
    if (decision.granted) reasons.push(grantReason(org, request, right, decision));
    else reasons.push(...denialReasons(org, request, right, holding, cap));
    allowed &&= decision.granted;
  }

  return answer(allowed ? "allowed" : "denied", reasons);
}

export function disabledAnswer(org: Organization, user: number): AccessAnswer {
  const text = `${userName(org, user)} is disabled: "${DISABLED_MESSAGE}"`;

  return answer("failed", [reason("R16", text)], [{ code: "USER_DISABLED", text }]);
}

function grantReason(
  org: Organization,
  request: AccessRequest,
  right: TableRight,
  decision: Extract<RightDecision, { granted: true }>,
): Reason {
  const voice = voiceOf(request);
  const viaTeamOnly = decision.source.team !== -1 && decision.source.teamOnly;
  let rule: RuleId = right === "Create" ? "R15" : "R12";
  if (decision.path === "organization-owned") rule = "R9";
  else if (decision.path === "ownership" && viaTeamOnly) rule = "R13";
  else if (decision.path === "share") rule = "R12";

  const how = grantText(org, voice, decision, request.record, right);

  return reason(rule, `${label(org, request, right)}: ${how}`);
}

function denialReasons(
  org: Organization,
  request: AccessRequest,
  right: TableRight,
  holding: PrivilegeHolding | undefined,
  cap: number,
): Reason[] {
  const voice = voiceOf(request);
  const what = label(org, request, right);
  const privilege = privilegeDisplayName(org, right, request.table);

  if (!holding) {
    const who = voice.you ? "you or your" : `${userName(org, voice.user)} or their`;
    return [
      reason(
        "R11",
        `${what}: missing privilege ${privilege}: no role held by ${who} owner teams grants it; ` +
          sufficientLevelText(org, voice, request.record) +
          (request.caller === undefined ? "" : ", and the caller needs it at that level too (R18)"),
      ),
    ];
  }
  if (cap === 0) {
    const caller = userName(org, request.caller ?? SYSTEM_USER);
    return [
      reason("R18", `${what}: the caller ${caller} lacks ${privilege}, so the ` + "intersection is None"),
    ];
  }

  const rule = right === "Create" ? "R15" : "R12";
  const shortfalls = shortfallTexts(org, voice, holding.sources, cap, request.record);
  const reasons = shortfalls.map((text) => reason(rule, `${what}: ${text}`));

  // R13: say so when a "team privileges only" role would have reached the record
  // had it been the member's own: through ownership, or through a share that only
  // such a role's Basic level could have used.
  const share =
    right === "Create" || shareSource(holding.sources, cap)
      ? undefined
      : shareFor(org, request.actor, right, request.record.shares);
  for (const source of holding.sources) {
    if (!source.teamOnly || source.team === -1) continue;
    const asOwn = { ...source, teamOnly: false };
    const owned = ownsThroughSource(org, request.actor, asOwn, request.record);
    if (!owned && !share) continue;

    const team = org.teams[source.team].name;
    const shared = owned ? "" : `${shareText(org, voice, share)} for ${right}, but `;
    const level = owned ? source.level : Math.min(source.level, cap);
    // Above Basic such a role still reaches by business unit from the team's
    // unit (the R12 reason above says how far); what R13 takes away is only
    // the member's own records and shares.
    const limit =
      level > BASIC
        ? `through ownership it reaches only the records team ${team} owns, not ${possessive(org, voice)} own`
        : `its Basic level reaches only the records team ${team} owns`;
    reasons.push(
      reason(
        "R13",
        `${what}: ${shared}role ${org.roles[source.role].name} via team ${team} is ` +
          `"team privileges only": ${limit}`,
      ),
    );
  }

  return reasons;
}

function intersectionReason(
  org: Organization,
  caller: number,
  actor: number,
  right: TableRight,
  table: string,
  holding: PrivilegeHolding | undefined,
  cap: number,
): Reason {
  const mine = holding?.max ?? 0;
  const actorName = userName(org, actor);
  const callerHolding = holdingOf(org, profileOf(org, caller), privilegeId(org, right, table));

  return reason(
    "R18",
    `${right} on ${table}: caller ${userName(org, caller)} holds ${heldText(org, cap, callerHolding)}, ` +
      `${actorName} holds ${heldText(org, mine, holding)}: ` +
      `${levelName(Math.min(mine, cap))} is used, from ${actorName}'s position`,
  );
}

/** "Local (role Salesperson, user)": the level and the source that gives it. */
function heldText(org: Organization, level: number, holding: PrivilegeHolding | undefined): string {
  const best = holding?.sources.find((source) => source.level === level);
  if (!best) return levelName(level);
  const holder = best.team === -1 ? "user" : `team ${org.teams[best.team].name}`;

  return `${levelName(level)} (role ${org.roles[best.role].name}, ${holder})`;
}

/**
 * What R11 would need: a role granting the privilege at the level R12 asks for
 * this record from the acting user's own position. A team role is measured
 * from its team's unit instead; the user's own unit is the plain answer.
 */
function sufficientLevelText(org: Organization, voice: Voice, record: ResolvedRecord): string {
  const user = org.users[voice.user];
  const suffices = (level: string, why: string) => `a role granting it at ${level} would suffice (${why})`;
  if (record.ownerKind === "none") return suffices("Global", "the table is organization-owned, R9");
  if (record.ownerKind === "user" && record.owner === voice.user) {
    return suffices("Basic", voice.you ? "you own the record" : `${userName(org, voice.user)} owns it`);
  }
  if (record.ownerKind === "team" && user.ownerTeams.includes(record.owner)) {
    return suffices(
      "Basic",
      `the record is owned by ${possessive(org, voice)} team ${org.teams[record.owner].name}`,
    );
  }

  const where = `record in ${org.businessUnits[record.unit].name}`;
  const home = `${possessive(org, voice)} business unit ${org.businessUnits[user.businessUnit].name}`;
  if (record.unit === user.businessUnit) return suffices("Local", `${where} = ${home}`);
  if (isBelow(org, record.unit, user.businessUnit)) return suffices("Deep", `${where}, below ${home}`);

  return suffices("Global", `${where}, outside ${home}`);
}

function callerLevel(org: Organization, caller: number, privilege: number | undefined): number {
  if (caller === SYSTEM_USER) return GLOBAL;

  return holdingOf(org, profileOf(org, caller), privilege)?.max ?? 0;
}

function voiceOf(request: AccessRequest): Voice {
  return { you: request.you, user: request.actor };
}

// "Read on account", or for Create who would own the new record (R15).
function label(org: Organization, request: AccessRequest, right: TableRight): string {
  const { record, table } = request;
  if (right !== "Create" || record.ownerKind === "none") return `${right} on ${table}`;

  let owner: string;
  if (record.ownerKind === "team") owner = `team ${org.teams[record.owner].name}`;
  else if (record.owner === request.actor && request.you) owner = "you";
  else owner = userName(org, record.owner);

  return `Create on ${table} (owner: ${owner})`;
}

// Privilege ids of a table's eight rights, cached per table name as written.
function privilegeId(org: Organization, right: TableRight, table: string): number | undefined {
  let ids = org.tablePrivilegeIds.get(table);
  if (!ids) {
    ids = Int32Array.from(TABLE_RIGHTS, (r) => {
      return org.privilegeIndex.get(tablePrivilegeName(r, table).toLowerCase()) ?? -1;
    });
    org.tablePrivilegeIds.set(table, ids);
  }
  const id = ids[TABLE_RIGHTS.indexOf(right)];

  return id === -1 ? undefined : id;
}

function privilegeDisplayName(org: Organization, right: TableRight, table: string): string {
  const id = privilegeId(org, right, table);

  return id === undefined ? tablePrivilegeName(right, table) : org.privileges[id].name;
}

function listRights(rights: readonly TableRight[]): string {
  if (rights.length === 2) return rights.join(" and ");

  return `${rights.slice(0, -1).join(", ")} and ${rights.at(-1)}`;
}

function answer(outcome: Outcome, reasons: Reason[], warnings: Warning[] = []): AccessAnswer {
  return { outcome, reasons, warnings };
}
