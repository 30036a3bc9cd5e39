import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import {
  effectivePrivileges,
  type EffectivePrivileges,
  parsePrivilegeName,
  UnknownUserError,
} from "@/lib/engine";
import type { Level } from "@/lib/scenario/schema";
import { diffPrivileges } from "@/lib/access/privilege-diff";
import { currentOrganization, evidenceStamp } from "./organization";

// Two users side by side, or a user against a role: does this user hold more
// than the role would give, or less? Rows are privileges, columns the levels.

export type CompareInput = { left: string; right?: string; roleId?: string };

export function loadComparison(input: CompareInput, actor?: Actor | null) {
  return readAs(
    "organization.read",
    async (db, reader) => {
      const { organization, revision } = await currentOrganization(db);
      const answerOf = (logon: string) => {
        try {
          return effectivePrivileges(organization, logon);
        } catch (error) {
          if (error instanceof UnknownUserError) return null;
          throw error;
        }
      };

      const left = input.left ? answerOf(input.left) : null;
      let right: EffectivePrivileges | null = null;
      let rightLabel = "";
      if (input.roleId) {
        const role = await db.securityRole.findUnique({
          where: { id: input.roleId },
          include: { privileges: true, businessUnit: { select: { name: true } } },
        });
        if (role) {
          right = roleAsAnswer(role.name, role.businessUnit.name, role.privileges);
          rightLabel = `Role ${role.name} (${role.businessUnit.name})`;
        }
      } else if (input.right) {
        right = answerOf(input.right);
        rightLabel = right?.user ?? "";
      }

      const rows = left && right ? diffPrivileges(left, right, { includeSame: true }) : [];

      return {
        left,
        right,
        rightLabel,
        missing: {
          left: Boolean(input.left) && !left,
          right: Boolean(input.right || input.roleId) && !right,
        },
        rows,
        differences: rows.filter((row) => row.change !== "same").length,
        stamp: await evidenceStamp(db, reader, revision),
      };
    },
    actor,
  );
}

// A role's privileges as written in it, shaped like an answer so one diff serves both.
function roleAsAnswer(
  name: string,
  businessUnit: string,
  privileges: { privilege: string; level: string }[],
): EffectivePrivileges {
  return {
    user: `Role ${name}`,
    businessUnit,
    disabled: false,
    system: false,
    hasAnyRole: true,
    privileges: privileges.map((held) => ({
      privilege: held.privilege,
      parsed: parsePrivilegeName(held.privilege),
      level: held.level as Level,
      sources: [
        {
          role: name,
          roleBusinessUnit: businessUnit,
          via: "user",
          inheritance: "Direct",
          level: held.level as Level,
        },
      ],
    })),
  };
}
