import "server-only";
import type { Db } from "@/lib/db/client";
import { compiledOrganization } from "@/lib/data/engine/organization";
import type { AccessSnapshot } from "@/lib/access/audit-states";

/** The compiled organization with its snapshot typed as the access review reads it. */
export async function currentOrganization(db: Db) {
  const compiled = await compiledOrganization(db);

  return { ...compiled, snapshot: compiled.snapshot as AccessSnapshot };
}

/** What every piece of evidence says about itself: when, by whom, from which revision. */
export async function evidenceStamp(
  db: Db,
  actor: { username: string; displayName: string },
  revision: number,
) {
  const organization = await db.organization.findUnique({ where: { id: 1 }, select: { name: true } });

  return {
    producedAt: new Date(),
    producedBy:
      actor.displayName === actor.username ? actor.username : `${actor.displayName} (${actor.username})`,
    organization: organization?.name ?? "Organization",
    revision,
  };
}

export type EvidenceStamp = Awaited<ReturnType<typeof evidenceStamp>>;
