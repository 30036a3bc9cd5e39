import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotSignedInError } from "@/lib/errors";
import type { ConsoleRole, Permission, TokenScope } from "./permissions";
import { roleMay, scopeMay } from "./permissions";
import { sessionEnded, sessionExpired } from "./sessions";

export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: ConsoleRole;
  via: "session" | "token";
  /** For API tokens: the scope's allowlist in PERMISSIONS, on top of the account's role. */
  tokenScope?: TokenScope;
};

/**
 * The signed-in console account, checked against the database on every call:
 * a JWT alone cannot be revoked, so a disabled account, a bumped session
 * version or a session ended by signing out ends it here.
 */
export async function currentActor(): Promise<Actor | null> {
  // Loaded on first use, so that data functions can be imported (and tested)
  // outside a Next.js request, where they are always given an explicit actor.
  const { auth } = await import("@/auth");
  // Outside a request (a script, a test) there is no session to read: nobody.
  const session = (await auth().catch(() => null)) as {
    accountId?: string;
    sessionVersion?: number;
    sessionId?: string;
    signedInAt?: number;
  } | null;
  // A token without a session id or sign-in time predates them: its owner signs in again.
  if (!session?.accountId || !session.sessionId || session.signedInAt === undefined) return null;
  if (sessionExpired(session.signedInAt)) return null;

  const db = await getDb();
  const [account, ended] = await Promise.all([
    db.consoleAccount.findUnique({ where: { id: session.accountId } }),
    sessionEnded(session.sessionId),
  ]);
  if (!account || account.disabled || account.sessionVersion !== session.sessionVersion || ended) {
    return null;
  }

  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName || account.username,
    role: account.role as ConsoleRole,
    via: "session",
  };
}

/**
 * Both must allow it: the account's role, and for a token its scope. A token
 * without a scope is refused outright, so a caller that forgets to set one
 * fails closed rather than getting the whole role.
 */
export function actorMay(actor: Actor, permission: Permission) {
  if (!roleMay(actor.role, permission)) return false;
  if (actor.via === "session" && actor.tokenScope === undefined) return true;

  return actor.tokenScope !== undefined && scopeMay(actor.tokenScope, permission);
}

/** Fails closed: no actor, or an actor whose role lacks the permission, throws. */
export function authorize(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new NotSignedInError();
  if (!actorMay(actor, permission)) throw new ForbiddenError(permission);

  return actor;
}

export async function requirePermission(permission: Permission) {
  return authorize(await currentActor(), permission);
}
