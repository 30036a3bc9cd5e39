import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { editableUser, existingTeam } from "./guards";
import { teamMemberSchema } from "./schemas";
import { teamState, userState } from "./states";

/** A membership belongs to two targets: the team (members) and the user (teams); both are audited. */
function changeMembership(mode: "add" | "remove") {
  return (input: unknown, actor?: Actor | null) =>
    runMutation({
      actor,
      permission: "team.write",
      schema: teamMemberSchema,
      input,
      async run({ tx, data, audit }) {
        const team = await existingTeam(tx, data.teamId);
        // R4: SYSTEM cannot be edited, and a membership is part of the user too.
        const user = await editableUser(tx, data.userId);
        const teamBefore = await teamState(tx, team.id);
        const userBefore = await userState(tx, user.id);
        const isMember = teamBefore?.members.includes(user.logon) ?? false;
        if (mode === "add" && isMember)
          throw new ValidationError({ userId: `${user.logon} is already a member.` });
        if (mode === "remove" && !isMember)
          throw new ValidationError({ userId: `${user.logon} is not a member.` });

        const result = await tx.team.updateMany({
          where: { id: team.id, version: data.version },
          data: { version: { increment: 1 } },
        });
        await expectUpdated(result, `Team ${team.name}`, async () => teamBefore);
        if (mode === "add") await tx.teamMembership.create({ data: { teamId: team.id, userId: user.id } });
        else
          await tx.teamMembership.delete({ where: { teamId_userId: { teamId: team.id, userId: user.id } } });

        await audit({
          action: mode === "add" ? "team.add-member" : "team.remove-member",
          targetType: "team",
          targetId: team.id,
          targetLabel: team.name,
          before: teamBefore,
          after: await teamState(tx, team.id),
        });
        await audit({
          action: mode === "add" ? "user.join-team" : "user.leave-team",
          targetType: "user",
          targetId: user.id,
          targetLabel: user.logon,
          before: userBefore,
          after: await userState(tx, user.id),
        });
        await touchOrganization(tx);

        return undefined;
      },
    });
}

export const addTeamMember = changeMembership("add");
export const removeTeamMember = changeMembership("remove");
