import "server-only";
import { z } from "zod";
import { newTokenSecret } from "@/lib/api/tokens";
import type { Actor } from "@/lib/auth/actor";
import { runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { NotFoundError, ValidationError } from "@/lib/errors";

// API tokens for the HTTP API. The secret is shown once, when it is made, and
// stored only as its SHA-256 hash; the audit log records the prefix, never the
// secret. An Auditor account's token is always read-only.

const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token, for example after the script that uses it.").max(100),
  accountId: z.uuid("Choose the console account the token acts for."),
  scope: z.enum(["read", "write"], { message: "Choose read or write." }),
});

const revokeSchema = z.object({ id: z.uuid() });

export function listTokens(actor?: Actor | null) {
  return readAs(
    "token.read",
    (db) =>
      db.apiToken.findMany({
        select: {
          id: true,
          name: true,
          prefix: true,
          scope: true,
          createdAt: true,
          lastUsedAt: true,
          revokedAt: true,
          account: { select: { username: true, role: true } },
        },
        orderBy: { createdAt: "desc" },
      }),
    actor,
  );
}

/** Accounts a token may be issued for: enabled console accounts. */
export function tokenAccounts(actor?: Actor | null) {
  return readAs(
    "token.read",
    (db) =>
      db.consoleAccount.findMany({
        where: { disabled: false },
        select: { id: true, username: true, role: true },
        orderBy: { usernameLower: "asc" },
      }),
    actor,
  );
}

export function createToken(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "token.write",
    schema: createTokenSchema,
    input,
    async run({ tx, data, audit }) {
      const account = await tx.consoleAccount.findUnique({ where: { id: data.accountId } });
      if (!account || account.disabled) {
        throw new ValidationError({ accountId: "Choose an enabled console account." });
      }

      // An Auditor changes nothing, through the console or through a token.
      const scope = account.role === "Auditor" ? "read" : data.scope;
      const { secret, tokenHash, prefix } = newTokenSecret();
      const token = await tx.apiToken.create({
        data: { name: data.name, tokenHash, prefix, scope, accountId: account.id },
      });
      await audit({
        action: "api-token.create",
        targetType: "api-token",
        targetId: token.id,
        targetLabel: `${token.name} (${prefix}…)`,
        after: { name: token.name, prefix, scope, account: account.username },
      });

      return { id: token.id, name: token.name, prefix, scope, secret };
    },
  });
}

export function revokeToken(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "token.write",
    schema: revokeSchema,
    input,
    async run({ tx, data, audit }) {
      const token = await tx.apiToken.findUnique({ where: { id: data.id }, include: { account: true } });
      if (!token) throw new NotFoundError("This token");
      if (token.revokedAt) return undefined;

      await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
      const { name, prefix, scope } = token;
      const state = { name, prefix, scope, account: token.account.username };
      await audit({
        action: "api-token.revoke",
        targetType: "api-token",
        targetId: token.id,
        targetLabel: `${token.name} (${token.prefix}…)`,
        before: { ...state, revoked: false },
        after: { ...state, revoked: true },
      });

      return undefined;
    },
  });
}
