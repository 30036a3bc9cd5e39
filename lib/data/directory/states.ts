import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Level } from "@/lib/scenario/schema";

// The audit contract: before/after hold the FULL engine-relevant state of one
// target, written with names (SCENARIOS.md snapshot shape), so the access
// review can rebuild any past state from the log alone.

// The state types are the audit contract's own, shared with the as-of replay.
export type {
  BusinessUnitState as UnitState,
  RoleState,
  TeamState,
  UserState,
} from "@/lib/access/audit-states";
import type {
  BusinessUnitState as UnitState,
  RoleState,
  TeamState,
  UserState,
} from "@/lib/access/audit-states";

const byName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

export async function userState(db: Db | Tx, userId: string): Promise<UserState | null> {
  const user = await db.systemUser.findUnique({
    where: { id: userId },
    include: {
      businessUnit: { select: { name: true } },
      roles: { select: { role: { select: { name: true } } } },
      teams: { select: { team: { select: { name: true } } } },
    },
  });
  if (!user) return null;

  return {
    name: user.logon,
    fullName: user.fullName,
    businessUnit: user.businessUnit.name,
    roles: user.roles.map((held) => held.role.name).sort(byName),
    teams: user.teams.map((membership) => membership.team.name).sort(byName),
    disabled: user.disabled,
    accessMode: user.accessMode,
    applicationUser: user.applicationUser,
  };
}

export async function teamState(db: Db | Tx, teamId: string): Promise<TeamState | null> {
  const team = await db.team.findUnique({
    where: { id: teamId },
    include: {
      businessUnit: { select: { name: true } },
      roles: { select: { role: { select: { name: true } } } },
      members: { select: { user: { select: { logon: true } } } },
    },
  });
  if (!team) return null;

  return {
    name: team.name,
    businessUnit: team.businessUnit.name,
    type: team.type,
    roles: team.roles.map((held) => held.role.name).sort(byName),
    members: team.members.map((member) => member.user.logon).sort(byName),
  };
}

export async function roleState(db: Db | Tx, roleId: string): Promise<RoleState | null> {
  const role = await db.securityRole.findUnique({
    where: { id: roleId },
    include: { businessUnit: { select: { name: true } }, privileges: { orderBy: { privilegeLower: "asc" } } },
  });
  if (!role) return null;

  return {
    name: role.name,
    businessUnit: role.businessUnit.name,
    inheritance: role.inheritance,
    privileges: Object.fromEntries(role.privileges.map((p) => [p.privilege, p.level as Level])),
  };
}

export async function unitState(db: Db | Tx, unitId: string): Promise<UnitState | null> {
  const unit = await db.businessUnit.findUnique({
    where: { id: unitId },
    include: { parent: { select: { name: true } } },
  });

  return unit ? { name: unit.name, parent: unit.parent?.name ?? null } : null;
}
