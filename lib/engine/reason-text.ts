import type { TableRight } from "../scenario/schema";

import { type ResolvedRecord, userName } from "./check-references";
import { DEEP, GLOBAL, LOCAL, levelName } from "./levels";
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

export function possessive(org: Organization, voice: Voice): string {
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

export function shareText(
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

// A denial, one text per holder: what would reach the record from the holder's
// business unit (R12: a user role is measured from the user's, a team role from
// the team's), and what its highest source reaches. Example: "needs Global:
// record is in Support-Tier2, outside team Leads's business unit Sales and the
// units below it; held: Deep from role Leader (team Leads), which reaches Sales
// and the units below it". A holder's lower sources reach no further than its
// highest, so each holder is said once, at most three in all.
export function shortfallTexts(
  org: Organization,
  voice: Voice,
  sources: readonly PrivilegeSource[],
  cap: number,
  record: ResolvedRecord,
): string[] {
  const shown: PrivilegeSource[] = [];
  for (const source of sources) {
    if (shown.length < 3 && !shown.some((s) => s.team === source.team)) shown.push(source);
  }

  const texts = shown.map((source) => {
    const level = Math.min(source.level, cap);
    // Under impersonation say both: the role's own level and the caller's cap (R18).
    const capped = level < source.level ? `, capped at ${levelName(level)} by the caller (R18)` : "";
    const held = `${sourceText(org, source, source.level)}${capped}, which ${reachText(org, voice, source, level)}`;
    return `${needText(org, voice, source, record.unit)}; held: ${held}`;
  });
  const rest = sources.length - shown.length;
  if (rest > 0) {
    texts[texts.length - 1] += `; ${rest} more ${rest === 1 ? "role does" : "roles do"} not reach it either`;
  }

  return texts;
}

function anchorText(org: Organization, voice: Voice, source: PrivilegeSource): string {
  const unit = org.businessUnits[source.anchor].name;
  if (source.team === -1) return `${possessive(org, voice)} business unit ${unit}`;

  return `team ${org.teams[source.team].name}'s business unit ${unit}`;
}

function reachText(org: Organization, voice: Voice, source: PrivilegeSource, level: number): string {
  const unit = org.businessUnits[source.anchor].name;
  if (level >= GLOBAL) return "reaches every business unit";
  if (level >= DEEP) return `reaches ${unit} and the units below it`;
  if (level >= LOCAL) return `reaches ${unit} only`;
  if (source.team !== -1 && source.teamOnly) {
    return `reaches only the records team ${org.teams[source.team].name} owns`;
  }

  return voice.you
    ? "reaches only records you or your owner teams own"
    : `reaches only records ${userName(org, voice.user)} or their owner teams own`;
}

function needText(org: Organization, voice: Voice, source: PrivilegeSource, unit: number): string {
  const where = `record is in ${org.businessUnits[unit].name}`;
  const anchor = anchorText(org, voice, source);

  if (unit === source.anchor) return `needs Local or higher: ${where} = ${anchor}`;
  if (isBelow(org, unit, source.anchor)) return `needs Deep or higher: ${where}, below ${anchor}`;

  return `needs Global: ${where}, outside ${anchor} and the units below it`;
}
