import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  /** "<resource>.<verb>", for example "user.create". */
  action: string;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
};

function json(value: unknown) {
  return value === undefined || value === null
    ? Prisma.DbNull
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**
 * Writes the audit event inside the caller's transaction: the event and the
 * change it describes commit together or not at all.
 */
export async function recordAudit(tx: Tx, actor: Actor, event: AuditInput) {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      actorName: actor.username,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId ?? null,
      targetLabel: event.targetLabel ?? "",
      before: json(event.before),
      after: json(event.after),
      reason: event.reason ?? "",
    },
  });
}
