import "server-only";
import type { Tx } from "@/lib/db/client";
import { SYSTEM_NAME } from "@/lib/engine";
import { NotFoundError, UserFacingError, ValidationError } from "@/lib/errors";
import { ancestry, loadUnits, type UnitRow } from "./tree";

/** R4: SYSTEM, as a bare name or as the account part of DOMAIN\SYSTEM. */
export function isSystemLogon(logon: string) {
  const account = logon.includes("\\") ? logon.slice(logon.lastIndexOf("\\") + 1) : logon;

  return account.trim().toUpperCase() === SYSTEM_NAME;
}

/** The user to change, refusing the SYSTEM user, which cannot be edited (R4). */
export async function editableUser(tx: Tx, userId: string) {
  const user = await tx.systemUser.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("This user");
  if (isSystemLogon(user.logon)) {
    throw new UserFacingError("SYSTEM_USER", "The SYSTEM user cannot be edited (R4).");
  }

  return user;
}

export async function existingTeam(tx: Tx, teamId: string) {
  const team = await tx.team.findUnique({ where: { id: teamId } });
  if (!team) throw new NotFoundError("This team");

  return team;
}

export async function existingUnit(tx: Tx, unitId: string, field = "businessUnitId") {
  const unit = await tx.businessUnit.findUnique({ where: { id: unitId } });
  if (!unit) throw new ValidationError({ [field]: "Business unit no longer exists; choose another." });

  return unit;
}

/**
 * R7: the role must have been created in the holder's BU or one above it.
 * Checked here, on the server, whatever the form offered.
 *
 * And it must be the role its name stands for there. The organization's
 * files (export, import, the simulator) name a held role by name, resolved
 * from the holder's unit upwards, nearest first: a Root "Sales Rep" held in
 * Sales-East while Sales has its own "Sales Rep" would be read back, and
 * judged by the engine, as the Sales one. Such an assignment is refused
 * rather than silently stood in for by another role.
 */
export async function usableRole(tx: Tx, roleId: string, holderUnitId: string, units?: UnitRow[]) {
  const role = await tx.securityRole.findUnique({
    where: { id: roleId },
    include: { businessUnit: { select: { name: true } } },
  });
  if (!role) throw new ValidationError({ roleId: "Security role no longer exists; choose another." });

  const chain = ancestry(units ?? (await loadUnits(tx)), holderUnitId);
  if (!chain.includes(role.businessUnitId)) {
    throw new ValidationError({
      roleId:
        `Security role ${role.name} belongs to ${role.businessUnit.name}, which is not this business unit ` +
        "or one above it (R7).",
    });
  }
  const namesakes = await tx.securityRole.findMany({
    where: { nameLower: role.nameLower, businessUnitId: { in: chain } },
    include: { businessUnit: { select: { name: true } } },
  });
  const nearest = nearestFirst(namesakes, chain)[0];
  if (nearest.id !== role.id) {
    throw new ValidationError({
      roleId:
        `Here the name ${role.name} stands for the role of ${nearest.businessUnit.name}, the nearer unit ` +
        `(R7); assign that one instead of ${role.businessUnit.name}'s.`,
    });
  }

  return role;
}

/** A role as the R7 name checks and their messages read it. */
export const NAMED_ROLE_SELECT = {
  id: true,
  name: true,
  nameLower: true,
  businessUnitId: true,
  businessUnit: { select: { name: true } },
} as const;

/**
 * Roles usable in a business unit (R7): those of the unit and of every unit
 * above it, each name once, as the nearest unit's role (see usableRole).
 */
export async function rolesUsableIn(tx: Tx, unitId: string) {
  const chain = ancestry(await loadUnits(tx), unitId);
  const roles = await tx.securityRole.findMany({
    where: { businessUnitId: { in: chain } },
    select: NAMED_ROLE_SELECT,
    orderBy: { nameLower: "asc" },
  });
  const seen = new Set<string>();

  return nearestFirst(roles, chain)
    .filter((role) => !seen.has(role.nameLower) && seen.add(role.nameLower))
    .sort((a, b) => a.nameLower.localeCompare(b.nameLower))
    .map(({ id, name, businessUnit }) => ({ id, name, businessUnit }));
}

function nearestFirst<T extends { businessUnitId: string }>(roles: T[], chain: string[]) {
  return [...roles].sort((a, b) => chain.indexOf(a.businessUnitId) - chain.indexOf(b.businessUnitId));
}

type NamedRole = { id: string; businessUnitId: string; nameLower: string };

/**
 * Whether a role of the same name in a unit nearer the holder stands for that
 * name there (R7). `roles` may hold roles of other names too: they are skipped.
 */
export function hiddenByNamesake(role: NamedRole, roles: NamedRole[], chain: string[]) {
  const namesakes = roles.filter(
    (other) => other.nameLower === role.nameLower && chain.includes(other.businessUnitId),
  );
  const nearest = nearestFirst(namesakes, chain)[0];

  return nearest !== undefined && nearest.id !== role.id;
}
