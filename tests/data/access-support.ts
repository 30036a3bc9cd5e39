import type { Db } from "@/lib/db/client";

/** The Contoso demo organization, loaded as the console loads it on first start. */
export { seedContoso as loadContoso } from "./directory-support";

/** The organization's revision now, as a what-if preview would carry it. */
export async function revisionOf(db: Db) {
  return (await db.organization.findUniqueOrThrow({ where: { id: 1 } })).revision;
}
