import type { TableRight } from "../scenario/schema";

import { type ResolvedRecord, SYSTEM_USER, userName } from "./check-references";
import { DEEP, LOCAL, levelName } from "./levels";
import { isBelow, type Organization, type PrivilegeSource } from "./organization";
import type { RightDecision } from "./record-access";

// Plain words for the decisions of record-access.ts. Only built once a decision is
// made, so the decision itself stays cheap.

// Who the sentence is about: "you" in an access check, the user's logon when a
// caller or a plug-in acts as them.
export interface Voice {
  you: boolean;
  user: number;
}

function possessive(org: Organization, voice: Voice): string {
  return voice.you ? "your" : `${userName(org, voice.user)}'s`;
}

export function sourceText(org: Organization, source: PrivilegeSource, level: number): string {
  const role = org.roles[source.role].name;
  if (source.team === -1) return `${levelName(level)} from role ${role} (user)`;

  const only = source.teamOnly ? ", team privileges only" : "";

  return `${levelName(level)} from role ${role} (team ${org.teams[source.team].name}${only})`;
}

export function grantText(
  org: Organization,
  voice: Voice,
  decision: Extract<RightDecision, { granted: true }>,
  record: ResolvedRecord,
  right: TableRight,
): string {
  const held = sourceText(org, decision.source, decision.level);

  switch (decision.path) {
    case "organization-owned":
      return `${held}; the table is organization-owned and Global reaches all its records`;
    case "ownership":
      return `${held}, ${ownerText(org, voice, record, decision.source)}`;
    case "business-unit":
      return `${held}, ${unitText(org, voice, decision.source, decision.level, record.unit)}`;
    case "share":
      return `${shareText(org, voice, decision.share)} for ${right}; privilege held: ${held}`;
  }
}

function ownerText(org: Organization, voice: Voice, record: ResolvedRecord, source: PrivilegeSource): string {
  if (record.ownerKind === "user") {
    return voice.you ? "you own the record" : `${userName(org, voice.user)} owns the record`;
  }

  const team = org.teams[record.owner].name;
  if (source.team !== -1 && source.teamOnly) return `the record is owned by team ${team}`;

  return `the record is owned by ${possessive(org, voice)} team ${team}`;
}

function unitText(
  org: Organization,
  voice: Voice,
  source: PrivilegeSource,
  level: number,
  unit: number,
): string {
  const where = `record in ${org.businessUnits[unit].name}`;
  const anchor = org.businessUnits[source.anchor].name;
  const team = source.team === -1 ? undefined : org.teams[source.team].name;

  if (unit === source.anchor && level >= LOCAL) {
    if (team) return `${where} = the business unit of team ${team}`;
    return `${where} = ${possessive(org, voice)} business unit`;
  }
  if (level >= DEEP && isBelow(org, unit, source.anchor)) {
    return team
      ? `${where}, below ${anchor}, the business unit of team ${team}`
      : `${where}, below ${possessive(org, voice)} business unit ${anchor}`;
  }

  return `${where}: Global reaches every business unit`;
}

function shareText(
  org: Organization,
  voice: Voice,
  share: Extract<RightDecision, { granted: true }>["share"],
): string {
  if (!share || share.kind === "organization") return "shared with the organization";
  if (share.kind === "user") {
    return voice.you ? "shared with you" : `shared with ${userName(org, voice.user)}`;
  }

  return `shared with ${possessive(org, voice)} team ${org.teams[share.index].name}`;
}

// What would suffice, measured from the acting user's own business unit, and what
// is held. Example: "needs Deep or higher: record is in Support-Tier2, below your
// business unit Support; held: Basic from role Agent (user)".
export function shortfallText(
  org: Organization,
  voice: Voice,
  sources: readonly PrivilegeSource[],
  cap: number,
  record: ResolvedRecord,
): string {
  const home = voice.user === SYSTEM_USER ? org.root : org.users[voice.user].businessUnit;
  const unitName = org.businessUnits[record.unit].name;
  const mine = `${possessive(org, voice)} business unit ${org.businessUnits[home].name}`;

  let need: string;
  if (record.unit === home) need = `needs Local or higher: record is in ${unitName} = ${mine}`;
  else if (isBelow(org, record.unit, home)) {
    need = `needs Deep or higher: record is in ${unitName}, below ${mine}`;
  } else {
    need = `needs Global: record is in ${unitName}, outside ${mine} and the units below it`;
  }

  return `${need}; held: ${heldText(org, sources, cap)}`;
}

function heldText(org: Organization, sources: readonly PrivilegeSource[], cap: number): string {
  const shown = sources.slice(0, 3).map((s) => sourceText(org, s, Math.min(s.level, cap)));
  const more = sources.length > 3 ? ` and ${sources.length - 3} more` : "";

  return shown.join("; ") + more;
}
