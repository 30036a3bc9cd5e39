import "server-only";
import { redirect } from "next/navigation";
import { actorMay, currentActor } from "./actor";
import type { Permission } from "./permissions";

/**
 * For a page: the signed-in actor and whether it may see this page. The page
 * shows <NotPermitted /> when not; its data functions check again anyway.
 */
export async function pageAccess(permission: Permission) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");

  return { actor, allowed: actorMay(actor, permission) };
}
