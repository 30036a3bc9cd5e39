import { z } from "zod";
import { TABLE_RIGHTS } from "@/lib/scenario/schema";

// A plug-in step as the console registers it (R20): the form, the API and the
// import all send this shape, the one `pluginSteps` has in an export.

export const DEPLOYMENTS = ["Server", "Offline", "Both"] as const;
export const STAGE_OPTIONS = ["PreValidation", "PreOperation", "PostOperation"] as const;
export const MODE_OPTIONS = ["Synchronous", "Asynchronous"] as const;
export const ISOLATION_OPTIONS = ["Sandbox", "None"] as const;
export const OPERATION_TARGETS = ["context", "initiating", "system"] as const;

const text = (label: string, max = 200) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

const optionalText = (label: string, max = 300) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters.`).default("");

const recordSchema = z.strictObject({
  owner: text("The owner").optional(),
  ownerTeam: text("The owner team").optional(),
  sharedWith: z
    .array(
      z.strictObject({
        principal: text("The principal"),
        rights: z.array(z.enum(TABLE_RIGHTS)).min(1, "Name at least one right."),
      }),
    )
    .optional(),
});

export const operationSchema = z.strictObject({
  // CreateOrganizationService target (R22): context | initiating | system | a logon.
  as: text("Whose service").default("context"),
  action: z.enum(TABLE_RIGHTS, { message: "Choose a table right." }),
  table: text("The table", 100),
  record: recordSchema.optional(),
});

export const stepFields = {
  name: text("Name"),
  assembly: optionalText("Assembly"),
  typeName: optionalText("Type name"),
  message: text("Message", 100),
  table: text("Primary table", 100),
  stage: z.enum(STAGE_OPTIONS, { message: "Choose a stage." }).default("PostOperation"),
  mode: z.enum(MODE_OPTIONS, { message: "Choose Synchronous or Asynchronous." }).default("Synchronous"),
  isolation: z.enum(ISOLATION_OPTIONS, { message: "Choose Sandbox or None." }).default("Sandbox"),
  deployment: z.enum(DEPLOYMENTS, { message: "Choose Server, Offline or Both." }).default("Server"),
  // Empty or null is "Calling User", the platform's default (R20, R21).
  runAs: z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null),
  operations: z.array(operationSchema).max(50, "At most 50 operations per step.").default([]),
};

export const createStepSchema = z.strictObject(stepFields);

export const updateStepSchema = z.strictObject({
  ...stepFields,
  id: z.uuid("This step no longer exists."),
  version: z.coerce.number().int().min(1),
});

export const removeStepSchema = z.object({
  id: z.uuid("This step no longer exists."),
  version: z.coerce.number().int().min(1),
});

export type StepInput = z.infer<typeof createStepSchema>;
export type OperationInput = z.infer<typeof operationSchema>;
