import "server-only";
import { z } from "zod";
import { newTokenSecret } from "@/lib/api/tokens";
import type { Actor } from "@/lib/auth/actor";
import { TOKEN_SCOPES } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { NotFoundError, NotSignedInError, ValidationError } from "@/lib/errors";

// API tokens for the HTTP API. The secret is shown once, when it is made, and
// stored only as its SHA-256 hash; the audit log records the prefix, never the
// secret. An Auditor account's token is always read-only.
//
// A token acts for the account that made it, and only that one: were an Admin
// able to issue one for another account, everything done with it would be
// audited under the other account's name. An Admin may still list and revoke
// any token, which takes nothing from its owner's audit trail.

const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token, for example after the script that uses it.").max(100),
  // Accepted only to refuse it plainly: a caller naming another account
  // should hear no, not get a token for themselves it did not ask for.
  accountId: z.string().optional(),
  scope: z.enum(TOKEN_SCOPES, { message: "Choose read or write." }),
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

export function createToken(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "token.write",
    schema: createTokenSchema,
    input,
    async run({ tx, actor, data, audit }) {
      if (data.accountId !== undefined && data.accountId !== actor.id) {
        throw new ValidationError({ accountId: "A token acts for your own account only." });
      }
      const account = await tx.consoleAccount.findUnique({ where: { id: actor.id } });
      if (!account || account.disabled) throw new NotSignedInError();

      // An Auditor changes nothing, through the console or through a token:
      // should an Auditor ever be let make tokens, theirs still write nothing.
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
