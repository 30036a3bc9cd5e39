import { z } from "zod";

import {
  ACCESS_MODES,
  gotText,
  LEVELS,
  logonSchema,
  nameSchema,
  oneOf,
  serviceAccountSchema,
} from "./schema-primitives";
import { registeredStepSchema } from "./plugin-step-schema";

// The snapshot of one organization (SCENARIOS.md, "organization"). Shapes only:
// whether names resolve (R1, R5, R7, R9) is judged by compileOrganization, which
// needs the whole snapshot at once.

export const levelSchema = oneOf(LEVELS);

export const businessUnitSchema = z.strictObject({
  name: nameSchema,
  parent: z.union([nameSchema, z.null()], {
    error: (issue) => `expected the parent business unit's name, or null for the root${gotText(issue.input)}`,
  }),
});

export const tableSchema = z.strictObject({
  name: nameSchema,
  ownership: oneOf(["User", "Organization"]).optional(),
});

export const roleSchema = z.strictObject({
  name: nameSchema,
  businessUnit: nameSchema,
  inheritance: oneOf(["Direct", "TeamOnly"]).optional(),
  privileges: z.record(z.string(), levelSchema, {
    error: (issue) => `expected { "prvName": "Level", ... }${gotText(issue.input)}`,
  }),
});

export const userSchema = z.strictObject({
  name: logonSchema,
  fullName: z.string().optional(),
  businessUnit: nameSchema,
  roles: z.array(nameSchema).optional(),
  disabled: z.boolean().optional(),
  accessMode: oneOf(ACCESS_MODES).optional(),
  applicationUser: z.boolean().optional(),
});

export const teamSchema = z.strictObject({
  name: nameSchema,
  businessUnit: nameSchema,
  type: oneOf(["Owner", "Access"]).optional(),
  roles: z.array(nameSchema).optional(),
  members: z.array(nameSchema),
});

// The four accounts SCENARIOS.md names, then the other service accounts of
// R26, so that an export of the console keeps every identity it holds.
export const serviceAccountsSchema = z.strictObject({
  CRMAppPool: serviceAccountSchema.optional(),
  AsyncService: serviceAccountSchema.optional(),
  SandboxService: serviceAccountSchema.optional(),
  DeploymentService: serviceAccountSchema.optional(),
  VSSWriter: serviceAccountSchema.optional(),
  UnzipService: serviceAccountSchema.optional(),
  EmailRouter: serviceAccountSchema.optional(),
  ReportingServices: serviceAccountSchema.optional(),
});

export const groupsSchema = z.strictObject({
  PrivUserGroup: z.array(logonSchema).optional(),
  SQLAccessGroup: z.array(logonSchema).optional(),
  ReportingGroup: z.array(logonSchema).optional(),
  PrivReportingGroup: z.array(logonSchema).optional(),
});

// Settings are "room for organization settings": unknown keys pass through so a
// newer export still loads; the known ones are typed.
export const settingsSchema = z.looseObject({
  hierarchySecurity: z.boolean().optional(),
  doNotRemoveRolesOnChangeBusinessUnit: z.boolean().optional(),
});

export const organizationSchema = z.strictObject({
  businessUnits: z.array(businessUnitSchema),
  tables: z.array(tableSchema).optional(),
  roles: z.array(roleSchema).optional(),
  users: z.array(userSchema).optional(),
  teams: z.array(teamSchema).optional(),
  serviceAccounts: serviceAccountsSchema.optional(),
  groups: groupsSchema.optional(),
  settings: settingsSchema.optional(),
  pluginSteps: z.array(registeredStepSchema).optional(),
});

export type SnapshotBusinessUnit = z.infer<typeof businessUnitSchema>;
export type SnapshotTable = z.infer<typeof tableSchema>;
export type SnapshotRole = z.infer<typeof roleSchema>;
export type SnapshotUser = z.infer<typeof userSchema>;
export type SnapshotTeam = z.infer<typeof teamSchema>;
export type SnapshotServiceAccounts = z.infer<typeof serviceAccountsSchema>;
export type SnapshotGroups = z.infer<typeof groupsSchema>;
export type OrganizationSnapshot = z.infer<typeof organizationSchema>;
