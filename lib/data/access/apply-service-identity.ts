import "server-only";
import type { StagedChange } from "@/lib/access/staged-changes";
import { directoryGroupState, serviceAccountState } from "@/lib/data/services/audit-state";
import { parseIdentity, sameAccount } from "@/lib/data/services/identity";
import { missingGroups, requiredMemberships } from "@/lib/data/services/requirements";
import { type ApplyContext, refuse } from "./apply-context";

// A what-if's service identity change, with the checks and writes of the
// service's own change flow (lib/data/services/services.ts changeServiceIdentity):
// the identity read by parseIdentity (R27), the change recorded in the
// service's history, and, when asked, the account added to the groups R26
// requires, each group with its own audit event. That flow's helper for the
// groups is private to its module, so its steps are repeated here; the rules
// they apply (requiredMemberships, missingGroups) are the same functions.

type Change = Extract<StagedChange, { kind: "change-service-identity" }>;

export async function applyServiceIdentity(context: ApplyContext, change: Change, index: number) {
  const { tx } = context;
  const parsed = parseIdentity(change.service, change.identity);
  if (!parsed.ok) refuse(index, parsed.message);

  const account =
    (await tx.serviceAccount.findUnique({ where: { service: change.service } })) ??
    refuse(index, `There is no service account ${change.service}.`);
  if (sameAccount(account.identity, parsed.identity)) {
    refuse(index, `${change.service} already runs as ${account.identity}.`);
  }

  await tx.serviceAccount.update({
    where: { id: account.id },
    data: { identity: parsed.identity, version: { increment: 1 } },
  });
  await tx.serviceIdentityChange.create({
    data: {
      serviceAccountId: account.id,
      fromIdentity: account.identity,
      toIdentity: parsed.identity,
      reason: context.reason,
      actorName: context.actor.username,
    },
  });
  await context.audit({
    action: "service-account.change-identity",
    targetType: "service-account",
    targetId: account.id,
    targetLabel: account.service,
    before: serviceAccountState(account),
    after: serviceAccountState({ ...account, identity: parsed.identity }),
    reason: context.reason,
  });
  if (change.addMissing) await addRequiredMemberships(context, change.service, parsed.identity, index);
}

// R26: the groups still missing as the transaction reads them, not as the
// preview saw them; a group that no longer exists refuses the whole apply.
async function addRequiredMemberships(
  context: ApplyContext,
  service: Change["service"],
  account: string,
  index: number,
) {
  const { tx } = context;
  const groups = await tx.directoryGroup.findMany({ include: { members: { select: { account: true } } } });
  const members = Object.fromEntries(groups.map((g) => [g.name, g.members.map((m) => m.account)]));
  const reason = `Required for ${service} (R26): ${context.reason}`;

  for (const name of missingGroups(requiredMemberships(service, account, members))) {
    const group = groups.find((g) => g.name === name) ?? refuse(index, `There is no AD group ${name}.`);
    const before = await directoryGroupState(tx, group.id);
    await tx.directoryGroupMember.create({
      data: {
        groupId: group.id,
        account,
        accountLower: account.toLowerCase(),
        reason,
        addedBy: context.actor.username,
      },
    });
    await tx.directoryGroup.update({ where: { id: group.id }, data: { version: { increment: 1 } } });
    await context.audit({
      action: "directory-group.add-member",
      targetType: "directory-group",
      targetId: group.id,
      targetLabel: name,
      before,
      after: await directoryGroupState(tx, group.id),
      reason,
    });
  }
}
