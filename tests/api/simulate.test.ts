import { beforeAll, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/simulate/route";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call, makeToken, seedContoso } from "./support";

// Outside a Next.js request there is no cookie: the session is simply absent.
vi.mock("@/auth", () => ({ auth: async () => null }));

const pluginCheck = {
  name: "portal creates an account as the caller",
  step: { message: "Create", table: "contact", stage: "PostOperation", isolation: "Sandbox" },
  caller: "CONTOSO\\grady.archie",
  operations: [{ as: "context", action: "Create", table: "account" }],
};

describeOnEachDatabase("POST /api/v1/simulate", (db) => {
  let readToken: string;
  let revokedToken: string;

  beforeAll(async () => {
    await seedContoso(db());
    const auditor = await makeActor(db(), "Auditor");
    readToken = await makeToken(db(), auditor, "read");
    revokedToken = await makeToken(db(), auditor, "read", true);
  });

  it("answers one check in the simulator's answer shape", async () => {
    const response = await POST(
      call("/api/v1/simulate", { method: "POST", token: readToken, body: pluginCheck }),
    );

    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.summary).toEqual({ checks: 1, met: 0, unmet: 0 });
    expect(answer.results[0]).toMatchObject({
      outcome: "allowed",
      userId: "CONTOSO\\grady.archie",
      initiatingUserId: "CONTOSO\\grady.archie",
      processAccount: "CONTOSO\\svc-sandbox",
    });
  });

  it("answers a list and counts expectations", async () => {
    const checks = [
      { ...pluginCheck, expect: { outcome: "allowed" } },
      {
        name: "no right to impersonate",
        caller: "CONTOSO\\grady.archie",
        impersonate: "CONTOSO\\adele.vance",
        action: "Read",
        table: "account",
        expect: "allowed",
      },
    ];
    const response = await POST(
      call("/api/v1/simulate", { method: "POST", token: readToken, body: { checks } }),
    );

    const answer = await response.json();
    expect(answer.summary).toEqual({ checks: 2, met: 1, unmet: 1 });
    expect(answer.results[1].outcome).toBe("denied");
  });

  it("answers a bare array as its checks, not as one check (it was refused as one)", async () => {
    const second = { ...pluginCheck, name: "the same, again", expect: { outcome: "allowed" } };
    const response = await POST(
      call("/api/v1/simulate", { method: "POST", token: readToken, body: [pluginCheck, second] }),
    );

    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.summary).toEqual({ checks: 2, met: 1, unmet: 0 });
    expect(answer.results.map((result: { name: string }) => result.name)).toEqual([
      pluginCheck.name,
      second.name,
    ]);
  });

  it.each([
    [
      "a user that does not exist",
      { checks: [{ ...pluginCheck, caller: "CONTOSO\\nobody" }] },
      "checks[0].caller",
    ],
    [
      "a missing key",
      { checks: [{ name: "x", user: "CONTOSO\\grady.archie", table: "account" }] },
      "checks[0].action",
    ],
    [
      "an R20 refusal",
      {
        checks: [
          { ...pluginCheck, step: { ...pluginCheck.step, mode: "Asynchronous", stage: "PreOperation" } },
        ],
      },
      "checks[0].step.stage",
    ],
    ["an unknown key", { checks: [], extra: 1 }, "extra"],
    [
      "a bare array's unknown user",
      [pluginCheck, { ...pluginCheck, caller: "CONTOSO\\nobody" }],
      "checks[1].caller",
    ],
    ["an empty bare array", [], "checks"],
  ])("refuses %s with 400 and the key path", async (_what, body, path) => {
    const response = await POST(call("/api/v1/simulate", { method: "POST", token: readToken, body }));

    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.fields.map((field: { path: string }) => field.path)).toContain(path);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await POST(
      call("/api/v1/simulate", { method: "POST", token: readToken, body: "{not json" }),
    );

    expect(response.status).toBe(400);
  });

  it.each([
    ["no token", undefined],
    ["a revoked token", () => revokedToken],
    ["a made-up token", () => "icx_made-up-secret-that-matches-nothing"],
  ])("refuses %s with 401 and writes nothing", async (_what, token) => {
    const before = await countEverything(db());

    const response = await POST(
      call("/api/v1/simulate", { method: "POST", token: token?.(), body: pluginCheck }),
    );

    expect(response.status).toBe(401);
    expect(await countEverything(db())).toBe(before);
  });
});
