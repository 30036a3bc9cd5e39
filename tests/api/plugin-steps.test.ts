import { beforeAll, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/v1/plugin-steps/route";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call, makeToken, seedContoso } from "./support";

vi.mock("@/auth", () => ({ auth: async () => null }));

const step = {
  name: "Contact: create account (API)",
  assembly: "Contoso.Plugins",
  typeName: "Contoso.Plugins.CreateAccount",
  message: "Create",
  table: "contact",
  runAs: null,
  operations: [{ as: "context", action: "Create", table: "account" }],
};

describeOnEachDatabase("GET/POST /api/v1/plugin-steps", (db) => {
  let writeToken: string;
  let readToken: string;
  let auditorWriteToken: string;
  let revokedToken: string;

  beforeAll(async () => {
    await seedContoso(db());
    const admin = await makeActor(db(), "Admin");
    const auditor = await makeActor(db(), "Auditor");
    writeToken = await makeToken(db(), admin, "write");
    readToken = await makeToken(db(), admin, "read");
    // Should never exist (the tokens page refuses it), and must not write if it does.
    auditorWriteToken = await makeToken(db(), auditor, "write");
    revokedToken = await makeToken(db(), admin, "write", true);
  });

  it("a write token registers a step, audited with its full state", async () => {
    const response = await POST(
      call("/api/v1/plugin-steps", { method: "POST", token: writeToken, body: step }),
    );

    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      name: step.name,
      stage: "PostOperation",
      deployment: "Server",
    });
    const event = await db().auditEvent.findFirst({ where: { action: "plugin-step.create" } });
    expect(event?.after).toMatchObject({ name: step.name, runAs: null, operations: step.operations });
  });

  it("a read token lists the steps", async () => {
    const response = await GET(call("/api/v1/plugin-steps", { token: readToken }));

    expect(response.status).toBe(200);
    expect((await response.json()).map((s: { name: string }) => s.name)).toContain(step.name);
  });

  it.each([
    ["an Admin's read token", () => readToken, 403],
    ["an Auditor's token, whatever its scope", () => auditorWriteToken, 403],
    ["a revoked token", () => revokedToken, 401],
    ["no token", () => undefined, 401],
  ])("%s cannot register a step, and nothing is written", async (_who, token, status) => {
    const before = await countEverything(db());

    const body = { ...step, name: "sneaky step" };
    const response = await POST(call("/api/v1/plugin-steps", { method: "POST", token: token(), body }));

    expect(response.status).toBe(status);
    expect(await countEverything(db())).toBe(before);
  });

  it.each([
    [
      "an asynchronous step outside PostOperation (R20)",
      { mode: "Asynchronous", stage: "PreOperation" },
      "stage",
    ],
    [
      "an operation without an action",
      { operations: [{ as: "context", table: "account" }] },
      "operations.0.action",
    ],
    [
      "an operation as an unknown user",
      { operations: [{ as: "CONTOSO\\ghost", action: "Read", table: "account" }] },
      "operations.0.as",
    ],
    ["an unknown chosen user", { runAs: "CONTOSO\\ghost" }, "runAs"],
    ["a name already taken", { name: step.name.toUpperCase() }, "name"],
  ])("refuses %s with 400 naming the key path", async (_what, change, path) => {
    const before = await countEverything(db());

    const body = { ...step, name: "another step", ...change };
    const response = await POST(call("/api/v1/plugin-steps", { method: "POST", token: writeToken, body }));

    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields.map((field: { path: string }) => field.path)).toContain(path);
    expect(await countEverything(db())).toBe(before);
  });
});
