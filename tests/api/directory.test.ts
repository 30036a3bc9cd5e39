import { beforeAll, expect, it, vi } from "vitest";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as effective } from "@/app/api/v1/users/[logon]/effective-privileges/route";
import { GET as whoCan } from "@/app/api/v1/who-can/route";
import { makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call, makeToken, seedContoso } from "./support";

vi.mock("@/auth", () => ({ auth: async () => null }));

const params = (logon: string) => ({ params: Promise.resolve({ logon }) });

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
    const logon = encodeURIComponent("CONTOSO\\alex.wilber");
    const response = await effective(
      call(`/api/v1/users/${logon}/effective-privileges`, { token }),
      params(logon),
    );

    expect(response.status).toBe(200);
    const answer = await response.json();
    const read = answer.privileges.find((p: { privilege: string }) => p.privilege === "prvReadAccount");
    expect(read.level).toBe("Deep");
    expect(read.sources.map((s: { role: string }) => s.role).sort()).toEqual(["Basic User", "Sales Manager"]);
  });

  it.each([
    ["an unknown user", "CONTOSO%5Cghost", 404, () => token],
    ["a revoked token", "CONTOSO%5Calex.wilber", 401, () => revoked],
  ])("answers %s with %s", async (_what, logon, status, given) => {
    const response = await effective(
      call(`/api/v1/users/${logon}/effective-privileges`, { token: given() }),
      params(logon),
    );

    expect(response.status).toBe(status);
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

  it("who-can refuses a caller without a token", async () => {
    expect((await whoCan(call("/api/v1/who-can?privilege=prvReadAccount"))).status).toBe(401);
  });

  it("describes every endpoint in OpenAPI 3.1", async () => {
    const document = await openApi().json();

    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/simulate",
        "/users/{logon}/effective-privileges",
        "/who-can",
        "/plugin-steps",
      ]),
    );
  });
});
