import { z } from "zod";

// The closed vocabularies of the file format (SCENARIOS.md). Each enum names the
// allowed values in its error, so a typo in a file reads as what to write instead.

export const LEVELS = ["None", "Basic", "Local", "Deep", "Global"] as const;
export type Level = (typeof LEVELS)[number];

export const TABLE_RIGHTS = [
  "Create",
  "Read",
  "Write",
  "Delete",
  "Append",
  "AppendTo",
  "Assign",
  "Share",
] as const;
export type TableRight = (typeof TABLE_RIGHTS)[number];

export const OUTCOMES = ["allowed", "denied", "failed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ACCESS_MODES = [
  "ReadWrite",
  "Administrative",
  "Read",
  "SupportUser",
  "NonInteractive",
  "DelegatedAdmin",
] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const BUILT_IN_ACCOUNTS = [
  "NetworkService",
  "LocalSystem",
  "LocalService",
  "ApplicationPoolIdentity",
] as const;

export const SERVICE_ROLES = ["CRMAppPool", "AsyncService", "SandboxService", "DeploymentService"] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];

export const AD_GROUPS = ["PrivUserGroup", "SQLAccessGroup", "ReportingGroup", "PrivReportingGroup"] as const;
export type AdGroup = (typeof AD_GROUPS)[number];

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `must be one of ${values.join(", ")}${gotText(issue.input)}`,
  });
}

export function gotText(input: unknown): string {
  if (input === undefined) return " (missing)";

  return `, not ${JSON.stringify(input)}`;
}

export const nameSchema = z
  .string({ error: (issue) => `expected a name (text)${gotText(issue.input)}` })
  .min(1, "must not be empty");

// DOMAIN\name (R2). The domain is a NetBIOS-style name; the account part takes
// what Active Directory allows in sAMAccountName, so "svc-crm" and "HOST$" pass.
const DOMAIN = "[A-Za-z0-9][A-Za-z0-9._-]*";
// Control characters (tab, NUL...) are refused everywhere; inside the account
// part only a plain space may stand between other characters ("John Smith").
const ACCOUNT_END = '[^\\\\/"[\\]:;|=,+*?<>\\s\\p{Cc}]';
const ACCOUNT_MIDDLE = '(?:[^\\\\/"[\\]:;|=,+*?<>\\s\\p{Cc}]| )*';
const LOGON_PATTERN = new RegExp(`^${DOMAIN}\\\\${ACCOUNT_END}(${ACCOUNT_MIDDLE}${ACCOUNT_END})?$`, "u");

export function isLogonName(value: string): boolean {
  return LOGON_PATTERN.test(value);
}

export const logonSchema = z
  .string({ error: (issue) => `expected a logon name DOMAIN\\name${gotText(issue.input)}` })
  .refine(isLogonName, {
    error: (issue) => `not a logon name DOMAIN\\name${gotText(issue.input)}${yamlHint(issue.input)}`,
  });

// In YAML double quotes "\a" or "\t" are escapes: FABRIKAM\ana silently loses its
// backslash. Saying so saves the reader a puzzle.
function yamlHint(input: unknown): string {
  if (typeof input !== "string" || !/[\u0000-\u001f]/.test(input)) return "";

  return " (a control character: in YAML double quotes write the backslash twice)";
}

const IIS_POOL_PATTERN = /^IIS AppPool\\[^\\]+$/i;

// SCENARIOS.md: names match case-insensitively, so "networkservice" is Network
// Service. A built-in identity is kept in its canonical spelling, the one R24's
// comparison and the console's lists use; any other account is kept as written.
export function canonicalServiceAccount(value: string): string {
  const lower = value.toLowerCase();

  return BUILT_IN_ACCOUNTS.find((account) => account.toLowerCase() === lower) ?? value;
}

// R27: a built-in identity, an application pool identity (IIS AppPool\pool) or a
// domain account.
export const serviceAccountSchema = z
  .string({ error: (issue) => `expected an account name${gotText(issue.input)}` })
  .refine(
    (value) =>
      (BUILT_IN_ACCOUNTS as readonly string[]).includes(canonicalServiceAccount(value)) ||
      IIS_POOL_PATTERN.test(value) ||
      isLogonName(value),
    {
      error: (issue) =>
        `must be ${BUILT_IN_ACCOUNTS.join(", ")}, IIS AppPool\\<pool> or DOMAIN\\account` +
        gotText(issue.input),
    },
  )
  .overwrite(canonicalServiceAccount);
