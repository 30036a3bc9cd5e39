import { z } from "zod";
import { ACCESS_MODES, isLogonName, LEVELS } from "@/lib/scenario/schema";

// Form and API input for the directory. Messages name the field, because the
// form shows them next to it and an API caller reads them by key.

export const idSchema = z.uuid("Choose an existing item.");
export const versionSchema = z.coerce
  .number()
  .int()
  .min(1, "The form is missing its version; reload the page.");

export const logonSchema = z
  .string()
  .trim()
  .min(1, "Logon name is required.")
  .max(200, "Logon name must be at most 200 characters.")
  .refine(isLogonName, "Logon name must look like DOMAIN\\name, for example CONTOSO\\jane.doe.");

export const fullNameSchema = z.string().trim().max(200, "Full name must be at most 200 characters.");

export const accessModeSchema = z.enum(ACCESS_MODES, {
  message: `Access mode must be one of ${ACCESS_MODES.join(", ")}.`,
});

const checkbox = z
  .union([z.boolean(), z.enum(["true", "false", "on", ""])])
  .optional()
  .transform((value) => value === true || value === "true" || value === "on");

export const createUserSchema = z.object({
  logon: logonSchema,
  fullName: fullNameSchema.default(""),
  businessUnitId: idSchema,
  accessMode: accessModeSchema.default("ReadWrite"),
  applicationUser: checkbox,
  disabled: checkbox,
});

export const updateUserSchema = z.object({
  userId: idSchema,
  version: versionSchema,
  fullName: fullNameSchema,
  accessMode: accessModeSchema,
});

export const userDisabledSchema = z.object({
  userId: idSchema,
  version: versionSchema,
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** How many role assignments the move's review showed (R6, R7); absent when no review was made. */
const expectedRemovalsSchema = z.coerce.number().int().min(0).optional();

export const moveSchema = z.object({
  id: idSchema,
  version: versionSchema,
  businessUnitId: idSchema,
  expectedRemovals: expectedRemovalsSchema,
});

/** The review before a move or a re-parent: which item, to which business unit. */
export const movePreviewSchema = z.object({ id: idSchema, businessUnitId: idSchema });

export const userRoleSchema = z.object({ userId: idSchema, version: versionSchema, roleId: idSchema });

export const bulkRoleSchema = z.object({
  userIds: z
    .array(idSchema)
    .min(1, "Select at least one user.")
    .max(1000, "Select at most 1,000 users at once."),
  roleId: idSchema,
  mode: z.enum(["assign", "remove"]),
});

export const unitNameSchema = z
  .string()
  .trim()
  .min(1, "Name is required.")
  .max(160, "Name must be at most 160 characters.");

export const createUnitSchema = z.object({ name: unitNameSchema, parentId: idSchema });
export const renameSchema = z.object({ id: idSchema, version: versionSchema, name: unitNameSchema });
export const reparentUnitSchema = z.object({
  id: idSchema,
  version: versionSchema,
  parentId: idSchema,
  expectedRemovals: expectedRemovalsSchema,
});
export const deleteSchema = z.object({ id: idSchema, version: versionSchema });

export const createTeamSchema = z.object({
  name: unitNameSchema,
  businessUnitId: idSchema,
  type: z.enum(["Owner", "Access"], { message: "Team type must be Owner or Access." }),
});

export const teamMemberSchema = z.object({ teamId: idSchema, version: versionSchema, userId: idSchema });
export const teamRoleSchema = z.object({ teamId: idSchema, version: versionSchema, roleId: idSchema });

export const levelSchema = z.enum(LEVELS, { message: `Level must be one of ${LEVELS.join(", ")}.` });
export const inheritanceSchema = z.enum(["Direct", "TeamOnly"], {
  message: "Member's privilege inheritance must be Direct or TeamOnly.",
});

const privilegeNameSchema = z
  .string()
  .trim()
  .regex(/^prv[A-Za-z0-9_]+$/, "A privilege name starts with prv and holds letters, digits or _.");

export const privilegeMapSchema = z.record(privilegeNameSchema, levelSchema);

export const saveRoleSchema = z.object({
  roleId: idSchema,
  version: versionSchema,
  inheritance: inheritanceSchema,
  /** Every privilege the editor shows, at its new level (None removes it). */
  privileges: privilegeMapSchema,
  /** The stored levels the editor started from, to explain a conflict. */
  base: privilegeMapSchema,
});

export const copyRoleSchema = z.object({
  roleId: idSchema,
  name: unitNameSchema,
  businessUnitId: idSchema,
});

export const importRolesSchema = z.object({
  xml: z.string().min(1, "Choose a file.").max(5_000_000, "The file is larger than 5 MB."),
  businessUnitId: idSchema,
  /** Versions of the roles the preview showed; apply refuses if any moved on. */
  expected: z.record(z.string(), z.number().int().nullable()).default({}),
});

export const importUsersSchema = z.object({
  csv: z.string().min(1, "Choose a file.").max(20_000_000, "The file is larger than 20 MB."),
});
