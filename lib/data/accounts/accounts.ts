import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { ValidationError } from "@/lib/errors";
import { accountStateSchema, createAccountSchema, passwordSchema } from "./schemas";

const publicFields = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  disabled: true,
  version: true,
  createdAt: true,
  lastSignInAt: true,
} as const;

export function listAccounts(actor?: Actor | null) {
  return readAs(
    "account.read",
    (db) => db.consoleAccount.findMany({ select: publicFields, orderBy: { usernameLower: "asc" } }),
    actor,
  );
}

export function createAccount(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "account.write",
    schema: createAccountSchema,
    input,
    async run({ tx, data, audit }) {
      const usernameLower = data.username.toLowerCase();
      if (await tx.consoleAccount.findUnique({ where: { usernameLower } })) {
        throw new ValidationError({ username: `An account named ${data.username} already exists.` });
      }
      const account = await tx.consoleAccount.create({
        data: {
          username: data.username,
          usernameLower,
          displayName: data.displayName,
          role: data.role,
          passwordHash: await hashPassword(data.password),
        },
        select: publicFields,
      });
      await audit({
        action: "account.create",
        targetType: "console-account",
        targetId: account.id,
        targetLabel: account.username,
        after: { username: account.username, displayName: account.displayName, role: account.role },
      });

      return account;
    },
  });
}

/** Disabling ends the account's sessions at once: its session version moves on. */
export function setAccountDisabled(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "account.write",
    schema: accountStateSchema,
    input,
    async run({ tx, actor, data, audit }) {
      if (data.accountId === actor.id && data.disabled) {
        const message = "You cannot disable your own account.";
        throw new ValidationError({ form: message }, message);
      }
      const before = await tx.consoleAccount.findUnique({
        where: { id: data.accountId },
        select: publicFields,
      });
      const result = await tx.consoleAccount.updateMany({
        where: { id: data.accountId, version: data.version },
        data: { disabled: data.disabled, version: { increment: 1 }, sessionVersion: { increment: 1 } },
      });
      await expectUpdated(result, "This account", async () => before);
      await audit({
        action: data.disabled ? "account.disable" : "account.enable",
        targetType: "console-account",
        targetId: data.accountId,
        targetLabel: before?.username,
        before: { disabled: before?.disabled },
        after: { disabled: data.disabled },
      });

      return undefined;
    },
  });
}

const resetPasswordSchema = z
  .object({
    accountId: z.uuid(),
    version: z.coerce.number().int().min(1),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "The two passwords differ.",
  });

export function resetPassword(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "account.write",
    schema: resetPasswordSchema,
    input,
    async run({ tx, data, audit }) {
      const before = await tx.consoleAccount.findUnique({
        where: { id: data.accountId },
        select: publicFields,
      });
      const result = await tx.consoleAccount.updateMany({
        where: { id: data.accountId, version: data.version },
        data: {
          passwordHash: await hashPassword(data.password),
          version: { increment: 1 },
          sessionVersion: { increment: 1 },
        },
      });
      await expectUpdated(result, "This account", async () => before);
      // The password itself is never written to the audit log.
      await audit({
        action: "account.reset-password",
        targetType: "console-account",
        targetId: data.accountId,
        targetLabel: before?.username,
      });

      return undefined;
    },
  });
}
