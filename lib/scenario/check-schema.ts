import { z } from "zod";

import { gotText, nameSchema, oneOf, OUTCOMES, TABLE_RIGHTS } from "./schema-primitives";

// The three kinds of question (SCENARIOS.md, "checks"). A check's kind is told by
// its keys: "step" makes a plug-in call, "impersonate" an impersonation, "user" an
// access check.

export const tableRightSchema = oneOf(TABLE_RIGHTS);
export const outcomeSchema = oneOf(OUTCOMES);

export const shareSchema = z.strictObject({
  principal: nameSchema,
  rights: z.array(tableRightSchema).min(1, "name at least one right"),
});

export const recordSpecSchema = z.strictObject({
  owner: nameSchema.optional(),
  ownerTeam: nameSchema.optional(),
  sharedWith: z.array(shareSchema).optional(),
});

export const accessCheckSchema = z.strictObject({
  name: nameSchema,
  user: nameSchema,
  action: tableRightSchema,
  table: nameSchema,
  record: recordSpecSchema.optional(),
  expect: outcomeSchema.optional(),
});

export const impersonationCheckSchema = z.strictObject({
  name: nameSchema,
  caller: nameSchema,
  impersonate: nameSchema,
  action: tableRightSchema,
  table: nameSchema,
  record: recordSpecSchema.optional(),
  expect: outcomeSchema.optional(),
});

export const STAGES = ["PreValidation", "PreOperation", "PostOperation"] as const;
export const MODES = ["Synchronous", "Asynchronous"] as const;
export const ISOLATIONS = ["Sandbox", "None"] as const;
export const CLIENTS = ["Server", "Offline"] as const;

export const pluginStepSchema = z.strictObject({
  message: nameSchema,
  table: nameSchema,
  stage: oneOf(STAGES).optional(),
  mode: oneOf(MODES).optional(),
  isolation: oneOf(ISOLATIONS).optional(),
  runAs: nameSchema.optional(),
  client: oneOf(CLIENTS).optional(),
});

// "as": "context" | "initiating" | "system" | a user's logon (R22).
export const pluginOperationSchema = z.strictObject({
  as: nameSchema,
  action: tableRightSchema,
  table: nameSchema,
  record: recordSpecSchema.optional(),
});

export const pluginExpectSchema = z.strictObject({
  outcome: outcomeSchema.optional(),
  userId: nameSchema.optional(),
  initiatingUserId: nameSchema.optional(),
  processAccount: nameSchema.optional(),
  errorCode: nameSchema.optional(),
  operations: z.array(outcomeSchema).optional(),
  owners: z.array(nameSchema).optional(),
});

export const pluginCheckSchema = z.strictObject({
  name: nameSchema,
  step: pluginStepSchema,
  caller: nameSchema,
  operations: z.array(pluginOperationSchema).optional(),
  expect: pluginExpectSchema.optional(),
});

export type RecordSpec = z.infer<typeof recordSpecSchema>;
export type Share = z.infer<typeof shareSchema>;
export type AccessCheck = z.infer<typeof accessCheckSchema>;
export type ImpersonationCheck = z.infer<typeof impersonationCheckSchema>;
export type PluginStep = z.infer<typeof pluginStepSchema>;
export type PluginOperation = z.infer<typeof pluginOperationSchema>;
export type PluginExpect = z.infer<typeof pluginExpectSchema>;
export type PluginCheck = z.infer<typeof pluginCheckSchema>;
export type Check = AccessCheck | ImpersonationCheck | PluginCheck;
export type CheckKind = "access" | "impersonation" | "plugin";

export function checkKind(check: Check): CheckKind {
  if ("step" in check) return "plugin";
  if ("impersonate" in check) return "impersonation";

  return "access";
}

// Tells the kind from raw keys, before the shape is known to be right.
export function schemaForRawCheck(value: unknown) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  if ("step" in value) return pluginCheckSchema;
  if ("impersonate" in value) return impersonationCheckSchema;
  if ("user" in value) return accessCheckSchema;

  return undefined;
}

export const CHECK_KIND_HINT =
  'cannot tell the kind of check: give "user" (access), "caller" and "impersonate" ' +
  '(impersonation), or "step" and "caller" (plug-in call)';

export const checkSchema = z.unknown().transform((value, ctx): Check => {
  const schema = schemaForRawCheck(value);
  if (!schema) {
    const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
    ctx.addIssue({
      code: "custom",
      message: isObject ? CHECK_KIND_HINT : `expected a check object${gotText(value)}`,
    });
    return z.NEVER;
  }

  // The kind's own issues keep their paths, which zod prefixes with this check's.
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue(issue as z.core.$ZodRawIssue);
    return z.NEVER;
  }

  return parsed.data;
});
