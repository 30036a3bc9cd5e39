// The console accounts the end-to-end tests use. first-run.setup.ts creates
// them through the UI and saves each one's signed-in browser state.
export const ADMIN = { username: "e2e-admin", password: "correct horse battery staple" };
export const AUDITOR = { username: "e2e-auditor", password: "auditor horse battery staple" };

const tag = process.env.E2E_PORT ?? "3210";
export const ADMIN_STATE = `tmp/e2e-auth-${tag}/admin.json`;
export const AUDITOR_STATE = `tmp/e2e-auth-${tag}/auditor.json`;
