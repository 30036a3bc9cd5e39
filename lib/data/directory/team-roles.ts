import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { existingTeam, usableRole } from "./guards";
import { teamRoleSchema } from "./schemas";
import { teamState } from "./states";

export function assignTeamRole(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "team.write",
    schema: teamRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const team = await existingTeam(tx, data.teamId);
      // R5: access teams only receive shares; they hold no roles.
      if (team.type === "Access") {
        throw new ValidationError({
          roleId: `${team.name} is an access team; access teams hold no security roles (R5).`,
        });
      }
      const role = await usableRole(tx, data.roleId, team.businessUnitId);
      const before = await teamState(tx, team.id);
      if (before?.roles.includes(role.name))
        throw new ValidationError({ roleId: `${team.name} already holds ${role.name}.` });

      const result = await tx.team.updateMany({
        where: { id: team.id, version: data.version },
        data: { version: { increment: 1 } },
      });
      await expectUpdated(result, `Team ${team.name}`, async () => before);
      await tx.teamRole.create({ data: { teamId: team.id, roleId: role.id } });
      await audit({
        action: "team.assign-role",
        targetType: "team",
        targetId: team.id,
        targetLabel: team.name,
        before,
        after: await teamState(tx, team.id),
      });
      await touchOrganization(tx);

      return undefined;
    },
  });
}

export function removeTeamRole(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "team.write",
    schema: teamRoleSchema,
    input,
    async run({ tx, data, audit }) {
      const team = await existingTeam(tx, data.teamId);
      const before = await teamState(tx, team.id);
      const result = await tx.team.updateMany({
        where: { id: team.id, version: data.version },
        data: { version: { increment: 1 } },
      });
      await expectUpdated(result, `Team ${team.name}`, async () => before);
      const removed = await tx.teamRole.deleteMany({ where: { teamId: team.id, roleId: data.roleId } });
      if (removed.count === 0) throw new ValidationError({ roleId: "The team does not hold this role." });

      await audit({
        action: "team.remove-role",
        targetType: "team",
        targetId: team.id,
        targetLabel: team.name,
        before,
        after: await teamState(tx, team.id),
      });
      await touchOrganization(tx);

      return undefined;
    },
  });
}
