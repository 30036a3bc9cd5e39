import "server-only";
import { getDb } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";

// Verified even when the account does not exist, so the time taken does not
// tell which usernames are real.
let decoyHash: Promise<string> | undefined;

export async function checkCredentials(username: string, password: string) {
  const db = await getDb();
  const account = await db.consoleAccount.findUnique({
    where: { usernameLower: username.toLowerCase() },
  });
  decoyHash ??= hashPassword("decoy password never used");
  const ok = await verifyPassword(account?.passwordHash ?? (await decoyHash), password);
  if (!account || !ok || account.disabled) return null;

  await db.consoleAccount.update({
    where: { id: account.id },
    data: { lastSignInAt: new Date() },
  });

  return account;
}
