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

const CALLERS = {
  "Admin session": actor("Admin"),
  "Auditor session": actor("Auditor"),
  "Admin read token": actor("Admin", "read"),
  "Admin write token": actor("Admin", "write"),
  "Auditor read token": actor("Auditor", "read"),
  // Never issued (an Auditor's token is made read), and must not write if it were.
  "Auditor write token": actor("Auditor", "write"),
};

const Y = true;
const N = false;

// Written out by hand, not derived from PERMISSIONS: changing who may do what
// takes a change there and here, on purpose. Columns are CALLERS, in order.
// prettier-ignore
const EXPECTED: [Permission, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  //                         Admin  Auditor  Admin token   Auditor token
  //                                         read  write   read  write
  ["organization.read",        Y,    Y,       Y,    Y,      Y,    Y],
  ["organization.write",       Y,    N,       N,    N,      N,    N],
  ["directory.read",           Y,    Y,       Y,    Y,      Y,    Y],
  ["user.write",               Y,    N,       N,    N,      N,    N],
  ["business-unit.write",      Y,    N,       N,    N,      N,    N],
  ["team.write",               Y,    N,       N,    N,      N,    N],
  ["role.write",               Y,    N,       N,    N,      N,    N],
  ["service-account.read",     Y,    Y,       Y,    Y,      Y,    Y],
  ["service-account.write",    Y,    N,       N,    N,      N,    N],
  ["group.write",              Y,    N,       N,    N,      N,    N],
  ["plugin-step.read",         Y,    Y,       Y,    Y,      Y,    Y],
  ["plugin-step.write",        Y,    N,       N,    Y,      N,    N],
  ["simulation.run",           Y,    Y,       Y,    Y,      Y,    Y],
  ["saved-check.write",        Y,    Y,       N,    N,      N,    N],
  ["audit.read",               Y,    Y,       Y,    Y,      Y,    Y],
  ["account.read",             Y,    N,       N,    N,      N,    N],
  ["account.write",            Y,    N,       N,    N,      N,    N],
  ["token.read",               Y,    N,       N,    N,      N,    N],
  ["token.write",              Y,    N,       N,    N,      N,    N],
];

const cases = EXPECTED.flatMap(([permission, ...allowed]) =>
  Object.entries(CALLERS).map(([who, caller], column) => ({ permission, who, caller, may: allowed[column] })),
);

describe("the permission table", () => {
  it("has a row here for every permission, and no row for one that does not exist", () => {
    expect(EXPECTED.map(([permission]) => permission).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  it.each(cases)("$permission: $who may: $may", ({ permission, caller, may }) => {
    expect(actorMay(caller, permission)).toBe(may);
  });

  it.each(Object.keys(PERMISSIONS) as Permission[])(
    "%s: a token actor without a scope is refused (fails closed)",
    (permission) => {
      expect(actorMay({ ...actor("Admin"), via: "token" }, permission)).toBe(false);
    },
  );
});
