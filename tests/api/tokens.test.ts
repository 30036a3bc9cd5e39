import { beforeAll, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/plugin-steps/route";
import type { Actor } from "@/lib/auth/actor";
import { createToken, listTokens, revokeToken } from "@/lib/data/tokens/tokens";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call } from "./support";

vi.mock("@/auth", () => ({ auth: async () => null }));

describeOnEachDatabase("API tokens", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
  });

  it("a token is shown once, stored hashed, audited without its secret, and works until revoked", async () => {
    const created = await createToken({ name: "ci", accountId: admin.id, scope: "write" }, admin);
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

  it("an Auditor account's token is always read-only", async () => {
    const created = await createToken({ name: "auditor", accountId: auditor.id, scope: "write" }, admin);

    expect(created).toMatchObject({ ok: true, data: { scope: "read" } });
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s can neither list, make nor revoke tokens, and nothing is written", async (_who, actor, code) => {
    const [token] = await listTokens(admin);
    const before = await countEverything(db());

    await expect(listTokens(actor())).rejects.toThrow();
    expect(await createToken({ name: "x", accountId: admin.id, scope: "write" }, actor())).toMatchObject({
      code,
    });
    expect(await revokeToken({ id: token.id }, actor())).toMatchObject({ code });
    expect(await countEverything(db())).toBe(before);
  });
});
