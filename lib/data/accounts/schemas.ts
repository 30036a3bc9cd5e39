import { z } from "zod";
import { CONSOLE_ROLES } from "@/lib/auth/permissions";

export const usernameSchema = z
  .string()
  .trim()
  .min(3, "Username must be at least 3 characters.")
  .max(64, "Username must be at most 64 characters.")
  .regex(/^[A-Za-z0-9._@-]+$/, "Use letters, digits, dot, dash, underscore or @.");

export const passwordSchema = z
  .string()
  .min(12, "Password must be at least 12 characters.")
  .max(200, "Password must be at most 200 characters.");

const accountFields = {
  username: usernameSchema,
  displayName: z.string().trim().max(100, "Display name must be at most 100 characters.").default(""),
  password: passwordSchema,
  confirm: z.string(),
};

const samePassword = {
  check: (value: { password: string; confirm: string }) => value.password === value.confirm,
  params: { path: ["confirm"], message: "The two passwords differ." },
};

export const createAccountSchema = z
  .object({ ...accountFields, role: z.enum(CONSOLE_ROLES, { message: "Choose Admin or Auditor." }) })
  .refine(samePassword.check, samePassword.params);

/** The first account is always an administrator. */
export const setupSchema = z.object(accountFields).refine(samePassword.check, samePassword.params);

export const accountStateSchema = z.object({
  accountId: z.uuid(),
  version: z.coerce.number().int().min(1),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
