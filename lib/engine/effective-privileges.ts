import type { Level } from "../scenario/schema";

import { findUser, SYSTEM_NAME } from "./check-references";
import { compareNames } from "./compare-names";
import { GLOBAL, levelName, levelRank } from "./levels";
import type { Organization, PrivilegeHolding, PrivilegeSource } from "./organization";
import { tablePrivilegeName } from "./privilege-name";
import { holdingOf, privilegesOf, profileOf } from "./privilege-profile";
import type {
  EffectivePrivilege,
  EffectivePrivileges,
  EffectiveSource,
  WhoCanQuery,
  WhoCanRow,
} from "./result-types";

export class UnknownUserError extends Error {
  constructor(readonly logon: string) {
    super(`no user "${logon}"`);
    this.name = "UnknownUserError";
  }
}

// What a user holds, privilege by privilege, with every source (R10: the level is
// the highest of them). SYSTEM holds every privilege the organization knows (R4).
export function effectivePrivileges(org: Organization, userLogon: string): EffectivePrivileges {
  if (userLogon.toUpperCase() === SYSTEM_NAME) return systemPrivileges(org);

  const index = findUser(org, userLogon);
  if (index === undefined) throw new UnknownUserError(userLogon);
  const user = org.users[index];
  const profile = profileOf(org, index);

  const privileges: EffectivePrivilege[] = [];
  for (const id of privilegesOf(org, profile)) {
    const holding = holdingOf(org, profile, id);
    if (holding) privileges.push(describeHolding(org, id, holding));
  }
  privileges.sort((a, b) => compareNames(a.privilege, b.privilege));

  return {
    user: user.logon,
    ...(user.fullName === undefined ? {} : { fullName: user.fullName }),
    businessUnit: org.businessUnits[user.businessUnit].name,
    disabled: user.disabled,
    system: false,
    hasAnyRole: profile.hasAnyRole,
    privileges,
  };
}

// Every user holding a privilege at minLevel or higher, over all their roles and
// owner teams' roles. Disabled users are listed and marked (R16): they hold the
// privilege but cannot use it.
export function whoCan(org: Organization, query: WhoCanQuery, minLevel: Level): WhoCanRow[] {
  const name = "privilege" in query ? query.privilege : tablePrivilegeName(query.right, query.table);
  const id = org.privilegeIndex.get(name.toLowerCase());
  const min = levelRank(minLevel);
  const rows: WhoCanRow[] = [];

  for (let index = 0; index < org.users.length; index++) {
    const holding = holdingOf(org, profileOf(org, index), id);
    const level = holding?.max ?? 0;
    if (level < min) continue;

    const user = org.users[index];
    rows.push({
      user: user.logon,
      ...(user.fullName === undefined ? {} : { fullName: user.fullName }),
      businessUnit: org.businessUnits[user.businessUnit].name,
      disabled: user.disabled,
      level: levelName(level),
      sources: (holding?.sources ?? []).map((source) => describeSource(org, source)),
    });
  }

  return rows;
}

function describeHolding(org: Organization, id: number, holding: PrivilegeHolding): EffectivePrivilege {
  const privilege = org.privileges[id];

  return {
    privilege: privilege.name,
    parsed: privilege.parsed,
    level: levelName(holding.max),
    sources: holding.sources.map((source) => describeSource(org, source)),
  };
}

function describeSource(org: Organization, source: PrivilegeSource): EffectiveSource {
  const role = org.roles[source.role];
  const base = {
    role: role.name,
    roleBusinessUnit: org.businessUnits[role.businessUnit].name,
    inheritance: role.teamOnly ? ("TeamOnly" as const) : ("Direct" as const),
    level: levelName(source.level),
  };
  if (source.team === -1) return { ...base, via: "user" };

  const team = org.teams[source.team];

  return {
    ...base,
    via: "team",
    team: team.name,
    teamBusinessUnit: org.businessUnits[team.businessUnit].name,
  };
}

function systemPrivileges(org: Organization): EffectivePrivileges {
  const privileges = org.privileges
    .map((privilege) => ({
      privilege: privilege.name,
      parsed: privilege.parsed,
      level: levelName(GLOBAL),
      sources: [],
    }))
    .sort((a, b) => compareNames(a.privilege, b.privilege));

  return {
    user: SYSTEM_NAME,
    businessUnit: org.root === -1 ? "" : org.businessUnits[org.root].name,
    disabled: false,
    system: true,
    hasAnyRole: true,
    privileges,
  };
}
