import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/v1/accounts/route";
import type { Actor } from "@/lib/auth/actor";
import { countEverything, makeActor, sessionOf, type TestSession } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call, makeToken } from "./support";

// Console accounts over the API: a signed-in Admin session and nothing else,
// since an account made here could be an administrator.

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock("@/auth", () => ({ auth: async () => session.current }));

const account = {
  username: "made-over-api",
  displayName: "Made over the API",
  password: "a long enough password",
  confirm: "a long enough password",
  role: "Auditor",
};

describeOnEachDatabase("GET/POST /api/v1/accounts", (db) => {
  let admin: Actor;
  let auditor: Actor;
  const tokens: Record<string, string> = {};
  const signIn = (actor: Actor | null) => {
    session.current = actor && sessionOf(actor);
  };

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    tokens["an Admin's write token"] = await makeToken(db(), admin, "write");
    tokens["an Admin's read token"] = await makeToken(db(), admin, "read");
  });
  afterEach(() => signIn(null));

  it("an Admin session creates an account, audited under the Admin's name", async () => {
    signIn(admin);

    const response = await POST(call("/api/v1/accounts", { method: "POST", body: account }));

    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ username: account.username, role: "Auditor" });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "account.create" } });
    expect(event.actorName).toBe(admin.username);
    expect((await GET(call("/api/v1/accounts"))).status).toBe(200);
  });

  it.each([
    ["an Admin's write token", () => null, 403],
    ["an Admin's read token", () => null, 403],
    // Bearer only, even with an Admin's session beside it: a token is never rescued by a cookie.
    ["an Admin's write token beside an Admin session", () => admin, 403],
    ["an Auditor session", () => auditor, 403],
    ["nobody", () => null, 401],
  ])("%s may neither list nor create accounts, and nothing is written", async (who, signedIn, status) => {
    signIn(signedIn());
    const token = tokens[who.replace(/ beside .*/, "")];
    const before = await countEverything(db());

    const body = { ...account, username: "sneaky-admin", role: "Admin" };
    const created = await POST(call("/api/v1/accounts", { method: "POST", token, body }));
    const listed = await GET(call("/api/v1/accounts", { token }));

    expect([created.status, listed.status]).toEqual([status, status]);
    expect(await countEverything(db())).toBe(before);
  });

  it.each([
    ["a short password", { password: "short", confirm: "short" }, "password"],
    ["passwords that differ", { confirm: "another long password" }, "confirm"],
    ["an unknown role", { role: "Owner" }, "role"],
    ["a username with a space", { username: "two words" }, "username"],
    ["a username already taken", { username: account.username.toUpperCase() }, "username"],
  ])("refuses %s with 400 naming the key path, and nothing is written", async (_what, change, path) => {
    signIn(admin);
    const before = await countEverything(db());

    const body = { ...account, username: "another-account", ...change };
    const response = await POST(call("/api/v1/accounts", { method: "POST", body }));

    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.fields.map((field: { path: string }) => field.path)).toContain(path);
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses a body that is not JSON with 400", async () => {
    signIn(admin);

    const response = await POST(call("/api/v1/accounts", { method: "POST", body: "{not json" }));

    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("INVALID_JSON");
  });
});
