import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { ConsoleRole } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";

const PREFIX = "icx_";

export function hashToken(secret: string) {
  return createHash("sha256").update(secret).digest("hex");
}

/** A new token secret: shown to its creator once, stored only as a hash. */
export function newTokenSecret() {
  const secret = PREFIX + randomBytes(24).toString("base64url");

  return { secret, tokenHash: hashToken(secret), prefix: secret.slice(0, 10) };
}

/**
 * The actor behind `Authorization: Bearer <token>`, or null. A revoked token,
 * or one whose account is disabled, no longer authenticates.
 */
export async function actorFromBearer(header: string | null): Promise<Actor | null> {
  const secret = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!secret?.startsWith(PREFIX)) return null;

  const db = await getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    include: { account: true },
  });
  if (!token || token.revokedAt || token.account.disabled) return null;

  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  const role = token.account.role as ConsoleRole;

  return {
    id: token.account.id,
    username: `${token.account.username} (token ${token.name})`,
    displayName: token.account.displayName || token.account.username,
    role,
    via: "token",
    // An Auditor's token is read-only whatever scope it was given.
    tokenScope: role === "Auditor" || token.scope !== "write" ? "read" : "write",
  };
}
