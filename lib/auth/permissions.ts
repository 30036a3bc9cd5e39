// The one table of what each console role may do. Every data function names
// its permission; `authorize` reads this table, so a new action cannot forget
// its check and a test can enumerate them all.

export const CONSOLE_ROLES = ["Admin", "Auditor"] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

const BOTH: readonly ConsoleRole[] = ["Admin", "Auditor"];
const ADMIN: readonly ConsoleRole[] = ["Admin"];

export const PERMISSIONS = {
  "organization.read": BOTH,
  "organization.write": ADMIN,
  "directory.read": BOTH,
  "user.write": ADMIN,
  "business-unit.write": ADMIN,
  "team.write": ADMIN,
  "role.write": ADMIN,
  "service-account.read": BOTH,
  "service-account.write": ADMIN,
  "group.write": ADMIN,
  "plugin-step.read": BOTH,
  "plugin-step.write": ADMIN,
  "simulation.run": BOTH,
  // A kept simulation is an auditor's own evidence, not a change to the
  // organization, so Auditors may keep and re-run checks.
  "saved-check.write": BOTH,
  "audit.read": BOTH,
  "account.read": ADMIN,
  "account.write": ADMIN,
  // Administrators issue API tokens; an Auditor's token is read-only.
  "token.read": ADMIN,
  "token.write": ADMIN,
} as const satisfies Record<string, readonly ConsoleRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: ConsoleRole, permission: Permission) {
  return (PERMISSIONS[permission] as readonly ConsoleRole[]).includes(role);
}
