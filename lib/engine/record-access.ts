import type { TableRight } from "../scenario/schema";

import { type ResolvedRecord, type ResolvedShare, rightBit } from "./check-references";
import { BASIC, DEEP, GLOBAL, LOCAL } from "./levels";
import { isBelow, type Organization, type PrivilegeHolding, type PrivilegeSource } from "./organization";

// The two checks of one right on one record (R11, then R12 with R13), for one
// acting user. `cap` is the highest level another party allows (R18: while
// impersonating, the caller's level); GLOBAL when nobody else is involved.
// This is the hot path: no strings, no arrays, one small object per answer.

export type RightDecision =
  | { granted: false; missingPrivilege: boolean }
  | {
      granted: true;
      path: "ownership" | "business-unit" | "share" | "organization-owned";
      source: PrivilegeSource;
      level: number; // the source's level after the cap
      share: ResolvedShare | undefined;
    };

const MISSING: RightDecision = { granted: false, missingPrivilege: true };
const NO_ACCESS: RightDecision = { granted: false, missingPrivilege: false };

export function decideRight(
  org: Organization,
  user: number,
  holding: PrivilegeHolding | undefined,
  cap: number,
  right: TableRight,
  record: ResolvedRecord,
): RightDecision {
  // R11: the privilege at any level above None, through any role (own or team).
  // Past this line every source and the cap are above None.
  if (!holding || Math.min(holding.max, cap) === 0) return MISSING;
  const sources = holding.sources;

  // R9: an organization-owned table has only None and Global, and no owner.
  if (record.ownerKind === "none") return grant("organization-owned", sources[0], cap, undefined);

  // R12 ownership, any level; R13 narrows a "team privileges only" role to the
  // records its team owns.
  for (let i = 0; i < sources.length; i++) {
    if (ownsThroughSource(org, user, sources[i], record)) {
      return grant("ownership", sources[i], cap, undefined);
    }
  }

  // R12 role access, by where the owning business unit stands from the holder's.
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    if (reachesUnit(org, Math.min(source.level, cap), source.anchor, record.unit)) {
      return grant("business-unit", source, cap, undefined);
    }
  }

  // R12 shared access; Create is never here (a new record is shared with nobody).
  // The privilege must come from a source the member may use as their own (R13).
  if (right !== "Create") {
    const source = shareSource(sources, cap);
    const share = source && shareFor(org, user, right, record.shares);
    if (share) return grant("share", source, cap, share);
  }

  return NO_ACCESS;
}

// R13: a "team privileges only" role's Basic level serves only the records its
// team owns, so it does not open a share; at Local and above, and every other
// role at any level, it does. Judged after the cap: a caller who allows only
// Basic (R18) leaves a team-only role at Basic.
export function shareSource(sources: readonly PrivilegeSource[], cap: number): PrivilegeSource | undefined {
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    if (source.team === -1 || !source.teamOnly || Math.min(source.level, cap) > BASIC) return source;
  }

  return undefined;
}

export function ownsThroughSource(
  org: Organization,
  user: number,
  source: PrivilegeSource,
  record: ResolvedRecord,
): boolean {
  if (source.team !== -1 && source.teamOnly) {
    return record.ownerKind === "team" && record.owner === source.team;
  }
  if (record.ownerKind === "user") return record.owner === user;

  return record.ownerKind === "team" && org.users[user].ownerTeams.includes(record.owner);
}

function reachesUnit(org: Organization, level: number, anchor: number, unit: number): boolean {
  if (level >= GLOBAL) return true;
  if (level >= LOCAL && unit === anchor) return true;

  return level >= DEEP && isBelow(org, unit, anchor);
}

export function shareFor(
  org: Organization,
  user: number,
  right: TableRight,
  shares: readonly ResolvedShare[],
): ResolvedShare | undefined {
  const bit = rightBit(right);

  for (let i = 0; i < shares.length; i++) {
    const share = shares[i];
    if ((share.rights & bit) === 0) continue;
    if (share.kind === "organization") return share;
    if (share.kind === "user" && share.index === user) return share;
    if (share.kind === "team" && org.users[user].teams.includes(share.index)) return share;
  }

  return undefined;
}

function grant(
  path: "ownership" | "business-unit" | "share" | "organization-owned",
  source: PrivilegeSource,
  cap: number,
  share: ResolvedShare | undefined,
): RightDecision {
  return { granted: true, path, source, level: Math.min(source.level, cap), share };
}
