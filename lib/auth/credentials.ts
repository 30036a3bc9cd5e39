import "server-only";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { hashPassword, verifyPassword } from "./password";
import { clearFailures, isThrottled, recordFailure } from "./sign-in-throttle";

// Verified even when the account does not exist, so the time taken does not
// tell which usernames are real.
let decoyHash: Promise<string> | undefined;

export async function checkCredentials(username: string, password: string) {
  if (isThrottled(username)) {
    log.warn("sign-in refused: too many failures", { username });
    return null;
  }

  const db = await getDb();
  const account = await db.consoleAccount.findUnique({
    where: { usernameLower: username.toLowerCase() },
  });
  decoyHash ??= hashPassword("decoy password never used");
  const ok = await verifyPassword(account?.passwordHash ?? (await decoyHash), password);
  if (!account || !ok || account.disabled) {
    recordFailure(username);
    return null;
  }
  clearFailures(username);

  // Signing in is audited as signing out is (lib/auth/sessions.ts): who held
  // a session, and when, is part of the evidence an auditor files.
  await db.$transaction(
    async (tx) => {
      await tx.consoleAccount.update({ where: { id: account.id }, data: { lastSignInAt: new Date() } });
      await tx.auditEvent.create({
        data: {
          actorId: account.id,
          actorName: account.username,
          action: "account.sign-in",
          targetType: "console-account",
          targetId: account.id,
          targetLabel: account.username,
        },
      });
    },
    { maxWait: 30_000, timeout: 60_000 },
  );

  return account;
}
