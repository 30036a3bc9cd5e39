import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AuditInput } from "@/lib/data/audit";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { directoryGroupState, serviceAccountState } from "./audit-state";
import type { ServiceKey } from "./catalog";
import { missingGroups, requiredMemberships } from "./requirements";

// The writes of a service identity change, shared by the service's own change
// flow (services.ts) and a what-if apply (lib/data/access): each makes the
// same rows and the same audit events, so the audit log and "access as of"
// read both alike. Each caller checks what it must first (a version, or the
// organization's revision) and updates the service account row itself.

/** An audit event with every field given, as both flows write them. */
export type CompleteAuditEvent = Required<Omit<AuditInput, "targetId">> & { targetId: string };

export type IdentityWriter = {
  tx: Tx;
  actor: Actor;
  audit: (event: CompleteAuditEvent) => Promise<void>;
};

type ServiceAccountRow = { id: string; service: string; identity: string; servers: string[] };

/** The service's history row and its audit event, for an identity already written. */
export async function recordIdentityChange(
  { tx, actor, audit }: IdentityWriter,
  previous: ServiceAccountRow,
  identity: string,
  reason: string,
) {
  const change = await tx.serviceIdentityChange.create({
    data: {
      serviceAccountId: previous.id,
      fromIdentity: previous.identity,
      toIdentity: identity,
      reason,
      actorName: actor.username,
    },
  });
  await audit({
    action: "service-account.change-identity",
    targetType: "service-account",
    targetId: previous.id,
    targetLabel: previous.service,
    before: serviceAccountState(previous),
    after: serviceAccountState({ ...previous, identity }),
    reason,
  });

  return change;
}

/** One new member of an AD group: the row, the group's version, its audit event. */
export async function writeGroupMember(
  { tx, actor, audit }: IdentityWriter,
  group: { id: string; name: string },
  account: string,
  reason: string,
) {
  const before = await directoryGroupState(tx, group.id);
  const accountLower = account.toLowerCase();
  await tx.directoryGroupMember.create({
    data: { groupId: group.id, account, accountLower, reason, addedBy: actor.username },
  });
  await tx.directoryGroup.update({ where: { id: group.id }, data: { version: { increment: 1 } } });
  await audit({
    action: "directory-group.add-member",
    targetType: "directory-group",
    targetId: group.id,
    targetLabel: group.name,
    before,
    after: await directoryGroupState(tx, group.id),
    reason,
  });
}

/**
 * R26: adds the account to the groups its service requires and it is not in,
 * as the transaction reads them now (not as a preview saw them a moment ago),
 * each group with its own audit event. A group that no longer exists fails
 * the whole change.
 */
export async function addRequiredMemberships(
  { tx, actor, audit }: IdentityWriter,
  service: ServiceKey,
  account: string,
  why: string,
) {
  const groups = await tx.directoryGroup.findMany({ include: { members: { select: { account: true } } } });
  const members = Object.fromEntries(groups.map((g) => [g.name, g.members.map((m) => m.account)]));
  const missing = missingGroups(requiredMemberships(service, account, members));
  const reason = `Required for ${service} (R26): ${why}`;

  for (const name of missing) {
    const group = groups.find((g) => g.name === name);
    if (!group) throw new NotFoundError(`The AD group ${name}`);

    await writeGroupMember({ tx, actor, audit }, group, account, reason);
  }

  return missing;
}
