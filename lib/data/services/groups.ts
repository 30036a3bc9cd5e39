import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { directoryGroupState } from "./audit-state";
import { GROUP_NAMES, type GroupName, isGroupName, type ServiceKey } from "./catalog";
import { writeGroupMember } from "./identity-writes";
import { groupMemberSchema } from "./schemas";

export function listDirectoryGroups(actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      const groups = await db.directoryGroup.findMany({ include: { _count: { select: { members: true } } } });
      const order = (name: string) => GROUP_NAMES.indexOf(name as GroupName);

      return groups
        .filter((group) => isGroupName(group.name))
        .sort((a, b) => order(a.name) - order(b.name))
        .map((group) => ({ id: group.id, name: group.name as GroupName, members: group._count.members }));
    },
    actor,
  );
}

/** A group's members, each with what it is: a service identity, a CRM user (enabled or not), or neither. */
export function getDirectoryGroup(name: string, actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      if (!isGroupName(name)) return null;
      const group = await db.directoryGroup.findUnique({
        where: { name },
        include: { members: { orderBy: { accountLower: "asc" } } },
      });
      if (!group) return null;

      const lowered = group.members.map((member) => member.accountLower);
      const [services, users, audit] = await Promise.all([
        db.serviceAccount.findMany({ select: { service: true, identity: true } }),
        db.systemUser.findMany({
          where: { logonLower: { in: lowered } },
          select: { logonLower: true, disabled: true, fullName: true },
        }),
        db.auditEvent.findMany({
          where: { targetType: "directory-group", targetId: group.id },
          orderBy: { at: "desc" },
          take: 50,
        }),
      ]);
      const userByLogon = new Map(users.map((user) => [user.logonLower, user]));

      return {
        id: group.id,
        name: group.name as GroupName,
        version: group.version,
        members: group.members.map((member) => ({
          ...member,
          services: services
            .filter((s) => s.identity.toLowerCase() === member.accountLower)
            .map((s) => s.service as ServiceKey),
          crmUser: userByLogon.get(member.accountLower) ?? null,
        })),
        audit,
      };
    },
    actor,
  );
}

// Membership changes carry no version: each is one set operation checked
// against the members as they are inside the transaction (an add of a member,
// a removal of a non-member, is refused), so two administrators changing
// different members do not lose each other's change, and neither can be
// applied twice.
export function addGroupMember(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "group.write",
    schema: groupMemberSchema,
    input,
    async run({ tx, actor, data, audit }) {
      const group = await tx.directoryGroup.findUnique({ where: { name: data.group } });
      if (!group) throw new NotFoundError(`The AD group ${data.group}`);
      const accountLower = data.account.toLowerCase();
      const existing = await tx.directoryGroupMember.findUnique({
        where: { groupId_accountLower: { groupId: group.id, accountLower } },
      });
      if (existing) {
        throw new ValidationError({ account: `${existing.account} is already a member of ${group.name}.` });
      }

      await writeGroupMember({ tx, actor, audit }, group, data.account, data.reason);
      // PrivUserGroup decides whether plug-ins may run (R24): the engine must see it.
      await touchOrganization(tx);

      return { group: group.name, account: data.account };
    },
  });
}

/** The reason for a removal has no column of its own: it lives in the audit event. */
export function removeGroupMember(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "group.write",
    schema: groupMemberSchema,
    input,
    async run({ tx, data, audit }) {
      const group = await tx.directoryGroup.findUnique({ where: { name: data.group } });
      if (!group) throw new NotFoundError(`The AD group ${data.group}`);

      const before = await directoryGroupState(tx, group.id);
      const removed = await tx.directoryGroupMember.deleteMany({
        where: { groupId: group.id, accountLower: data.account.toLowerCase() },
      });
      if (removed.count === 0) {
        throw new ValidationError({ account: `${data.account} is not a member of ${group.name}.` });
      }
      await tx.directoryGroup.update({ where: { id: group.id }, data: { version: { increment: 1 } } });
      await audit({
        action: "directory-group.remove-member",
        targetType: "directory-group",
        targetId: group.id,
        targetLabel: group.name,
        before,
        after: await directoryGroupState(tx, group.id),
        reason: data.reason,
      });
      await touchOrganization(tx);

      return { group: group.name, account: data.account };
    },
  });
}
