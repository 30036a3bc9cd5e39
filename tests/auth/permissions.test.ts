import { describe, expect, it } from "vitest";
import { actorMay, type Actor } from "@/lib/auth/actor";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";

const actor = (role: Actor["role"], tokenScope?: Actor["tokenScope"]): Actor => ({
  id: "x",
  username: "x",
  displayName: "x",
  role,
  via: tokenScope ? "token" : "session",
  tokenScope,
});

const permissions = Object.keys(PERMISSIONS) as Permission[];
const readOnly = (permission: Permission) =>
  /\.(read|run)$/.test(permission) || permission === "saved-check.write";

describe("the permission table", () => {
  it.each(permissions)("%s: an Auditor may only read (or run and keep simulations)", (permission) => {
    expect(actorMay(actor("Auditor"), permission)).toBe(PERMISSIONS[permission].includes("Auditor"));
    if (!readOnly(permission)) expect(actorMay(actor("Auditor"), permission)).toBe(false);
  });

  it.each(permissions)("%s: an Admin's read-only token reaches no more than an Auditor", (permission) => {
    expect(actorMay(actor("Admin", "read"), permission)).toBe(actorMay(actor("Auditor"), permission));
  });

  it("every permission is granted to an Admin", () => {
    for (const permission of permissions) expect(actorMay(actor("Admin"), permission)).toBe(true);
  });
});
