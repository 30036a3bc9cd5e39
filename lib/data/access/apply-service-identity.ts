import "server-only";
import type { StagedChange } from "@/lib/access/staged-changes";
import { parseIdentity, sameAccount } from "@/lib/data/services/identity";
import { addRequiredMemberships, recordIdentityChange } from "@/lib/data/services/identity-writes";
import { type ApplyContext, refuse } from "./apply-context";

// A what-if's service identity change, with the checks and writes of the
// service's own change flow (lib/data/services/services.ts changeServiceIdentity):
// the identity read by parseIdentity (R27), the change recorded in the
// service's history, and, when asked, the account added to the groups R26
// requires, each group with its own audit event: the same writes
// (lib/data/services/identity-writes.ts).

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
  await recordIdentityChange(context, account, parsed.identity, context.reason);
  if (change.addMissing) {
    await addRequiredMemberships(context, change.service, parsed.identity, context.reason);
  }
}
