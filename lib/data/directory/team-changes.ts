import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { existingTeam, existingUnit } from "./guards";
import { createTeamSchema, deleteSchema, renameSchema } from "./schemas";
import { teamState, userState } from "./states";

async function nameIsFree(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.team.findUnique({ where: { nameLower: name.toLowerCase() } });
  if (taken && taken.id !== exceptId) {
    throw new ValidationError({ name: `A team named ${taken.name} already exists (names ignore case).` });
  }
}

export function createTeam(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "team.write",
    schema: createTeamSchema,
    input,
    async run({ tx, data, audit }) {
      await nameIsFree(tx, data.name);
      await existingUnit(tx, data.businessUnitId);
      const team = await tx.team.create({
        data: {
          name: data.name,
          nameLower: data.name.toLowerCase(),
          businessUnitId: data.businessUnitId,
          type: data.type,
        },
      });
      await audit({
        action: "team.create",
        targetType: "team",
        targetId: team.id,
        targetLabel: team.name,
        before: null,
        after: await teamState(tx, team.id),
      });
      await touchOrganization(tx);

      return { id: team.id, name: team.name };
    },
  });
}

export function renameTeam(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "team.write",
    schema: renameSchema,
    input,
    async run({ tx, data, audit }) {
      const team = await existingTeam(tx, data.id);
      await nameIsFree(tx, data.name, team.id);
      const before = await teamState(tx, team.id);
      const result = await tx.team.updateMany({
        where: { id: team.id, version: data.version },
        data: { name: data.name, nameLower: data.name.toLowerCase(), version: { increment: 1 } },
      });
      await expectUpdated(result, `Team ${team.name}`, async () => before);
      await audit({
        action: "team.rename",
        targetType: "team",
        targetId: team.id,
        targetLabel: data.name,
        before,
        after: await teamState(tx, team.id),
      });
      await touchOrganization(tx);

      return undefined;
    },
  });
}

/** Deleting a team ends its memberships: each member's state changes too, one event each. */
export function deleteTeam(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "team.write",
    schema: deleteSchema,
    input,
    async run({ tx, data, audit }) {
      const team = await existingTeam(tx, data.id);
      const before = await teamState(tx, team.id);
      const members = await tx.teamMembership.findMany({
        where: { teamId: team.id },
        select: { userId: true },
      });
      const membersBefore = await Promise.all(members.map((member) => userState(tx, member.userId)));

      const result = await tx.team.deleteMany({ where: { id: team.id, version: data.version } });
      await expectUpdated(result, `Team ${team.name}`, async () => before);
      await audit({
        action: "team.delete",
        targetType: "team",
        targetId: team.id,
        targetLabel: team.name,
        before,
        after: null,
      });
      for (const [index, member] of members.entries()) {
        await audit({
          action: "user.leave-team",
          targetType: "user",
          targetId: member.userId,
          targetLabel: membersBefore[index]?.name,
          before: membersBefore[index],
          after: await userState(tx, member.userId),
          reason: `Team ${team.name} was deleted`,
        });
      }
      await touchOrganization(tx);

      return undefined;
    },
  });
}
