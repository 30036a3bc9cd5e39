// The security engine: an organization snapshot in, decisions with reasons out.
// Pure: no database, no I/O (STYLE.md habit 3).

export { compileOrganization, type CompileResult } from "./compile-organization";
export type { Organization } from "./organization";
export { runCheck, runChecks, simulateFile } from "./run-checks";
export { validateChecks } from "./validate-checks";
export { effectivePrivileges, whoCan, UnknownUserError } from "./effective-privileges";
export { parsePrivilegeName, tablePrivilegeName, type PrivilegeName } from "./privilege-name";
export { levelRank, levelName } from "./levels";
export { CheckReferenceError, SYSTEM_NAME } from "./check-references";
export { PRIV_GROUP_ERROR_CODE, PRIV_GROUP_ERROR_NAME } from "./process-account";
export { formatError, formatPath, type ValidationError } from "./validation-error";
export * from "./result-types";
