import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { readAs } from "@/lib/data/read";
import type { Organization } from "@/lib/engine";
import { UserFacingError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { compiledOrganization } from "./organization";

/**
 * The compiled organization a change is checked against, read before the
 * change's transaction opens: on the embedded database a read beside an open
 * transaction would wait for it. Null when the actor may not (runMutation then
 * refuses them itself, before anything uses it). Any other failure is logged
 * here with its cause, and the change fails on the null with a reference.
 */
export async function organizationBeforeChange(
  permission: Permission,
  actor?: Actor | null,
): Promise<Organization | null> {
  const read = async (db: Db) => (await compiledOrganization(db)).organization;
  try {
    return await readAs(permission, read, actor);
  } catch (error) {
    if (!(error instanceof UserFacingError)) logUnexpected(error, { during: "organization before a change" });
    return null;
  }
}
