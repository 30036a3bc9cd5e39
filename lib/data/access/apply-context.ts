import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { CompleteAuditEvent } from "@/lib/data/services/identity-writes";
import { ValidationError } from "@/lib/errors";

// What each staged change is applied with, inside the what-if's one transaction.

export type ApplyContext = {
  tx: Tx;
  actor: Actor;
  reason: string;
  audit: (event: CompleteAuditEvent) => Promise<void>;
  units: Map<string, { name: string; parentId: string | null }>;
  keepRolesOnMove: boolean;
};

/** A staged change that cannot be made: named by its place in the list, nothing written. */
export function refuse(index: number, message: string): never {
  throw new ValidationError({ [`changes.${index}`]: message }, message);
}
