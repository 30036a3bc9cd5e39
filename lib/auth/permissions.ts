// The one table of what each console role, and each API token scope, may do.
// Every data function names its permission; `authorize` reads this table, so
// a new action cannot forget its check and a test can enumerate them all.

export const CONSOLE_ROLES = ["Admin", "Auditor"] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

type Grant = { roles: readonly ConsoleRole[]; tokens: readonly TokenScope[] };

const BOTH: readonly ConsoleRole[] = ["Admin", "Auditor"];
const ADMIN: readonly ConsoleRole[] = ["Admin"];

// A token is an allowlist on top of its account's role, never the whole role:
// a leaked script secret must not manage accounts or mint further tokens, so
// those stay with a signed-in session (NO_TOKEN).
const ANY_TOKEN: readonly TokenScope[] = ["read", "write"];
const WRITE_TOKEN: readonly TokenScope[] = ["write"];
const NO_TOKEN: readonly TokenScope[] = [];

export const PERMISSIONS = {
  "organization.read": { roles: BOTH, tokens: ANY_TOKEN },
  "organization.write": { roles: ADMIN, tokens: NO_TOKEN },
  "directory.read": { roles: BOTH, tokens: ANY_TOKEN },
  "user.write": { roles: ADMIN, tokens: NO_TOKEN },
  "business-unit.write": { roles: ADMIN, tokens: NO_TOKEN },
  "team.write": { roles: ADMIN, tokens: NO_TOKEN },
  "role.write": { roles: ADMIN, tokens: NO_TOKEN },
  "service-account.read": { roles: BOTH, tokens: ANY_TOKEN },
  "service-account.write": { roles: ADMIN, tokens: NO_TOKEN },
  "group.write": { roles: ADMIN, tokens: NO_TOKEN },
  "plugin-step.read": { roles: BOTH, tokens: ANY_TOKEN },
  // What the write scope is for: CI registering the steps it deploys.
  "plugin-step.write": { roles: ADMIN, tokens: WRITE_TOKEN },
  // Answering checks changes nothing, so a read token may run them.
  "simulation.run": { roles: BOTH, tokens: ANY_TOKEN },
  // A kept simulation is an auditor's own evidence, not a change to the
  // organization, so Auditors may keep and re-run checks; but it is a write,
  // so no token may.
  "saved-check.write": { roles: BOTH, tokens: NO_TOKEN },
  "audit.read": { roles: BOTH, tokens: ANY_TOKEN },
  "account.read": { roles: ADMIN, tokens: NO_TOKEN },
  "account.write": { roles: ADMIN, tokens: NO_TOKEN },
  "token.read": { roles: ADMIN, tokens: NO_TOKEN },
  "token.write": { roles: ADMIN, tokens: NO_TOKEN },
} as const satisfies Record<string, Grant>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: ConsoleRole, permission: Permission) {
  return (PERMISSIONS[permission].roles as readonly ConsoleRole[]).includes(role);
}

export function scopeMay(scope: TokenScope, permission: Permission) {
  return (PERMISSIONS[permission].tokens as readonly TokenScope[]).includes(scope);
}
