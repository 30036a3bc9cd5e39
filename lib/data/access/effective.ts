import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { effectivePrivileges, UnknownUserError } from "@/lib/engine";
import { privilegeMatrix } from "@/lib/access/privilege-matrix";
import { currentOrganization, evidenceStamp } from "./organization";

/** One user's effective privileges with every source (R10), laid out as a matrix; null for an unknown user. */
export function loadEffectiveAccess(logon: string, actor?: Actor | null) {
  return readAs(
    "organization.read",
    async (db, reader) => {
      const { organization, snapshot, revision } = await currentOrganization(db);
      let answer;
      try {
        answer = effectivePrivileges(organization, logon);
      } catch (error) {
        if (error instanceof UnknownUserError) return null;
        throw error;
      }

      const row = await db.systemUser.findUnique({
        where: { logonLower: answer.user.toLowerCase() },
        select: { id: true, accessMode: true },
      });
      const teams = (snapshot.teams ?? [])
        .filter((team) => team.members.some((member) => member.toLowerCase() === answer.user.toLowerCase()))
        .map((team) => ({ name: team.name, type: team.type ?? "Owner", roles: team.roles ?? [] }));
      const user = snapshot.users?.find((u) => u.name.toLowerCase() === answer.user.toLowerCase());

      return {
        answer,
        userId: row?.id ?? null,
        accessMode: row?.accessMode ?? "ReadWrite",
        directRoles: user?.roles ?? [],
        teams,
        matrix: privilegeMatrix(
          answer,
          (snapshot.tables ?? []).map((table) => table.name),
        ),
        stamp: await evidenceStamp(db, reader, revision),
      };
    },
    actor,
  );
}
