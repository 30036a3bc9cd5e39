import "server-only";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";

// Signing out ends the session on the server too. The session is a JWT that
// stays valid until it expires, so its id is kept as ended and refused on
// every request (lib/auth/actor.ts); the account's other sessions go on.
//
// Auth.js re-signs the token with a later expiry whenever the session is
// read, so the token's own `exp` bounds nothing: a copied cookie could be kept
// fresh for ever. A session therefore lives at most SESSION_SECONDS from its
// sign-in (`signedInAt`, set once), and an ended one is remembered that long.

export const SESSION_SECONDS = 8 * 60 * 60;

export type SignedOutToken = { sessionId?: unknown; accountId?: unknown; signedInAt?: unknown };

/** When a session that began at `signedInAt` ends whatever happens. */
export function sessionDeadline(signedInAt: number) {
  return new Date(signedInAt + SESSION_SECONDS * 1000);
}

/** A session past its deadline is over, however recently its token was refreshed. */
export function sessionExpired(signedInAt: number, now = Date.now()) {
  return sessionDeadline(signedInAt).getTime() <= now;
}

/** Ends one session, with its audit event in the same transaction. */
export async function endSession(token: SignedOutToken | null | undefined) {
  const sessionId = typeof token?.sessionId === "string" ? token.sessionId : null;
  const accountId = typeof token?.accountId === "string" ? token.accountId : null;
  // A token without an id is refused on every request already (lib/auth/actor.ts).
  if (!sessionId || !accountId) return;

  const signedInAt = typeof token?.signedInAt === "number" ? token.signedInAt : Date.now();
  const expiresAt = sessionDeadline(signedInAt);
  const db = await getDb();
  await db.$transaction(
    async (tx) => {
      const account = await tx.consoleAccount.findUnique({ where: { id: accountId } });
      await tx.endedSession.upsert({
        where: { id: sessionId },
        create: { id: sessionId, accountId, expiresAt },
        update: {},
      });
      await tx.auditEvent.create({
        data: {
          actorId: accountId,
          actorName: account?.username ?? accountId,
          action: "account.sign-out",
          targetType: "console-account",
          targetId: accountId,
          targetLabel: account?.username ?? "",
        },
      });
      // Past its deadline a session is refused anyway: its row guards nothing any more.
      await tx.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    },
    // The embedded database runs one transaction at a time: wait for a long import.
    { maxWait: 30_000, timeout: 60_000 },
  );
  log.info("session ended", { accountId });
}

/** Whether the session with this id was ended by signing out. */
export async function sessionEnded(sessionId: string | undefined) {
  if (!sessionId) return false;
  const db = await getDb();

  return (await db.endedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;
}
