import type { CheckKind, Level, Outcome, TableRight } from "../scenario/schema";

import type { PrivilegeName } from "./privilege-name";

// The simulator's answer (SCENARIOS.md, "What the simulator answers").

export type RuleId = `R${number}`;

export interface Reason {
  rule: RuleId;
  text: string;
}

// Stable codes: the UI, the API and auditors' scripts match on them.
export const WARNING_CODES = [
  "USER_DISABLED",
  "NO_SECURITY_ROLE",
  "OFFLINE_IMPERSONATION_UNSUPPORTED",
  "OFFLINE_OWNER_IS_LOGGED_ON_USER",
  "PROCESS_ACCOUNT_NOT_IN_PRIVUSERGROUP",
  "TEAM_ROLE_NOT_COUNTED_FOR_IMPERSONATION",
  "PRIVUSERGROUP_DOES_NOT_GRANT_IMPERSONATION",
  "RUNS_AS_SYSTEM",
  "SERVICE_ACCOUNT_IS_CRM_USER",
  "HIERARCHY_SECURITY_NOT_SIMULATED",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  text: string;
}

export interface Difference {
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface OperationResult {
  outcome: Outcome;
  actingUser: string;
  owner?: string; // Create only: who would own the new record
  reasons: Reason[];
}

export interface CheckResult {
  name: string;
  kind: CheckKind;
  outcome: Outcome;
  reasons: Reason[];
  warnings: Warning[];
  userId?: string;
  initiatingUserId?: string;
  processAccount?: string;
  errorCode?: string;
  operations?: OperationResult[];
  met?: boolean;
  differences?: Difference[];
}

export interface SimulationAnswer {
  results: CheckResult[];
  summary: { checks: number; met: number; unmet: number };
}

export interface EffectiveSource {
  role: string;
  roleBusinessUnit: string;
  via: "user" | "team";
  team?: string;
  teamBusinessUnit?: string;
  inheritance: "Direct" | "TeamOnly";
  level: Level;
}

export interface EffectivePrivilege {
  privilege: string;
  parsed: PrivilegeName;
  level: Level; // R10: the highest over every source
  sources: EffectiveSource[];
}

export interface EffectivePrivileges {
  user: string;
  fullName?: string;
  businessUnit: string;
  disabled: boolean;
  system: boolean; // R4: SYSTEM holds every privilege
  hasAnyRole: boolean; // R3
  privileges: EffectivePrivilege[];
}

export interface WhoCanRow {
  user: string;
  fullName?: string;
  businessUnit: string;
  disabled: boolean;
  level: Level;
  sources: EffectiveSource[];
}

export type WhoCanQuery = { privilege: string } | { table: string; right: TableRight };
