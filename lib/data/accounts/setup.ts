import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { type ActionResult, toFailure, zodFieldErrors } from "@/lib/data/mutation";
import { ValidationError } from "@/lib/errors";
import { setupSchema } from "./schemas";

/** Setup stays open only until the first console account exists. */
export async function setupIsOpen() {
  const db = await getDb();

  return (await db.consoleAccount.count()) === 0;
}

/**
 * Creates the first administrator. There is no session to authorize against
 * yet: what authorizes this call is that no account exists, checked inside
 * the same transaction under a lock, so two racing requests cannot both win.
 */
export async function createFirstAdministrator(input: unknown): Promise<ActionResult> {
  try {
    const parsed = setupSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
    const { username, displayName, password } = parsed.data;
    // Cheap refusal first: argon2id costs ~19 MiB and real CPU, and this
    // action is reachable by anyone, so a closed setup must not pay for it.
    // The check that decides is still the one under the lock below.
    if (!(await setupIsOpen())) throw new ForbiddenError("setup.create-first-admin");
    const passwordHash = await hashPassword(password);

    const db = await getDb();
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(7401)");
      if ((await tx.consoleAccount.count()) > 0) throw new ForbiddenError("setup.create-first-admin");

      const account = await tx.consoleAccount.create({
        data: { username, usernameLower: username.toLowerCase(), displayName, passwordHash, role: "Admin" },
      });
      await tx.auditEvent.create({
        data: {
          actorId: account.id,
          actorName: account.username,
          action: "account.create-first-admin",
          targetType: "console-account",
          targetId: account.id,
          targetLabel: account.username,
          after: { username, displayName, role: "Admin" },
        },
      });
    });

    return { ok: true, data: undefined, message: "Administrator created. Sign in to continue." };
  } catch (error) {
    return toFailure(error);
  }
}
