import { beforeAll, expect, it, vi } from "vitest";
import { revokeTokenAction } from "@/app/(console)/tokens/actions";
import { GET } from "@/app/api/v1/plugin-steps/route";
import type { Actor } from "@/lib/auth/actor";
import { actorFromBearer } from "@/lib/api/tokens";
import { createToken, listTokens, revokeToken } from "@/lib/data/tokens/tokens";
import { countEverything, makeActor, sessionOf, type TestSession } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call, makeToken } from "./support";

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock("@/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

describeOnEachDatabase("API tokens", (db) => {
  let admin: Actor;
  let otherAdmin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
    otherAdmin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
  });

  it("a token is shown once, stored hashed, audited without its secret, and works until revoked", async () => {
    const created = await createToken({ name: "ci", scope: "write" }, admin);
    if (!created.ok) throw new Error(created.message);

    const { secret, id } = created.data;
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(secret);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "api-token.create" } });
    expect(JSON.stringify(event)).not.toContain(secret);
    expect((await GET(call("/api/v1/plugin-steps", { token: secret }))).status).toBe(200);

    expect(await revokeToken({ id }, admin)).toMatchObject({ ok: true });
    expect((await GET(call("/api/v1/plugin-steps", { token: secret }))).status).toBe(401);
  });

  it("a token acts for the Admin who made it, and is audited as that Admin", async () => {
    const created = await createToken({ name: "own", scope: "write" }, admin);
    if (!created.ok) throw new Error(created.message);

    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(stored.accountId).toBe(admin.id);
    expect(await actorFromBearer(`Bearer ${created.data.secret}`)).toMatchObject({
      id: admin.id,
      username: `${admin.username} (token own)`,
    });
  });

  it("an Admin cannot issue a token for another account, and nothing is written", async () => {
    const before = await countEverything(db());

    const created = await createToken(
      { name: "as another", accountId: otherAdmin.id, scope: "write" },
      admin,
    );

    expect(created).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { accountId: expect.any(String) },
    });
    expect(await countEverything(db())).toBe(before);
  });

  it("an Admin may still revoke another Admin's token", async () => {
    const secret = await makeToken(db(), otherAdmin, "read");
    const token = (await listTokens(admin)).find(
      (row) => row.account.username === otherAdmin.username && !row.revokedAt,
    )!;

    expect(await revokeToken({ id: token.id }, admin)).toMatchObject({ ok: true });
    expect(await actorFromBearer(`Bearer ${secret}`)).toBeNull();
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
    [
      "an Admin's write token",
      () => ({ ...admin, via: "token" as const, tokenScope: "write" as const }),
      "FORBIDDEN",
    ],
  ])("%s can neither list, make nor revoke tokens, and nothing is written", async (_who, actor, code) => {
    const secret = await makeToken(db(), admin, "read");
    const [token] = await listTokens(admin);
    const before = await countEverything(db());

    await expect(listTokens(actor())).rejects.toThrow();
    expect(await createToken({ name: "x", scope: "write" }, actor())).toMatchObject({ code });
    expect(await revokeToken({ id: token.id }, actor())).toMatchObject({ code });
    expect(await countEverything(db())).toBe(before);
    expect(await actorFromBearer(`Bearer ${secret}`)).not.toBeNull();
  });

  it.each([
    ["a signed-out person", () => null, /session has ended/],
    ["an Admin, of a token that does not exist", () => admin, /no longer exists/],
    ["an Auditor", () => auditor, /may not/],
  ])("the revoke action tells %s why it failed (it said nothing)", async (_who, signedIn, message) => {
    const actor = signedIn();
    session.current = actor && sessionOf(actor);
    const form = new FormData();
    form.set("id", "00000000-0000-4000-8000-000000000000");

    try {
      const result = await revokeTokenAction(null, form);

      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    } finally {
      session.current = null;
    }
  });
});
