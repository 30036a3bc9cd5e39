import "server-only";
import { type Actor, authorize, currentActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { type Db, getDb } from "@/lib/db/client";

/** Every read checks the session and the console role before touching data. */
export async function readAs<T>(
  permission: Permission,
  read: (db: Db, actor: Actor) => Promise<T>,
  actor?: Actor | null,
): Promise<T> {
  const allowed = authorize(actor === undefined ? await currentActor() : actor, permission);

  return read(await getDb(), allowed);
}
