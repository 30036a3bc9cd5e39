import "server-only";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";

// Signing out ends the session on the server too. The session is a JWT that
// stays valid until it expires, so its id is kept as ended and refused on
// every request (lib/auth/actor.ts); the account's other sessions go on.

export type SignedOutToken = { sessionId?: unknown; accountId?: unknown; exp?: unknown };

/** Ends one session, with its audit event in the same transaction. */
export async function endSession(token: SignedOutToken | null | undefined) {
  const sessionId = typeof token?.sessionId === "string" ? token.sessionId : null;
  const accountId = typeof token?.accountId === "string" ? token.accountId : null;
  // A session from before ids were given has nothing to record: it expires on its own.
  if (!sessionId || !accountId) return;

  const expiresAt = new Date(typeof token?.exp === "number" ? token.exp * 1000 : Date.now() + 8 * 3600_000);
  const db = await getDb();
  await db.$transaction(async (tx) => {
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
    // Rows past their JWT's expiry guard nothing any more.
    await tx.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  });
  log.info("session ended", { accountId });
}

/** Whether the session with this id was ended by signing out. */
export async function sessionEnded(sessionId: string | undefined) {
  if (!sessionId) return false;
  const db = await getDb();

  return (await db.endedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;
}
