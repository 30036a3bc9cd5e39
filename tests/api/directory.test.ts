import { beforeAll, expect, it, vi } from "vitest";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as effective } from "@/app/api/v1/users/[logon]/effective-privileges/route";
import { GET as whoCan } from "@/app/api/v1/who-can/route";
import { makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { apiRoutes, call, makeToken, seedContoso } from "./support";

vi.mock("@/auth", () => ({ auth: async () => null }));

// As Next.js calls the route: the URL encoded, `params` already decoded once.
const privilegesOf = (logon: string, token?: string) =>
  effective(call(`/api/v1/users/${encodeURIComponent(logon)}/effective-privileges`, { token }), {
    params: Promise.resolve({ logon }),
  });

describeOnEachDatabase("GET effective privileges, who-can, OpenAPI", (db) => {
  let token: string;
  let revoked: string;

  beforeAll(async () => {
    await seedContoso(db());
    const auditor = await makeActor(db(), "Auditor");
    token = await makeToken(db(), auditor, "read");
    revoked = await makeToken(db(), auditor, "read", true);
  });

  it("lists a user's effective privileges with their sources (R10)", async () => {
    const response = await privilegesOf("CONTOSO\\alex.wilber", token);

    expect(response.status).toBe(200);
    const answer = await response.json();
    const read = answer.privileges.find((p: { privilege: string }) => p.privilege === "prvReadAccount");
    expect(read.level).toBe("Deep");
    expect(read.sources.map((s: { role: string }) => s.role).sort()).toEqual(["Basic User", "Sales Manager"]);
  });

  it.each([
    ["an unknown user", "CONTOSO\\ghost", 404, () => token],
    // Decoded once only: a `%` of the logon's own is not an escape (was a 500).
    ["a logon with a % in it", "CONTOSO\\50%off", 404, () => token],
    // ...nor is an encoded escape decoded a second time into another user.
    ["a logon that spells an escape", "CONTOSO%5Calex.wilber", 404, () => token],
    ["a revoked token", "CONTOSO\\alex.wilber", 401, () => revoked],
    ["no token", "CONTOSO\\alex.wilber", 401, () => undefined],
  ])("answers %s with %s, as JSON", async (_what, logon, status, given) => {
    const response = await privilegesOf(logon, given());

    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBeTruthy();
  });

  it.each([
    ["by privilege", "privilege=prvActOnBehalfOfAnotherUser&level=Global", ["CONTOSO\\patti.fernandez"]],
    ["by table and right", "table=invoice&right=Create&level=Local", ["CONTOSO\\lidia.holloway"]],
  ])("who-can %s", async (_how, query, some) => {
    const response = await whoCan(call(`/api/v1/who-can?${query}`, { token }));

    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.users.map((u: { user: string }) => u.user)).toEqual(expect.arrayContaining(some));
  });

  it.each([
    ["neither privilege nor table", "level=Local", "privilege"],
    ["an unknown level", "privilege=prvReadAccount&level=Huge", "level"],
  ])("who-can refuses %s with 400 and the key", async (_what, query, path) => {
    const response = await whoCan(call(`/api/v1/who-can?${query}`, { token }));

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[0].path).toBe(path);
  });

  it.each([
    ["no token", () => undefined],
    ["a revoked token", () => revoked],
    ["a made-up token", () => "icx_made-up-secret-that-matches-nothing"],
  ])("who-can refuses %s with 401", async (_what, given) => {
    const response = await whoCan(call("/api/v1/who-can?privilege=prvReadAccount", { token: given() }));

    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("NOT_SIGNED_IN");
  });

  it("describes every route under app/api/v1 in OpenAPI 3.1, with each of its methods", async () => {
    const document = await openApi().json();
    const documented = Object.fromEntries(
      Object.entries(document.paths as Record<string, object>).map(([path, item]) => [
        path,
        Object.keys(item).sort(),
      ]),
    );

    expect(document.openapi).toBe("3.1.0");
    expect(documented).toEqual(await apiRoutes());
  });
});
